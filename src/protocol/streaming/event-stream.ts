import { Readable } from 'node:stream';
import type { Message, MessageHeaders, MessageHeaderValue } from '@smithy/core/event-streams';
import { isAwsError } from '../../common/aws-error.js';
import { toJsonValue } from '../json-writer.js';
import type { ServiceModel, Shape, ShapeRef, TimestampFormat } from '../model.js';

export const EVENT_STREAM_CONTENT_TYPE = 'application/vnd.amazon.eventstream';

/** How a codec writes the JSON inside each event: member names and the default timestamp format. */
export interface EventStreamEncoding {
  model: ServiceModel;
  /** The output member's shape: the model's `eventstream: true` structure, one member per event type. */
  stream: ShapeRef;
  defaultTimestamp: TimestampFormat;
  nameOf?: (member: string, ref: ShapeRef) => string;
  /**
   * awsJson answers open with an `initial-response` event carrying the output's other members;
   * REST protocols bind those to headers instead and send none.
   */
  initialResponse?: unknown;
}

type Event = Record<string, unknown>;

/** Per operation output, found once: every json answer asks. */
const streamMembers = new WeakMap<ShapeRef, [string, ShapeRef] | undefined>();

/** The output member that is an event stream, if the operation answers with one. */
export function eventStreamMember(output: ShapeRef | undefined, model: ServiceModel): [string, ShapeRef] | undefined {
  if (!output) return undefined;
  if (streamMembers.has(output)) return streamMembers.get(output);
  const members = model.shapes[output.shape]?.members ?? {};
  const found = Object.entries(members).find(([, ref]) => model.shapes[ref.shape]?.eventstream);
  streamMembers.set(output, found);
  return found;
}

/**
 * The `application/vnd.amazon.eventstream` body for a stream of events, produced as the provider
 * yields them: each event a frame (prelude, headers, payload, CRC32s) framed by the SDKs' own codec.
 * A modelled exception thrown mid-stream becomes that exception's frame, anything else an `error`
 * frame; either ends the stream. When the client goes away the provider's iterator is returned at
 * once, even while it waits for its next event.
 */
export function encodeEventStream(events: AsyncIterable<Event>, encoding: EventStreamEncoding): Readable {
  const iterator = events[Symbol.asyncIterator]();
  let stage: 'opening' | 'streaming' | 'ended' = encoding.initialResponse === undefined ? 'streaming' : 'opening';
  const nextMessage = async (): Promise<Message | null> => {
    if (stage === 'ended') return null;
    if (stage === 'opening') {
      stage = 'streaming';
      return eventMessage('initial-response', 'application/json', json(encoding.initialResponse));
    }
    try {
      const { value, done } = await iterator.next();
      if (!done) return messageOf(value, encoding);
      stage = 'ended';
      return null;
    } catch (error) {
      stage = 'ended';
      return failureMessage(error, encoding);
    }
  };
  return new Readable({
    read() {
      Promise.all([framer(), nextMessage()]).then(
        ([frame, message]) => this.push(message && frame(message)),
        (error: unknown) => this.destroy(error as Error),
      );
    },
    destroy(error, callback) {
      Promise.resolve(iterator.return?.()).then(() => callback(error), () => callback(error));
    },
  });
}

let framing: Promise<(message: Message) => Buffer> | undefined;

/** The framing library loads with the first event stream, not with every JSON service. */
function framer(): Promise<(message: Message) => Buffer> {
  framing ??= import('@smithy/core/event-streams').then(({ EventStreamCodec }) => {
    const codec = new EventStreamCodec((bytes) => Buffer.from(bytes).toString('utf8'), (text) => Buffer.from(text, 'utf8'));
    return (message: Message) => {
      const bytes = codec.encode(message);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    };
  });
  return framing;
}

