import { randomUUID } from 'node:crypto';
import type { ApiCall } from './api-call.js';
import { isDataEvent, isReadOnly } from './classification.js';
import { redact } from './redaction.js';
import { resourcesOf, type RecordResource } from './resources.js';

/** A CloudTrail record, in the shape AWS writes to log files and returns in `CloudTrailEvent`. */
export interface CloudTrailRecord {
  eventVersion: string;
  userIdentity: UserIdentity;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  errorCode?: string;
  errorMessage?: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  resources?: RecordResource[];
  eventType: 'AwsApiCall';
  managementEvent: boolean;
  recipientAccountId: string;
  eventCategory: 'Management' | 'Data';
}

export interface UserIdentity {
  type: 'Root' | 'IAMUser' | 'AssumedRole' | 'FederatedUser';
  principalId: string;
  arn: string;
  accountId: string;
  accessKeyId?: string;
  userName?: string;
  sessionContext?: {
    sessionIssuer: { type: 'Role'; principalId: string; arn: string; accountId: string; userName: string };
    attributes: { creationDate: string; mfaAuthenticated: 'false' };
  };
}

export const EVENT_VERSION = '1.11';

/** Shapes one served call into its record; done on the recorder's flush, never on the request's path. */
export function toRecord(call: ApiCall): CloudTrailRecord {
  const eventName = call.operation ?? 'Unknown';
  const at = { account: call.account, region: call.region };
  const resources = resourcesOf(call.service, call.input, at);
  const management = !isDataEvent(call.service, eventName);
  return {
    eventVersion: EVENT_VERSION,
    userIdentity: userIdentityOf(call),
    eventTime: eventTime(call.at),
    eventSource: `${call.endpointPrefix ?? call.service}.amazonaws.com`,
    eventName,
    awsRegion: call.region,
    sourceIPAddress: call.sourceIp ?? '127.0.0.1',
    userAgent: call.userAgent ?? '',
    ...(call.errorCode ? { errorCode: call.errorCode, errorMessage: call.errorMessage } : {}),
    requestParameters: requestParametersOf(call),
    responseElements: call.errorCode ? null : redact(call.service, call.output),
    requestID: call.requestId,
    eventID: randomUUID(),
    readOnly: isReadOnly(eventName),
    ...(resources.length ? { resources } : {}),
    eventType: 'AwsApiCall',
    managementEvent: management,
    recipientAccountId: call.account,
    eventCategory: management ? 'Management' : 'Data',
  };
}

const IDENTITY_TYPES = { root: 'Root', user: 'IAMUser', 'assumed-role': 'AssumedRole', 'federated-user': 'FederatedUser' } as const;

/** Without a principal from IAM the caller is the account's root, as Nimbus's default credentials are. */
function userIdentityOf(call: ApiCall): UserIdentity {
  const accessKeyId = call.accessKeyId ? { accessKeyId: call.accessKeyId } : {};
  const principal = call.principal;
  if (!principal || principal.kind === 'root') return { type: 'Root', principalId: call.account, arn: `arn:aws:iam::${call.account}:root`, accountId: call.account, ...accessKeyId };
  const identity: UserIdentity = { type: IDENTITY_TYPES[principal.kind], principalId: principal.userId, arn: principal.arn, accountId: call.account, ...accessKeyId };
  if (principal.kind === 'user') identity.userName = principal.userName ?? principal.arn.split('/').pop();
  if (principal.kind === 'assumed-role' && principal.roleArn) {
    identity.sessionContext = {
      sessionIssuer: { type: 'Role', principalId: principal.userId.split(':')[0]!, arn: principal.roleArn, accountId: call.account, userName: principal.roleArn.split('/').pop()! },
      attributes: { creationDate: eventTime(principal.issuedAt ?? call.at), mfaAuthenticated: 'false' },
    };
  }
  return identity;
}

/** S3 names the bucket `bucketName` in its records, where its API says `Bucket`. */
function requestParametersOf(call: ApiCall): Record<string, unknown> | null {
  const parameters = redact(call.service, call.input);
  if (call.service !== 's3' || !parameters || !('bucket' in parameters)) return parameters;
  const { bucket, ...rest } = parameters;
  return { bucketName: bucket, ...rest };
}

/** LookupEvents' Username: `root`, the user's name, or an assumed role's session name. */
export function usernameOf(identity: UserIdentity): string {
  if (identity.type === 'Root') return 'root';
  if (identity.userName) return identity.userName;
  return identity.arn.split('/').pop() ?? identity.principalId;
}

/** Record times are whole seconds in UTC, as AWS writes them. */
export function eventTime(at: number): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
