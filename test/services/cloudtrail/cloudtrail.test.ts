import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import {
  CloudTrailClient, CreateTrailCommand, DeleteTrailCommand, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailCommand, GetTrailStatusCommand,
  AddTagsCommand, ListTagsCommand, LookupEventsCommand, PutEventSelectorsCommand, RemoveTagsCommand, StartLoggingCommand, StopLoggingCommand, UpdateTrailCommand, type Event,
} from '@aws-sdk/client-cloudtrail';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateSecretCommand, GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { CreateQueueCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';

let nimbus: Nimbus;
let trail: CloudTrailClient;
let s3: S3Client;
let sqs: SQSClient;
let secrets: SecretsManagerClient;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

before(async () => {
  nimbus = await startTestNimbus();
  const config = clientConfig(nimbus.endpoint, { maxAttempts: 1 });
  trail = new CloudTrailClient(config);
  s3 = new S3Client({ ...config, forcePathStyle: true });
  sqs = new SQSClient(config);
  secrets = new SecretsManagerClient(config);
});

after(async () => {
  for (const client of [trail, s3, sqs, secrets]) client.destroy();
  await nimbus.stop();
});

async function lookup(key: 'EventName' | 'ResourceName' | 'EventSource' | 'ReadOnly' | 'Username', value: string): Promise<Event[]> {
  const answer = await trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: key, AttributeValue: value }] }));
  return answer.Events ?? [];
}

