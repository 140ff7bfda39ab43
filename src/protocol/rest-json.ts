import { AwsError } from '../common/aws-error.js';
import type { Codec, ResponseContext } from './codec.js';
import { errorStatus, serializationError } from './errors.js';
import { header, readBody, type HttpRequest, type HttpResponse, type ResponseBody } from './http-message.js';
import { toJsonValue } from './json-writer.js';
import type { OperationModel, ServiceModel, ShapeRef } from './model.js';
import { bindRequest, bindResponse, bodyMembers, matchOperation } from './rest-bindings.js';
import { isObject, ShapeReader } from './shape-reader.js';
import { encodeEventStream, EVENT_STREAM_CONTENT_TYPE } from './streaming/event-stream.js';

export const REST_JSON_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * restJson1: members bound to the URI, query string, headers and status code by the model; the rest
 * travel as a JSON body (timestamps as epoch seconds, blobs as base64), or a `payload` member is
 * the body by itself. Errors name their shape in `x-amzn-ErrorType`.
 */
export const restJsonCodec: Codec = {
  protocol: 'rest-json',

  async resolveOperation(request: HttpRequest, model: ServiceModel): Promise<OperationModel | undefined> {
    return matchOperation(request, model);
  },

  async decodeRequest(request: HttpRequest, operation: OperationModel, model: ServiceModel): Promise<Record<string, unknown>> {
    const input = bindRequest(request, operation, model, invalid);
    const { payload, members } = bodyMembers(operation.input, model);
    if (payload) {
      const value = await readPayload(request, payload[1], model);
      if (value !== undefined) input[payload[0]] = value;
      return input;
    }
    if (!members.length) return input;
    const document = await readJson(request);
    const reader = new ShapeReader(model, serializationError);
    for (const [member, ref] of members) {
      const value = reader.read(document[ref.locationName ?? member], ref, member);
      if (value !== undefined) input[member] = value;
    }
    return input;
  },

  encodeResponse(output: Record<string, unknown>, operation: OperationModel, context: ResponseContext): HttpResponse {
    const { status, headers } = bindResponse(output, operation, context.model);
    headers['x-amzn-requestid'] = context.requestId;
    if (!operation.output) return { status, headers };
    const { payload } = bodyMembers(operation.output, context.model);
    if (payload) {
      const body = writePayload(output[payload[0]], payload[1], context.model, headers);
      return { status, headers, body };
    }
    headers['content-type'] = 'application/json';
    return { status, headers, body: JSON.stringify(toJsonValue(context.model, output, operation.output) ?? {}) };
  },

  encodeError(error: AwsError, context: ResponseContext): HttpResponse {
    const { model } = context;
    const shape = model.shapes[error.code];
    const ref: ShapeRef | undefined = shape?.exception ? { shape: error.code } : undefined;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-amzn-requestid': context.requestId,
      'x-amzn-errortype': error.code,
    };
    let fields: Record<string, unknown> = {};
    if (ref) {
      const asOutput: OperationModel = { name: error.code, http: { method: 'POST', requestUri: '/' }, output: ref };
      Object.assign(headers, bindResponse(error.fields, asOutput, model).headers);
      fields = (toJsonValue(model, error.fields, ref) as Record<string, unknown>) ?? {};
    }
    const messageKey = shape?.members?.Message ? 'Message' : 'message';
    const { message: _lower, Message: _upper, ...rest } = fields;
    const body = { ...rest, [messageKey]: error.message };
    return { status: errorStatus(model, error), headers: { ...headers, ...error.headers }, body: JSON.stringify(body) };
  },
};

function invalid(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

function isJsonType(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json') || type.startsWith('application/x-amz-json');
}

async function readJson(request: HttpRequest): Promise<Record<string, unknown>> {
  const body = await readBody(request, REST_JSON_BODY_LIMIT);
  if (body.length === 0) return {};
  if (!isJsonType(header(request, 'content-type'))) {
    throw new AwsError('UnsupportedMediaTypeException', `Unsupported content type: ${header(request, 'content-type')}`, 415);
  }
  let document: unknown;
  try {
    document = JSON.parse(body.toString('utf8'));
  } catch {
    throw serializationError('Could not parse request body into json.');
  }
  if (!isObject(document)) throw serializationError('Could not parse request body into json: expected an object.');
  return document;
}

async function readPayload(request: HttpRequest, ref: ShapeRef, model: ServiceModel): Promise<unknown> {
  const shape = model.shapes[ref.shape]!;
  if (shape.type === 'blob' && (shape.streaming || ref.streaming)) return request.body;
  if (shape.type === 'structure') {
    const document = await readJson(request);
    return new ShapeReader(model, serializationError).read(document, ref);
  }
  const body = await readBody(request, REST_JSON_BODY_LIMIT);
  if (body.length === 0) return undefined;
  return shape.type === 'blob' ? body : body.toString('utf8');
}

function writePayload(value: unknown, ref: ShapeRef, model: ServiceModel, headers: Record<string, string>): ResponseBody {
  const shape = model.shapes[ref.shape]!;
  if (shape.eventstream) {
    headers['content-type'] = EVENT_STREAM_CONTENT_TYPE;
    if (value === undefined || value === null) return undefined;
    return encodeEventStream(value as AsyncIterable<Record<string, unknown>>, { model, stream: ref, defaultTimestamp: 'unixTimestamp' });
  }
  if (shape.type === 'structure') {
    headers['content-type'] = 'application/json';
    return JSON.stringify(toJsonValue(model, value ?? {}, ref) ?? {});
  }
  if (value === undefined || value === null) return undefined;
  if (shape.type === 'blob') {
    headers['content-type'] ??= 'application/octet-stream';
    if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
    if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    return value as ResponseBody;
  }
  headers['content-type'] ??= 'text/plain';
  return String(value);
}
