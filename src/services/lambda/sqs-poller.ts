import type { MappingRecord } from './event-sources.js';
import type { BatchInvoker } from './event-source-pollers.js';
import type { PolledMessage } from '../sqs/poller-seams.js';
import type { LambdaDeps } from './lookup.js';

/**
 * Polls one SQS mapping: fills a batch up to BatchSize (waiting at most the batching window),
 * invokes the function with the SQS event, deletes what succeeded and leaves the rest to become
 * visible again, so SQS redrives them to the queue's dead-letter queue by maxReceiveCount.
 */
export class SqsPoller {
  private buffer: PolledMessage[] = [];
  private bufferSince = 0;

  constructor(
    private readonly deps: LambdaDeps,
    private readonly invoke: BatchInvoker,
  ) {}

  async poll(mapping: MappingRecord): Promise<void> {
    await this.fill(mapping);
    if (!this.buffer.length) return;
    const windowOver = this.deps.clock.now() - this.bufferSince >= mapping.maximumBatchingWindowInSeconds * 1000;
    if (this.buffer.length < mapping.batchSize && !windowOver) return;
    const batch = this.buffer.splice(0, mapping.batchSize);
    const result = await this.invoke(mapping, { Records: batch.map((message) => recordOf(mapping, message)) });
    const failed = result.ok ? this.failedItems(mapping, batch, result.payload) : undefined;
    const done = failed === undefined ? [] : batch.filter((message) => !failed.has(message.messageId));
    if (done.length) {
      await this.deps.bus.request('sqs.delete-messages', { queueArn: mapping.eventSourceArn, receiptHandles: done.map((message) => message.receiptHandle) });
    }
  }

  private async fill(mapping: MappingRecord): Promise<void> {
    while (this.buffer.length < mapping.batchSize) {
      const received = await this.deps.bus.request<PolledMessage[]>('sqs.receive-messages', {
        queueArn: mapping.eventSourceArn,
        max: Math.min(10, mapping.batchSize - this.buffer.length),
      });
      if (!received.length) return;
      if (!this.buffer.length) this.bufferSince = this.deps.clock.now();
      this.buffer.push(...received);
    }
  }

  /**
   * With ReportBatchItemFailures the function names the messages that failed; an answer that does
   * not parse, or names a message not in the batch, fails the whole batch (undefined).
   */
  private failedItems(mapping: MappingRecord, batch: PolledMessage[], payload: string): Set<string> | undefined {
    if (!mapping.functionResponseTypes.includes('ReportBatchItemFailures')) return new Set();
    let answer: unknown;
    try {
      answer = JSON.parse(payload);
    } catch {
      return new Set();
    }
    const failures = (answer as { batchItemFailures?: unknown } | null)?.batchItemFailures;
    if (failures === undefined || failures === null) return new Set();
    if (!Array.isArray(failures)) return undefined;
    const ids = new Set(batch.map((message) => message.messageId));
    const failed = new Set<string>();
    for (const failure of failures as { itemIdentifier?: unknown }[]) {
      const id = failure?.itemIdentifier;
      if (typeof id !== 'string' || !ids.has(id)) return undefined;
      failed.add(id);
    }
    return failed;
  }
}

/** One message as Lambda's SQS event carries it. */
function recordOf(mapping: MappingRecord, message: PolledMessage) {
  return {
    messageId: message.messageId,
    receiptHandle: message.receiptHandle,
    body: message.body,
    attributes: message.attributes,
    messageAttributes: Object.fromEntries(Object.entries(message.messageAttributes).map(([name, value]) => [name, {
      ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
      ...(value.BinaryValue !== undefined ? { binaryValue: value.BinaryValue } : {}),
      stringListValues: [],
      binaryListValues: [],
      dataType: value.DataType,
    }])),
    md5OfBody: message.md5OfBody,
    ...(message.md5OfMessageAttributes ? { md5OfMessageAttributes: message.md5OfMessageAttributes } : {}),
    eventSource: 'aws:sqs',
    eventSourceARN: mapping.eventSourceArn,
    awsRegion: mapping.eventSourceArn.split(':')[3],
  };
}
