import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as S3 from '@aws-sdk/client-s3';
import { CreateFunctionCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { lambdaClient, ROLE, uniqueName, zipOf } from '../lambda/support.js';
import { s3Client } from './support.js';

// The function forwards the S3 event it receives to a queue through its own SDK, so the test can
// read exactly what Lambda was invoked with.
const FORWARDER = `
const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
const sqs = new SQSClient({});
exports.handler = async (event) => {
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(event) }));
};`;

describe('S3 event notifications to Lambda', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('invokes the function with the ObjectCreated:Put record for keys matching the filter', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const sqs = new SQSClient(clientConfig(nimbus.endpoint));
    const QueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'from-lambda' }))).QueueUrl!;
    const FunctionName = uniqueName('on-upload');
    const created = await lambdaClient(nimbus.endpoint).send(new CreateFunctionCommand({
      FunctionName, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler',
      Code: { ZipFile: zipOf({ 'index.js': FORWARDER }) }, Environment: { Variables: { QUEUE_URL: QueueUrl } },
    }));
    const Bucket = 'uploads-to-lambda';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    await s3.send(new S3.PutBucketNotificationConfigurationCommand({
      Bucket,
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [{
          Id: 'images', LambdaFunctionArn: created.FunctionArn!, Events: ['s3:ObjectCreated:*'],
          Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.jpg' }] } },
        }],
      },
    }));
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'notes.txt', Body: 'not an image' }));
    const put = await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'cars/model s.jpg', Body: 'jpeg bytes' }));

    const bodies: string[] = [];
    for (let attempt = 0; attempt < 30 && bodies.length < 1; attempt++) {
      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1, MaxNumberOfMessages: 10 }));
      bodies.push(...Messages.map((message) => message.Body!));
    }
    assert.equal(bodies.length, 1, 'one invocation, for the .jpg key only');
    const { Records } = JSON.parse(bodies[0]!) as { Records: Array<{ eventSource: string; eventName: string; s3: { configurationId: string; bucket: { name: string }; object: { key: string; size: number; eTag: string } } }> };
    assert.equal(Records.length, 1);
    assert.equal(Records[0]!.eventSource, 'aws:s3');
    assert.equal(Records[0]!.eventName, 'ObjectCreated:Put');
    assert.equal(Records[0]!.s3.configurationId, 'images');
    assert.equal(Records[0]!.s3.bucket.name, Bucket);
    assert.equal(Records[0]!.s3.object.key, 'cars/model+s.jpg');
    assert.equal(Records[0]!.s3.object.size, 'jpeg bytes'.length);
    assert.equal(`"${Records[0]!.s3.object.eTag}"`, put.ETag);
  });
});
