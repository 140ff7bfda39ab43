import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { client, failure, PROTOCOLS, uniqueName } from './clients.js';

/** MD5OfMessageAttributes as AWS documents it, written out independently of Nimbus. */
function expectedAttributesMd5(attributes: Record<string, MessageAttributeValue>): string {
  const chunks: Buffer[] = [];
  const prefixed = (bytes: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    chunks.push(length, bytes);
  };
  for (const name of Object.keys(attributes).sort()) {
    const value = attributes[name]!;
    prefixed(Buffer.from(name));
    prefixed(Buffer.from(value.DataType!));
    if (value.StringValue !== undefined) {
      chunks.push(Buffer.from([1]));
      prefixed(Buffer.from(value.StringValue));
    } else {
      chunks.push(Buffer.from([2]));
      prefixed(Buffer.from(value.BinaryValue!));
    }
  }
  return createHash('md5').update(Buffer.concat(chunks)).digest('hex');
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

for (const { protocol, sdk } of PROTOCOLS) {
  describe(`SQS messages (${protocol})`, () => {
    let nimbus: Nimbus;
    let sqs: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      sqs = client(sdk, nimbus.endpoint);
    });
    after(() => nimbus.stop());

    const newQueue = async (Attributes?: Record<string, string>) =>
      (await sqs.send(new sdk.CreateQueueCommand({ QueueName: uniqueName('messages'), Attributes }))).QueueUrl!;
    const receive = (QueueUrl: string, extra: Record<string, unknown> = {}) =>
      sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, ...extra }));
    const counters = async (QueueUrl: string) =>
      (await sqs.send(new sdk.GetQueueAttributesCommand({
        QueueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
      }))).Attributes;

    it('sends, receives and deletes a message, with the MD5s AWS computes', async () => {
      const QueueUrl = await newQueue();
      const body = 'héllo, 世界 🌍';
      const MessageAttributes: Record<string, MessageAttributeValue> = {
        colour: { DataType: 'String', StringValue: 'blue' },
        size: { DataType: 'Number', StringValue: '42' },
        raw: { DataType: 'Binary', BinaryValue: Buffer.from([0, 1, 2, 255]) },
      };
      const sent = await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: body, MessageAttributes }));
      assert.equal(sent.MD5OfMessageBody, md5(body));
      assert.equal(sent.MD5OfMessageAttributes, expectedAttributesMd5(MessageAttributes));
      const { Messages } = await receive(QueueUrl, { MessageAttributeNames: ['All'] });
      assert.equal(Messages?.length, 1);
      const [message] = Messages!;
      assert.equal(message!.MessageId, sent.MessageId);
      assert.equal(message!.Body, body);
      assert.equal(message!.MD5OfBody, md5(body));
      assert.equal(message!.MD5OfMessageAttributes, sent.MD5OfMessageAttributes);
      assert.deepEqual(Buffer.from(message!.MessageAttributes!.raw!.BinaryValue!), Buffer.from([0, 1, 2, 255]));
      assert.equal(message!.MessageAttributes!.size!.StringValue, '42');
      await sqs.send(new sdk.DeleteMessageCommand({ QueueUrl, ReceiptHandle: message!.ReceiptHandle }));
      assert.deepEqual(await counters(QueueUrl), { ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0', ApproximateNumberOfMessagesDelayed: '0' });
    });

    it('returns only the message attributes asked for: names, prefixes with .*, or All', async () => {
      const QueueUrl = await newQueue();
      const MessageAttributes: Record<string, MessageAttributeValue> = {
        'order.id': { DataType: 'String', StringValue: '7' },
        'order.total': { DataType: 'Number', StringValue: '9.5' },
        trace: { DataType: 'String', StringValue: 't-1' },
      };
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'm', MessageAttributes }));
      const asked = async (names: string[]) => {
        const { Messages } = await receive(QueueUrl, { MessageAttributeNames: names, VisibilityTimeout: 0 });
        return Messages![0]!;
      };
      const byPrefix = await asked(['order.*']);
      assert.deepEqual(Object.keys(byPrefix.MessageAttributes ?? {}).sort(), ['order.id', 'order.total']);
      assert.equal(byPrefix.MD5OfMessageAttributes, expectedAttributesMd5({ 'order.id': MessageAttributes['order.id']!, 'order.total': MessageAttributes['order.total']! }));
      assert.deepEqual(Object.keys((await asked(['trace'])).MessageAttributes ?? {}), ['trace']);
      assert.equal(Object.keys((await asked(['All'])).MessageAttributes ?? {}).length, 3);
      const none = await asked([]);
      assert.equal(none.MessageAttributes, undefined);
      assert.equal(none.MD5OfMessageAttributes, undefined);
    });

    it('hides a received message for its visibility timeout, on the clock, then counts the second receive', async () => {
      const QueueUrl = await newQueue({ VisibilityTimeout: '30' });
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'once' }));
      const first = (await receive(QueueUrl, { AttributeNames: ['All'] })).Messages![0]!;
      assert.equal(first.Attributes?.ApproximateReceiveCount, '1');
      assert.match(first.Attributes?.SentTimestamp ?? '', /^\d{13}$/);
      assert.equal(first.Attributes?.ApproximateFirstReceiveTimestamp !== undefined, true);
      assert.equal((await receive(QueueUrl)).Messages, undefined);
      assert.equal((await counters(QueueUrl))?.ApproximateNumberOfMessagesNotVisible, '1');
      await advanceClock(nimbus.endpoint, 31);
      // MessageSystemAttributeNames came after the query-era clients, which name them in AttributeNames.
      const names = ['ApproximateReceiveCount', 'ApproximateFirstReceiveTimestamp'];
      const second = (await receive(QueueUrl, protocol === 'json' ? { MessageSystemAttributeNames: names } : { AttributeNames: names })).Messages![0]!;
      assert.equal(second.MessageId, first.MessageId);
      assert.notEqual(second.ReceiptHandle, first.ReceiptHandle);
      assert.equal(second.Attributes?.ApproximateReceiveCount, '2');
      assert.equal(second.Attributes?.ApproximateFirstReceiveTimestamp, first.Attributes?.ApproximateFirstReceiveTimestamp);
    });

    it('changes visibility of an in-flight message; a visible one is MessageNotInflight', async () => {
      const QueueUrl = await newQueue();
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'flight' }));
      const message = (await receive(QueueUrl, { VisibilityTimeout: 600 })).Messages![0]!;
      await sqs.send(new sdk.ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 0 }));
      const again = (await receive(QueueUrl, { VisibilityTimeout: 0 })).Messages![0]!;
      assert.equal(again.MessageId, message.MessageId);
      const error = await failure(sqs.send(new sdk.ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: again.ReceiptHandle, VisibilityTimeout: 10 })));
      assert.equal(error.name, 'MessageNotInflight');
      assert.equal(error.status, 400);
      const tooLong = await failure(sqs.send(new sdk.ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: again.ReceiptHandle, VisibilityTimeout: 43201 })));
      assert.equal(tooLong.name, 'InvalidParameterValue');
    });

    it('rejects a receipt handle it never gave with ReceiptHandleIsInvalid', async () => {
      const QueueUrl = await newQueue();
      const error = await failure(sqs.send(new sdk.DeleteMessageCommand({ QueueUrl, ReceiptHandle: 'not-a-handle' })));
      assert.equal(error.name, 'ReceiptHandleIsInvalid');
      assert.equal(error.status, 404);
    });

    it('delays a message by DelaySeconds of clock time', async () => {
      const QueueUrl = await newQueue();
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'later', DelaySeconds: 10 }));
      assert.equal((await receive(QueueUrl)).Messages, undefined);
      assert.equal((await counters(QueueUrl))?.ApproximateNumberOfMessagesDelayed, '1');
      await advanceClock(nimbus.endpoint, 10);
      assert.equal((await receive(QueueUrl)).Messages?.[0]?.Body, 'later');
      const error = await failure(sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'x', DelaySeconds: 901 })));
      assert.equal(error.name, 'InvalidParameterValue');
    });

    it('receives up to MaxNumberOfMessages, and only 1 to 10', async () => {
      const QueueUrl = await newQueue();
      for (let i = 0; i < 12; i++) await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: `m${i}` }));
      assert.equal((await receive(QueueUrl, { MaxNumberOfMessages: 10 })).Messages?.length, 10);
      assert.equal((await receive(QueueUrl, { MaxNumberOfMessages: 10 })).Messages?.length, 2);
      for (const bad of [0, 11]) {
        const error = await failure(receive(QueueUrl, { MaxNumberOfMessages: bad }));
        assert.equal(error.name, 'InvalidParameterValue');
        assert.equal(error.status, 400);
      }
      assert.equal((await failure(receive(QueueUrl, { WaitTimeSeconds: 21 }))).name, 'InvalidParameterValue');
    });

    it('enforces the body rules: no empty body, XML characters only, at most 1 MiB', async () => {
      const QueueUrl = await newQueue();
      assert.equal((await failure(sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: '' })))).name, 'MissingParameter');
      const control = await failure(sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'bell\u0007' })));
      assert.equal(control.name, 'InvalidMessageContents');
      assert.equal(control.status, 400);
      const limit = 1024 * 1024;
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'x'.repeat(limit) }));
      const tooBig = await failure(sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'x'.repeat(limit + 1) })));
      assert.equal(tooBig.name, 'InvalidParameterValue');
      const attributes = await failure(sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'y', MessageAttributes: { n: { DataType: 'Number', StringValue: 'abc' } } })));
      assert.equal(attributes.name, 'InvalidParameterValue');
    });

    it('sends and deletes in batches, failing entries one by one', async () => {
      const QueueUrl = await newQueue();
      const sent = await sqs.send(new sdk.SendMessageBatchCommand({
        QueueUrl,
        Entries: [{ Id: 'a', MessageBody: 'first' }, { Id: 'b', MessageBody: 'bad\u0000' }, { Id: 'c', MessageBody: 'third' }],
      }));
      assert.deepEqual(sent.Successful?.map((entry) => entry.Id), ['a', 'c']);
      assert.equal(sent.Successful?.[0]?.MD5OfMessageBody, md5('first'));
      assert.deepEqual(sent.Failed?.map((entry) => [entry.Id, entry.Code, entry.SenderFault]), [['b', 'InvalidMessageContents', true]]);
      const { Messages } = await receive(QueueUrl, { MaxNumberOfMessages: 10 });
      const deleted = await sqs.send(new sdk.DeleteMessageBatchCommand({
        QueueUrl,
        Entries: [...Messages!.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle! })), { Id: 'bogus', ReceiptHandle: 'nope' }],
      }));
      assert.equal(deleted.Successful?.length, 2);
      assert.deepEqual(deleted.Failed?.map((entry) => [entry.Id, entry.Code]), [['bogus', 'ReceiptHandleIsInvalid']]);
      const empty = await failure(sqs.send(new sdk.SendMessageBatchCommand({ QueueUrl, Entries: [] })));
      assert.equal(empty.name, 'EmptyBatchRequest');
      const twice = await failure(sqs.send(new sdk.SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'x', MessageBody: '1' }, { Id: 'x', MessageBody: '2' }] })));
      assert.equal(twice.name, 'BatchEntryIdsNotDistinct');
      const many = Array.from({ length: 11 }, (_, i) => ({ Id: `e${i}`, MessageBody: 'm' }));
      assert.equal((await failure(sqs.send(new sdk.SendMessageBatchCommand({ QueueUrl, Entries: many })))).name, 'TooManyEntriesInBatchRequest');
    });
  });
}
