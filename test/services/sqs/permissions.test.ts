import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { client, failure, PROTOCOLS, queueDoesNotExistName, uniqueName } from './clients.js';

for (const { protocol, sdk } of PROTOCOLS) {
  describe(`SQS dead-letter sources and permissions (${protocol})`, () => {
    let nimbus: Nimbus;
    let sqs: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      sqs = client(sdk, nimbus.endpoint);
    });
    after(() => nimbus.stop());

    const create = async (QueueName: string, Attributes?: Record<string, string>) =>
      (await sqs.send(new sdk.CreateQueueCommand({ QueueName, Attributes }))).QueueUrl!;
    const policyOf = async (QueueUrl: string) =>
      (await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Policy'] }))).Attributes?.Policy;

    it('lists the queues whose redrive policy names the dead-letter queue, a page at a time', async () => {
      const prefix = uniqueName('dls');
      const dlqName = `${prefix}-dlq`;
      const dlq = await create(dlqName);
      const RedrivePolicy = JSON.stringify({ deadLetterTargetArn: `arn:aws:sqs:us-east-1:000000000000:${dlqName}`, maxReceiveCount: 3 });
      const sources = [await create(`${prefix}-a`, { RedrivePolicy }), await create(`${prefix}-b`, { RedrivePolicy }), await create(`${prefix}-c`, { RedrivePolicy })];
      await create(`${prefix}-unrelated`);
      const all = await sqs.send(new sdk.ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq }));
      assert.deepEqual(all.queueUrls, sources);
      assert.equal(all.NextToken, undefined);
      const first = await sqs.send(new sdk.ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq, MaxResults: 2 }));
      assert.deepEqual(first.queueUrls, sources.slice(0, 2));
      assert.ok(first.NextToken);
      const second = await sqs.send(new sdk.ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq, MaxResults: 2, NextToken: first.NextToken }));
      assert.deepEqual(second.queueUrls, sources.slice(2));
      assert.equal(second.NextToken, undefined);
      const none = await sqs.send(new sdk.ListDeadLetterSourceQueuesCommand({ QueueUrl: sources[0] }));
      assert.deepEqual(none.queueUrls ?? [], []);
      const missing = await failure(sqs.send(new sdk.ListDeadLetterSourceQueuesCommand({ QueueUrl: `${nimbus.endpoint}/000000000000/${uniqueName('ghost')}` })));
      // The query-era model lists QueueDoesNotExist for this operation too, so both SDKs name the shape.
      assert.equal(missing.name, 'QueueDoesNotExist');
      assert.equal(missing.status, 400);
      const tooMany = await failure(sqs.send(new sdk.ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq, MaxResults: 1001 })));
      assert.equal(tooMany.name, 'InvalidParameterValue');
    });

    it('writes one policy statement per label, and refuses a label twice or an unknown one', async () => {
      const name = uniqueName('perm');
      const QueueUrl = await create(name);
      const arn = `arn:aws:sqs:us-east-1:000000000000:${name}`;
      await sqs.send(new sdk.AddPermissionCommand({ QueueUrl, Label: 'send', AWSAccountIds: ['111122223333'], Actions: ['SendMessage'] }));
      await sqs.send(new sdk.AddPermissionCommand({
        QueueUrl, Label: 'consume', AWSAccountIds: ['111122223333', '444455556666'], Actions: ['ReceiveMessage', 'DeleteMessage'],
      }));
      assert.deepEqual(JSON.parse((await policyOf(QueueUrl))!), {
        Version: '2008-10-17',
        Id: `${arn}/SQSDefaultPolicy`,
        Statement: [
          { Sid: 'send', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'SQS:SendMessage', Resource: arn },
          {
            Sid: 'consume', Effect: 'Allow',
            Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'] },
            Action: ['SQS:ReceiveMessage', 'SQS:DeleteMessage'], Resource: arn,
          },
        ],
      });
      const twice = await failure(sqs.send(new sdk.AddPermissionCommand({ QueueUrl, Label: 'send', AWSAccountIds: ['111122223333'], Actions: ['SendMessage'] })));
      assert.equal(twice.name, 'InvalidParameterValue');
      assert.equal(twice.status, 400);
      assert.match(twice.message, /Label .*Already exists/);

      await sqs.send(new sdk.RemovePermissionCommand({ QueueUrl, Label: 'send' }));
      assert.deepEqual(JSON.parse((await policyOf(QueueUrl))!).Statement.map((s: { Sid: string }) => s.Sid), ['consume']);
      const unknown = await failure(sqs.send(new sdk.RemovePermissionCommand({ QueueUrl, Label: 'send' })));
      assert.equal(unknown.name, 'InvalidParameterValue');
      assert.equal(unknown.status, 400);
      await sqs.send(new sdk.RemovePermissionCommand({ QueueUrl, Label: 'consume' }));
      assert.equal(await policyOf(QueueUrl), undefined);
    });

    it('refuses a bad label and answers a missing queue with QueueDoesNotExist', async () => {
      const QueueUrl = await create(uniqueName('perm-bad'));
      const badLabel = await failure(sqs.send(new sdk.AddPermissionCommand({ QueueUrl, Label: 'has space', AWSAccountIds: ['111122223333'], Actions: ['SendMessage'] })));
      assert.equal(badLabel.name, 'InvalidParameterValue');
      const ghost = `${nimbus.endpoint}/000000000000/${uniqueName('ghost')}`;
      const missing = await failure(sqs.send(new sdk.AddPermissionCommand({ QueueUrl: ghost, Label: 'x', AWSAccountIds: ['111122223333'], Actions: ['SendMessage'] })));
      assert.equal(missing.name, queueDoesNotExistName(protocol, 'AddPermission'));
      assert.equal(missing.status, 400);
    });
  });
}
