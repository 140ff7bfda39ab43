import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { GetObjectOutput, GetObjectRequest } from './api.generated.js';
import { S3State } from './state.js';

/** The bus request another service makes to read an object whole (Lambda's code from S3Bucket/S3Key). */
export const READ_OBJECT = 's3.read-object';

export interface ReadObjectRequest {
  account: string;
  region: string;
  bucket: string;
  key: string;
  versionId?: string;
}

/** The object's bytes, or S3's error code and message as a GetObject would have answered them. */
export type ReadObjectAnswer = { body: Buffer; versionId?: string } | { errorCode: string; errorMessage: string };

/**
 * `s3.read-object`: an object read through S3's own GetObject as the calling account, so versions,
 * delete markers and ownership behave as for a client. A bucket in another region answers
 * PermanentRedirect, as S3 does to a client of the wrong regional endpoint.
 */
export function registerObjectReader(deps: ServiceDeps, getObject: (input: GetObjectRequest, context: CallContext) => Promise<GetObjectOutput>): void {
  const state = new S3State(deps.store);
  deps.bus.respond(READ_OBJECT, async (payload): Promise<ReadObjectAnswer> => {
    const request = payload as ReadObjectRequest;
    const bucket = await state.buckets().get(request.bucket);
    if (bucket && bucket.region !== request.region) {
      return { errorCode: 'PermanentRedirect', errorMessage: `The bucket is in this region: ${bucket.region}. Please use this region to retry the request` };
    }
    const context: CallContext = { requestId: `read-${deps.clock.now()}`, account: request.account, region: request.region, accessKeyId: '', endpoint: '', sourceIp: '127.0.0.1' };
    try {
      const output = await getObject({ Bucket: request.bucket, Key: request.key, VersionId: request.versionId }, context);
      const chunks: Buffer[] = [];
      for await (const chunk of output.Body as AsyncIterable<Buffer>) chunks.push(chunk);
      return { body: Buffer.concat(chunks), versionId: output.VersionId };
    } catch (error) {
      if (error instanceof AwsError) return { errorCode: error.code, errorMessage: error.message };
      throw error;
    }
  });
}
