import { AwsError } from '../../common/aws-error.js';

/** SNS's errors, by the model's shape names (the query codec answers with their codes); messages are SNS's own. */

export function invalidParameter(detail: string): AwsError {
  return new AwsError('InvalidParameterException', `Invalid parameter: ${detail}`, 400);
}

export function topicNotFound(): AwsError {
  return new AwsError('NotFoundException', 'Topic does not exist', 404);
}

export function subscriptionNotFound(): AwsError {
  return new AwsError('NotFoundException', 'Subscription does not exist', 404);
}

export function resourceNotFound(): AwsError {
  return new AwsError('ResourceNotFoundException', 'Resource does not exist', 404);
}

export function tagLimitExceeded(): AwsError {
  return new AwsError('TagLimitExceededException', 'Could not complete request: tag quota of per resource exceeded', 400);
}

export function emptyBatchRequest(): AwsError {
  return new AwsError('EmptyBatchRequestException', 'The batch request doesn\'t contain any entries.', 400);
}

export function tooManyEntriesInBatchRequest(): AwsError {
  return new AwsError('TooManyEntriesInBatchRequestException', 'The batch request contains more entries than permissible.', 400);
}

export function batchEntryIdsNotDistinct(): AwsError {
  return new AwsError('BatchEntryIdsNotDistinctException', 'Two or more batch entries in the request have the same Id.', 400);
}

export function invalidBatchEntryId(): AwsError {
  return new AwsError('InvalidBatchEntryIdException', 'The Id of a batch entry in a batch request doesn\'t abide by the specification.', 400);
}

export function batchRequestTooLong(): AwsError {
  return new AwsError('BatchRequestTooLongException', 'The length of all the messages put together is more than the limit.', 400);
}

/** The code a query client reads, for PublishBatch's per-entry failures. */
export function wireCode(error: AwsError): string {
  const codes: Record<string, string> = {
    InvalidParameterException: 'InvalidParameter',
    InvalidParameterValueException: 'ParameterValueInvalid',
    NotFoundException: 'NotFound',
  };
  return codes[error.code] ?? error.code.replace(/Exception$/, '');
}
