import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as iam from '@aws-sdk/client-iam';
import * as s3 from '@aws-sdk/client-s3';
import * as sts from '@aws-sdk/client-sts';
import type { Nimbus } from '../../../src/index.js';
import { failure } from '../../support/calls.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';

type Keys = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const document = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const credentialsOf = (answer: { Credentials?: sts.Credentials }): Keys =>
  ({ accessKeyId: answer.Credentials!.AccessKeyId!, secretAccessKey: answer.Credentials!.SecretAccessKey!, sessionToken: answer.Credentials!.SessionToken! });

/** GetFederationToken's federated users, and GetAccessKeyInfo. */
describe('STS federated users and access key info', () => {
  let nimbus: Nimbus;
  let admin: iam.IAMClient;
  let user: Keys;
  before(async () => {
    nimbus = await startTestNimbus({ enforceIam: true });
    admin = new iam.IAMClient(clientConfig(nimbus.endpoint));
    await admin.send(new iam.CreateUserCommand({ UserName: 'broker' }));
    await admin.send(new iam.PutUserPolicyCommand({ UserName: 'broker', PolicyName: 'broker', PolicyDocument: document(
      { Effect: 'Allow', Action: ['sts:GetFederationToken', 's3:*'], Resource: '*' },
    ) }));
    const { AccessKey } = await admin.send(new iam.CreateAccessKeyCommand({ UserName: 'broker' }));
    user = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
    const bucket = new s3.S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true }));
    await bucket.send(new s3.CreateBucketCommand({ Bucket: 'shared' }));
    for (const Key of ['public/a.txt', 'private/b.txt']) await bucket.send(new s3.PutObjectCommand({ Bucket: 'shared', Key, Body: Key }));
  });
  after(() => nimbus.stop());

  const stsAs = (keys: Keys) => new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: keys }));
  const s3As = (keys: Keys) => new s3.S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true, credentials: keys }));
  const read = (keys: Keys, Key: string) => s3As(keys).send(new s3.GetObjectCommand({ Bucket: 'shared', Key }));

  it('names the federated user in GetFederationToken and GetCallerIdentity', async () => {
    const answer = await stsAs(user).send(new sts.GetFederationTokenCommand({ Name: 'bob', Policy: document({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }));
    assert.deepEqual(answer.FederatedUser, { Arn: 'arn:aws:sts::000000000000:federated-user/bob', FederatedUserId: '000000000000:bob' });
    assert.match(answer.Credentials!.AccessKeyId!, /^ASIA/);
    const expiresIn = answer.Credentials!.Expiration!.getTime() - Date.now();
    assert.ok(expiresIn > 11.9 * 3600_000 && expiresIn <= 12 * 3600_000, 'twelve hours by default');
    const identity = await stsAs(credentialsOf(answer)).send(new sts.GetCallerIdentityCommand({}));
    assert.deepEqual([identity.Arn, identity.UserId, identity.Account], ['arn:aws:sts::000000000000:federated-user/bob', '000000000000:bob', '000000000000']);
  });

  it('gives the federated user what both the user and the passed policy allow, and nothing without a policy', async () => {
    const narrowed = credentialsOf(await stsAs(user).send(new sts.GetFederationTokenCommand({
      Name: 'reader', Policy: document({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::shared/public/*' }, { Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }),
    })));
    assert.ok(await read(narrowed, 'public/a.txt'));
    assert.equal((await failure(read(narrowed, 'private/b.txt'))).name, 'AccessDenied');
    assert.equal((await failure(new iam.IAMClient(clientConfig(nimbus.endpoint, { credentials: narrowed })).send(new iam.ListUsersCommand({})))).name, 'AccessDenied', 'the user itself may not list users');
    const bare = credentialsOf(await stsAs(user).send(new sts.GetFederationTokenCommand({ Name: 'nobody' })));
    assert.equal((await failure(read(bare, 'public/a.txt'))).name, 'AccessDenied');
  });

  it('refuses session credentials, long durations for roots, and bad names', async () => {
    const federated = credentialsOf(await stsAs(user).send(new sts.GetFederationTokenCommand({ Name: 'first' })));
    const again = await failure(stsAs(federated).send(new sts.GetFederationTokenCommand({ Name: 'second' })));
    assert.deepEqual([again.name, again.status], ['AccessDenied', 403]);
    const root = stsAs({ accessKeyId: 'test', secretAccessKey: 'test' });
    assert.equal((await failure(root.send(new sts.GetFederationTokenCommand({ Name: 'long', DurationSeconds: 7200 })))).name, 'ValidationError');
    assert.ok((await root.send(new sts.GetFederationTokenCommand({ Name: 'short', DurationSeconds: 3600, Policy: document({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }))).FederatedUser);
    assert.equal((await failure(stsAs(user).send(new sts.GetFederationTokenCommand({ Name: 'has space' })))).name, 'ValidationError');
  });

  it('tells the account of an access key with GetAccessKeyInfo', async () => {
    const other = new iam.IAMClient(clientConfig(nimbus.endpoint, { credentials: { accessKeyId: '111111111111', secretAccessKey: 'test' } }));
    await other.send(new iam.CreateUserCommand({ UserName: 'elsewhere' }));
    const { AccessKey } = await other.send(new iam.CreateAccessKeyCommand({ UserName: 'elsewhere' }));
    const root = stsAs({ accessKeyId: 'test', secretAccessKey: 'test' });
    const accountOf = async (AccessKeyId: string) => (await root.send(new sts.GetAccessKeyInfoCommand({ AccessKeyId }))).Account;
    assert.equal(await accountOf(AccessKey!.AccessKeyId!), '111111111111');
    assert.equal(await accountOf(user.accessKeyId), '000000000000');
    assert.equal((await failure(accountOf('test'))).name, 'ValidationError');
  });
});
