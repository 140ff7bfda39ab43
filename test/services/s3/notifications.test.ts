import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as S3 from '@aws-sdk/client-s3';
import { EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

interface EventRecord {
  eventVersion: string;
  eventSource: string;
  awsRegion: string;
  eventTime: string;
  eventName: string;
  userIdentity: { principalId: string };
  requestParameters: { sourceIPAddress: string };
  responseElements: Record<string, string>;
  s3: {
    s3SchemaVersion: string;
    configurationId: string;
    bucket: { name: string; ownerIdentity: { principalId: string }; arn: string };
    object: { key: string; size?: number; eTag?: string; versionId?: string; sequencer: string };
  };
}

describe('S3 event notifications', () => {
  let nimbus: Nimbus;
  let s3: S3.S3Client;
  let sqs: SQSClient;

  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    sqs = new SQSClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  async function queue(name: string): Promise<{ url: string; arn: string }> {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    return { url, arn };
  }

  /** Waits (long polling) until `count` messages have arrived. */
  async function receive(url: string, count: number): Promise<Message[]> {
    const messages: Message[] = [];
    for (let attempt = 0; attempt < 20 && messages.length < count; attempt++) {
      const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      messages.push(...(received.Messages ?? []));
    }
    return messages;
  }

  const recordsOf = (messages: Message[]) => messages.flatMap((message) => (JSON.parse(message.Body!) as { Records: EventRecord[] }).Records);

  it('sends s3:TestEvent to a queue when it is configured, and returns the configuration with ids and filter rules', async () => {
    const { url, arn } = await queue('s3-events-test');
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'events-config' }));
    await s3.send(
      new S3.PutBucketNotificationConfigurationCommand({
        Bucket: 'events-config',
        NotificationConfiguration: {
          QueueConfigurations: [{ QueueArn: arn, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'in/' }] } } }],
          EventBridgeConfiguration: {},
        },
      }),
    );
    const [message] = await receive(url, 1);
    const test = JSON.parse(message!.Body!) as Record<string, string>;
    assert.equal(test.Service, 'Amazon S3');
    assert.equal(test.Event, 's3:TestEvent');
    assert.equal(test.Bucket, 'events-config');
    assert.match(test.Time!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const stored = await s3.send(new S3.GetBucketNotificationConfigurationCommand({ Bucket: 'events-config' }));
    assert.equal(stored.QueueConfigurations?.length, 1);
    assert.ok(stored.QueueConfigurations![0]!.Id);
    assert.deepEqual(stored.QueueConfigurations![0]!.Filter, { Key: { FilterRules: [{ Name: 'Prefix', Value: 'in/' }] } });
    assert.deepEqual(stored.EventBridgeConfiguration, {});
  });

  it('answers an empty configuration for a bucket without one', async () => {
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'events-none' }));
    const stored = await s3.send(new S3.GetBucketNotificationConfigurationCommand({ Bucket: 'events-none' }));
    assert.equal(stored.QueueConfigurations, undefined);
    assert.equal(stored.TopicConfigurations, undefined);
  });

  it('refuses unknown events, bad filter rules and overlapping configurations with InvalidArgument', async () => {
    const { arn } = await queue('s3-events-invalid');
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'events-invalid' }));
    const put = (QueueConfigurations: S3.QueueConfiguration[]) =>
      s3.send(new S3.PutBucketNotificationConfigurationCommand({ Bucket: 'events-invalid', NotificationConfiguration: { QueueConfigurations } }));
    for (const configurations of [
      [{ QueueArn: arn, Events: ['s3:ObjectEaten:*' as S3.Event] }],
      [{ QueueArn: arn, Events: ['s3:ObjectCreated:*' as S3.Event], Filter: { Key: { FilterRules: [{ Name: 'prefix' as const, Value: 'a' }, { Name: 'prefix' as const, Value: 'b' }] } } }],
      [{ QueueArn: arn, Events: ['s3:ObjectCreated:*' as S3.Event] }, { QueueArn: arn, Events: ['s3:ObjectCreated:Put' as S3.Event] }],
      [{ QueueArn: 'not-an-arn', Events: ['s3:ObjectCreated:*' as S3.Event] }],
    ]) {
      const error = await put(configurations).then(() => undefined, (e: unknown) => e as S3.S3ServiceException);
      assert.equal(error?.name, 'InvalidArgument');
      assert.equal(error?.$metadata.httpStatusCode, 400);
    }
  });

  it('delivers ObjectCreated and ObjectRemoved records in the AWS event format, filtered by prefix and suffix', async () => {
    const { url, arn } = await queue('s3-events-objects');
    const Bucket = 'events-objects';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    await s3.send(
      new S3.PutBucketNotificationConfigurationCommand({
        Bucket,
        NotificationConfiguration: {
          QueueConfigurations: [
            {
              Id: 'uploads',
              QueueArn: arn,
              Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'],
              Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'up loads/' }, { Name: 'suffix', Value: '.txt' }] } },
            },
          ],
        },
      }),
    );
    await receive(url, 1); // the test event

    const put = await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'up loads/a=1.txt', Body: 'hello' }));
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'up loads/skipped.bin', Body: 'x' }));
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'elsewhere/b.txt', Body: 'x' }));
    await s3.send(new S3.CopyObjectCommand({ Bucket, Key: 'up loads/copy.txt', CopySource: `${Bucket}/up%20loads/a%3D1.txt` }));
    const upload = await s3.send(new S3.CreateMultipartUploadCommand({ Bucket, Key: 'up loads/big.txt' }));
    const part = await s3.send(new S3.UploadPartCommand({ Bucket, Key: 'up loads/big.txt', UploadId: upload.UploadId, PartNumber: 1, Body: 'part one' }));
    await s3.send(
      new S3.CompleteMultipartUploadCommand({ Bucket, Key: 'up loads/big.txt', UploadId: upload.UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } }),
    );
    await s3.send(new S3.DeleteObjectCommand({ Bucket, Key: 'up loads/a=1.txt' }));

    const records = recordsOf(await receive(url, 4));
    assert.deepEqual(
      records.map((record) => [record.eventName, record.s3.object.key]),
      [
        ['ObjectCreated:Put', 'up+loads/a%3D1.txt'],
        ['ObjectCreated:Copy', 'up+loads/copy.txt'],
        ['ObjectCreated:CompleteMultipartUpload', 'up+loads/big.txt'],
        ['ObjectRemoved:Delete', 'up+loads/a%3D1.txt'],
      ],
    );
    const [created] = records;
    assert.equal(created!.eventVersion, '2.1');
    assert.equal(created!.eventSource, 'aws:s3');
    assert.equal(created!.awsRegion, 'us-east-1');
    assert.match(created!.eventTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.match(created!.userIdentity.principalId, /^AWS:/);
    assert.ok(created!.requestParameters.sourceIPAddress);
    assert.equal(created!.responseElements['x-amz-request-id'], put.$metadata.requestId);
    assert.equal(created!.responseElements['x-amz-id-2'], put.$metadata.extendedRequestId);
    assert.equal(created!.s3.s3SchemaVersion, '1.0');
    assert.equal(created!.s3.configurationId, 'uploads');
    assert.equal(created!.s3.bucket.name, Bucket);
    assert.equal(created!.s3.bucket.arn, `arn:aws:s3:::${Bucket}`);
    assert.ok(created!.s3.bucket.ownerIdentity.principalId);
    assert.equal(created!.s3.object.size, 5);
    assert.equal(`"${created!.s3.object.eTag}"`, put.ETag);
    assert.equal(created!.s3.object.versionId, undefined);
    assert.match(created!.s3.object.sequencer, /^[0-9A-F]+$/);
    assert.ok(records[3]!.s3.object.sequencer > created!.s3.object.sequencer);
    assert.equal(records[3]!.s3.object.size, undefined);
  });

  it('reports delete markers as ObjectRemoved:DeleteMarkerCreated with version ids in a versioned bucket', async () => {
    const { url, arn } = await queue('s3-events-versions');
    const Bucket = 'events-versions';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    await s3.send(new S3.PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(
      new S3.PutBucketNotificationConfigurationCommand({
        Bucket,
        NotificationConfiguration: { QueueConfigurations: [{ QueueArn: arn, Events: ['s3:ObjectCreated:Put', 's3:ObjectRemoved:DeleteMarkerCreated'] }] },
      }),
    );
    await receive(url, 1);
    const put = await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'doc', Body: 'v1' }));
    const deleted = await s3.send(new S3.DeleteObjectCommand({ Bucket, Key: 'doc' }));
    await s3.send(new S3.DeleteObjectCommand({ Bucket, Key: 'doc', VersionId: put.VersionId }));
    const records = recordsOf(await receive(url, 2));
    assert.deepEqual(
      records.map((record) => [record.eventName, record.s3.object.versionId]),
      [
        ['ObjectCreated:Put', put.VersionId],
        ['ObjectRemoved:DeleteMarkerCreated', deleted.VersionId],
      ],
    );
  });

  it('publishes to an SNS topic (to its queue subscribers) and to the default EventBridge bus', async () => {
    const sns = new SNSClient(clientConfig(nimbus.endpoint));
    const events = new EventBridgeClient(clientConfig(nimbus.endpoint));
    const viaTopic = await queue('s3-events-via-topic');
    const viaBus = await queue('s3-events-via-bus');
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 's3-events' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: viaTopic.arn, Attributes: { RawMessageDelivery: 'true' } }));
    await events.send(new PutRuleCommand({ Name: 's3-objects', EventPattern: JSON.stringify({ source: ['aws.s3'], 'detail-type': ['Object Created'] }) }));
    await events.send(new PutTargetsCommand({ Rule: 's3-objects', Targets: [{ Id: 'queue', Arn: viaBus.arn }] }));

    const Bucket = 'events-fanout';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    await s3.send(
      new S3.PutBucketNotificationConfigurationCommand({
        Bucket,
        NotificationConfiguration: { TopicConfigurations: [{ Id: 'to-topic', TopicArn: TopicArn!, Events: ['s3:ObjectCreated:*'] }], EventBridgeConfiguration: {} },
      }),
    );
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'fan/out.txt', Body: 'x' }));

    const fromTopic = (await receive(viaTopic.url, 2)).map((message) => JSON.parse(message.Body!) as { Event?: string; Records?: EventRecord[] });
    assert.equal(fromTopic.find((body) => body.Event)?.Event, 's3:TestEvent');
    const record = fromTopic.find((body) => body.Records)?.Records?.[0];
    assert.equal(record?.eventName, 'ObjectCreated:Put');
    assert.equal(record?.s3.configurationId, 'to-topic');

    const [fromBus] = await receive(viaBus.url, 1);
    const event = JSON.parse(fromBus!.Body!) as { source: string; 'detail-type': string; resources: string[]; detail: { bucket: { name: string }; object: { key: string; size: number }; reason: string } };
    assert.equal(event.source, 'aws.s3');
    assert.equal(event['detail-type'], 'Object Created');
    assert.deepEqual(event.resources, [`arn:aws:s3:::${Bucket}`]);
    assert.equal(event.detail.bucket.name, Bucket);
    assert.equal(event.detail.object.key, 'fan/out.txt');
    assert.equal(event.detail.object.size, 1);
    assert.equal(event.detail.reason, 'PutObject');
  });
});