async function failure(promise: Promise<unknown>): Promise<{ name: string; status: number | undefined }> {
  try {
    await promise;
  } catch (error) {
    const failed = error as { name: string; $metadata?: { httpStatusCode?: number } };
    return { name: failed.name, status: failed.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

describe('CloudTrail LookupEvents', () => {
  it('records S3, SQS and Secrets Manager calls with the real record shape', async () => {
    const bucket = unique('trail-bucket');
    const queue = unique('trail-queue');
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: queue }));

    const [bucketEvent] = await lookup('ResourceName', bucket);
    assert.ok(bucketEvent, 'CreateBucket is found by its bucket name');
    assert.equal(bucketEvent.EventName, 'CreateBucket');
    assert.equal(bucketEvent.EventSource, 's3.amazonaws.com');
    assert.equal(bucketEvent.ReadOnly, 'false');
    assert.equal(bucketEvent.Username, 'root');
    assert.equal(bucketEvent.AccessKeyId, 'test');
    assert.deepEqual(bucketEvent.Resources, [{ ResourceType: 'AWS::S3::Bucket', ResourceName: bucket }]);
    const record = JSON.parse(bucketEvent.CloudTrailEvent!) as Record<string, unknown>;
    assert.equal(record.eventVersion, '1.11');
    assert.equal(record.eventType, 'AwsApiCall');
    assert.equal(record.managementEvent, true);
    assert.equal(record.awsRegion, 'us-east-1');
    assert.equal(record.recipientAccountId, '000000000000');
    assert.equal(record.eventID, bucketEvent.EventId);
    assert.match(String(record.eventTime), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.match(String(record.userAgent), /aws-sdk-js/);
    assert.deepEqual(record.userIdentity, { type: 'Root', principalId: '000000000000', arn: 'arn:aws:iam::000000000000:root', accountId: '000000000000', accessKeyId: 'test' });
    assert.equal((record.requestParameters as Record<string, unknown>).bucketName, bucket);

    const [queueEvent] = await lookup('ResourceName', queue);
    assert.equal(queueEvent?.EventName, 'CreateQueue');
    assert.equal(queueEvent.EventSource, 'sqs.amazonaws.com');
    const queueRecord = JSON.parse(queueEvent.CloudTrailEvent!) as { requestParameters: Record<string, unknown>; responseElements: Record<string, unknown> };
    assert.equal(queueRecord.requestParameters.queueName, queue);
    assert.equal(queueRecord.responseElements.queueUrl, QueueUrl);
  });

  it('hides secret values in requestParameters and responseElements', async () => {
    const name = unique('trail-secret');
    await secrets.send(new CreateSecretCommand({ Name: name, SecretString: 'p4ssw0rd-never-logged' }));
    await secrets.send(new GetSecretValueCommand({ SecretId: name }));

    const found = (await lookup('EventSource', 'secretsmanager.amazonaws.com')).filter((event) => event.CloudTrailEvent!.includes(name));
    const create = found.find((event) => event.EventName === 'CreateSecret');
    const get = found.find((event) => event.EventName === 'GetSecretValue');
    assert.ok(create && get);
    assert.equal(get.ReadOnly, 'true');
    for (const event of found) assert.doesNotMatch(event.CloudTrailEvent!, /p4ssw0rd-never-logged/);
    const created = JSON.parse(create.CloudTrailEvent!) as { requestParameters: Record<string, unknown> };
    assert.equal(created.requestParameters.secretString, 'HIDDEN_DUE_TO_SECURITY_REASONS');
    assert.equal(created.requestParameters.name, name);
  });

  it('records failed calls with their error code and leaves data events out', async () => {
    const missing = unique('no-such-queue');
    assert.equal((await failure(sqs.send(new GetQueueUrlCommand({ QueueName: missing })))).name, 'QueueDoesNotExist');
    const bucket = unique('data-bucket');
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'a.txt', Body: 'object body' }));

    const [failed] = await lookup('ResourceName', missing);
    const record = JSON.parse(failed!.CloudTrailEvent!) as Record<string, unknown>;
    assert.equal(record.errorCode, 'QueueDoesNotExist');
    assert.equal(typeof record.errorMessage, 'string');
    assert.equal(record.responseElements, null);
    const names = (await lookup('ResourceName', bucket)).map((event) => event.EventName);
    assert.deepEqual(names, ['CreateBucket']);
  });

  it('names an IAM user calling with its own access key', async () => {
    const iam = new IAMClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    const userName = unique('auditor');
    await iam.send(new CreateUserCommand({ UserName: userName }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
    iam.destroy();
    const asUser = new SQSClient(clientConfig(nimbus.endpoint, { maxAttempts: 1, credentials: { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! } }));
    const queue = unique('users-queue');
    await asUser.send(new CreateQueueCommand({ QueueName: queue }));
    asUser.destroy();

    const [event] = await lookup('Username', userName);
    assert.equal(event?.EventName, 'CreateQueue');
    assert.equal(event.AccessKeyId, AccessKey!.AccessKeyId);
    const { userIdentity } = JSON.parse(event.CloudTrailEvent!) as { userIdentity: Record<string, unknown> };
    assert.equal(userIdentity.type, 'IAMUser');
    assert.equal(userIdentity.arn, `arn:aws:iam::000000000000:user/${userName}`);
    assert.equal(userIdentity.userName, userName);
    assert.match(String(userIdentity.principalId), /^AIDA/);
  });

  it('names a role session by its assumed-role ARN, with the role as session issuer', async () => {
    const config = clientConfig(nimbus.endpoint, { maxAttempts: 1 });
    const iam = new IAMClient(config);
    const roleName = unique('deployer');
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'sts:AssumeRole' }] });
    const { Role } = await iam.send(new CreateRoleCommand({ RoleName: roleName, AssumeRolePolicyDocument: trust }));
    iam.destroy();
    const sts = new STSClient(config);
    const sessionName = unique('release');
    const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: Role!.Arn!, RoleSessionName: sessionName }));
    sts.destroy();
    const asRole = new SQSClient(clientConfig(nimbus.endpoint, { maxAttempts: 1, credentials: { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken! } }));
    await asRole.send(new CreateQueueCommand({ QueueName: unique('role-queue') }));
    asRole.destroy();

    const [event] = await lookup('Username', sessionName);
    assert.equal(event?.EventName, 'CreateQueue');
    type SessionIdentity = { type: string; arn: string; principalId: string; accessKeyId: string; sessionContext: { sessionIssuer: unknown; attributes: { mfaAuthenticated: string } } };
    const { userIdentity } = JSON.parse(event.CloudTrailEvent!) as { userIdentity: SessionIdentity };
    assert.equal(userIdentity.type, 'AssumedRole');
    assert.equal(userIdentity.arn, `arn:aws:sts::000000000000:assumed-role/${roleName}/${sessionName}`);
    assert.equal(userIdentity.principalId, `${Role!.RoleId}:${sessionName}`);
    assert.equal(userIdentity.accessKeyId, Credentials!.AccessKeyId);
    assert.deepEqual(userIdentity.sessionContext.sessionIssuer, { type: 'Role', principalId: Role!.RoleId, arn: Role!.Arn, accountId: '000000000000', userName: roleName });
    assert.equal(userIdentity.sessionContext.attributes.mfaAuthenticated, 'false');

    const [assumed] = await lookup('EventName', 'AssumeRole');
    const record = JSON.parse(assumed!.CloudTrailEvent!) as { eventSource: string; requestParameters: Record<string, unknown> };
    assert.equal(record.eventSource, 'sts.amazonaws.com');
    assert.equal(record.requestParameters.roleSessionName, sessionName);
  });

  it('pages with MaxResults and NextToken, newest first', async () => {
    for (let i = 0; i < 3; i++) await sqs.send(new CreateQueueCommand({ QueueName: unique('paged') }));
    const first = await trail.send(new LookupEventsCommand({ MaxResults: 2, LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'CreateQueue' }] }));
    assert.equal(first.Events?.length, 2);
    assert.ok(first.NextToken);
    const second = await trail.send(new LookupEventsCommand({ MaxResults: 2, NextToken: first.NextToken, LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'CreateQueue' }] }));
    assert.ok(second.Events?.length);
    const ids = new Set([...first.Events!, ...second.Events!].map((event) => event.EventId));
    assert.equal(ids.size, first.Events!.length + second.Events!.length);
    assert.ok(first.Events![0]!.EventTime! >= first.Events![1]!.EventTime!);
  });

  it('honours only the first of several lookup attributes, as AWS does', async () => {
    const queue = unique('first-attribute');
    await sqs.send(new CreateQueueCommand({ QueueName: queue }));
    const two = [{ AttributeKey: 'ResourceName' as const, AttributeValue: queue }, { AttributeKey: 'EventName' as const, AttributeValue: 'NoSuchEvent' }];
    const { Events } = await trail.send(new LookupEventsCommand({ LookupAttributes: two }));
    assert.deepEqual(Events?.map((event) => event.EventName), ['CreateQueue']);
  });

  it('refuses bad lookups with CloudTrail errors', async () => {
    assert.deepEqual(await failure(trail.send(new LookupEventsCommand({ StartTime: new Date(2_000_000_000_000), EndTime: new Date(1_000_000_000_000) }))), { name: 'InvalidTimeRangeException', status: 400 });
    const badReadOnly = [{ AttributeKey: 'ReadOnly' as const, AttributeValue: 'yes' }];
    assert.deepEqual(await failure(trail.send(new LookupEventsCommand({ LookupAttributes: badReadOnly }))), { name: 'InvalidLookupAttributesException', status: 400 });
    assert.deepEqual(await failure(trail.send(new LookupEventsCommand({ NextToken: 'bogus' }))), { name: 'InvalidNextTokenException', status: 400 });
  });
});

