import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import * as S3 from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

const DAY = 86_400;

/** Lifecycle runs on the clock but asynchronously, as in S3: wait (bounded) until its effect shows. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await sleep(20);
  }
  assert.fail('the lifecycle rule was not carried out');
}

async function errorOf(promise: Promise<unknown>): Promise<S3.S3ServiceException | undefined> {
  return promise.then(() => undefined, (e: unknown) => e as S3.S3ServiceException);
}

describe('S3 lifecycle', () => {
  let nimbus: Nimbus;
  let s3: S3.S3Client;
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  const keysOf = async (Bucket: string) => ((await s3.send(new S3.ListObjectsV2Command({ Bucket }))).Contents ?? []).map((object) => object.Key);

  it('stores a configuration and answers NoSuchLifecycleConfiguration without one', async () => {
    const Bucket = 'lifecycle-config';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    const missing = await errorOf(s3.send(new S3.GetBucketLifecycleConfigurationCommand({ Bucket })));
    assert.equal(missing?.name, 'NoSuchLifecycleConfiguration');
    assert.equal(missing?.$metadata.httpStatusCode, 404);
    const Rules: S3.LifecycleRule[] = [
      { ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } },
      { ID: 'dated', Status: 'Disabled', Filter: { And: { Prefix: 'tmp/', Tags: [{ Key: 'temp', Value: 'yes' }] } }, Expiration: { Date: new Date('2030-01-01T00:00:00Z') } },
      { ID: 'uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, NoncurrentVersionExpiration: { NoncurrentDays: 10 } },
    ];
    const put = await s3.send(new S3.PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules } }));
    assert.equal(put.TransitionDefaultMinimumObjectSize, 'all_storage_classes_128K');
    const got = await s3.send(new S3.GetBucketLifecycleConfigurationCommand({ Bucket }));
    assert.deepEqual(got.Rules, Rules);
    await s3.send(new S3.DeleteBucketLifecycleCommand({ Bucket }));
    assert.equal((await errorOf(s3.send(new S3.GetBucketLifecycleConfigurationCommand({ Bucket }))))?.name, 'NoSuchLifecycleConfiguration');
  });

  it('refuses rules without actions, non-positive days, dates off midnight and repeated ids', async () => {
    const Bucket = 'lifecycle-invalid';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    const cases: Array<[S3.LifecycleRule[], string]> = [
      [[{ ID: 'a', Status: 'Enabled', Filter: {} }], 'InvalidRequest'],
      [[{ ID: 'a', Status: 'Enabled', Filter: {}, Expiration: { Days: 0 } }], 'InvalidArgument'],
      [[{ ID: 'a', Status: 'Enabled', Filter: {}, Expiration: { Date: new Date('2030-01-01T12:00:00Z') } }], 'InvalidArgument'],
      [[{ ID: 'a', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } }, { ID: 'a', Status: 'Enabled', Filter: {}, Expiration: { Days: 2 } }], 'InvalidArgument'],
    ];
    for (const [Rules, code] of cases) {
      const error = await errorOf(s3.send(new S3.PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules } })));
      assert.equal(error?.name, code, JSON.stringify(Rules));
      assert.equal(error?.$metadata.httpStatusCode, 400);
    }
  });

  it('expires current objects by Days at the midnight after, only under the rule prefix', async () => {
    const Bucket = 'lifecycle-days';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'logs/old.log', Body: 'x' }));
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'keep/me.txt', Body: 'x' }));
    const Rules: S3.LifecycleRule[] = [{ ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 2 } }];
    await s3.send(new S3.PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules } }));

    await advanceClock(nimbus.endpoint, 1 * DAY);
    assert.deepEqual(await keysOf(Bucket), ['keep/me.txt', 'logs/old.log']);
    await advanceClock(nimbus.endpoint, 2 * DAY);
    await eventually(async () => (await keysOf(Bucket)).length === 1);
    assert.deepEqual(await keysOf(Bucket), ['keep/me.txt']);
  });

  it('expires by Date, and leaves objects alone under a disabled rule', async () => {
    const Bucket = 'lifecycle-date';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'a/x', Body: 'x' }));
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'b/x', Body: 'x' }));
    const midnight = new Date((Math.floor(Date.now() / DAY / 1000) + 400) * DAY * 1000);
    const Rules: S3.LifecycleRule[] = [
      { ID: 'a', Status: 'Enabled', Filter: { Prefix: 'a/' }, Expiration: { Date: midnight } },
      { ID: 'b', Status: 'Disabled', Filter: { Prefix: 'b/' }, Expiration: { Days: 1 } },
    ];
    await s3.send(new S3.PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules } }));
    await advanceClock(nimbus.endpoint, 401 * DAY);
    await eventually(async () => !(await keysOf(Bucket)).includes('a/x'));
    assert.deepEqual(await keysOf(Bucket), ['b/x']);
  });

  it('adds a delete marker in a versioned bucket and expires noncurrent versions NoncurrentDays after they were replaced', async () => {
    const Bucket = 'lifecycle-versions';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    await s3.send(new S3.PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    const first = await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'doc', Body: 'v1' }));
    await advanceClock(nimbus.endpoint, 5 * DAY);
    const second = await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'doc', Body: 'v2' }));
    const Rules: S3.LifecycleRule[] = [{ ID: 'versions', Status: 'Enabled', Filter: {}, Expiration: { Days: 20 }, NoncurrentVersionExpiration: { NoncurrentDays: 3 } }];
    await s3.send(new S3.PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules } }));
    const versionsOf = async () => (await s3.send(new S3.ListObjectVersionsCommand({ Bucket }))) as S3.ListObjectVersionsCommandOutput;

    await advanceClock(nimbus.endpoint, 4 * DAY + 1);
    await eventually(async () => (await versionsOf()).Versions?.length === 1);
    assert.deepEqual((await versionsOf()).Versions?.map((version) => version.VersionId), [second.VersionId]);
    assert.notEqual(first.VersionId, second.VersionId);

    await advanceClock(nimbus.endpoint, 20 * DAY);
    await eventually(async () => (await versionsOf()).DeleteMarkers?.length === 1);
    const after = await versionsOf();
    assert.equal(after.DeleteMarkers?.[0]?.IsLatest, true);
    assert.equal((await errorOf(s3.send(new S3.HeadObjectCommand({ Bucket, Key: 'doc' }))))?.$metadata.httpStatusCode, 404);
  });

  it('aborts incomplete multipart uploads DaysAfterInitiation days on', async () => {
    const Bucket = 'lifecycle-uploads';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    const upload = await s3.send(new S3.CreateMultipartUploadCommand({ Bucket, Key: 'big.bin' }));
    await s3.send(new S3.UploadPartCommand({ Bucket, Key: 'big.bin', UploadId: upload.UploadId, PartNumber: 1, Body: 'part' }));
    const Rules: S3.LifecycleRule[] = [{ ID: 'abort', Status: 'Enabled', Filter: { Prefix: '' }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }];
    await s3.send(new S3.PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules } }));
    const uploads = async () => (await s3.send(new S3.ListMultipartUploadsCommand({ Bucket }))).Uploads ?? [];
    assert.equal((await uploads()).length, 1);
    await advanceClock(nimbus.endpoint, 2 * DAY + 1);
    await eventually(async () => (await uploads()).length === 0);
    const gone = await errorOf(s3.send(new S3.ListPartsCommand({ Bucket, Key: 'big.bin', UploadId: upload.UploadId })));
    assert.equal(gone?.name, 'NoSuchUpload');
  });

  it('notifies LifecycleExpiration:Delete when a rule expires an object', async () => {
    const sqs = new SQSClient(clientConfig(nimbus.endpoint));
    const QueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'lifecycle-events' }))).QueueUrl!;
    const QueueArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const Bucket = 'lifecycle-events';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    await s3.send(new S3.PutBucketNotificationConfigurationCommand({ Bucket, NotificationConfiguration: { QueueConfigurations: [{ QueueArn, Events: ['s3:LifecycleExpiration:*'] }] } }));
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'short-lived', Body: 'x' }));
    await s3.send(new S3.PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules: [{ ID: 'day', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } }] } }));
    await advanceClock(nimbus.endpoint, 2 * DAY + 1);
    const records: Array<{ eventName: string; s3: { object: { key: string } } }> = [];
    for (let attempt = 0; attempt < 10 && !records.length; attempt++) {
      const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      for (const message of received.Messages ?? []) records.push(...((JSON.parse(message.Body!) as { Records?: typeof records }).Records ?? []));
    }
    assert.deepEqual(records.map((record) => [record.eventName, record.s3.object.key]), [['LifecycleExpiration:Delete', 'short-lived']]);
  });
});
