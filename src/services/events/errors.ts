import { AwsError } from '../../common/aws-error.js';

/** The errors EventBridge answers with, named as the model's error shapes. */

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

export function notFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 400);
}

export function alreadyExists(message: string): AwsError {
  return new AwsError('ResourceAlreadyExistsException', message, 400);
}

export function invalidPattern(message: string): AwsError {
  return new AwsError('InvalidEventPatternException', message, 400);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message, 400);
}

export function busNotFound(name: string): AwsError {
  return notFound(`Event bus ${name} does not exist.`);
}

export function ruleNotFound(rule: string, bus: string): AwsError {
  return notFound(`Rule ${rule} does not exist on EventBus ${bus}.`);
}

export function illegalStatus(message: string): AwsError {
  return new AwsError('IllegalStatusException', message, 400);
}
