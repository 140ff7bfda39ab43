import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreatePlatformApplicationCommand, CreatePlatformEndpointCommand, CreateTopicCommand, DeleteEndpointCommand, DeletePlatformApplicationCommand,
  GetDataProtectionPolicyCommand, GetEndpointAttributesCommand, GetPlatformApplicationAttributesCommand, GetTopicAttributesCommand,
  ListEndpointsByPlatformApplicationCommand, ListPlatformApplicationsCommand, PublishCommand, PutDataProtectionPolicyCommand,
  SetEndpointAttributesCommand, SetPlatformApplicationAttributesCommand, SubscribeCommand, type SNSClient,
} from '@aws-sdk/client-sns';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { clients, eventually, failure, outbox, uniqueName } from './support.js';

const ACCOUNT = '000000000000';

describe('SNS mobile push: platform applications and endpoints', () => {
  let nimbus: Nimbus;
  let sns: SNSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ sns } = clients(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  const application = async (Platform = 'GCM') => {
    const Name = uniqueName('app');
    const { PlatformApplicationArn } = await sns.send(new CreatePlatformApplicationCommand({
      Name, Platform, Attributes: { PlatformCredential: 'server-key', EventEndpointCreated: `arn:aws:sns:us-east-1:${ACCOUNT}:created` },
    }));
    return { Name, arn: PlatformApplicationArn! };
  };

  it('creates, reports without its credentials, updates, lists and deletes applications', async () => {
    const { Name, arn } = await application('APNS');
    assert.equal(arn, `arn:aws:sns:us-east-1:${ACCOUNT}:app/APNS/${Name}`);
    const { Attributes } = await sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: arn }));
    assert.deepEqual(Attributes, { Enabled: 'true', EventEndpointCreated: `arn:aws:sns:us-east-1:${ACCOUNT}:created` });
    await sns.send(new SetPlatformApplicationAttributesCommand({ PlatformApplicationArn: arn, Attributes: { SuccessFeedbackSampleRate: '50' } }));
    const updated = await sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: arn }));
    assert.equal(updated.Attributes?.SuccessFeedbackSampleRate, '50');
    const listed = await sns.send(new ListPlatformApplicationsCommand({}));
    assert.equal(listed.PlatformApplications?.find((app) => app.PlatformApplicationArn === arn)?.Attributes?.SuccessFeedbackSampleRate, '50');
    await sns.send(new DeletePlatformApplicationCommand({ PlatformApplicationArn: arn }));
    await sns.send(new DeletePlatformApplicationCommand({ PlatformApplicationArn: arn }));
    const missing = await failure(sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: arn })));
    assert.deepEqual([missing.name, missing.status, missing.message], ['NotFoundException', 404, 'PlatformApplication does not exist']);
    const badPlatform = await failure(sns.send(new CreatePlatformApplicationCommand({ Name: 'x', Platform: 'PIGEON', Attributes: { PlatformCredential: 'key' } })));
    assert.deepEqual([badPlatform.name, badPlatform.status, badPlatform.message], ['InvalidParameterException', 400, 'Invalid parameter: Platform']);
  });

  it('creates endpoints idempotently per token, reports and changes their attributes, lists and deletes them', async () => {
    const { Name, arn } = await application();
    const { EndpointArn } = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn: arn, Token: 'device-1', CustomUserData: 'car 12' }));
    assert.match(EndpointArn!, new RegExp(`^arn:aws:sns:us-east-1:${ACCOUNT}:endpoint/GCM/${Name}/[0-9a-f-]{36}$`));
    const again = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn: arn, Token: 'device-1', CustomUserData: 'car 12' }));
    assert.equal(again.EndpointArn, EndpointArn);
    const differing = await failure(sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn: arn, Token: 'device-1', CustomUserData: 'car 13' })));
    assert.equal(differing.name, 'InvalidParameterException');
    assert.equal(differing.message, `Invalid parameter: Token Reason: Endpoint ${EndpointArn} already exists with the same Token, but different attributes.`);

    assert.deepEqual((await sns.send(new GetEndpointAttributesCommand({ EndpointArn }))).Attributes, { Enabled: 'true', Token: 'device-1', CustomUserData: 'car 12' });
    await sns.send(new SetEndpointAttributesCommand({ EndpointArn, Attributes: { Enabled: 'false', Token: 'device-1b' } }));
    assert.deepEqual((await sns.send(new GetEndpointAttributesCommand({ EndpointArn }))).Attributes, { Enabled: 'false', Token: 'device-1b', CustomUserData: 'car 12' });

    const second = (await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn: arn, Token: 'device-2' }))).EndpointArn;
    const { Endpoints } = await sns.send(new ListEndpointsByPlatformApplicationCommand({ PlatformApplicationArn: arn }));
    assert.deepEqual(Endpoints?.map((endpoint) => endpoint.EndpointArn).sort(), [EndpointArn, second].sort());
    await sns.send(new DeleteEndpointCommand({ EndpointArn }));
    await sns.send(new DeleteEndpointCommand({ EndpointArn }));
    const gone = await failure(sns.send(new GetEndpointAttributesCommand({ EndpointArn })));
    assert.deepEqual([gone.name, gone.status, gone.message], ['NotFoundException', 404, 'Endpoint does not exist']);

    await sns.send(new DeletePlatformApplicationCommand({ PlatformApplicationArn: arn }));
    assert.equal((await failure(sns.send(new GetEndpointAttributesCommand({ EndpointArn: second })))).name, 'NotFoundException');
    const unknownApp = await failure(sns.send(new ListEndpointsByPlatformApplicationCommand({ PlatformApplicationArn: arn })));
    assert.equal(unknownApp.name, 'NotFoundException');
  });

  it('captures what is published to an endpoint, directly or through a topic, and refuses a disabled endpoint', async () => {
    const { arn } = await application();
    const { EndpointArn } = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn: arn, Token: 'device-9' }));
    const { MessageId } = await sns.send(new PublishCommand({
      TargetArn: EndpointArn, MessageStructure: 'json', Message: JSON.stringify({ default: 'plain', GCM: '{"notification":{"title":"Train 7 late"}}' }),
    }));
    assert.ok(MessageId);
    const direct = await eventually(async () => (await outbox(nimbus.endpoint)).find((message) => message.endpoint === EndpointArn));
    assert.equal(direct.protocol, 'application');
    assert.equal(direct.message, '{"notification":{"title":"Train 7 late"}}');

    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('push') }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'application', Endpoint: EndpointArn }));
    const second = (await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn: arn, Token: 'device-10', Attributes: { Enabled: 'false' } }))).EndpointArn!;
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'application', Endpoint: second }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'Platform 2 reopened' }));
    const viaTopic = await eventually(async () => (await outbox(nimbus.endpoint)).find((message) => message.endpoint === EndpointArn && message.topicArn === TopicArn));
    assert.equal(viaTopic.message, 'Platform 2 reopened');

    await sns.send(new SetEndpointAttributesCommand({ EndpointArn, Attributes: { Enabled: 'false' } }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'Platform 2 closed again' }));
    await sns.send(new SetEndpointAttributesCommand({ EndpointArn: second, Attributes: { Enabled: 'true' } }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'Platform 4 closed' }));
    const later = await eventually(async () => (await outbox(nimbus.endpoint)).find((message) => message.endpoint === second && message.message === 'Platform 4 closed'));
    assert.equal(later.topicArn, TopicArn);
    assert.equal((await outbox(nimbus.endpoint)).filter((message) => message.message === 'Platform 2 closed again').length, 0);
    const disabled = await failure(sns.send(new PublishCommand({ TargetArn: EndpointArn, Message: 'hello' })));
    assert.deepEqual([disabled.name, disabled.status, disabled.message], ['EndpointDisabledException', 400, 'Endpoint is disabled']);
  });
});

describe('SNS data protection policies', () => {
  let nimbus: Nimbus;
  let sns: SNSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ sns } = clients(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('puts and gets a topic\'s data protection policy, which is its DataProtectionPolicy attribute', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('protected') }));
    assert.equal((await sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: TopicArn }))).DataProtectionPolicy ?? '', '');
    const policy = JSON.stringify({ Name: 'basic', Description: '', Version: '2021-06-01', Statement: [{ Sid: 'deny', DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/EmailAddress'], Operation: { Deny: {} } }] });
    await sns.send(new PutDataProtectionPolicyCommand({ ResourceArn: TopicArn, DataProtectionPolicy: policy }));
    assert.equal((await sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: TopicArn }))).DataProtectionPolicy, policy);
    assert.equal((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes?.DataProtectionPolicy, policy);
    const missing = await failure(sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: `${TopicArn}-gone` })));
    assert.deepEqual([missing.name, missing.status], ['NotFoundException', 404]);
  });
});
