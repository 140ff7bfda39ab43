import { Decoder, Encoder } from 'cbor-x';
import { AwsError } from '../common/aws-error.js';
import type { Codec, ResponseContext } from './codec.js';
import { fromCbor, toCbor } from './cbor-values.js';
import { errorStatus, queryErrorCode, serializationError } from './errors.js';
import { header, readBody, type HttpRequest, type HttpResponse } from './http-message.js';
import type { OperationModel, ServiceModel } from './model.js';

/**
 * smithy-rpc-v2-cbor: `POST [prefix]/service/<ServiceName>/operation/<Operation>` with a CBOR map
 * body; the service name is the model's `targetPrefix` (the Smithy service shape's name).
 */
const PATH = /\/service\/([^/]+)\/operation\/([^/]+)$/;
const BODY_LIMIT = 10 * 1024 * 1024;
const CONTENT_TYPE = 'application/cbor';

const decoder = new Decoder({ mapsAsObjects: false, useRecords: false });
const encoder = new Encoder({ mapsAsObjects: true, useRecords: false, tagUint8Array: false });

/** The `ServiceName` and `Operation` a request path names, or undefined when it is no rpc-v2 path. */
export function cborTarget(rawPath: string): { service: string; operation: string } | undefined {
  const match = PATH.exec(rawPath);
  if (!match) return undefined;
  try {
    return { service: decodeURIComponent(match[1]!), operation: decodeURIComponent(match[2]!) };
  } catch {
    return undefined;
  }
}

export const cborCodec: Codec = {
  protocol: 'smithy-rpc-v2-cbor',

  async resolveOperation(request: HttpRequest, model: ServiceModel): Promise<OperationModel | undefined> {
    const target = cborTarget(request.rawPath);
    if (!target || request.method !== 'POST') return undefined;
    const servicePrefix = model.metadata.targetPrefix;
    if (servicePrefix && target.service !== servicePrefix) return undefined;
    return model.operations[target.operation];
  },

  async decodeRequest(request: HttpRequest, operation: OperationModel, model: ServiceModel): Promise<Record<string, unknown>> {
    const body = await readBody(request, BODY_LIMIT);
    if (body.length === 0) return {};
    const contentType = header(request, 'content-type')?.split(';')[0]?.trim().toLowerCase();
    if (contentType !== CONTENT_TYPE) {
      throw new AwsError('UnsupportedMediaTypeException', `Expected content type ${CONTENT_TYPE}, got ${contentType ?? 'none'}.`, 415);
    }
    let item: unknown;
    try {
      item = decoder.decode(body);
    } catch (error) {
      throw serializationError(`Malformed CBOR body: ${(error as Error).message}`);
    }
    if (!operation.input) return {};
    return fromCbor(item, operation.input, model, operation.input.shape) as Record<string, unknown>;
  },

  encodeResponse(output: Record<string, unknown>, operation: OperationModel, context: ResponseContext): HttpResponse {
    const headers = baseHeaders(context);
    if (!operation.output) return { status: operation.http.responseCode ?? 200, headers };
    headers['content-type'] = CONTENT_TYPE;
    const body = encoder.encode(toCbor(output, operation.output, context.model));
    return { status: operation.http.responseCode ?? 200, headers, body };
  },

  encodeError(error: AwsError, context: ResponseContext): HttpResponse {
    const headers = baseHeaders(context);
    headers['content-type'] = CONTENT_TYPE;
    const shape = context.model.shapes[error.code];
    const modelled = shape?.exception ? shape : undefined;
    if (context.model.metadata.awsQueryCompatible) {
      headers['x-amzn-query-error'] = `${queryErrorCode(context.model, error)};${error.senderFault ? 'Sender' : 'Receiver'}`;
    }
    const fields = modelled ? (toCbor(error.fields, { shape: error.code }, context.model) as Record<string, unknown>) : {};
    const messageKey = modelled?.members?.Message ? 'Message' : 'message';
    const body = encoder.encode({ __type: error.code, [messageKey]: error.message, ...withoutMessage(fields) });
    return { status: errorStatus(context.model, error), headers: { ...headers, ...error.headers }, body };
  },
};

function baseHeaders(context: ResponseContext): Record<string, string> {
  return { 'smithy-protocol': 'rpc-v2-cbor', 'x-amzn-requestid': context.requestId };
}

function withoutMessage(fields: Record<string, unknown>): Record<string, unknown> {
  const { message: _lower, Message: _upper, ...rest } = fields;
  return rest;
}
