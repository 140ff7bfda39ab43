import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateAliasCommand, CreateKeyCommand, DisableKeyCommand, EnableKeyCommand, KMSClient, ListAliasesCommand, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { GetParameterCommand, GetParametersByPathCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { failure, uniqueName } from '../secretsmanager/support.js';

/** SecureString parameters and the KMS keys that protect them: Parameter Store asks KMS before it seals or opens a value. */
describe('SSM SecureString and KMS', () => {
  let nimbus: Nimbus;
  let ssm: SSMClient;
  let kms: KMSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ssm = new SSMClient(clientConfig(nimbus.endpoint));
    kms = new KMSClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  const name = () => `/${uniqueName('secure')}/value`;
  const read = (Name: string, WithDecryption = true) => ssm.send(new GetParameterCommand({ Name, WithDecryption }));

  it('seals under a customer key named by alias, id or ARN, and makes alias/aws/ssm the first time it is used', async () => {
    const { KeyId, Arn } = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const AliasName = `alias/${uniqueName('params')}`;
    await kms.send(new CreateAliasCommand({ AliasName, TargetKeyId: KeyId }));
    for (const reference of [AliasName, KeyId!, Arn!]) {
      const Name = name();
      await ssm.send(new PutParameterCommand({ Name, Value: `under ${reference}`, Type: 'SecureString', KeyId: reference }));
      assert.equal((await read(Name)).Parameter!.Value, `under ${reference}`);
    }
    await ssm.send(new PutParameterCommand({ Name: name(), Value: 'default key', Type: 'SecureString' }));
    const { Aliases } = await kms.send(new ListAliasesCommand({}));
    assert.ok(Aliases!.some((alias) => alias.AliasName === 'alias/aws/ssm' && alias.TargetKeyId), 'the AWS managed key exists in KMS');
  });

  it('refuses a key KMS does not know, or one that cannot encrypt, with InvalidKeyId', async () => {
    const unknown = await failure(ssm.send(new PutParameterCommand({ Name: name(), Value: 'x', Type: 'SecureString', KeyId: 'alias/never-made' })));
    assert.equal(unknown.name, 'InvalidKeyId');
    assert.match(unknown.message, /Error Code: NotFoundException/);
    const signing = (await kms.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    assert.equal((await failure(ssm.send(new PutParameterCommand({ Name: name(), Value: 'x', Type: 'SecureString', KeyId: signing.KeyId })))).name, 'InvalidKeyId');
  });

  it('stops decrypting while the key is disabled or pending deletion; the sealed value still reads', async () => {
    const { KeyId } = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const path = `/${uniqueName('disabled')}`;
    const Name = `${path}/password`;
    await ssm.send(new PutParameterCommand({ Name, Value: 'hunter2', Type: 'SecureString', KeyId }));
    await kms.send(new DisableKeyCommand({ KeyId }));

    const refused = await failure(read(Name));
    assert.equal(refused.name, 'InvalidKeyId');
    assert.match(refused.message, /is disabled\..*Error Code: DisabledException/);
    assert.equal((await failure(ssm.send(new GetParametersByPathCommand({ Path: path, WithDecryption: true })))).name, 'InvalidKeyId');
    const sealed = (await read(Name, false)).Parameter!.Value;
    assert.ok(sealed && sealed !== 'hunter2');
    assert.equal((await failure(ssm.send(new PutParameterCommand({ Name, Value: 'new', Type: 'SecureString', Overwrite: true })))).name, 'InvalidKeyId');

    await kms.send(new EnableKeyCommand({ KeyId }));
    assert.equal((await read(Name)).Parameter!.Value, 'hunter2');
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId, PendingWindowInDays: 7 }));
    assert.match((await failure(read(Name))).message, /Error Code: KMSInvalidStateException/);
  });
});
