import assert from 'node:assert/strict';
import { createPublicKey, createVerify, verify } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CancelKeyDeletionCommand, CreateAliasCommand, CreateKeyCommand, DecryptCommand, DescribeKeyCommand, DisableKeyCommand, EnableKeyCommand,
  EncryptCommand, GenerateDataKeyCommand, GenerateDataKeyWithoutPlaintextCommand, GenerateMacCommand, GenerateRandomCommand,
  GetKeyPolicyCommand, GetKeyRotationStatusCommand, GetPublicKeyCommand, KMSClient, ListAliasesCommand, ListKeysCommand,
  ReEncryptCommand, ScheduleKeyDeletionCommand, SignCommand, EnableKeyRotationCommand, VerifyCommand, VerifyMacCommand,
} from '@aws-sdk/client-kms';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { aws, failure, uniqueName } from '../secretsmanager/support.js';

describe('KMS', () => {
  let nimbus: Nimbus;
  let kms: KMSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    kms = new KMSClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  const symmetricKey = async () => (await kms.send(new CreateKeyCommand({ Description: 'test' }))).KeyMetadata!;
  const text = new TextEncoder();

  it('creates a symmetric key by default and describes it with its default policy', async () => {
    const key = await symmetricKey();
    assert.equal(key.KeySpec, 'SYMMETRIC_DEFAULT');
    assert.equal(key.KeyUsage, 'ENCRYPT_DECRYPT');
    assert.equal(key.KeyState, 'Enabled');
    assert.equal(key.Arn, `arn:aws:kms:us-east-1:000000000000:key/${key.KeyId}`);
    assert.deepEqual(key.EncryptionAlgorithms, ['SYMMETRIC_DEFAULT']);
    const policy = JSON.parse((await kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy!);
    assert.deepEqual(policy.Statement[0].Principal, { AWS: 'arn:aws:iam::000000000000:root' });
    const listed = await kms.send(new ListKeysCommand({}));
    assert.ok(listed.Keys!.some((entry) => entry.KeyId === key.KeyId));
  });

  it('encrypts and decrypts without a KeyId, binding the encryption context', async () => {
    const key = await symmetricKey();
    const context = { purpose: 'test', tenant: 'a' };
    const encrypted = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: text.encode('secret'), EncryptionContext: context }));
    assert.equal(encrypted.KeyId, key.Arn);
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: { tenant: 'a', purpose: 'test' } }));
    assert.equal(Buffer.from(decrypted.Plaintext!).toString(), 'secret');
    assert.equal(decrypted.KeyId, key.Arn);
    const wrongContext = await failure(kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: { tenant: 'b', purpose: 'test' } })));
    assert.equal(wrongContext.name, 'InvalidCiphertextException');
    assert.equal((await failure(kms.send(new DecryptCommand({ CiphertextBlob: new Uint8Array([1, 2, 3]) })))).name, 'InvalidCiphertextException');
    const other = await symmetricKey();
    assert.equal((await failure(kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: context, KeyId: other.KeyId })))).name, 'IncorrectKeyException');
  });

  it('re-encrypts under another key and makes data keys', async () => {
    const [first, second] = [await symmetricKey(), await symmetricKey()];
    const encrypted = await kms.send(new EncryptCommand({ KeyId: first.KeyId, Plaintext: text.encode('move me') }));
    const moved = await kms.send(new ReEncryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, DestinationKeyId: second.Arn }));
    assert.equal(moved.SourceKeyId, first.Arn);
    assert.equal(moved.KeyId, second.Arn);
    assert.equal(Buffer.from((await kms.send(new DecryptCommand({ CiphertextBlob: moved.CiphertextBlob }))).Plaintext!).toString(), 'move me');
    const dataKey = await kms.send(new GenerateDataKeyCommand({ KeyId: first.KeyId, KeySpec: 'AES_256' }));
    assert.equal(dataKey.Plaintext!.length, 32);
    const opened = await kms.send(new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob }));
    assert.deepEqual(Buffer.from(opened.Plaintext!), Buffer.from(dataKey.Plaintext!));
    const without = await kms.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: first.KeyId, NumberOfBytes: 16 }));
    assert.equal('Plaintext' in without, false);
    assert.equal((await kms.send(new DecryptCommand({ CiphertextBlob: without.CiphertextBlob }))).Plaintext!.length, 16);
    assert.equal((await kms.send(new GenerateRandomCommand({ NumberOfBytes: 64 }))).Plaintext!.length, 64);
  });

  it('resolves aliases, and makes alias/aws/* managed keys on first use', async () => {
    const key = await symmetricKey();
    const alias = `alias/${uniqueName('app')}`;
    await kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: key.KeyId }));
    const described = await kms.send(new DescribeKeyCommand({ KeyId: alias }));
    assert.equal(described.KeyMetadata!.KeyId, key.KeyId);
    const duplicate = await failure(kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: key.KeyId })));
    assert.equal(duplicate.name, 'AlreadyExistsException');
    const managed = await kms.send(new EncryptCommand({ KeyId: 'alias/aws/ssm', Plaintext: text.encode('x') }));
    const managedKey = (await kms.send(new DescribeKeyCommand({ KeyId: 'alias/aws/ssm' }))).KeyMetadata!;
    assert.equal(managedKey.KeyManager, 'AWS');
    assert.equal(managed.KeyId, managedKey.Arn);
    const aliases = await kms.send(new ListAliasesCommand({ KeyId: key.KeyId }));
    assert.deepEqual(aliases.Aliases!.map((entry) => entry.AliasName), [alias]);
    const missing = await failure(kms.send(new DescribeKeyCommand({ KeyId: 'alias/none-such' })));
    assert.equal(missing.name, 'NotFoundException');
    assert.equal(missing.message, 'Alias arn:aws:kms:us-east-1:000000000000:alias/none-such is not found.');
  });

  it('refuses a disabled key with DisabledException and works again once enabled', async () => {
    const key = await symmetricKey();
    await kms.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    const error = await failure(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: text.encode('x') })));
    assert.equal(error.name, 'DisabledException');
    assert.equal(error.message, `${key.Arn} is disabled.`);
    await kms.send(new EnableKeyCommand({ KeyId: key.KeyId }));
    await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: text.encode('x') }));
  });

  it('schedules deletion, refuses use meanwhile, cancels, and deletes on the clock', async () => {
    const key = await symmetricKey();
    const scheduled = await kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    assert.equal(scheduled.KeyState, 'PendingDeletion');
    const refused = await failure(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: text.encode('x') })));
    assert.equal(refused.name, 'KMSInvalidStateException');
    assert.equal(refused.message, `${key.Arn} is pending deletion.`);
    await kms.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId }));
    assert.equal((await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata!.KeyState, 'Disabled');
    const notPending = await failure(kms.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId })));
    assert.equal(notPending.name, 'KMSInvalidStateException');
    assert.equal((await failure(kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 5 })))).name, 'ValidationException');
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    await advanceClock(nimbus.endpoint, 7 * 86_400 + 1);
    assert.equal((await failure(kms.send(new DescribeKeyCommand({ KeyId: key.KeyId })))).name, 'NotFoundException');
  });

  it('stores the rotation flag', async () => {
    const key = await symmetricKey();
    assert.equal((await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled, false);
    await kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    const status = await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    assert.equal(status.KeyRotationEnabled, true);
    assert.equal(status.RotationPeriodInDays, 90);
  });

  for (const [spec, algorithm] of [['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_256'], ['RSA_2048', 'RSASSA_PSS_SHA_256'], ['ECC_NIST_P256', 'ECDSA_SHA_256']] as const) {
    it(`signs with ${spec} ${algorithm} so node:crypto verifies with the public key`, async () => {
      const key = (await kms.send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
      const message = text.encode('sign me');
      const { Signature } = await kms.send(new SignCommand({ KeyId: key.KeyId, Message: message, SigningAlgorithm: algorithm }));
      const { PublicKey, SigningAlgorithms } = await kms.send(new GetPublicKeyCommand({ KeyId: key.KeyId }));
      assert.ok(SigningAlgorithms!.includes(algorithm));
      const publicKey = createPublicKey({ key: Buffer.from(PublicKey!), format: 'der', type: 'spki' });
      const options = algorithm.startsWith('RSASSA_PSS') ? { key: publicKey, padding: 6, saltLength: 32 } : { key: publicKey };
      assert.equal(verify('sha256', message, options, Buffer.from(Signature!)), true);
      const verified = await kms.send(new VerifyCommand({ KeyId: key.KeyId, Message: message, Signature, SigningAlgorithm: algorithm }));
      assert.equal(verified.SignatureValid, true);
      const bad = await failure(kms.send(new VerifyCommand({ KeyId: key.KeyId, Message: text.encode('other'), Signature, SigningAlgorithm: algorithm })));
      assert.equal(bad.name, 'KMSInvalidSignatureException');
    });
  }

  it('signs a SHA-256 digest with RSA PKCS#1 as the raw message would be signed', async () => {
    const key = (await kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update('payload').digest();
    const { Signature } = await kms.send(new SignCommand({ KeyId: key.KeyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256' }));
    const { PublicKey } = await kms.send(new GetPublicKeyCommand({ KeyId: key.KeyId }));
    const verifier = createVerify('sha256').update('payload');
    assert.equal(verifier.verify(createPublicKey({ key: Buffer.from(PublicKey!), format: 'der', type: 'spki' }), Buffer.from(Signature!)), true);
  });

  it('refuses the wrong key usage and incompatible specs', async () => {
    const key = await symmetricKey();
    const error = await failure(kms.send(new SignCommand({ KeyId: key.KeyId, Message: text.encode('x'), SigningAlgorithm: 'ECDSA_SHA_256' })));
    assert.equal(error.name, 'InvalidKeyUsageException');
    const incompatible = await failure(kms.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'ENCRYPT_DECRYPT' })));
    assert.equal(incompatible.name, 'ValidationException');
  });

  it('generates and verifies HMACs', async () => {
    const key = (await kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
    assert.deepEqual(key.MacAlgorithms, ['HMAC_SHA_256']);
    const { Mac } = await kms.send(new GenerateMacCommand({ KeyId: key.KeyId, Message: text.encode('m'), MacAlgorithm: 'HMAC_SHA_256' }));
    assert.equal(Mac!.length, 32);
    assert.equal((await kms.send(new VerifyMacCommand({ KeyId: key.KeyId, Message: text.encode('m'), Mac, MacAlgorithm: 'HMAC_SHA_256' }))).MacValid, true);
    const bad = await failure(kms.send(new VerifyMacCommand({ KeyId: key.KeyId, Message: text.encode('n'), Mac, MacAlgorithm: 'HMAC_SHA_256' })));
    assert.equal(bad.name, 'KMSInvalidMacException');
  });

  it('round-trips kms encrypt and decrypt through the AWS CLI', async () => {
    const key = await symmetricKey();
    const directory = await mkdtemp(join(tmpdir(), 'nimbus-kms-'));
    try {
      await writeFile(join(directory, 'plain'), 'from the cli');
      const encrypted = await aws(nimbus.endpoint, 'kms', 'encrypt', '--key-id', key.KeyId!, '--plaintext', `fileb://${join(directory, 'plain')}`);
      await writeFile(join(directory, 'blob'), Buffer.from(encrypted.CiphertextBlob as string, 'base64'));
      const decrypted = await aws(nimbus.endpoint, 'kms', 'decrypt', '--ciphertext-blob', `fileb://${join(directory, 'blob')}`);
      assert.equal(Buffer.from(decrypted.Plaintext as string, 'base64').toString(), 'from the cli');
      assert.equal(decrypted.KeyId, key.Arn);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
