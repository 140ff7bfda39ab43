import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../src/index.js';
import { clientConfig, startTestNimbus } from '../support/nimbus.js';
import { failure } from './support.js';

const ROLE_ARN = 'arn:aws:iam::000000000000:role/deployer';

// AWS's front end validates the model's constraints before any operation runs: so does Nimbus.
describe('input validation from the model', () => {
  let nimbus: Nimbus;
  let sts: STSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    sts = new STSClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
  });
  after(() => nimbus.stop());

  it('a missing required member is ValidationError (400), before NotImplemented', async () => {
    const error = await failure(sts.send(new AssumeRoleCommand({ RoleSessionName: 'session' } as never)));
    assert.deepEqual(error, {
      name: 'ValidationError',
      status: 400,
      message: "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
    });
  });

  it('a string past its maximum length is ValidationError', async () => {
    const name = 's'.repeat(65);
    const error = await failure(sts.send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: name })));
    assert.deepEqual(error, {
      name: 'ValidationError',
      status: 400,
      message: `1 validation error detected: Value '${name}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64`,
    });
  });

  it('a number below its minimum is ValidationError, the value quoted as AWS quotes it', async () => {
    const error = await failure(sts.send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'session', DurationSeconds: 100 })));
    assert.deepEqual(error, {
      name: 'ValidationError',
      status: 400,
      message: "1 validation error detected: Value '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    });
  });

  it('a valid input passes validation and reaches the operation', async () => {
    const outcome = await sts.send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'session', DurationSeconds: 900 })).then(
      () => undefined,
      (error: { name: string }) => error,
    );
    assert.notEqual(outcome?.name, 'ValidationError');
  });

  it('json protocol: a missing required member is validated too', async () => {
    const sqs = new SQSClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    const error = await failure(sqs.send(new SendMessageCommand({ QueueUrl: `${nimbus.endpoint}/000000000000/q` } as never)));
    assert.equal(error.status, 400);
    assert.match(error.message, /Value null at 'messageBody' failed to satisfy constraint: Member must not be null/);
  });
});
