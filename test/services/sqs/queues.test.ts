import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { QueueAttributeName } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { client, failure, PROTOCOLS, queueDoesNotExistName, uniqueName } from './clients.js';

for (const { protocol, sdk } of PROTOCOLS) {
  describe(`SQS queues (${protocol})`, () => {
    let nimbus: Nimbus;
    let sqs: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      sqs = client(sdk, nimbus.endpoint);
    });
    after(() => nimbus.stop());

    const create = (QueueName: string, Attributes?: Record<string, string>, tags?: Record<string, string>) =>
      sqs.send(new sdk.CreateQueueCommand({ QueueName, Attributes, tags }));

    it('creates a queue whose URL is on the host the client used, and finds it by name', async () => {
      const name = uniqueName('orders');
      const { QueueUrl } = await create(name);
      assert.equal(QueueUrl, `${nimbus.endpoint}/000000000000/${name}`);
      const found = await sqs.send(new sdk.GetQueueUrlCommand({ QueueName: name }));
      assert.equal(found.QueueUrl, QueueUrl);
    });

    it('answers GetQueueUrl for an unknown queue with QueueDoesNotExist', async () => {
      const error = await failure(sqs.send(new sdk.GetQueueUrlCommand({ QueueName: uniqueName('missing') })));
      assert.equal(error.name, 'QueueDoesNotExist');
      assert.equal(error.status, 400);
    });

    it('returns the existing queue for the same attributes and QueueAlreadyExists for different ones', async () => {
      const name = uniqueName('idempotent');
      const first = await create(name, { VisibilityTimeout: '45' });
      const again = await create(name, { VisibilityTimeout: '45' });
      assert.equal(again.QueueUrl, first.QueueUrl);
      const error = await failure(create(name, { VisibilityTimeout: '46' }));
      assert.equal(error.name, 'QueueNameExists');
      assert.equal(error.status, 400);
    });

    it('rejects names SQS does not allow with InvalidParameterValue', async () => {
      for (const bad of ['has space', 'x'.repeat(81), 'dot.name']) {
        const error = await failure(create(bad));
        assert.equal(error.name, 'InvalidParameterValue', bad);
        assert.equal(error.status, 400);
      }
    });

    it('rejects unknown and out-of-range attributes at creation', async () => {
      assert.equal((await failure(create(uniqueName('bad'), { Colour: 'blue' }))).name, 'InvalidAttributeName');
      assert.equal((await failure(create(uniqueName('bad'), { VisibilityTimeout: '43201' }))).name, 'InvalidAttributeValue');
      assert.equal((await failure(create(uniqueName('bad'), { DelaySeconds: 'soon' }))).name, 'InvalidAttributeValue');
    });

    it('lists queues by prefix, a page at a time', async () => {
      const prefix = uniqueName('list');
      const names = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
      for (const name of names) await create(name);
      await create(uniqueName('other'));
      const all = await sqs.send(new sdk.ListQueuesCommand({ QueueNamePrefix: prefix }));
      assert.deepEqual(all.QueueUrls, names.map((name) => `${nimbus.endpoint}/000000000000/${name}`));
      assert.equal(all.NextToken, undefined);
      const first = await sqs.send(new sdk.ListQueuesCommand({ QueueNamePrefix: prefix, MaxResults: 2 }));
      assert.equal(first.QueueUrls?.length, 2);
      assert.ok(first.NextToken);
      const second = await sqs.send(new sdk.ListQueuesCommand({ QueueNamePrefix: prefix, MaxResults: 2, NextToken: first.NextToken }));
      assert.deepEqual([...first.QueueUrls!, ...second.QueueUrls!], all.QueueUrls);
      assert.equal(second.NextToken, undefined);
      const error = await failure(sqs.send(new sdk.ListQueuesCommand({ MaxResults: 1001 })));
      assert.equal(error.name, 'InvalidParameterValue');
    });

    it('deletes a queue and keeps its name for 60 seconds of clock time', async () => {
      const name = uniqueName('deleted');
      const { QueueUrl } = await create(name);
      await sqs.send(new sdk.DeleteQueueCommand({ QueueUrl }));
      assert.equal((await failure(sqs.send(new sdk.GetQueueUrlCommand({ QueueName: name })))).name, 'QueueDoesNotExist');
      assert.equal((await failure(sqs.send(new sdk.DeleteQueueCommand({ QueueUrl })))).name, queueDoesNotExistName(protocol, 'DeleteQueue'));
      const error = await failure(create(name));
      assert.equal(error.name, 'QueueDeletedRecently');
      assert.equal(error.status, 400);
      await advanceClock(nimbus.endpoint, 61);
      assert.equal((await create(name)).QueueUrl, QueueUrl);
    });

    it('reports every attribute for All, with defaults, the ARN and the counters', async () => {
      const name = uniqueName('attributes');
      const { QueueUrl } = await create(name, { DelaySeconds: '5' });
      const { Attributes } = await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
      assert.equal(Attributes?.QueueArn, `arn:aws:sqs:us-east-1:000000000000:${name}`);
      assert.equal(Attributes?.DelaySeconds, '5');
      assert.equal(Attributes?.VisibilityTimeout, '30');
      assert.equal(Attributes?.MaximumMessageSize, '1048576');
      assert.equal(Attributes?.MessageRetentionPeriod, '345600');
      assert.equal(Attributes?.ReceiveMessageWaitTimeSeconds, '0');
      assert.equal(Attributes?.ApproximateNumberOfMessages, '0');
      assert.equal(Attributes?.ApproximateNumberOfMessagesNotVisible, '0');
      assert.equal(Attributes?.ApproximateNumberOfMessagesDelayed, '0');
      assert.match(Attributes?.CreatedTimestamp ?? '', /^\d{10}$/);
      assert.match(Attributes?.LastModifiedTimestamp ?? '', /^\d{10}$/);
      const named = await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['VisibilityTimeout', 'QueueArn'] }));
      assert.deepEqual(Object.keys(named.Attributes ?? {}).sort(), ['QueueArn', 'VisibilityTimeout']);
    });

    it('sets attributes, and names the bad attribute or value exactly', async () => {
      const { QueueUrl } = await create(uniqueName('set'));
      await sqs.send(new sdk.SetQueueAttributesCommand({ QueueUrl, Attributes: { VisibilityTimeout: '120', ReceiveMessageWaitTimeSeconds: '3' } }));
      const { Attributes } = await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['VisibilityTimeout', 'ReceiveMessageWaitTimeSeconds'] }));
      assert.deepEqual(Attributes, { VisibilityTimeout: '120', ReceiveMessageWaitTimeSeconds: '3' });
      const badName = await failure(sqs.send(new sdk.SetQueueAttributesCommand({ QueueUrl, Attributes: { Colour: 'blue' } as Record<string, string> })));
      assert.equal(badName.name, 'InvalidAttributeName');
      assert.equal(badName.status, 400);
      const readOnly = await failure(sqs.send(new sdk.SetQueueAttributesCommand({ QueueUrl, Attributes: { QueueArn: 'arn:x' } as Record<string, string> })));
      assert.equal(readOnly.name, 'InvalidAttributeName');
      const badValue = await failure(sqs.send(new sdk.SetQueueAttributesCommand({ QueueUrl, Attributes: { MaximumMessageSize: '1048577' } })));
      assert.equal(badValue.name, 'InvalidAttributeValue');
      assert.equal(badValue.status, 400);
      const badGet = await failure(sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Colour' as QueueAttributeName] })));
      assert.equal(badGet.name, 'InvalidAttributeName');
    });

    it('purges a queue once a minute; a second purge is PurgeQueueInProgress', async () => {
      const { QueueUrl } = await create(uniqueName('purge'));
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'one' }));
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'two' }));
      await sqs.send(new sdk.PurgeQueueCommand({ QueueUrl }));
      const { Attributes } = await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
      assert.equal(Attributes?.ApproximateNumberOfMessages, '0');
      const error = await failure(sqs.send(new sdk.PurgeQueueCommand({ QueueUrl })));
      assert.equal(error.name, 'PurgeQueueInProgress');
      assert.equal(error.status, 403);
      await advanceClock(nimbus.endpoint, 60);
      await sqs.send(new sdk.PurgeQueueCommand({ QueueUrl }));
    });

    it('keeps tags given at creation and by TagQueue, and removes them with UntagQueue', async () => {
      const { QueueUrl } = await create(uniqueName('tags'), undefined, { team: 'payments' });
      await sqs.send(new sdk.TagQueueCommand({ QueueUrl, Tags: { env: 'test' } }));
      assert.deepEqual((await sqs.send(new sdk.ListQueueTagsCommand({ QueueUrl }))).Tags, { team: 'payments', env: 'test' });
      await sqs.send(new sdk.UntagQueueCommand({ QueueUrl, TagKeys: ['team'] }));
      assert.deepEqual((await sqs.send(new sdk.ListQueueTagsCommand({ QueueUrl }))).Tags, { env: 'test' });
    });

    it('answers calls on a queue URL that names no queue with QueueDoesNotExist', async () => {
      const QueueUrl = `${nimbus.endpoint}/000000000000/${uniqueName('ghost')}`;
      const send = await failure(sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'x' })));
      assert.equal(send.name, queueDoesNotExistName(protocol, 'SendMessage'));
      assert.equal(send.status, 400);
      assert.equal((await failure(sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl })))).name, queueDoesNotExistName(protocol, 'ReceiveMessage'));
      const attributes = await failure(sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })));
      assert.equal(attributes.name, queueDoesNotExistName(protocol, 'GetQueueAttributes'));
    });
  });
}
