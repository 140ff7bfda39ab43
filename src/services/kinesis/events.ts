import { isAwsError } from '../../common/aws-error.js';
import { DeliveryRefused } from '../../events/delivery-refused.js';
import type { ServiceDeps } from '../service-deps.js';
import { parseStreamArn } from './stream-access.js';
import type { Records } from './records.js';

/** What another service (an EventBridge target) enqueues to put one record on a stream. */
export interface PutRecordDelivery {
  streamArn: string;
  partitionKey: string;
  /** The record's bytes, base64. */
  data: string;
}

export const PUT_RECORD_TOPIC = 'kinesis.put-record';

/**
 * Delivers `kinesis.put-record` from the outbox. A delivery that can never succeed (no such stream,
 * a malformed payload, a record over the size limit) is refused with a warning rather than retried
 * forever; a full shard throws, so the outbox retries it with backoff.
 */
export function handlePutRecordDeliveries(deps: ServiceDeps, records: Records): void {
  deps.bus.handle(PUT_RECORD_TOPIC, async (payload) => {
    const delivery = payload as Partial<PutRecordDelivery>;
    const stream = typeof delivery.streamArn === 'string' ? parseStreamArn(delivery.streamArn) : undefined;
    if (!stream || typeof delivery.partitionKey !== 'string' || typeof delivery.data !== 'string') {
      console.warn(`nimbus: dropped a malformed ${PUT_RECORD_TOPIC} delivery`);
      throw new DeliveryRefused('ValidationException', 'malformed delivery');
    }
    try {
      await records.putRecord({ StreamARN: delivery.streamArn, PartitionKey: delivery.partitionKey, Data: Buffer.from(delivery.data, 'base64') }, stream);
    } catch (error) {
      if (isAwsError(error) && error.code !== 'ProvisionedThroughputExceededException') {
        console.warn(`nimbus: dropped a ${PUT_RECORD_TOPIC} delivery to ${delivery.streamArn}: ${error.code}: ${error.message}`);
        throw new DeliveryRefused(error.code, error.message);
      }
      throw error;
    }
  });
}
