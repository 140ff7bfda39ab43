import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as iam from '@aws-sdk/client-iam';
import {
  CreateGrantCommand, CreateKeyCommand, EncryptCommand, KMSClient, ListGrantsCommand, ListRetirableGrantsCommand, RetireGrantCommand,
  RevokeGrantCommand, ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import type { Nimbus } from '../../../src/index.js';
import { failure } from '../../support/calls.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';

const ACCOUNT = '000000000000';
const GRANTEE = `arn:aws:iam::${ACCOUNT}:role/app`;
const RETIRER = `arn:aws:iam::${ACCOUNT}:role/janitor`;

describe('KMS grants', () => {
  let nimbus: Nimbus;
  let kms: KMSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    kms = new KMSClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  const key = async (KeySpec?: 'ECC_NIST_P256') =>
    (await kms.send(new CreateKeyCommand(KeySpec ? { KeySpec, KeyUsage: 'SIGN_VERIFY' } : {}))).KeyMetadata!;

  it('creates grants, lists them with their terms and filters, and pages', async () => {
    const { KeyId, Arn } = await key();
    const first = await kms.send(new CreateGrantCommand({
      KeyId, GranteePrincipal: GRANTEE, RetiringPrincipal: RETIRER, Operations: ['Decrypt', 'Encrypt'], Name: 'app-access',
      Constraints: { EncryptionContextSubset: { tenant: 'blue' } },
    }));
    assert.match(first.GrantId!, /^[0-9a-f]{64}$/);
    assert.ok(first.GrantToken);
    const second = await kms.send(new CreateGrantCommand({ KeyId: Arn, GranteePrincipal: 'logs.us-east-1.amazonaws.com', Operations: ['GenerateDataKey'] }));
    assert.notEqual(second.GrantId, first.GrantId);

    const { Grants, Truncated } = await kms.send(new ListGrantsCommand({ KeyId }));
    assert.equal(Truncated, false);
    assert.deepEqual(Grants!.map((grant) => grant.GrantId), [first.GrantId, second.GrantId]);
    const listed = Grants![0]!;
    assert.equal(listed.KeyId, Arn);
    assert.equal(listed.Name, 'app-access');
    assert.equal(listed.GranteePrincipal, GRANTEE);
    assert.equal(listed.RetiringPrincipal, RETIRER);
    assert.equal(listed.IssuingAccount, `arn:aws:iam::${ACCOUNT}:root`);
    assert.deepEqual(listed.Operations, ['Decrypt', 'Encrypt']);
    assert.deepEqual(listed.Constraints, { EncryptionContextSubset: { tenant: 'blue' } });
    assert.ok(listed.CreationDate instanceof Date);

    const byGrantee = await kms.send(new ListGrantsCommand({ KeyId, GranteePrincipal: 'logs.us-east-1.amazonaws.com' }));
    assert.deepEqual(byGrantee.Grants!.map((grant) => grant.GrantId), [second.GrantId]);
    const byId = await kms.send(new ListGrantsCommand({ KeyId, GrantId: first.GrantId }));
    assert.deepEqual(byId.Grants!.map((grant) => grant.GrantId), [first.GrantId]);
    const page = await kms.send(new ListGrantsCommand({ KeyId, Limit: 1 }));
    assert.equal(page.Truncated, true);
    const rest = await kms.send(new ListGrantsCommand({ KeyId, Limit: 1, Marker: page.NextMarker }));
    assert.deepEqual([page.Grants![0]!.GrantId, rest.Grants![0]!.GrantId], [first.GrantId, second.GrantId]);
    assert.equal(rest.Truncated, false);

    const retirable = await kms.send(new ListRetirableGrantsCommand({ RetiringPrincipal: RETIRER }));
    assert.deepEqual(retirable.Grants!.map((grant) => grant.GrantId), [first.GrantId]);
  });

  it('answers a grant created again with the same name and terms with the same id', async () => {
    const { KeyId } = await key();
    const request = { KeyId, GranteePrincipal: GRANTEE, Operations: ['Encrypt' as const], Name: 'once' };
    const first = await kms.send(new CreateGrantCommand(request));
    const again = await kms.send(new CreateGrantCommand(request));
    assert.equal(again.GrantId, first.GrantId);
    const other = await kms.send(new CreateGrantCommand({ ...request, Operations: ['Decrypt'] }));
    assert.notEqual(other.GrantId, first.GrantId);
    assert.equal((await kms.send(new ListGrantsCommand({ KeyId }))).Grants!.length, 2);
  });

  it('retires by token or by key and id, revokes, and refuses unknown and malformed grants', async () => {
    const { KeyId } = await key();
    const byToken = await kms.send(new CreateGrantCommand({ KeyId, GranteePrincipal: GRANTEE, Operations: ['Encrypt'] }));
    const byId = await kms.send(new CreateGrantCommand({ KeyId, GranteePrincipal: GRANTEE, Operations: ['Decrypt'] }));
    const revoked = await kms.send(new CreateGrantCommand({ KeyId, GranteePrincipal: GRANTEE, Operations: ['DescribeKey'] }));
    await kms.send(new RetireGrantCommand({ GrantToken: byToken.GrantToken }));
    await kms.send(new RetireGrantCommand({ KeyId, GrantId: byId.GrantId }));
    await kms.send(new RevokeGrantCommand({ KeyId, GrantId: revoked.GrantId }));
    assert.deepEqual((await kms.send(new ListGrantsCommand({ KeyId }))).Grants, []);

    assert.equal((await failure(kms.send(new RevokeGrantCommand({ KeyId, GrantId: revoked.GrantId })))).name, 'NotFoundException');
    assert.equal((await failure(kms.send(new RevokeGrantCommand({ KeyId, GrantId: 'not-a-grant' })))).name, 'InvalidGrantIdException');
    assert.equal((await failure(kms.send(new RetireGrantCommand({ GrantToken: 'garbage' })))).name, 'InvalidGrantTokenException');
    assert.equal((await failure(kms.send(new RetireGrantCommand({ KeyId })))).name, 'ValidationException');
  });

  it('refuses operations the key cannot do, bad principals, constraints on asymmetric keys and keys pending deletion', async () => {
    const signing = await key('ECC_NIST_P256');
    const wrong = await failure(kms.send(new CreateGrantCommand({ KeyId: signing.KeyId, GranteePrincipal: GRANTEE, Operations: ['Encrypt'] })));
    assert.equal(wrong.name, 'ValidationException');
    assert.ok(await kms.send(new CreateGrantCommand({ KeyId: signing.KeyId, GranteePrincipal: GRANTEE, Operations: ['Sign', 'GetPublicKey'] })));
    const constrained = await failure(kms.send(new CreateGrantCommand({ KeyId: signing.KeyId, GranteePrincipal: GRANTEE, Operations: ['Sign'], Constraints: { EncryptionContextEquals: { a: 'b' } } })));
    assert.equal(constrained.name, 'ValidationException');

    const { KeyId } = await key();
    assert.equal((await failure(kms.send(new CreateGrantCommand({ KeyId, GranteePrincipal: 'nobody', Operations: ['Encrypt'] })))).name, 'InvalidArnException');
    assert.equal((await failure(kms.send(new CreateGrantCommand({ KeyId, GranteePrincipal: GRANTEE, Operations: ['Encrypt'], DryRun: true })))).name, 'DryRunOperationException');
    assert.deepEqual((await kms.send(new ListGrantsCommand({ KeyId }))).Grants, []);
    assert.equal((await failure(kms.send(new CreateGrantCommand({ KeyId: '00000000-0000-0000-0000-000000000000', GranteePrincipal: GRANTEE, Operations: ['Encrypt'] })))).name, 'NotFoundException');
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId, PendingWindowInDays: 7 }));
    assert.equal((await failure(kms.send(new CreateGrantCommand({ KeyId, GranteePrincipal: GRANTEE, Operations: ['Encrypt'] })))).name, 'KMSInvalidStateException');
  });
});

