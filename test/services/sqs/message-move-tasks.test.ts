import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { client, failure, PROTOCOLS, uniqueName } from './clients.js';

const ARN_PREFIX = 'arn:aws:sqs:us-east-1:000000000000:';

for (const { protocol, sdk } of PROTOCOLS) {
  describe(`SQS message move tasks (${protocol})`, () => {
    let nimbus: Nimbus;
    let sqs: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      sqs = client(sdk, nimbus.endpoint);
    });
    after(() => nimbus.stop());

    const create = async (QueueName: string, Attributes?: Record<string, string>) =>
      (await sqs.send(new sdk.CreateQueueCommand({ QueueName, Attributes }))).QueueUrl!;
    const count = async (QueueUrl: string) =>
      Number((await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }))).Attributes?.ApproximateNumberOfMessages);
    const latest = async (SourceArn: string) => (await sqs.send(new sdk.ListMessageMoveTasksCommand({ SourceArn }))).Results?.[0];
    /** The task runs on the server's timers; wait (bounded) until it reports what the clock allows. */
    const until = async (SourceArn: string, done: (task: NonNullable<Awaited<ReturnType<typeof latest>>>) => boolean) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const task = await latest(SourceArn);
        if (task && done(task)) return task;
        await delay(10);
      }
      throw new Error(`the move task never got there: ${JSON.stringify(await latest(SourceArn))}`);
    };

    /** A source queue whose messages, received once, went to its dead-letter queue. */
    async function deadLettered(messageCount: number) {
      const prefix = uniqueName('redrive');
      const dlq = await create(`${prefix}-dlq`);
      const source = await create(`${prefix}-source`, {
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: `${ARN_PREFIX}${prefix}-dlq`, maxReceiveCount: 1 }),
      });
      for (let i = 0; i < messageCount; i++) await sqs.send(new sdk.SendMessageCommand({ QueueUrl: source, MessageBody: `m${i}` }));
      for (let i = 0; i < messageCount; i++) await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }));
      await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10 }));
      assert.equal(await count(dlq), messageCount);
      assert.equal(await count(source), 0);
      return { dlq, source, dlqArn: `${ARN_PREFIX}${prefix}-dlq`, sourceArn: `${ARN_PREFIX}${prefix}-source`, prefix };
    }

    it('moves messages back to their source queue at the given rate per second of clock time', async () => {
      const { dlq, source, dlqArn } = await deadLettered(5);
      const { TaskHandle } = await sqs.send(new sdk.StartMessageMoveTaskCommand({ SourceArn: dlqArn, MaxNumberOfMessagesPerSecond: 2 }));
      assert.ok(TaskHandle);
      const first = await until(dlqArn, (task) => task.ApproximateNumberOfMessagesMoved === 2);
      assert.equal(first.Status, 'RUNNING');
      assert.equal(first.TaskHandle, TaskHandle);
      assert.equal(first.SourceArn, dlqArn);
      assert.equal(first.MaxNumberOfMessagesPerSecond, 2);
      assert.equal(first.ApproximateNumberOfMessagesToMove, 5);
      assert.equal(first.DestinationArn, undefined);
      assert.equal(await count(source), 2);
      await advanceClock(nimbus.endpoint, 1);
      await until(dlqArn, (task) => task.ApproximateNumberOfMessagesMoved === 4);
      await advanceClock(nimbus.endpoint, 1);
      const done = await until(dlqArn, (task) => task.Status === 'COMPLETED');
      assert.equal(done.ApproximateNumberOfMessagesMoved, 5);
      assert.equal(done.TaskHandle, undefined);
      assert.equal(await count(dlq), 0);
      const { Messages } = await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10, AttributeNames: ['All'] }));
      assert.deepEqual(Messages?.map((m) => m.Body).sort(), ['m0', 'm1', 'm2', 'm3', 'm4']);
      assert.ok(Messages?.every((m) => m.Attributes?.ApproximateReceiveCount === '1'));
    });

    it('moves to a DestinationArn, and a cancelled task stops where it was', async () => {
      const { dlq, dlqArn, prefix } = await deadLettered(3);
      const elsewhere = await create(`${prefix}-elsewhere`);
      const DestinationArn = `${ARN_PREFIX}${prefix}-elsewhere`;
      const { TaskHandle } = await sqs.send(new sdk.StartMessageMoveTaskCommand({ SourceArn: dlqArn, DestinationArn, MaxNumberOfMessagesPerSecond: 1 }));
      const running = await until(dlqArn, (task) => task.ApproximateNumberOfMessagesMoved === 1);
      assert.equal(running.DestinationArn, DestinationArn);
      const again = await failure(sqs.send(new sdk.StartMessageMoveTaskCommand({ SourceArn: dlqArn })));
      assert.equal(again.name, 'InvalidParameterValue');
      assert.equal(again.status, 400);
      const cancelled = await sqs.send(new sdk.CancelMessageMoveTaskCommand({ TaskHandle }));
      assert.equal(cancelled.ApproximateNumberOfMessagesMoved, 1);
      await advanceClock(nimbus.endpoint, 5);
      const task = await latest(dlqArn);
      assert.equal(task?.Status, 'CANCELLED');
      assert.equal(task?.ApproximateNumberOfMessagesMoved, 1);
      assert.equal(await count(elsewhere), 1);
      assert.equal(await count(dlq), 2);
      const twice = await failure(sqs.send(new sdk.CancelMessageMoveTaskCommand({ TaskHandle: TaskHandle! })));
      assert.equal(twice.name, 'InvalidParameterValue');

      await sqs.send(new sdk.StartMessageMoveTaskCommand({ SourceArn: dlqArn, DestinationArn }));
      await until(dlqArn, (t) => t.Status === 'COMPLETED');
      const history = await sqs.send(new sdk.ListMessageMoveTasksCommand({ SourceArn: dlqArn, MaxResults: 10 }));
      assert.deepEqual(history.Results?.map((t) => t.Status), ['COMPLETED', 'CANCELLED']);
      assert.equal(await count(elsewhere), 3);
    });

    it('refuses a queue that is no dead-letter queue, a missing queue and an unknown handle', async () => {
      const name = uniqueName('plain');
      await create(name);
      const notDlq = await failure(sqs.send(new sdk.StartMessageMoveTaskCommand({ SourceArn: `${ARN_PREFIX}${name}` })));
      assert.equal(notDlq.name, 'InvalidParameterValue');
      const missing = await failure(sqs.send(new sdk.StartMessageMoveTaskCommand({ SourceArn: `${ARN_PREFIX}${uniqueName('ghost')}` })));
      assert.equal(missing.name, 'ResourceNotFoundException');
      assert.equal(missing.status, 404);
      const listMissing = await failure(sqs.send(new sdk.ListMessageMoveTasksCommand({ SourceArn: `${ARN_PREFIX}${uniqueName('ghost')}` })));
      assert.equal(listMissing.name, 'ResourceNotFoundException');
      const handle = await failure(sqs.send(new sdk.CancelMessageMoveTaskCommand({ TaskHandle: 'bm90IGEgaGFuZGxl' })));
      assert.equal(handle.name, 'ResourceNotFoundException');
      assert.equal(handle.status, 404);
      const rate = await failure(sqs.send(new sdk.StartMessageMoveTaskCommand({ SourceArn: `${ARN_PREFIX}${name}`, MaxNumberOfMessagesPerSecond: 501 })));
      assert.equal(rate.name, 'InvalidParameterValue');
    });
  });
}
