/**
 * The `api-call` signal the gateway emits for every identified request (src/gateway/pipeline.ts).
 * Only the shape CloudTrail reads; the gateway does no shaping, CloudTrail does it all at flush time.
 */
export interface ApiCall {
  requestId: string;
  service: string;
  /** The model's endpoint prefix (`monitoring` for CloudWatch): the host part of `eventSource`. */
  endpointPrefix?: string;
  operation?: string;
  account: string;
  region: string;
  accessKeyId?: string;
  /** Set by the gateway once it knows who the caller is (IAM users, assumed roles). */
  principal?: { type: 'Root' | 'IAMUser' | 'AssumedRole'; arn: string; principalId: string; userName?: string };
  sourceIp?: string;
  userAgent?: string;
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  errorCode?: string;
  errorMessage?: string;
  at: number;
}

export const API_CALL = 'api-call';
