import { AwsError } from '../../common/aws-error.js';

/** Lambda's errors all carry `Type` (who is at fault) beside the message. */
function lambdaError(code: string, message: string, status: number, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}): AwsError {
  return new AwsError(code, message, status, { fields: { Type: status < 500 ? 'User' : 'Service', ...fields }, headers });
}

/** A service principal the function's policy does not let invoke it (only under IAM enforcement). */
export const serviceNotAllowed = (principal: string, arn: string) =>
  lambdaError('AccessDeniedException', `${principal} is not authorized to perform: lambda:InvokeFunction on resource: ${arn} because no resource-based policy allows the lambda:InvokeFunction action`, 403);
export const notFound = (message: string) => lambdaError('ResourceNotFoundException', message, 404);

export const functionNotFound = (arn: string) => notFound(`Function not found: ${arn}`);

export const provisionedConcurrencyNotFound = () =>
  lambdaError('ProvisionedConcurrencyConfigNotFoundException', 'No Provisioned Concurrency Config found for this function', 404);

export const conflict = (message: string) => lambdaError('ResourceConflictException', message, 409);

export const invalidParameter = (message: string) => lambdaError('InvalidParameterValueException', message, 400);

export const preconditionFailed = () =>
  lambdaError('PreconditionFailedException', 'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id', 412);

export const requestTooLarge = (limit: number, operation: string) =>
  lambdaError('RequestTooLargeException', `Request must be smaller than ${limit} bytes for the ${operation} operation`, 413);

export const throttled = (reason: string) =>
  lambdaError('TooManyRequestsException', 'Rate Exceeded.', 429, { Reason: reason, retryAfterSeconds: '1' });
