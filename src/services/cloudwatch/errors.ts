import { AwsError } from '../../common/aws-error.js';

/** CloudWatch's errors, by the model's shape names; the codecs give query clients their codes. */
export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, 400);
}

export function invalidParameterCombination(message: string): AwsError {
  return new AwsError('InvalidParameterCombinationException', message, 400);
}

export function missingParameter(message: string): AwsError {
  return new AwsError('MissingRequiredParameterException', message, 400);
}

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFound', message, 404);
}

export function resourceNotFoundException(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 404);
}

export function invalidNextToken(): AwsError {
  return new AwsError('InvalidNextToken', 'The service cannot find the next token.', 400);
}

export function invalidFormat(message: string): AwsError {
  return new AwsError('InvalidFormatFault', message, 400);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededFault', message, 400);
}
