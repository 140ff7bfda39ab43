import type { HttpRequest } from '../http-message.js';
import type { OperationModel, ServiceModel } from '../model.js';
import { sqsQuirks } from './sqs.js';

/**
 * How a service departs from its protocol's general rules. Codecs consult this table by service
 * name and never name a service themselves; each entry lives in its own file with its reasons.
 */
export interface ServiceQuirks {
  /** Fills input members a client carries outside the modelled places (SQS: QueueUrl is the path). */
  completeInput?(input: Record<string, unknown>, request: HttpRequest, operation: OperationModel): void;
  /** The error code for a request the model's constraints reject (default per protocol). */
  validationErrorCode?: string;
  /** The root element of an XML output body that the model leaves unnamed (S3). */
  xmlRootName?(operation: OperationModel, model: ServiceModel): string | undefined;
  /** The XML namespace of output bodies that the model leaves out (S3). */
  xmlNamespace?: string;
  /** rest-xml error envelope: `<Error>` alone (S3) instead of `<ErrorResponse><Error>`. */
  bareXmlError?: boolean;
}

/** One line per service that has quirks; the reasons are in each file. */
const QUIRKS: Record<string, ServiceQuirks> = {
  sqs: sqsQuirks,
};

export function quirksOf(service: string): ServiceQuirks {
  return QUIRKS[service] ?? NONE;
}

const NONE: ServiceQuirks = {};
