/**
 * The one error type a provider throws. Codecs turn it into the protocol's own error envelope;
 * `fields` become extra members of the error shape (S3's `BucketName`, `Key`, `Condition` …).
 */
export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  readonly senderFault: boolean;
  readonly fields: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    code: string,
    message: string,
    status = 400,
    options: { senderFault?: boolean; fields?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = code;
    this.code = code;
    this.status = status;
    this.senderFault = options.senderFault ?? status < 500;
    this.fields = options.fields ?? {};
    this.headers = options.headers ?? {};
  }
}

export function isAwsError(error: unknown): error is AwsError {
  return error instanceof AwsError;
}

export function notImplemented(service: string, operation: string): AwsError {
  return new AwsError(
    'NotImplemented',
    `The operation ${operation} of ${service} is not implemented by Nimbus yet.`,
    501,
    { senderFault: false },
  );
}

export function internalError(): AwsError {
  return new AwsError('InternalError', 'We encountered an internal error. Please try again.', 500, {
    senderFault: false,
  });
}
