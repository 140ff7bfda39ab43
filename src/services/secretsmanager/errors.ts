import { AwsError } from '../../common/aws-error.js';

export function secretNotFound(): AwsError {
  return new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
}

export function versionNotFound(what: 'staging label' | 'VersionId', value: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Secrets Manager can't find the specified secret value for ${what}: ${value}`);
}

export function markedForDeletion(): AwsError {
  return new AwsError('InvalidRequestException', "You can't perform this operation on the secret because it was marked for deletion.");
}

export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message);
}

export function invalidRequest(message: string): AwsError {
  return new AwsError('InvalidRequestException', message);
}

export function resourceExists(message: string): AwsError {
  return new AwsError('ResourceExistsException', message);
}
