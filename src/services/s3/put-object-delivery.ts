import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { PutObjectOutput, PutObjectRequest } from './api.generated.js';

/** What another service enqueues to store an object (CloudTrail's log files); the body is base64. */
export interface PutObjectDelivery {
  account: string;
  region: string;
  bucket: string;
  key: string;
  body: string;
  contentType?: string;
  contentEncoding?: string;
}

/**
 * `s3.put-object`: an object written by another service through S3's own put path, so versions,
 * notifications and checksums behave as for a client's PutObject. A missing bucket can never
 * succeed on retry, so it is reported and dropped rather than retried.
 */
export function registerPutObjectDelivery(deps: ServiceDeps, putObject: (input: PutObjectRequest, context: CallContext) => Promise<PutObjectOutput>): void {
  deps.bus.handle('s3.put-object', async (payload) => {
    const delivery = payload as PutObjectDelivery;
    const context: CallContext = { requestId: `delivery-${deps.clock.now()}`, account: delivery.account, region: delivery.region, accessKeyId: '', endpoint: deps.endpoint(), sourceIp: '127.0.0.1' };
    const input: PutObjectRequest = { Bucket: delivery.bucket, Key: delivery.key, Body: Buffer.from(delivery.body, 'base64'), ContentType: delivery.contentType, ContentEncoding: delivery.contentEncoding };
    try {
      await putObject(input, context);
    } catch (error) {
      if (!(error instanceof AwsError) || !error.senderFault) throw error;
      console.error(`nimbus: s3.put-object to ${delivery.bucket}/${delivery.key} refused: ${error.code}`);
    }
  });
}
