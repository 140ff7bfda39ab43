import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateSecretCommand, DeleteSecretCommand, DescribeSecretCommand, GetSecretValueCommand, ListSecretVersionIdsCommand,
  PutSecretValueCommand, RestoreSecretCommand, SecretsManagerClient, TagResourceCommand, UntagResourceCommand,
  UpdateSecretCommand, UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { failure, uniqueName } from './support.js';

describe('Secrets Manager secrets and versions', () => {
  let nimbus: Nimbus;
  let sm: SecretsManagerClient;
  before(async () => {
    nimbus = await startTestNimbus();
    sm = new SecretsManagerClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('creates a secret whose ARN ends in a six-character suffix and reads it by name, ARN and partial ARN', async () => {
    const name = uniqueName('db/password');
    const created = await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'hunter2', Description: 'the db' }));
    assert.match(created.ARN!, new RegExp(`^arn:aws:secretsmanager:us-east-1:000000000000:secret:${name}-[A-Za-z0-9]{6}$`));
    assert.equal(created.Name, name);
    for (const id of [name, created.ARN!, created.ARN!.slice(0, -7)]) {
      const value = await sm.send(new GetSecretValueCommand({ SecretId: id }));
      assert.equal(value.SecretString, 'hunter2');
      assert.equal(value.VersionId, created.VersionId);
      assert.deepEqual(value.VersionStages, ['AWSCURRENT']);
    }
  });

  it('keeps binary values as bytes', async () => {
    const name = uniqueName('binary');
    await sm.send(new CreateSecretCommand({ Name: name, SecretBinary: new Uint8Array([0, 1, 254, 255]) }));
    const value = await sm.send(new GetSecretValueCommand({ SecretId: name }));
    assert.deepEqual([...value.SecretBinary!], [0, 1, 254, 255]);
    assert.equal(value.SecretString, undefined);
  });

  it('refuses a second secret of the same name, but answers a retried create with the same token', async () => {
    const name = uniqueName('dup');
    const token = 'a'.repeat(32);
    const first = await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'v', ClientRequestToken: token }));
    const retried = await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'v', ClientRequestToken: token }));
    assert.equal(retried.VersionId, first.VersionId);
    assert.equal(retried.ARN, first.ARN);
    const error = await failure(sm.send(new CreateSecretCommand({ Name: name, SecretString: 'v' })));
    assert.equal(error.name, 'ResourceExistsException');
    assert.equal(error.message, `The operation failed because the secret ${name} already exists.`);
    assert.equal(error.$metadata.httpStatusCode, 400);
  });

  it('refuses both a string and a binary value, and invalid names', async () => {
    const both = await failure(sm.send(new CreateSecretCommand({ Name: uniqueName('both'), SecretString: 's', SecretBinary: new Uint8Array([1]) })));
    assert.equal(both.name, 'InvalidParameterException');
    const badName = await failure(sm.send(new CreateSecretCommand({ Name: 'has space', SecretString: 's' })));
    assert.equal(badName.name, 'InvalidParameterException');
  });

  it('answers an unknown secret with ResourceNotFoundException', async () => {
    const error = await failure(sm.send(new GetSecretValueCommand({ SecretId: uniqueName('missing') })));
    assert.equal(error.name, 'ResourceNotFoundException');
    assert.equal(error.message, "Secrets Manager can't find the specified secret.");
    assert.equal(error.$metadata.httpStatusCode, 400);
  });

  it('moves AWSCURRENT to a new value and AWSPREVIOUS to the old one; custom and pending labels move alone', async () => {
    const name = uniqueName('labels');
    const v1 = (await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'one' }))).VersionId!;
    const v2 = (await sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: 'two' }))).VersionId!;
    let described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    assert.deepEqual(described.VersionIdsToStages, { [v1]: ['AWSPREVIOUS'], [v2]: ['AWSCURRENT'] });

    const v3 = await sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: 'three', VersionStages: ['AWSPENDING', 'blue'] }));
    assert.deepEqual(v3.VersionStages, ['AWSPENDING', 'blue']);
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: name }))).SecretString, 'two');
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: name, VersionStage: 'AWSPENDING' }))).SecretString, 'three');
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: name, VersionStage: 'AWSPREVIOUS' }))).SecretString, 'one');
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: name, VersionId: v1 }))).SecretString, 'one');

    const v4 = (await sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: 'four' }))).VersionId!;
    described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    assert.deepEqual(described.VersionIdsToStages, { [v2]: ['AWSPREVIOUS'], [v3.VersionId!]: ['AWSPENDING', 'blue'], [v4]: ['AWSCURRENT'] });

    const versions = await sm.send(new ListSecretVersionIdsCommand({ SecretId: name }));
    assert.deepEqual(versions.Versions!.map((version) => version.VersionId).sort(), [v2, v3.VersionId!, v4].sort());
    const all = await sm.send(new ListSecretVersionIdsCommand({ SecretId: name, IncludeDeprecated: true }));
    assert.equal(all.Versions!.length, 4);
  });

  it('moves a label with UpdateSecretVersionStage and insists on RemoveFromVersionId', async () => {
    const name = uniqueName('stage');
    const v1 = (await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'one' }))).VersionId!;
    const v2 = (await sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: 'two', VersionStages: ['AWSPENDING'] }))).VersionId!;
    const missing = await failure(sm.send(new UpdateSecretVersionStageCommand({ SecretId: name, VersionStage: 'AWSCURRENT', MoveToVersionId: v2 })));
    assert.equal(missing.name, 'InvalidParameterException');
    await sm.send(new UpdateSecretVersionStageCommand({ SecretId: name, VersionStage: 'AWSCURRENT', MoveToVersionId: v2, RemoveFromVersionId: v1 }));
    await sm.send(new UpdateSecretVersionStageCommand({ SecretId: name, VersionStage: 'AWSPENDING', RemoveFromVersionId: v2 }));
    const described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    assert.deepEqual(described.VersionIdsToStages, { [v1]: ['AWSPREVIOUS'], [v2]: ['AWSCURRENT'] });
    const gone = await failure(sm.send(new GetSecretValueCommand({ SecretId: name, VersionStage: 'AWSPENDING' })));
    assert.equal(gone.name, 'ResourceNotFoundException');
    assert.equal(gone.message, "Secrets Manager can't find the specified secret value for staging label: AWSPENDING");
  });

  it('refuses to change a version that exists with another value', async () => {
    const name = uniqueName('immutable');
    const token = 'b'.repeat(36);
    await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'one' }));
    await sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: 'two', ClientRequestToken: token }));
    const again = await sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: 'two', ClientRequestToken: token }));
    assert.equal(again.VersionId, token);
    const error = await failure(sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: 'three', ClientRequestToken: token })));
    assert.equal(error.name, 'ResourceExistsException');
  });

  it('updates description and value, keeps tags, and reports dates', async () => {
    const name = uniqueName('update');
    await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'one', Tags: [{ Key: 'team', Value: 'a' }] }));
    const metadataOnly = await sm.send(new UpdateSecretCommand({ SecretId: name, Description: 'changed' }));
    assert.equal(metadataOnly.VersionId, undefined);
    const withValue = await sm.send(new UpdateSecretCommand({ SecretId: name, SecretString: 'two', KmsKeyId: 'alias/mine' }));
    assert.ok(withValue.VersionId);
    await sm.send(new TagResourceCommand({ SecretId: name, Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'b' }] }));
    await sm.send(new UntagResourceCommand({ SecretId: name, TagKeys: ['env'] }));
    const described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    assert.equal(described.Description, 'changed');
    assert.equal(described.KmsKeyId, 'alias/mine');
    assert.deepEqual(described.Tags, [{ Key: 'team', Value: 'b' }]);
    assert.equal(described.RotationEnabled, false);
    assert.ok(described.CreatedDate instanceof Date && described.LastChangedDate instanceof Date);
    await sm.send(new GetSecretValueCommand({ SecretId: name }));
    const accessed = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    assert.equal(accessed.LastAccessedDate!.getTime() % 86_400_000, 0);
  });

  it('deletes with a recovery window, refuses reads meanwhile, restores, and deletes for good on the clock', async () => {
    const name = uniqueName('deleted');
    await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'bye' }));
    const deleted = await sm.send(new DeleteSecretCommand({ SecretId: name, RecoveryWindowInDays: 7 }));
    const described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    assert.ok(described.DeletedDate instanceof Date);
    assert.equal(deleted.DeletionDate!.getTime() - described.DeletedDate.getTime(), 7 * 86_400_000);
    const read = await failure(sm.send(new GetSecretValueCommand({ SecretId: name })));
    assert.equal(read.name, 'InvalidRequestException');
    assert.equal(read.message, "You can't perform this operation on the secret because it was marked for deletion.");
    const recreate = await failure(sm.send(new CreateSecretCommand({ Name: name, SecretString: 'again' })));
    assert.equal(recreate.name, 'InvalidRequestException');

    await sm.send(new RestoreSecretCommand({ SecretId: name }));
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: name }))).SecretString, 'bye');

    await sm.send(new DeleteSecretCommand({ SecretId: name, RecoveryWindowInDays: 7 }));
    await advanceClock(nimbus.endpoint, 6 * 86_400);
    assert.ok((await sm.send(new DescribeSecretCommand({ SecretId: name }))).DeletedDate);
    await advanceClock(nimbus.endpoint, 86_400 + 1);
    assert.equal((await failure(sm.send(new DescribeSecretCommand({ SecretId: name })))).name, 'ResourceNotFoundException');
    await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'reborn' }));
  });

  it('checks the recovery window and force deletion', async () => {
    const name = uniqueName('force');
    await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'x' }));
    for (const days of [6, 31]) {
      const error = await failure(sm.send(new DeleteSecretCommand({ SecretId: name, RecoveryWindowInDays: days })));
      assert.equal(error.name, 'InvalidParameterException', String(days));
    }
    const both = await failure(sm.send(new DeleteSecretCommand({ SecretId: name, RecoveryWindowInDays: 7, ForceDeleteWithoutRecovery: true })));
    assert.equal(both.name, 'InvalidParameterException');
    await sm.send(new DeleteSecretCommand({ SecretId: name, ForceDeleteWithoutRecovery: true }));
    assert.equal((await failure(sm.send(new DescribeSecretCommand({ SecretId: name })))).name, 'ResourceNotFoundException');
  });
});
