import { AwsError } from '../../common/aws-error.js';

export function notFound(message: string): AwsError {
  return new AwsError('NotFoundException', message);
}

export function disabled(arn: string): AwsError {
  return new AwsError('DisabledException', `${arn} is disabled.`);
}

export function invalidState(message: string): AwsError {
  return new AwsError('KMSInvalidStateException', message);
}

export function invalidKeyUsage(message: string): AwsError {
  return new AwsError('InvalidKeyUsageException', message);
}

export function invalidCiphertext(): AwsError {
  return new AwsError('InvalidCiphertextException', '');
}

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message);
}

export function unsupported(message: string): AwsError {
  return new AwsError('UnsupportedOperationException', message);
}
