import { AwsError } from '../../common/aws-error.js';

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message);
}

export function alreadyExists(message: string): AwsError {
  return new AwsError('ResourceAlreadyExistsException', message);
}

export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message);
}

export const groupNotFound = () => resourceNotFound('The specified log group does not exist.');
export const streamNotFound = () => resourceNotFound('The specified log stream does not exist.');
