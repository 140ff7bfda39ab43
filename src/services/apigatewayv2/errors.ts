import { AwsError } from '../../common/aws-error.js';

export function notFound(message: string): AwsError {
  return new AwsError('NotFoundException', message, 404);
}

export function badRequest(message: string): AwsError {
  return new AwsError('BadRequestException', message, 400);
}

export function conflict(message: string): AwsError {
  return new AwsError('ConflictException', message, 409);
}

/** API Gateway names the missing thing by its kind and identifier. */
export function invalidIdentifier(kind: string, id: string): AwsError {
  return notFound(`Invalid ${kind} identifier specified ${id}`);
}
