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
  /** The IAM principal of a key IAM or STS issued; absent for other keys (their account's root). */
  principal?: {
    kind: 'root' | 'user' | 'assumed-role' | 'federated-user';
    arn: string;
    userId: string;
    userName?: string;
    /** Assumed-role sessions: the role's ARN, and when the session began (epoch ms). */
    roleArn?: string;
    issuedAt?: number;
  };
  sourceIp?: string;
  userAgent?: string;
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  errorCode?: string;
  errorMessage?: string;
  at: number;
}

export const API_CALL = 'api-call';