function messageOf(event: Event, encoding: EventStreamEncoding): Message {
  const { model } = encoding;
  const entry = Object.entries(event).find(([, value]) => value !== undefined && value !== null);
  const union = model.shapes[encoding.stream.shape]!;
  const ref = entry && union.members?.[entry[0]];
  if (!entry || !ref) throw new Error(`an event of ${encoding.stream.shape} names none of its members`);
  const [name, value] = entry as [string, Event];
  const shape = model.shapes[ref.shape]!;
  if (shape.exception) return exceptionMessage(name, ref, value, encoding);
  const headers: MessageHeaders = {};
  let payload: [string, ShapeRef] | undefined;
  const rest: Event = {};
  for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
    if (memberRef.eventpayload) payload = [member, memberRef];
    else if (memberRef.eventheader) addHeader(headers, member, value[member], model.shapes[memberRef.shape]!);
    else rest[member] = value[member];
  }
  if (!payload) return eventMessage(name, 'application/json', json(toJsonValue(model, rest, ref, encoding.defaultTimestamp, encoding.nameOf) ?? {}), headers);
  const [member, payloadRef] = payload;
  const payloadShape = model.shapes[payloadRef.shape]!;
  const body = value[member];
  if (payloadShape.type === 'blob') return eventMessage(name, 'application/octet-stream', bytesOf(body), headers);
  if (payloadShape.type === 'string') return eventMessage(name, 'text/plain', Buffer.from(String(body ?? ''), 'utf8'), headers);
  return eventMessage(name, 'application/json', json(toJsonValue(model, body ?? {}, payloadRef, encoding.defaultTimestamp, encoding.nameOf) ?? {}), headers);
}

function eventMessage(eventType: string, contentType: string, body: Uint8Array, extra: MessageHeaders = {}): Message {
  return {
    headers: {
      ':event-type': { type: 'string', value: eventType },
      ':message-type': { type: 'string', value: 'event' },
      ':content-type': { type: 'string', value: contentType },
      ...extra,
    },
    body,
  };
}

function exceptionMessage(name: string, ref: ShapeRef, fields: Event, encoding: EventStreamEncoding, message?: string): Message {
  const document = (toJsonValue(encoding.model, fields, ref, encoding.defaultTimestamp, encoding.nameOf) as Event | undefined) ?? {};
  if (message !== undefined) document[encoding.model.shapes[ref.shape]!.members?.Message ? 'Message' : 'message'] = message;
  return {
    headers: {
      ':exception-type': { type: 'string', value: name },
      ':message-type': { type: 'string', value: 'exception' },
      ':content-type': { type: 'string', value: 'application/json' },
    },
    body: json(document),
  };
}

/** What ends a stream early: the union's own exception when the model has it, else an unmodelled error. */
function failureMessage(error: unknown, encoding: EventStreamEncoding): Message {
  const union = encoding.model.shapes[encoding.stream.shape]!;
  const ref = isAwsError(error) ? union.members?.[error.code] : undefined;
  if (isAwsError(error) && ref && encoding.model.shapes[ref.shape]!.exception) return exceptionMessage(error.code, ref, error.fields, encoding, error.message);
  const code = isAwsError(error) ? error.code : 'InternalFailure';
  const message = isAwsError(error) ? error.message : 'An internal error occurred.';
  return {
    headers: {
      ':error-code': { type: 'string', value: code },
      ':error-message': { type: 'string', value: message },
      ':message-type': { type: 'string', value: 'error' },
    },
    body: new Uint8Array(),
  };
}

function addHeader(headers: MessageHeaders, name: string, value: unknown, shape: Shape): void {
  if (value === undefined || value === null) return;
  let header: MessageHeaderValue;
  switch (shape.type) {
    case 'boolean':
      header = { type: 'boolean', value: Boolean(value) };
      break;
    case 'integer':
    case 'short':
    case 'byte':
      header = { type: 'integer', value: Number(value) };
      break;
    case 'timestamp':
      header = { type: 'timestamp', value: value as Date };
      break;
    case 'blob':
      header = { type: 'binary', value: bytesOf(value) };
      break;
    default:
      header = { type: 'string', value: String(value) };
  }
  headers[name] = header;
}

function bytesOf(value: unknown): Uint8Array {
  if (value === undefined || value === null) return new Uint8Array();
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  return value as Uint8Array;
}

function json(value: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(value), 'utf8');
}
