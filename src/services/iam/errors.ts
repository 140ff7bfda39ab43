import { AwsError } from '../../common/aws-error.js';
import { MalformedPolicy, parsePolicy, type PolicyDocument, type PolicyKind } from '../../common/policy/document.js';

export const noSuchEntity = (message: string) => new AwsError('NoSuchEntity', message, 404);
export const entityAlreadyExists = (message: string) => new AwsError('EntityAlreadyExists', message, 409);
export const deleteConflict = (message: string) => new AwsError('DeleteConflict', message, 409);
export const limitExceeded = (message: string) => new AwsError('LimitExceeded', message, 409);
export const invalidInput = (message: string) => new AwsError('InvalidInput', message, 400);
export const unmodifiable = (message: string) => new AwsError('UnmodifiableEntity', message, 400);

/** Parses a policy document as IAM does on every write, with its MalformedPolicyDocument answer. */
export function validDocument(text: string, kind: PolicyKind = 'identity'): PolicyDocument {
  try {
    return parsePolicy(text, kind);
  } catch (error) {
    if (error instanceof MalformedPolicy) throw new AwsError('MalformedPolicyDocument', error.message, 400);
    throw error;
  }
}

export function validPath(path: string | undefined): string {
  const value = path ?? '/';
  if (!/^\/(?:[\u0021-\u007E]*\/)?$/.test(value)) throw new AwsError('ValidationError', `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`, 400);
  return value;
}

/** IAM's answers carry policy documents URL-encoded, as RFC 3986 says. */
export function encodeDocument(document: string): string {
  return encodeURIComponent(document);
}
