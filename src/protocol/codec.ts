import type { AwsError } from '../common/aws-error.js';
import type { HttpRequest, HttpResponse } from './http-message.js';
import type { OperationModel, ProtocolName, ServiceModel } from './model.js';

/** What a codec needs to know about the request it answers. */
export interface ResponseContext {
  requestId: string;
  service: string;
  model: ServiceModel;
}

/**
 * One codec per wire protocol, driven only by the service model. A codec names no service:
 * differences between services live in `protocol/quirks/`.
 */
export interface Codec {
  readonly protocol: ProtocolName;
  /** The operation this request calls, or undefined when it names none the model has. */
  resolveOperation(request: HttpRequest, model: ServiceModel): Promise<OperationModel | undefined>;
  /** The operation's input as plain values of the model's types (streams for streaming blobs). */
  decodeRequest(request: HttpRequest, operation: OperationModel, model: ServiceModel): Promise<Record<string, unknown>>;
  encodeResponse(output: Record<string, unknown>, operation: OperationModel, context: ResponseContext): HttpResponse;
  encodeError(error: AwsError, context: ResponseContext): HttpResponse;
}
