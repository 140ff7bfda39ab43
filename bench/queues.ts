import {
  CreateQueueCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

/** The SQS side of a delivery path: a queue, its ARN, and a policy letting `service` send to it, as an application sets one up. */
export async function targetQueue(sqs: SQSClient, name: string, service: string): Promise<{ url: string; arn: string }> {
  const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
  const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  const policy = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sqs:SendMessage', Resource: arn }],
  };
  await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { Policy: JSON.stringify(policy) } }));
  return { url, arn };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends through `send` while a long-polling ReceiveMessage waits on the queue; answers the
 * milliseconds from the send leaving to the message whose body contains `marker` arriving.
 */
export async function deliveryLatency(sqs: SQSClient, queueUrl: string, marker: string, send: () => Promise<unknown>): Promise<number> {
  const received = (async () => {
    const deadline = performance.now() + 20_000;
    while (performance.now() < deadline) {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 20 }));
      const arrivedAt = performance.now();
      const messages = out.Messages ?? [];
      if (messages.length) {
        const entries = messages.map((m, id) => ({ Id: String(id), ReceiptHandle: m.ReceiptHandle }));
        await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
      }
      if (messages.some((m) => m.Body?.includes(marker))) return arrivedAt;
    }
    throw new Error(`no message with ${marker} within 20 s`);
  })();
  const sentAt = performance.now();
  await send();
  return (await received) - sentAt;
}

/** Waits until the queue holds `count` messages: the deliveries of the calls measured have all happened. */
export async function awaitMessages(sqs: SQSClient, queueUrl: string, count: number, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let seen = 0;
  while (performance.now() < deadline) {
    const out = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    seen = Number(out.Attributes?.ApproximateNumberOfMessages ?? 0);
    if (seen >= count) return;
    await sleep(20);
  }
  throw new Error(`${seen} of ${count} deliveries arrived within ${timeoutMs / 1000} s`);
}
