import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import * as S3 from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { s3Client, xmlText } from './support.js';

const BUCKET = 'post-uploads';

/** A browser-upload form as a server would sign it: a base64 policy and its SigV4 signature. */
function signedFields(conditions: unknown[], expiration = new Date(Date.now() + 3_600_000)): Record<string, string> {
  const date = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = date.slice(0, 8);
  const credential = `test/${day}/us-east-1/s3/aws4_request`;
  const fields = { 'x-amz-algorithm': 'AWS4-HMAC-SHA256', 'x-amz-credential': credential, 'x-amz-date': date };
  const policy = Buffer.from(
    JSON.stringify({ expiration: expiration.toISOString(), conditions: [...conditions, ...Object.entries(fields).map(([name, value]) => ({ [name]: value }))] }),
  ).toString('base64');
  let key: Buffer | string = `AWS4test`;
  for (const part of [day, 'us-east-1', 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  return { ...fields, policy, 'x-amz-signature': createHmac('sha256', key).update(policy).digest('hex') };
}

function form(fields: Record<string, string>, file: string | undefined, filename = 'photo.jpg'): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  if (file !== undefined) data.append('file', new Blob([file], { type: 'image/jpeg' }), filename);
  return data;
}

describe('S3 POST object (browser form uploads)', () => {
  let nimbus: Nimbus;
  let s3: S3.S3Client;
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new S3.CreateBucketCommand({ Bucket: BUCKET }));
  });
  after(() => nimbus.stop());

  const post = (data: FormData, bucket = BUCKET) => fetch(`${nimbus.endpoint}/${bucket}`, { method: 'POST', body: data, redirect: 'manual' });
  const basicConditions = [{ bucket: BUCKET }, ['starts-with', '$key', 'uploads/'], ['content-length-range', 1, 1024], ['starts-with', '$Content-Type', 'image/']];

  it('stores the file under the key, ${filename} expanded, with its content type and metadata; 204 by default', async () => {
    const fields = { key: 'uploads/${filename}', 'Content-Type': 'image/jpeg', 'x-amz-meta-owner': 'ada', ...signedFields([...basicConditions, { 'x-amz-meta-owner': 'ada' }]) };
    const response = await post(form(fields, 'jpeg bytes'));
    assert.equal(response.status, 204);
    assert.match(response.headers.get('etag') ?? '', /^"[0-9a-f]{32}"$/);
    assert.match(response.headers.get('location') ?? '', /\/post-uploads\/uploads\/photo\.jpg$/);
    const stored = await s3.send(new S3.GetObjectCommand({ Bucket: BUCKET, Key: 'uploads/photo.jpg' }));
    assert.equal(await stored.Body!.transformToString(), 'jpeg bytes');
    assert.equal(stored.ContentType, 'image/jpeg');
    assert.deepEqual(stored.Metadata, { owner: 'ada' });
    assert.equal(`${stored.ETag}`, response.headers.get('etag'));
  });

  it('answers 201 with a PostResponse document, 200 with no body, or a 303 to success_action_redirect', async () => {
    const created = await post(form({ key: 'uploads/a.jpg', 'Content-Type': 'image/jpeg', success_action_status: '201', ...signedFields([...basicConditions, { success_action_status: '201' }]) }, 'a'));
    assert.equal(created.status, 201);
    const document = await created.text();
    assert.equal(xmlText(document, 'Bucket'), BUCKET);
    assert.equal(xmlText(document, 'Key'), 'uploads/a.jpg');
    assert.equal(xmlText(document, 'ETag'), created.headers.get('etag')!.replace(/"/g, '&quot;'));
    assert.match(xmlText(document, 'Location') ?? '', /\/post-uploads\/uploads\/a\.jpg$/);

    const ok = await post(form({ key: 'uploads/b.jpg', 'Content-Type': 'image/jpeg', success_action_status: '200', ...signedFields([...basicConditions, ['eq', '$success_action_status', '200']]) }, 'b'));
    assert.equal(ok.status, 200);
    assert.equal(await ok.text(), '');

    const redirect = 'https://app.example.com/done?from=form';
    const redirected = await post(
      form({ key: 'uploads/c.jpg', 'Content-Type': 'image/jpeg', success_action_redirect: redirect, ...signedFields([...basicConditions, { success_action_redirect: redirect }]) }, 'c'),
    );
    assert.equal(redirected.status, 303);
    const location = new URL(redirected.headers.get('location')!);
    assert.equal(location.origin + location.pathname, 'https://app.example.com/done');
    assert.equal(location.searchParams.get('from'), 'form');
    assert.equal(location.searchParams.get('bucket'), BUCKET);
    assert.equal(location.searchParams.get('key'), 'uploads/c.jpg');
    assert.equal(location.searchParams.get('etag'), redirected.headers.get('etag'));
  });

  async function refusal(response: Response, status: number, code: string): Promise<string> {
    assert.equal(response.status, status);
    const body = await response.text();
    assert.equal(xmlText(body, 'Code'), code, body);
    return (xmlText(body, 'Message') ?? '').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  }

  it('enforces the policy: expiry, conditions, extra fields and the content length range', async () => {
    const expired = signedFields(basicConditions, new Date(Date.now() - 1000));
    assert.equal(await refusal(await post(form({ key: 'uploads/x.jpg', 'Content-Type': 'image/jpeg', ...expired }, 'x')), 403, 'AccessDenied'), 'Invalid according to Policy: Policy expired.');

    const fields = signedFields(basicConditions);
    const wrongKey = await refusal(await post(form({ key: 'elsewhere/x.jpg', 'Content-Type': 'image/jpeg', ...fields }, 'x')), 403, 'AccessDenied');
    assert.equal(wrongKey, 'Invalid according to Policy: Policy Condition failed: ["starts-with","$key","uploads/"]');

    const extra = await refusal(await post(form({ key: 'uploads/x.jpg', 'Content-Type': 'image/jpeg', 'x-amz-meta-sneaky': '1', ...fields }, 'x')), 403, 'AccessDenied');
    assert.equal(extra, 'Invalid according to Policy: Extra input fields: x-amz-meta-sneaky');

    const big = await post(form({ key: 'uploads/big.jpg', 'Content-Type': 'image/jpeg', ...fields }, 'x'.repeat(2000)));
    await refusal(big, 400, 'EntityTooLarge');
    const empty = await post(form({ key: 'uploads/empty.jpg', 'Content-Type': 'image/jpeg', ...fields }, ''));
    await refusal(empty, 400, 'EntityTooSmall');
    const listed = await s3.send(new S3.ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'uploads/' }));
    assert.ok(!listed.Contents?.some((object) => ['uploads/big.jpg', 'uploads/empty.jpg', 'uploads/x.jpg'].includes(object.Key!)));

    const otherBucket = signedFields([{ bucket: 'someone-else' }, ['starts-with', '$key', ''], ['starts-with', '$Content-Type', '']]);
    await refusal(await post(form({ key: 'k', 'Content-Type': 'image/jpeg', ...otherBucket }, 'x')), 403, 'AccessDenied');
  });

  it('refuses forms without a file, a key or a policy, and buckets that do not exist', async () => {
    const fields = signedFields(basicConditions);
    await refusal(await post(form({ key: 'uploads/x.jpg', 'Content-Type': 'image/jpeg', ...fields }, undefined)), 400, 'InvalidArgument');
    const noKey = await refusal(await post(form({ 'Content-Type': 'image/jpeg', ...fields }, 'x')), 400, 'InvalidArgument');
    assert.match(noKey, /^Bucket POST must contain a field named 'key'/);
    await refusal(await post(form({ key: 'uploads/x.jpg' }, 'x')), 403, 'AccessDenied');
    await refusal(await post(form({ key: 'uploads/x.jpg', ...fields }, 'x'), 'no-such-post-bucket'), 404, 'NoSuchBucket');
  });

  it('notifies ObjectCreated:Post', async () => {
    const sqs = new SQSClient(clientConfig(nimbus.endpoint));
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'post-events' }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await s3.send(new S3.PutBucketNotificationConfigurationCommand({ Bucket: BUCKET, NotificationConfiguration: { QueueConfigurations: [{ QueueArn: arn, Events: ['s3:ObjectCreated:Post'] }] } }));
    assert.equal((await post(form({ key: 'uploads/notified.jpg', 'Content-Type': 'image/jpeg', ...signedFields(basicConditions) }, 'n'))).status, 204);
    const names: string[] = [];
    for (let attempt = 0; attempt < 10 && !names.includes('ObjectCreated:Post'); attempt++) {
      const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      for (const message of received.Messages ?? []) names.push(...((JSON.parse(message.Body!) as { Records?: Array<{ eventName: string }> }).Records ?? []).map((record) => record.eventName));
    }
    assert.deepEqual(names, ['ObjectCreated:Post']);
  });
});

describe('S3 POST object with signatures enforced', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus({ enforceSigV4: true });
    await s3Client(nimbus.endpoint).send(new S3.CreateBucketCommand({ Bucket: BUCKET }));
  });
  after(() => nimbus.stop());

  it('accepts a form whose policy is signed with the secret, and refuses a tampered signature with SignatureDoesNotMatch', async () => {
    const conditions = [{ bucket: BUCKET }, ['starts-with', '$key', '']];
    const post = (fields: Record<string, string>) => fetch(`${nimbus.endpoint}/${BUCKET}`, { method: 'POST', body: form({ key: 'signed.txt', ...fields }, 'signed') });
    assert.equal((await post(signedFields(conditions))).status, 204);
    const tampered = { ...signedFields(conditions), 'x-amz-signature': '0'.repeat(64) };
    const refused = await post(tampered);
    assert.equal(refused.status, 403);
    assert.equal(xmlText(await refused.text(), 'Code'), 'SignatureDoesNotMatch');
  });
});
