import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, clientConfig, startTestNimbus } from '../../support/nimbus.js';

const run = promisify(execFile);

describe('STS GetCallerIdentity', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('names the default account for a non-numeric access key', async () => {
    const sts = new STSClient(clientConfig(nimbus.endpoint));
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, '000000000000');
    assert.equal(identity.Arn, 'arn:aws:iam::000000000000:root');
    assert.match(identity.$metadata.requestId ?? '', /^[0-9a-f-]{36}$/);
  });

  it('uses a 12-digit access key id as the account', async () => {
    const sts = new STSClient(clientConfig(nimbus.endpoint, { credentials: { accessKeyId: '123456789012', secretAccessKey: 'x' } }));
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, '123456789012');
    assert.equal(identity.Arn, 'arn:aws:iam::123456789012:root');
  });

  // The server runs in this process, so the clients run asynchronously beside it.
  it('answers the AWS CLI', async () => {
    const { stdout: out } = await run('aws', ['sts', 'get-caller-identity', '--output', 'json'], { env: cliEnv(nimbus.endpoint) });
    assert.equal(JSON.parse(out).Account, '000000000000');
  });

  it('answers boto3', async () => {
    const script = 'import boto3; print(boto3.client("sts").get_caller_identity()["Account"])';
    const { stdout: out } = await run('python3', ['-c', script], { env: { ...cliEnv(nimbus.endpoint), AWS_ACCESS_KEY_ID: '210987654321' } });
    assert.equal(out.trim(), '210987654321');
  });
});
