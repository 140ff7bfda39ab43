import * as eb from '@aws-sdk/client-eventbridge';
import * as sqs from '@aws-sdk/client-sqs';
import { CreateFunctionCommand } from '@aws-sdk/client-lambda';
import { lambdaClient, ROLE, zipOf } from '../lambda/support.js';
import { clientConfig } from '../../support/nimbus.js';

import { uniqueName } from '../../support/calls.js';

export { uniqueName, failure } from '../../support/calls.js';

export { eb, sqs };

export interface Clients {
  events: eb.EventBridgeClient;
  queues: sqs.SQSClient;
}

export function clients(endpoint: string): Clients {
  return {
    events: new eb.EventBridgeClient(clientConfig(endpoint, { maxAttempts: 1 })),
    queues: new sqs.SQSClient(clientConfig(endpoint, { maxAttempts: 1 })),
  };
}


/** A queue and its ARN, for a rule target. */
export async function queue(c: Clients, name = uniqueName('target'), attributes?: Record<string, string>): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await c.queues.send(new sqs.CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  const { Attributes } = await c.queues.send(new sqs.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl!, arn: Attributes!.QueueArn! };
}

/** Waits (long polling, so no timing assumptions) until `count` messages arrived, and deletes them. */
export async function receive(c: Clients, url: string, count = 1): Promise<string[]> {
  const bodies: string[] = [];
  for (let round = 0; round < 10 && bodies.length < count; round++) {
    const { Messages } = await c.queues.send(new sqs.ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 2 }));
    for (const message of Messages ?? []) {
      bodies.push(message.Body!);
      await c.queues.send(new sqs.DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
    }
  }
  return bodies;
}

/** Whether a queue holds nothing (waits one short long-poll to give deliveries their chance). */
export async function isEmpty(c: Clients, url: string): Promise<boolean> {
  const { Messages } = await c.queues.send(new sqs.ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 1 }));
  return !Messages?.length;
}

/** A rule with one SQS target on `busName`, returning the queue. */
export async function ruleToQueue(c: Clients, pattern: unknown, target: Partial<eb.Target> = {}, busName?: string) {
  const q = await queue(c);
  const Name = uniqueName('rule');
  await c.events.send(new eb.PutRuleCommand({ Name, EventPattern: JSON.stringify(pattern), EventBusName: busName }));
  await c.events.send(new eb.PutTargetsCommand({ Rule: Name, EventBusName: busName, Targets: [{ Id: 'queue', Arn: q.arn, ...target }] }));
  return { ...q, rule: Name };
}


/** A Node.js function that forwards every event it is invoked with to a queue, so a test reads exactly what Lambda received. */
const FORWARDER = `
const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
const sqs = new SQSClient({});
exports.handler = async (event) => {
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(event) }));
};`;

/** Creates the forwarding function; answers its ARN. */
export async function forwardingFunction(endpoint: string, queueUrl: string, name = uniqueName('forwarder')): Promise<string> {
  const created = await lambdaClient(endpoint).send(new CreateFunctionCommand({
    FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler',
    Code: { ZipFile: zipOf({ 'index.js': FORWARDER }) }, Environment: { Variables: { QUEUE_URL: queueUrl } },
  }));
  return created.FunctionArn!;
}
