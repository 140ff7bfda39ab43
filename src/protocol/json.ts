import type { AwsError } from '../common/aws-error.js';
import type { Codec, ResponseContext } from './codec.js';
import { errorStatus, queryErrorCode, serializationError } from './errors.js';
import { header, readBody, type HttpRequest, type HttpResponse } from './http-message.js';
import { toJsonValue } from './json-writer.js';
import type { OperationModel, ServiceModel, ShapeRef } from './model.js';
import { isObject, ShapeReader } from './shape-reader.js';
import { encodeEventStream, EVENT_STREAM_CONTENT_TYPE, eventStreamMember } from './streaming/event-stream.js';

export const JSON_BODY_LIMIT = 16 * 1024 * 1024;

/** awsJson 1.0 and 1.1: `X-Amz-Target: <targetPrefix>.<Operation>`, the input as the JSON body. */
export const jsonCodec: Codec = {
  protocol: 'json',

  async resolveOperation(request: HttpRequest, model: ServiceModel): Promise<OperationModel | undefined> {
    const target = header(request, 'x-amz-target') ?? '';
    const dot = target.lastIndexOf('.');
    const prefix = target.slice(0, dot);
    // Smithy-generated clients (SDK v3 for CloudTrail) send the service shape's bare name, as AWS accepts.
    if (prefix !== model.metadata.targetPrefix && !model.metadata.targetPrefix?.endsWith(`.${prefix}`)) return undefined;
    return model.operations[target.slice(dot + 1)];
  },

  async decodeRequest(request: HttpRequest, operation: OperationModel, model: ServiceModel): Promise<Record<string, unknown>> {
    const body = await readBody(request, JSON_BODY_LIMIT);
    let parsed: unknown = {};
    if (body.length) {
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw serializationError('Start of structure or map found where not expected.');
      }
    }
    if (!isObject(parsed)) throw serializationError('Start of structure or map found where not expected.');
    if (!operation.input) return {};
    return new ShapeReader(model, serializationError, (member) => member).read(parsed, operation.input) as Record<string, unknown>;
  },

  encodeResponse(output: Record<string, unknown>, operation: OperationModel, context: ResponseContext): HttpResponse {
    const stream = eventStreamMember(operation.output, context.model);
    if (stream) return encodeStreamingResponse(output, operation, context, stream);
    const body = operation.output ? toJsonValue(context.model, output, operation.output, 'unixTimestamp', (member) => member) : {};
    return { status: 200, headers: jsonHeaders(context), body: JSON.stringify(body ?? {}) };
  },

  encodeError(error: AwsError, context: ResponseContext): HttpResponse {
    const headers = jsonHeaders(context);
    if (context.model.metadata.awsQueryCompatible) {
      headers['x-amzn-query-error'] = `${queryErrorCode(context.model, error)};${error.senderFault ? 'Sender' : 'Receiver'}`;
    }
    const body = { __type: error.code, message: error.message, ...error.fields };
    return { status: errorStatus(context.model, error), headers: { ...headers, ...error.headers }, body: JSON.stringify(body) };
  },
};

function jsonHeaders(context: ResponseContext): Record<string, string> {
  return {
    'content-type': `application/x-amz-json-${context.model.metadata.jsonVersion ?? '1.0'}`,
    'x-amzn-requestid': context.requestId,
  };
}

/** An event stream output: the other members travel first, as the `initial-response` event. */
function encodeStreamingResponse(output: Record<string, unknown>, operation: OperationModel, context: ResponseContext, [member, ref]: [string, ShapeRef]): HttpResponse {
  const { [member]: events, ...rest } = output;
  const nameOf = (name: string) => name;
  const initialResponse = toJsonValue(context.model, rest, operation.output!, 'unixTimestamp', nameOf) ?? {};
  const body = encodeEventStream(events as AsyncIterable<Record<string, unknown>>, { model: context.model, stream: ref, defaultTimestamp: 'unixTimestamp', nameOf, initialResponse });
  return { status: 200, headers: { ...jsonHeaders(context), 'content-type': EVENT_STREAM_CONTENT_TYPE }, body };
}
