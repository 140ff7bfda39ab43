import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  ConfirmSubscriptionCommand, CreateTopicCommand, GetSubscriptionAttributesCommand, ListSubscriptionsByTopicCommand, PublishCommand, SetTopicAttributesCommand, SubscribeCommand,
  UnsubscribeCommand, type SNSClient,
} from '@aws-sdk/client-sns';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { clients, eventually, failure, outbox, signatureVerifies, uniqueName } from './support.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, string>;
}

/** A subscriber: records every POST, answers with the status `answer` gives. */
function subscriber(answer: (count: number) => number = () => 200): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => {
      received.push({ path: request.url!, headers: request.headers, body: JSON.parse(text) as Record<string, string> });
      response.writeHead(answer(received.length)).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received });
  }));
}

describe('SNS http subscriptions', () => {
  let nimbus: Nimbus;
  let sns: SNSClient;
  const servers: Server[] = [];
  before(async () => {
    nimbus = await startTestNimbus();
    ({ sns } = clients(nimbus.endpoint));
  });
  after(async () => {
    for (const server of servers) server.close();
    await nimbus.stop();
  });

  it('confirms through SubscribeURL, then delivers signed notifications and an UnsubscribeConfirmation', async () => {
    const endpoint = await subscriber();
    servers.push(endpoint.server);
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('web') }));
    const subscribed = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: endpoint.url }));
    assert.equal(subscribed.SubscriptionArn, 'pending confirmation');

    const confirmation = await eventually(async () => endpoint.received[0]);
    assert.equal(confirmation.path, '/hook');
    assert.equal(confirmation.headers['x-amz-sns-message-type'], 'SubscriptionConfirmation');
    assert.equal(confirmation.headers['x-amz-sns-topic-arn'], TopicArn);
    assert.equal(confirmation.headers['x-amz-sns-message-id'], confirmation.body.MessageId);
    assert.equal(confirmation.body.Type, 'SubscriptionConfirmation');
    assert.equal(confirmation.body.TopicArn, TopicArn);
    assert.match(confirmation.body.Token!, /^[0-9a-f]{64,}$/);
    assert.ok(await signatureVerifies(confirmation.body), 'the confirmation is signed');
    const listed = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
    assert.equal(listed.Subscriptions![0]!.SubscriptionArn, 'PendingConfirmation');

    const answer = await fetch(confirmation.body.SubscribeURL!);
    assert.equal(answer.status, 200);
    const subscriptionArn = /<SubscriptionArn>([^<]+)<\/SubscriptionArn>/.exec(await answer.text())![1]!;
    assert.ok(subscriptionArn.startsWith(`${TopicArn!}:`));
    const attributes = (await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn }))).Attributes!;
    assert.equal(attributes.PendingConfirmation, 'false');
    assert.equal(attributes.Protocol, 'http');
    assert.equal(attributes.Endpoint, endpoint.url);

    const published = await sns.send(new PublishCommand({ TopicArn, Message: 'hello web', Subject: 'Greeting' }));
    const notification = await eventually(async () => endpoint.received[1]);
    assert.equal(notification.headers['x-amz-sns-message-type'], 'Notification');
    assert.equal(notification.headers['x-amz-sns-subscription-arn'], subscriptionArn);
    assert.equal(notification.headers['content-type'], 'text/plain; charset=UTF-8');
    assert.equal(notification.body.MessageId, published.MessageId);
    assert.equal(notification.body.Message, 'hello web');
    assert.equal(notification.body.Subject, 'Greeting');
    assert.ok(await signatureVerifies(notification.body));

    await sns.send(new UnsubscribeCommand({ SubscriptionArn: subscriptionArn }));
    const goodbye = await eventually(async () => endpoint.received[2]);
    assert.equal(goodbye.headers['x-amz-sns-message-type'], 'UnsubscribeConfirmation');
    assert.equal(goodbye.body.Type, 'UnsubscribeConfirmation');
    assert.ok(await signatureVerifies(goodbye.body));
    assert.deepEqual((await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }))).Subscriptions, []);
  });

  it('retries a failed delivery after the delays of the delivery policy, on the clock', async () => {
    const endpoint = await subscriber((count) => (count === 2 || count === 3 ? 500 : 200));
    servers.push(endpoint.server);
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('retry') }));
    await sns.send(new SetTopicAttributesCommand({
      TopicArn, AttributeName: 'DeliveryPolicy',
      AttributeValue: JSON.stringify({ http: { defaultHealthyRetryPolicy: { minDelayTarget: 30, maxDelayTarget: 30, numRetries: 2, backoffFunction: 'linear' } } }),
    }));
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: endpoint.url, ReturnSubscriptionArn: true }));
    const confirmation = await eventually(async () => endpoint.received[0]);
    await fetch(confirmation.body.SubscribeURL!);
    await sns.send(new PublishCommand({ TopicArn, Message: 'persist' }));
    await eventually(async () => endpoint.received[1]);
    assert.equal(endpoint.received.length, 2, 'no retry before its delay');
    await advanceClock(nimbus.endpoint, 30);
    await eventually(async () => endpoint.received[2]);
    await advanceClock(nimbus.endpoint, 30);
    const delivered = await eventually(async () => endpoint.received[3]);
    assert.equal(delivered.body.Message, 'persist');
    assert.ok(SubscriptionArn!.startsWith(TopicArn!));
  });
});

