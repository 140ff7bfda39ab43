import { AwsError } from '../common/aws-error.js';
import type { ServiceModel } from './model.js';

/** The code a query-protocol client expects: the shape's `error.code` where the model gives one. */
export function queryErrorCode(model: ServiceModel | undefined, error: AwsError): string {
  return model?.shapes[error.code]?.error?.code ?? error.code;
}

/** The HTTP status: the model's for a modelled error, else the one the provider chose. */
export function errorStatus(model: ServiceModel | undefined, error: AwsError): number {
  return model?.shapes[error.code]?.error?.httpStatusCode ?? error.status;
}

export function serializationError(message: string): AwsError {
  return new AwsError('SerializationException', message, 400);
}

export function unknownOperation(): AwsError {
  return new AwsError('UnknownOperationException', '', 400);
}
