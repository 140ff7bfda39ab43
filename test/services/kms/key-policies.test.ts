import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateKeyCommand, GetKeyPolicyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import type { Nimbus } from '../../../src/index.js';
import { failure } from '../../support/calls.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';

const ROOT = 'arn:aws:iam::000000000000:root';
const LOCKOUT = 'The new key policy will not allow you to update the key policy in the future.';
const policy = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const allow = (AWS: string, Action: string | string[] = 'kms:*') => ({ Effect: 'Allow', Principal: { AWS }, Action, Resource: '*' });

describe('KMS key policies: form and the lockout safety check', () => {
  let nimbus: Nimbus;
  let kms: KMSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    kms = new KMSClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('refuses a policy that would lock the caller out, unless the check is bypassed', async () => {
    const someoneElse = policy(allow('arn:aws:iam::000000000000:user/nobody'));
    const refused = await failure(kms.send(new CreateKeyCommand({ Policy: someoneElse })));
    assert.deepEqual([refused.name, refused.status, refused.message], ['MalformedPolicyDocumentException', 400, LOCKOUT]);
    const bypassed = await kms.send(new CreateKeyCommand({ Policy: someoneElse, BypassPolicyLockoutSafetyCheck: true }));
    assert.equal((await kms.send(new GetKeyPolicyCommand({ KeyId: bypassed.KeyMetadata!.KeyId }))).Policy, someoneElse);

    assert.ok(await kms.send(new CreateKeyCommand({ Policy: policy(allow(ROOT, ['kms:Describe*', 'kms:PutKeyPolicy'])) })));
    assert.ok(await kms.send(new CreateKeyCommand({ Policy: policy(allow('000000000000')) })), 'an account id names its root');
    const denied = policy(allow(ROOT), { Effect: 'Deny', Principal: '*', Action: 'kms:PutKeyPolicy', Resource: '*' });
    assert.equal((await failure(kms.send(new CreateKeyCommand({ Policy: denied })))).message, LOCKOUT);
  });

  it('applies the same check to PutKeyPolicy, and keeps the old policy when it refuses', async () => {
    const { KeyId } = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const before = (await kms.send(new GetKeyPolicyCommand({ KeyId }))).Policy;
    const refused = await failure(kms.send(new PutKeyPolicyCommand({ KeyId, Policy: policy(allow(ROOT, 'kms:Encrypt')) })));
    assert.deepEqual([refused.name, refused.message], ['MalformedPolicyDocumentException', LOCKOUT]);
    assert.equal((await kms.send(new GetKeyPolicyCommand({ KeyId }))).Policy, before);
    const next = policy(allow(ROOT), allow('arn:aws:iam::000000000000:role/app', ['kms:Encrypt', 'kms:Decrypt']));
    await kms.send(new PutKeyPolicyCommand({ KeyId, Policy: next }));
    assert.equal((await kms.send(new GetKeyPolicyCommand({ KeyId }))).Policy, next);
  });

  it('refuses malformed policies with MalformedPolicyDocumentException', async () => {
    for (const Policy of ['not json', JSON.stringify({ Version: '2012-10-17' }), policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }), policy({ Effect: 'Perhaps', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' })]) {
      assert.equal((await failure(kms.send(new CreateKeyCommand({ Policy, BypassPolicyLockoutSafetyCheck: true })))).name, 'MalformedPolicyDocumentException', Policy);
    }
  });
});
