import type { AwsError } from '../../common/aws-error.js';
import type { HttpRequest } from '../http-message.js';
import type { OperationModel, ServiceModel } from '../model.js';
import { logsQuirks } from './logs.js';
import { s3Quirks } from './s3.js';
import { snsQuirks } from './sns.js';
import { sqsQuirks } from './sqs.js';

/**
 * How a service departs from its protocol's general rules. Codecs consult this table by service
 * name and never name a service themselves; each entry lives in its own file with its reasons.
 */
export interface ServiceQuirks {
  /** Fills input members a client carries outside the modelled places (SQS: QueueUrl is the path). */
  completeInput?(input: Record<string, unknown>, request: HttpRequest, operation: OperationModel): void;
  /** The `<OpResult>` element of query answers when the model omits it (services whose model moved to json). */
  resultWrapper?(operation: OperationModel): string | undefined;
  /** The error code for a request the model's constraints reject (default per protocol). */
  validationErrorCode?: string;
  /** Whether the service rejects enum values it does not know before the operation runs. */
  validateEnums?: boolean;
  /** The root element of an XML output body that the model leaves unnamed (S3). */
  xmlRootName?(operation: OperationModel, model: ServiceModel): string | undefined;
  /** The XML namespace of output bodies that the model leaves out (S3). */
  xmlNamespace?: string;
  /** rest-xml error envelope: `<Error>` alone (S3) instead of `<ErrorResponse><Error>`. */
  bareXmlError?: boolean;
  /** Request id headers of every answer (S3: `x-amz-request-id` and `x-amz-id-2`), instead of `x-amzn-requestid`. */
  responseHeaders?(requestId: string): Record<string, string>;
  /** The `<HostId>` of XML errors (S3). */
  hostId?(requestId: string): string;
  /** The refusal of an unsigned request when SigV4 is enforced (S3 treats it as an anonymous caller's AccessDenied). */
  unsignedError?(): AwsError;
  /** How the service writes an IAM action in its refusals (SNS: `SNS:Publish`). */
  iamActionName?(action: string): string;
  /** The refusal of a call IAM policies deny, where the service's own differs from its protocol's (`AccessDenied` 403 or `AccessDeniedException`). */
  accessDenied?(message: string): AwsError;
  /** SignatureDoesNotMatch's message, which S3 words its own way. */
  signatureMismatchMessage?: string;
  /** A status the model has no member for (S3: 206 for a served range). */
  responseStatus?(operation: OperationModel, output: Record<string, unknown>): number | undefined;
}

/** One line per service that has quirks; the reasons are in each file. */
const QUIRKS: Record<string, ServiceQuirks> = {
  sqs: sqsQuirks,
  s3: s3Quirks,
  sns: snsQuirks,
  logs: logsQuirks,
};

export function quirksOf(service: string): ServiceQuirks {
  return QUIRKS[service] ?? NONE;
}

const NONE: ServiceQuirks = {};
