import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeLimitsCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { Nimbus } from '../../src/index.js';
import { clientConfig, startTestNimbus } from '../support/nimbus.js';
import { assertServing, failure, jsonError, queryError, send } from './support.js';

const SQS_JSON = { 'content-type': 'application/x-amz-json-1.0' };
const FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };

describe('operations the model lacks', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('json: an X-Amz-Target naming no operation is UnknownOperationException (400)', async () => {
    const response = await send(nimbus.endpoint, { headers: { ...SQS_JSON, 'x-amz-target': 'AmazonSQS.LaunchRocket' }, body: '{}' });
    assert.equal(response.status, 400);
    assert.equal(jsonError(response).type, 'UnknownOperationException');
    // SQS is query-compatible, so the query code rides along in a header.
    assert.equal(response.headers.get('x-amzn-query-error'), 'UnknownOperationException;Sender');
    await assertServing(nimbus.endpoint);
  });

  it('query: an unknown Action is InvalidAction (400) in the query envelope', async () => {
    const response = await send(nimbus.endpoint, { headers: FORM, body: 'Action=LaunchRocket&Version=2011-06-15' });
    assert.equal(response.status, 400);
    assert.deepEqual(queryError(response), { type: 'Sender', code: 'InvalidAction', message: 'Could not find operation LaunchRocket for version 2011-06-15' });
    await assertServing(nimbus.endpoint);
  });

  it('query: a form without Action for a known service is MissingAction (400)', async () => {
    const response = await send(nimbus.endpoint, { path: '/000000000000/some-queue', headers: FORM, body: 'Version=2012-11-05&Action=' });
    assert.equal(response.status, 400);
    assert.equal(queryError(response).code, 'MissingAction');
  });
});

describe('operations the model has but Nimbus does not implement', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('EC2 DescribeInstances (ec2 query) is 501 NotImplemented naming the operation', async () => {
    const ec2 = new EC2Client(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    const error = await failure(ec2.send(new DescribeInstancesCommand({})));
    assert.equal(error.name, 'NotImplemented');
    assert.equal(error.status, 501);
    assert.match(error.message, /\bDescribeInstances\b/);
    await assertServing(nimbus.endpoint);
  });

  it('Kinesis DescribeLimits (json 1.1) is 501 NotImplemented naming the operation', async () => {
    const kinesis = new KinesisClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    const error = await failure(kinesis.send(new DescribeLimitsCommand({})));
    kinesis.destroy();
    assert.equal(error.name, 'NotImplemented');
    assert.equal(error.status, 501);
    assert.match(error.message, /\bDescribeLimits\b/);
    await assertServing(nimbus.endpoint);
  });
});
