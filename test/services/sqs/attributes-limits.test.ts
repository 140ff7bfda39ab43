import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { QueueAttributeName } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { client, failure, PROTOCOLS, uniqueName } from './clients.js';

const ARN_PREFIX = 'arn:aws:sqs:us-east-1:000000000000:';

/** MD5OfMessageSystemAttributes of one String attribute, as AWS documents the digest. */
function md5OfOneStringAttribute(name: string, value: string): string {
  const prefixed = (text: string) => {
    const bytes = Buffer.from(text);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  return createHash('md5').update(Buffer.concat([prefixed(name), prefixed('String'), Buffer.from([1]), prefixed(value)])).digest('hex');
}

for (const { protocol, sdk } of PROTOCOLS) {
  describe(`SQS attributes, retention, system attributes and batch limits (${protocol})`, () => {
    let nimbus: Nimbus;
    let sqs: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      sqs = client(sdk, nimbus.endpoint);
    });
    after(() => nimbus.stop());

    const create = async (QueueName: string, Attributes?: Record<string, string>) =>
      (await sqs.send(new sdk.CreateQueueCommand({ QueueName, Attributes }))).QueueUrl!;
    const attributes = async (QueueUrl: string) =>
      (await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }))).Attributes!;
    const visible = async (QueueUrl: string) => Number((await attributes(QueueUrl)).ApproximateNumberOfMessages);

    it('stores SSE-SQS by default and SSE-KMS settings when a key is given', async () => {
      const managed = await attributes(await create(uniqueName('sse')));
      assert.equal(managed.SqsManagedSseEnabled, 'true');
      assert.equal(managed.KmsMasterKeyId, undefined);
      const kms = await attributes(await create(uniqueName('kms'), { KmsMasterKeyId: 'alias/aws/sqs' }));
      assert.deepEqual([kms.KmsMasterKeyId, kms.KmsDataKeyReusePeriodSeconds, kms.SqsManagedSseEnabled], ['alias/aws/sqs', '300', 'false']);
      const badPeriod = await failure(sqs.send(new sdk.CreateQueueCommand({ QueueName: uniqueName('kms'), Attributes: { KmsMasterKeyId: 'k', KmsDataKeyReusePeriodSeconds: '59' } })));
      assert.deepEqual([badPeriod.name, badPeriod.status], ['InvalidAttributeValue', 400]);
    });

    it('reports FIFO high-throughput settings, and refuses them on a standard queue', async () => {
      const fifo = await create(`${uniqueName('ht')}.fifo`, { FifoQueue: 'true', DeduplicationScope: 'messageGroup', FifoThroughputLimit: 'perMessageGroupId' });
      const reported = await attributes(fifo);
      assert.deepEqual([reported.DeduplicationScope, reported.FifoThroughputLimit], ['messageGroup', 'perMessageGroupId']);
      const plain = await attributes(await create(`${uniqueName('ht-default')}.fifo`, { FifoQueue: 'true' }));
      assert.deepEqual([plain.DeduplicationScope, plain.FifoThroughputLimit], ['queue', 'perQueue']);
      const standard = await failure(sqs.send(new sdk.CreateQueueCommand({ QueueName: uniqueName('ht'), Attributes: { FifoThroughputLimit: 'perQueue' } })));
      assert.deepEqual([standard.name, standard.status], ['InvalidAttributeName', 400]);
      const badValue = await failure(sqs.send(new sdk.SetQueueAttributesCommand({ QueueUrl: fifo, Attributes: { DeduplicationScope: 'everything' } })));
      assert.equal(badValue.name, 'InvalidAttributeValue');
    });

    it('deduplicates per message group under DeduplicationScope messageGroup, across the queue otherwise', async () => {
      const sendTwice = async (QueueUrl: string) => {
        for (const MessageGroupId of ['line-1', 'line-2']) {
          await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'door open', MessageGroupId, MessageDeduplicationId: 'evt-7' }));
        }
        return visible(QueueUrl);
      };
      assert.equal(await sendTwice(await create(`${uniqueName('per-group')}.fifo`, { FifoQueue: 'true', DeduplicationScope: 'messageGroup' })), 2);
      assert.equal(await sendTwice(await create(`${uniqueName('per-queue')}.fifo`, { FifoQueue: 'true' })), 1);
    });

    it('deletes messages older than MessageRetentionPeriod as the clock passes it', async () => {
      const QueueUrl = await create(uniqueName('retention'), { MessageRetentionPeriod: '60' });
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'old' }));
      await advanceClock(nimbus.endpoint, 30);
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'young' }));
      assert.equal(await visible(QueueUrl), 2);
      await advanceClock(nimbus.endpoint, 31);
      assert.equal(await visible(QueueUrl), 1);
      const { Messages } = await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
      assert.deepEqual(Messages?.map((m) => m.Body), ['young']);
    });

    it('carries AWSTraceHeader as a message system attribute with its MD5, and refuses other system attributes', async () => {
      const QueueUrl = await create(uniqueName('trace'));
      const trace = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
      const sent = await sqs.send(new sdk.SendMessageCommand({
        QueueUrl, MessageBody: 'traced', MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String', StringValue: trace } },
      }));
      assert.equal(sent.MD5OfMessageSystemAttributes, md5OfOneStringAttribute('AWSTraceHeader', trace));
      const { Messages } = await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, AttributeNames: ['AWSTraceHeader' as QueueAttributeName] }));
      assert.deepEqual(Messages?.[0]?.Attributes, { AWSTraceHeader: trace });
      const other = await failure(sqs.send(new sdk.SendMessageCommand({
        QueueUrl, MessageBody: 'x', MessageSystemAttributes: { SenderId: { DataType: 'String', StringValue: 'me' } } as never,
      })));
      assert.deepEqual([other.name, other.status], ['InvalidParameterValue', 400]);
    });

    it('changes visibility in a batch, failing entries one by one', async () => {
      const QueueUrl = await create(uniqueName('cmvb'));
      for (const body of ['a', 'b']) await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: body }));
      const { Messages } = await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 30 }));
      assert.equal(Messages?.length, 2);
      const changed = await sqs.send(new sdk.ChangeMessageVisibilityBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'now', ReceiptHandle: Messages![0]!.ReceiptHandle!, VisibilityTimeout: 0 },
          { Id: 'later', ReceiptHandle: Messages![1]!.ReceiptHandle!, VisibilityTimeout: 600 },
          { Id: 'bogus', ReceiptHandle: 'not-a-handle', VisibilityTimeout: 0 },
        ],
      }));
      assert.deepEqual(changed.Successful?.map((entry) => entry.Id).sort(), ['later', 'now']);
      assert.deepEqual(changed.Failed?.map((entry) => [entry.Id, entry.Code, entry.SenderFault]), [['bogus', 'ReceiptHandleIsInvalid', true]]);
      const again = await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
      assert.deepEqual(again.Messages?.map((m) => m.Body), [Messages![0]!.Body]);
      await advanceClock(nimbus.endpoint, 601);
      const last = await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }));
      assert.deepEqual(last.Messages?.map((m) => m.Body).sort(), ['a', 'b']);
      const many = Array.from({ length: 11 }, (_, i) => ({ Id: `e${i}`, ReceiptHandle: 'h', VisibilityTimeout: 1 }));
      assert.equal((await failure(sqs.send(new sdk.ChangeMessageVisibilityBatchCommand({ QueueUrl, Entries: many })))).name, 'TooManyEntriesInBatchRequest');
    });

    it('takes a batch of up to 1 MiB in all and refuses a longer one with BatchRequestTooLong', async () => {
      const QueueUrl = await create(uniqueName('batch-size'));
      const half = 'x'.repeat(512 * 1024);
      const fits = await sqs.send(new sdk.SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'a', MessageBody: half }, { Id: 'b', MessageBody: half }] }));
      assert.equal(fits.Successful?.length, 2);
      const tooLong = await failure(sqs.send(new sdk.SendMessageBatchCommand({
        QueueUrl, Entries: [{ Id: 'a', MessageBody: half }, { Id: 'b', MessageBody: `${half}y` }],
      })));
      assert.deepEqual([tooLong.name, tooLong.status], ['BatchRequestTooLong', 400]);
      assert.equal(await visible(QueueUrl), 2);
    });

    it('checks RedriveAllowPolicy and lets a dead-letter queue take messages only from the sources it allows', async () => {
      const prefix = uniqueName('allow');
      const badByQueue = await failure(sqs.send(new sdk.CreateQueueCommand({
        QueueName: `${prefix}-x`, Attributes: { RedriveAllowPolicy: JSON.stringify({ redrivePermission: 'byQueue' }) },
      })));
      assert.deepEqual([badByQueue.name, badByQueue.status], ['InvalidAttributeValue', 400]);
      const badDeny = await failure(sqs.send(new sdk.CreateQueueCommand({
        QueueName: `${prefix}-y`, Attributes: { RedriveAllowPolicy: JSON.stringify({ redrivePermission: 'denyAll', sourceQueueArns: [`${ARN_PREFIX}q`] }) },
      })));
      assert.equal(badDeny.name, 'InvalidAttributeValue');

      const allowed = JSON.stringify({ redrivePermission: 'byQueue', sourceQueueArns: [`${ARN_PREFIX}${prefix}-allowed`] });
      const dlq = await create(`${prefix}-dlq`, { RedriveAllowPolicy: allowed });
      assert.equal((await attributes(dlq)).RedriveAllowPolicy, allowed);
      const redrive = { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: `${ARN_PREFIX}${prefix}-dlq`, maxReceiveCount: 1 }) };
      const permitted = await create(`${prefix}-allowed`, redrive);
      const refused = await create(`${prefix}-refused`, redrive);
      for (const QueueUrl of [permitted, refused]) {
        await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'poison' }));
        await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 0 }));
        await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 0 }));
      }
      assert.equal(await visible(dlq), 1);
      assert.equal(await visible(permitted), 0);
      assert.equal(await visible(refused), 1);
    });
  });
}
