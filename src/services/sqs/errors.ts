import { AwsError } from '../../common/aws-error.js';

/**
 * SQS's errors. Codes are the model's shape names where SQS models the error (the codecs turn
 * them into query codes such as `AWS.SimpleQueueService.NonExistentQueue`); the rest are the
 * common query-era codes SQS still answers with in both protocols. Messages are SQS's own.
 */

export function queueDoesNotExist(): AwsError {
  return new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
}

export function queueNameExists(attribute: string): AwsError {
  return new AwsError('QueueNameExists', `A queue already exists with the same name and a different value for attribute ${attribute}`, 400);
}

export function queueDeletedRecently(): AwsError {
  return new AwsError('QueueDeletedRecently', 'You must wait 60 seconds after deleting a queue before you can create another with the same name.', 400);
}

export function purgeQueueInProgress(queueName: string): AwsError {
  return new AwsError('PurgeQueueInProgress', `Only one PurgeQueue operation on ${queueName} is allowed every 60 seconds.`, 403);
}

export function invalidAddress(address: string): AwsError {
  return new AwsError('InvalidAddress', `The address ${address} is not valid for this endpoint.`, 404);
}

export function invalidAttributeName(name: string): AwsError {
  return new AwsError('InvalidAttributeName', `Unknown Attribute ${name}.`, 400);
}

export function invalidAttributeValue(name: string, reason?: string): AwsError {
  const message = `Invalid value for the parameter ${name}.${reason ? ` Reason: ${reason}` : ''}`;
  return new AwsError('InvalidAttributeValue', message, 400);
}

export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValue', message, 400);
}

/** SQS's wording for an out-of-range request parameter. */
export function invalidParameter(name: string, value: unknown, reason: string): AwsError {
  return invalidParameterValue(`Value ${String(value)} for parameter ${name} is invalid. Reason: ${reason}`);
}

export function missingParameter(name: string): AwsError {
  return new AwsError('MissingParameter', `The request must contain the parameter ${name}.`, 400);
}

export function invalidMessageContents(message: string): AwsError {
  return new AwsError('InvalidMessageContents', message, 400);
}

export function receiptHandleIsInvalid(handle: string): AwsError {
  return new AwsError('ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`, 404);
}

export function messageNotInflight(): AwsError {
  return new AwsError('MessageNotInflight', 'The message referred to isn\'t in flight.', 400);
}

export function emptyBatchRequest(entryName: string): AwsError {
  return new AwsError('EmptyBatchRequest', `There should be at least one ${entryName} in the request.`, 400);
}

export function tooManyEntriesInBatchRequest(count: number): AwsError {
  return new AwsError('TooManyEntriesInBatchRequest', `Maximum number of entries per request are 10. You have sent ${count}.`, 400);
}

export function batchEntryIdsNotDistinct(id: string): AwsError {
  return new AwsError('BatchEntryIdsNotDistinct', `Id ${id} repeated.`, 400);
}

export function invalidBatchEntryId(): AwsError {
  return new AwsError('InvalidBatchEntryId', 'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.', 400);
}

export function batchRequestTooLong(limit: number): AwsError {
  return new AwsError('BatchRequestTooLong', `Batch requests cannot be longer than ${limit} bytes.`, 400);
}
