/** Who is calling, where, and how to name resources in answers: what a provider needs of a request. */
export interface CallContext {
  readonly requestId: string;
  readonly account: string;
  readonly region: string;
  readonly accessKeyId: string;
  /** `http://host:port` as the client addressed Nimbus; used to build URLs a client will follow (queue URLs). */
  readonly endpoint: string;
  /** The caller's IP address, for records that carry it. */
  readonly sourceIp: string;
  /** Present when the gateway resolved a resource from the host name (S3 virtual-hosted buckets). */
  readonly hostBucket?: string;
}