describe('SNS email, email-json and sms outbox', () => {
  let nimbus: Nimbus;
  let sns: SNSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ sns } = clients(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('captures the confirmation and notifications at /_nimbus/sns/outbox', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('mail') }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'ops@example.com' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email-json', Endpoint: 'bot@example.com' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sms', Endpoint: '+15555550100' }));
    const confirmations = await eventually(async () => {
      const messages = await outbox(nimbus.endpoint);
      return messages.length >= 2 ? messages : undefined;
    });
    const email = confirmations.find((message) => message.protocol === 'email')!;
    assert.equal(email.endpoint, 'ops@example.com');
    assert.equal(email.subject, 'AWS Notification - Subscription Confirmation');
    const link = /Confirm subscription: (\S+)/.exec(email.message)![1]!;
    assert.equal((await fetch(link)).status, 200);
    const json = JSON.parse(confirmations.find((message) => message.protocol === 'email-json')!.message) as Record<string, string>;
    assert.equal(json.Type, 'SubscriptionConfirmation');
    assert.equal((await fetch(json.SubscribeURL!)).status, 200);

    await sns.send(new PublishCommand({ TopicArn, Message: 'Platform 3 closed', Subject: 'Notice' }));
    const notifications = await eventually(async () => {
      const messages = (await outbox(nimbus.endpoint)).slice(2);
      return messages.length >= 3 ? messages : undefined;
    });
    const byProtocol = Object.fromEntries(notifications.map((message) => [message.protocol, message]));
    assert.equal(byProtocol.email!.message, 'Platform 3 closed');
    assert.equal(byProtocol.email!.subject, 'Notice');
    assert.equal(byProtocol.sms!.endpoint, '+15555550100');
    assert.equal(byProtocol.sms!.message, 'Platform 3 closed');
    const envelope = JSON.parse(byProtocol['email-json']!.message) as Record<string, string>;
    assert.equal(envelope.Type, 'Notification');
    assert.equal(envelope.Message, 'Platform 3 closed');
    assert.ok(await signatureVerifies(envelope));
  });

  it('confirms with the ConfirmSubscription action and the token SNS sent, within three days', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('confirm') }));
    const tokenFor = async (Endpoint: string) => {
      await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email-json', Endpoint }));
      const captured = await eventually(async () => (await outbox(nimbus.endpoint)).find((message) => message.endpoint === Endpoint));
      return (JSON.parse(captured.message) as Record<string, string>).Token!;
    };
    const Token = await tokenFor('dispatch@example.com');
    const wrong = await failure(sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token: `${Token.slice(0, -2)}00` })));
    assert.deepEqual([wrong.name, wrong.status, wrong.message], ['InvalidParameterException', 400, 'Invalid parameter: Token']);
    const { SubscriptionArn } = await sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token, AuthenticateOnUnsubscribe: 'true' }));
    assert.match(SubscriptionArn!, new RegExp(`^${TopicArn}:[0-9a-f-]{36}$`));
    const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
    assert.deepEqual([Attributes?.PendingConfirmation, Attributes?.ConfirmationWasAuthenticated], ['false', 'true']);
    const { Subscriptions } = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
    assert.equal(Subscriptions?.find((subscription) => subscription.Endpoint === 'dispatch@example.com')?.SubscriptionArn, SubscriptionArn);

    const late = await tokenFor('late@example.com');
    await advanceClock(nimbus.endpoint, 3 * 24 * 3600 + 1);
    const expired = await failure(sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token: late })));
    assert.deepEqual([expired.name, expired.message], ['InvalidParameterException', 'Invalid parameter: Token']);
  });

  it('captures an SMS published to a phone number', async () => {
    const { MessageId } = await sns.send(new PublishCommand({ PhoneNumber: '+15555550199', Message: 'Your code is 1234' }));
    assert.ok(MessageId);
    const sms = await eventually(async () => (await outbox(nimbus.endpoint)).find((message) => message.endpoint === '+15555550199'));
    assert.equal(sms.protocol, 'sms');
    assert.equal(sms.message, 'Your code is 1234');
  });
});
