import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { StreamStatus } from './api.generated.js';
import { invalidArgument, streamNotActive, streamNotFound } from './errors.js';
import { streamKey, streams, type Collections, type StreamAddress, type StreamRecord } from './state.js';

/** How a request names a stream: by name, by ARN, or both (which must then agree). */
export interface StreamReference {
  StreamName?: string;
  StreamARN?: string;
}

const ARN = /^arn:aws[a-z-]*:kinesis:([a-z0-9-]+):(\d{12}):stream\/([a-zA-Z0-9_.-]+)$/;

export function streamArn(address: StreamAddress): string {
  return `arn:aws:kinesis:${address.region}:${address.account}:stream/${address.name}`;
}

/** Reads a stream ARN; undefined when it is not one. */
export function parseStreamArn(arn: string): StreamAddress | undefined {
  const match = ARN.exec(arn);
  return match ? { region: match[1]!, account: match[2]!, name: match[3]! } : undefined;
}

export function addressOf(reference: StreamReference, context: Pick<CallContext, 'account' | 'region'>): StreamAddress {
  if (reference.StreamARN !== undefined) {
    const address = parseStreamArn(reference.StreamARN);
    if (!address) throw invalidArgument(`StreamARN ${reference.StreamARN} is not a valid Kinesis stream ARN.`);
    if (reference.StreamName !== undefined && reference.StreamName !== address.name) {
      throw invalidArgument(`StreamName ${reference.StreamName} does not match the stream named by StreamARN ${reference.StreamARN}.`);
    }
    return address;
  }
  if (reference.StreamName === undefined) throw invalidArgument('Either StreamName or StreamARN should be provided.');
  return { account: context.account, region: context.region, name: reference.StreamName };
}

/**
 * A new stream reports CREATING, and a reshard UPDATING, until the clock has moved on by one
 * millisecond: observable, yet already over when a client (or the SDK's waiter, which then sleeps
 * ten seconds) asks next.
 */
export function streamStatus(stream: StreamRecord, now: number): StreamStatus {
  if (now <= stream.createdAt) return 'CREATING';
  if (stream.updatingUntil !== undefined && now < stream.updatingUntil) return 'UPDATING';
  return 'ACTIVE';
}

export async function loadStream(source: Collections, address: StreamAddress): Promise<StreamRecord> {
  const stream = await streams(source).get(streamKey(address));
  if (!stream) throw streamNotFound(address);
  return stream;
}

/** Resharding and retention changes need an ACTIVE stream, as in AWS. */
export function requireActive(stream: StreamRecord, deps: Pick<ServiceDeps, 'clock'>): void {
  const status = streamStatus(stream, deps.clock.now());
  if (status !== 'ACTIVE') throw streamNotActive(stream, status);
}

export async function saveStream(source: Collections, stream: StreamRecord): Promise<void> {
  await streams(source).put(streamKey(stream), stream);
}
