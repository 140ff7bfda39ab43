import type { CallContext } from '../../common/call-context.js';
import type { EventBus } from '../../events/bus.js';
import { invalidParameter } from './errors.js';

/** Where a deployment package comes from: FunctionCode, UpdateFunctionCode and LayerVersionContentInput share these members. */
export interface CodeSource {
  ZipFile?: Uint8Array;
  S3Bucket?: string;
  S3Key?: string;
  S3ObjectVersion?: string;
}

type ReadObjectAnswer = { body: Uint8Array } | { errorCode: string; errorMessage: string };

/**
 * The package's bytes: the ZipFile sent, or the object S3Bucket/S3Key (and S3ObjectVersion) names,
 * read by S3 itself as the calling account and region. S3's refusals come back as Lambda words them.
 */
export async function packageBytes(bus: EventBus, code: CodeSource | undefined, context: CallContext): Promise<Buffer> {
  if (code?.ZipFile?.length) return Buffer.from(code.ZipFile);
  if (!code?.S3Bucket || !code.S3Key) throw invalidParameter('Please provide a source for function code.');
  const answer = await bus.request<ReadObjectAnswer>('s3.read-object', {
    account: context.account, region: context.region, bucket: code.S3Bucket, key: code.S3Key, versionId: code.S3ObjectVersion,
  });
  if ('body' in answer) return Buffer.from(answer.body);
  if (answer.errorCode === 'AccessDenied') {
    throw invalidParameter(`Your access has been denied by S3, please make sure your request credentials have permission to GetObject for ${code.S3Bucket}/${code.S3Key}. S3 Error Code: AccessDenied. S3 Error Message: ${answer.errorMessage}`);
  }
  throw invalidParameter(`Error occurred while GetObject. S3 Error Code: ${answer.errorCode}. S3 Error Message: ${answer.errorMessage}`);
}