describe('CloudTrail trails', () => {
  it('creates, describes, gets and deletes a trail; names are checked', async () => {
    const name = unique('trail');
    const created = await trail.send(new CreateTrailCommand({ Name: name, S3BucketName: 'some-bucket', S3KeyPrefix: 'logs', IsMultiRegionTrail: true }));
    assert.equal(created.TrailARN, `arn:aws:cloudtrail:us-east-1:000000000000:trail/${name}`);
    assert.equal(created.IsMultiRegionTrail, true);
    const { Trail } = await trail.send(new GetTrailCommand({ Name: created.TrailARN! }));
    assert.equal(Trail?.S3KeyPrefix, 'logs');
    assert.equal(Trail?.HomeRegion, 'us-east-1');
    const { trailList } = await trail.send(new DescribeTrailsCommand({ trailNameList: [name] }));
    assert.equal(trailList?.length, 1);
    const { EventSelectors } = await trail.send(new GetEventSelectorsCommand({ TrailName: name }));
    assert.deepEqual(EventSelectors, [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }]);
    assert.equal((await trail.send(new GetTrailStatusCommand({ Name: name }))).IsLogging, false);
    assert.deepEqual(await failure(trail.send(new CreateTrailCommand({ Name: name, S3BucketName: 'some-bucket' }))), { name: 'TrailAlreadyExistsException', status: 400 });
    assert.deepEqual(await failure(trail.send(new CreateTrailCommand({ Name: '-bad', S3BucketName: 'some-bucket' }))), { name: 'InvalidTrailNameException', status: 400 });
    await trail.send(new DeleteTrailCommand({ Name: name }));
    assert.deepEqual(await failure(trail.send(new GetTrailCommand({ Name: name }))), { name: 'TrailNotFoundException', status: 400 });
  });

  it('updates a trail, keeps tags and advanced selectors, and starts and stops logging', async () => {
    const name = unique('tagged');
    const { TrailARN } = await trail.send(new CreateTrailCommand({ Name: name, S3BucketName: 'first-bucket', TagsList: [{ Key: 'team', Value: 'audit' }] }));
    const updated = await trail.send(new UpdateTrailCommand({ Name: name, S3BucketName: 'second-bucket', S3KeyPrefix: 'p' }));
    assert.equal(updated.S3BucketName, 'second-bucket');
    assert.equal(updated.S3KeyPrefix, 'p');

    await trail.send(new AddTagsCommand({ ResourceId: TrailARN, TagsList: [{ Key: 'env', Value: 'test' }] }));
    await trail.send(new RemoveTagsCommand({ ResourceId: TrailARN, TagsList: [{ Key: 'team' }] }));
    const { ResourceTagList } = await trail.send(new ListTagsCommand({ ResourceIdList: [TrailARN!] }));
    assert.deepEqual(ResourceTagList, [{ ResourceId: TrailARN, TagsList: [{ Key: 'env', Value: 'test' }] }]);
    assert.equal((await failure(trail.send(new ListTagsCommand({ ResourceIdList: ['not-an-arn'] })))).name, 'CloudTrailARNInvalidException');

    const advanced = [{ Name: 'S3 writes', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, { Field: 'readOnly', Equals: ['false'] }] }];
    await trail.send(new PutEventSelectorsCommand({ TrailName: name, AdvancedEventSelectors: advanced }));
    const selectors = await trail.send(new GetEventSelectorsCommand({ TrailName: name }));
    assert.deepEqual(selectors.AdvancedEventSelectors, advanced);
    assert.equal(selectors.EventSelectors, undefined);
    assert.equal((await trail.send(new GetTrailCommand({ Name: name }))).Trail?.HasCustomEventSelectors, true);
    assert.deepEqual(await failure(trail.send(new PutEventSelectorsCommand({ TrailName: name }))), { name: 'InvalidParameterCombinationException', status: 400 });

    await trail.send(new StartLoggingCommand({ Name: name }));
    const started = await trail.send(new GetTrailStatusCommand({ Name: name }));
    assert.equal(started.IsLogging, true);
    assert.ok(started.StartLoggingTime instanceof Date);
    await trail.send(new StopLoggingCommand({ Name: name }));
    const stopped = await trail.send(new GetTrailStatusCommand({ Name: name }));
    assert.equal(stopped.IsLogging, false);
    assert.ok(stopped.StopLoggingTime! >= stopped.StartLoggingTime!);
  });

  it('delivers gzipped log files to the bucket as the clock moves', async () => {
    const bucket = unique('trail-logs');
    const name = unique('delivering');
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await trail.send(new CreateTrailCommand({ Name: name, S3BucketName: bucket }));
    await trail.send(new PutEventSelectorsCommand({ TrailName: name, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: [`arn:aws:s3:::${bucket}/data/`] }] }] }));
    await trail.send(new StartLoggingCommand({ Name: name }));
    const queue = unique('logged-queue');
    await sqs.send(new CreateQueueCommand({ QueueName: queue }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'data/x.txt', Body: 'the body is never logged' }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'other/y.txt', Body: 'not selected' }));

    await advanceClock(nimbus.endpoint, 301);
    const key = await eventually(async () => {
      const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'AWSLogs/' }));
      return listed.Contents?.[0]?.Key;
    });
    assert.match(key, new RegExp(`^AWSLogs/000000000000/CloudTrail/us-east-1/\\d{4}/\\d\\d/\\d\\d/000000000000_CloudTrail_us-east-1_\\d{8}T\\d{4}Z_[A-Za-z0-9]{16}\\.json\\.gz$`));
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const text = gunzipSync(Buffer.from(await object.Body!.transformToByteArray())).toString('utf8');
    const { Records } = JSON.parse(text) as { Records: Array<Record<string, unknown>> };
    const createQueue = Records.find((record) => record.eventName === 'CreateQueue' && JSON.stringify(record).includes(queue));
    assert.ok(createQueue, 'the management event is in the file');
    const puts = Records.filter((record) => record.eventName === 'PutObject');
    assert.equal(puts.length, 1, 'only the selected prefix is logged as a data event');
    assert.equal(puts[0]!.managementEvent, false);
    assert.equal(puts[0]!.eventCategory, 'Data');
    assert.doesNotMatch(text, /the body is never logged/);
    assert.ok(Records.every((record, i) => i === 0 || String(Records[i - 1]!.eventTime) <= String(record.eventTime)));
    const status = await trail.send(new GetTrailStatusCommand({ Name: name }));
    assert.equal(status.IsLogging, true);
    assert.ok(status.LatestDeliveryTime instanceof Date);

    // An hour at once fires twelve deliveries; each event still lands in exactly one file.
    await advanceClock(nimbus.endpoint, 3600);
    const keys = await eventually(async () => {
      const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'AWSLogs/' }));
      return (listed.Contents?.length ?? 0) >= 2 ? listed.Contents!.map((entry) => entry.Key!) : undefined;
    });
    const ids: string[] = [];
    for (const logKey of keys) {
      const file = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: logKey }));
      const parsed = JSON.parse(gunzipSync(Buffer.from(await file.Body!.transformToByteArray())).toString('utf8')) as { Records: Array<{ eventID: string }> };
      ids.push(...parsed.Records.map((entry) => entry.eventID));
    }
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.length > Records.length);
  });
});

/** Polls until `read` yields a value; the delivery runs on the bus after the clock fires. */
async function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('never happened');
}
