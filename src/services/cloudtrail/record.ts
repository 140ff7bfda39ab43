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
  type: 'Root' | 'IAMUser' | 'AssumedRole';
  principalId: string;
  arn: string;
  accountId: string;
  accessKeyId?: string;
  userName?: string;
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
    requestParameters: redact(call.service, call.input),
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

/** Without a known principal the caller is the account's root, as Nimbus's default credentials are. */
function userIdentityOf(call: ApiCall): UserIdentity {
  const accessKeyId = call.accessKeyId ? { accessKeyId: call.accessKeyId } : {};
  const principal = call.principal;
  if (!principal) return { type: 'Root', principalId: call.account, arn: `arn:aws:iam::${call.account}:root`, accountId: call.account, ...accessKeyId };
  return {
    type: principal.type,
    principalId: principal.principalId,
    arn: principal.arn,
    accountId: call.account,
    ...accessKeyId,
    ...(principal.type === 'IAMUser' && principal.userName ? { userName: principal.userName } : {}),
  };
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
