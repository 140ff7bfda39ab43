import { AwsError } from '../../common/aws-error.js';
import { header, type HttpRequest } from '../http-message.js';
import { loadModel, type OperationModel } from '../model.js';
import type { ServiceQuirks } from './index.js';

/** A queue's own URL path: `/<account>/<queue name>`. */
const QUEUE_PATH = /^\/\d{12}\/[^/]+\/?$/;

/**
 * SQS quirks.
 * - Query clients (the Java and .NET SDKs, boto's first versions) may POST to the queue URL
 *   itself and leave QueueUrl out of the form: the path then names the queue.
 * - The model's only constraints are required members; SQS reports a missing one as
 *   `MissingParameter`, in both protocols (the json one through x-amzn-query-error).
 * - A call IAM denies is `AccessDenied` (403) in both protocols, as the query one has it.
 */
export const sqsQuirks: ServiceQuirks = {
  completeInput(input: Record<string, unknown>, request: HttpRequest, operation: OperationModel): void {
    if (input.QueueUrl !== undefined || !QUEUE_PATH.test(request.rawPath) || !takesQueueUrl(operation)) return;
    input.QueueUrl = `http://${header(request, 'host') ?? 'localhost'}${request.rawPath.replace(/\/$/, '')}`;
  },
  validationErrorCode: 'MissingParameter',
  accessDenied: (message) => new AwsError('AccessDenied', message, 403),
};

function takesQueueUrl(operation: OperationModel): boolean {
  if (!operation.input) return false;
  return 'QueueUrl' in (loadModel('sqs').shapes[operation.input.shape]?.members ?? {});
}