describe('KMS grants under IAM enforcement', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus({ enforceIam: true });
  });
  after(() => nimbus.stop());

  /** An IAM user with no policy of its own, and a KMS client signing with its access key. */
  async function userWithKeys(UserName: string): Promise<{ User: iam.User; asUser: KMSClient }> {
    const client = new iam.IAMClient(clientConfig(nimbus.endpoint));
    const { User } = await client.send(new iam.CreateUserCommand({ UserName }));
    const { AccessKey } = await client.send(new iam.CreateAccessKeyCommand({ UserName }));
    const credentials = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
    return { User: User!, asUser: new KMSClient(clientConfig(nimbus.endpoint, { credentials })) };
  }

  it('lets a grant alone allow its grantee the granted operations, until it is revoked', async () => {
    const kms = new KMSClient(clientConfig(nimbus.endpoint));
    const { User, asUser } = await userWithKeys('grantee');
    const { KeyId } = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const encrypt = () => asUser.send(new EncryptCommand({ KeyId, Plaintext: new TextEncoder().encode('granted') }));

    const before = await failure(encrypt());
    assert.equal(before.name, 'AccessDeniedException');
    const { GrantId } = await kms.send(new CreateGrantCommand({ KeyId, GranteePrincipal: User.Arn!, Operations: ['Encrypt'] }));
    assert.ok((await encrypt()).CiphertextBlob);
    const notGranted = await failure(asUser.send(new ListGrantsCommand({ KeyId })));
    assert.equal(notGranted.name, 'AccessDeniedException');
    await kms.send(new RevokeGrantCommand({ KeyId, GrantId }));
    assert.equal((await failure(encrypt())).name, 'AccessDeniedException');
  });

  it('holds a grant to its encryption-context constraint, and a key policy to kms:EncryptionContext conditions', async () => {
    const kms = new KMSClient(clientConfig(nimbus.endpoint));
    const { User, asUser } = await userWithKeys('tenant-user');
    const encrypt = (KeyId: string, EncryptionContext?: Record<string, string>) =>
      asUser.send(new EncryptCommand({ KeyId, Plaintext: new TextEncoder().encode('tenant data'), EncryptionContext }));

    const subsetKey = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    await kms.send(new CreateGrantCommand({ KeyId: subsetKey, GranteePrincipal: User.Arn!, Operations: ['Encrypt'], Constraints: { EncryptionContextSubset: { tenant: 'blue' } } }));
    assert.ok((await encrypt(subsetKey, { tenant: 'blue', extra: 'allowed' })).CiphertextBlob);
    assert.equal((await failure(encrypt(subsetKey, { tenant: 'red' }))).name, 'AccessDeniedException');
    assert.equal((await failure(encrypt(subsetKey))).name, 'AccessDeniedException');

    const equalsKey = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    await kms.send(new CreateGrantCommand({ KeyId: equalsKey, GranteePrincipal: User.Arn!, Operations: ['Encrypt'], Constraints: { EncryptionContextEquals: { tenant: 'blue' } } }));
    assert.ok((await encrypt(equalsKey, { tenant: 'blue' })).CiphertextBlob);
    assert.equal((await failure(encrypt(equalsKey, { tenant: 'blue', extra: 'refused' }))).name, 'AccessDeniedException');

    const policyKey = (await kms.send(new CreateKeyCommand({
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'owner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'kms:*', Resource: '*' },
          { Sid: 'tenant', Effect: 'Allow', Principal: { AWS: User.Arn! }, Action: 'kms:Encrypt', Resource: '*', Condition: { StringEquals: { 'kms:EncryptionContext:Tenant': 'green' } } },
        ],
      }),
    }))).KeyMetadata!.KeyId!;
    assert.ok((await encrypt(policyKey, { tenant: 'green' })).CiphertextBlob, 'condition key names compare without case');
    assert.equal((await failure(encrypt(policyKey, { tenant: 'blue' }))).name, 'AccessDeniedException');
  });
});
