import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as iam from '@aws-sdk/client-iam';
import * as sts from '@aws-sdk/client-sts';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';

const trust = (principal: Record<string, unknown>, action = 'sts:AssumeRole', condition?: unknown) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: action, ...(condition ? { Condition: condition } : {}) }] });

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

async function rejects(promise: Promise<unknown>, code: string, status: number): Promise<void> {
  await assert.rejects(promise, (error: { name: string; $metadata: { httpStatusCode: number } }) => {
    assert.equal(error.name, code);
    assert.equal(error.$metadata.httpStatusCode, status);
    return true;
  });
}

for (const enforceIam of [false, true]) {
  describe(`STS temporary credentials (IAM enforcement ${enforceIam ? 'on' : 'off'})`, () => {
    let nimbus: Nimbus;
    let admin: iam.IAMClient;
    let keys: { accessKeyId: string; secretAccessKey: string };
    let userId: string;

    before(async () => {
      nimbus = await startTestNimbus({ enforceIam });
      admin = new iam.IAMClient(clientConfig(nimbus.endpoint));
      userId = (await admin.send(new iam.CreateUserCommand({ UserName: 'erin' }))).User!.UserId!;
      const { AccessKey } = await admin.send(new iam.CreateAccessKeyCommand({ UserName: 'erin' }));
      keys = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
      await admin.send(new iam.PutUserPolicyCommand({ UserName: 'erin', PolicyName: 'assume', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] }) }));
      await admin.send(new iam.CreateRoleCommand({ RoleName: 'builder', AssumeRolePolicyDocument: trust({ AWS: 'arn:aws:iam::000000000000:user/erin' }), MaxSessionDuration: 7200 }));
    });
    after(() => nimbus.stop());

    it('names an IAM user by its ARN and AIDA id', async () => {
      const client = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: keys }));
      const identity = await client.send(new sts.GetCallerIdentityCommand({}));
      assert.deepEqual([identity.Arn, identity.UserId, identity.Account], ['arn:aws:iam::000000000000:user/erin', userId, '000000000000']);
    });

    it('assumes a role: ASIA credentials that call as arn:aws:sts::…:assumed-role/role/session', async () => {
      const client = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: keys }));
      const assumed = await client.send(new sts.AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/builder', RoleSessionName: 'ci-run', DurationSeconds: 1800 }));
      assert.match(assumed.Credentials!.AccessKeyId!, /^ASIA[A-Z2-7]{16}$/);
      assert.equal(assumed.AssumedRoleUser!.Arn, 'arn:aws:sts::000000000000:assumed-role/builder/ci-run');
      assert.equal(assumed.Credentials!.Expiration!.getTime() - Date.now() > 1700_000, true);
      const asRole = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: { accessKeyId: assumed.Credentials!.AccessKeyId!, secretAccessKey: assumed.Credentials!.SecretAccessKey!, sessionToken: assumed.Credentials!.SessionToken! } }));
      const identity = await asRole.send(new sts.GetCallerIdentityCommand({}));
      assert.equal(identity.Arn, 'arn:aws:sts::000000000000:assumed-role/builder/ci-run');
      assert.match(identity.UserId!, /^AROA[A-Z2-7]{17}:ci-run$/);
      assert.equal(identity.UserId, assumed.AssumedRoleUser!.AssumedRoleId);
    });

    it('bounds DurationSeconds by the role\'s MaxSessionDuration', async () => {
      const client = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: keys }));
      await rejects(client.send(new sts.AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/builder', RoleSessionName: 'long', DurationSeconds: 7201 })), 'ValidationError', 400);
      await rejects(client.send(new sts.AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/missing', RoleSessionName: 'xx' })), 'AccessDenied', 403);
    });

    it('GetSessionToken gives the user temporary credentials of its own', async () => {
      const client = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: keys }));
      const { Credentials } = await client.send(new sts.GetSessionTokenCommand({ DurationSeconds: 900 }));
      assert.match(Credentials!.AccessKeyId!, /^ASIA/);
      const session = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken! } }));
      assert.equal((await session.send(new sts.GetCallerIdentityCommand({}))).Arn, 'arn:aws:iam::000000000000:user/erin');
    });

    it('AssumeRoleWithWebIdentity accepts a JWT the role trusts, with its aud condition', async () => {
      await admin.send(
        new iam.CreateRoleCommand({
          RoleName: 'web',
          AssumeRolePolicyDocument: trust({ Federated: 'accounts.google.com' }, 'sts:AssumeRoleWithWebIdentity', { StringEquals: { 'accounts.google.com:aud': 'my-app' } }),
        }),
      );
      const anonymous = new sts.STSClient({ endpoint: nimbus.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } });
      const token = jwt({ iss: 'https://accounts.google.com', aud: 'my-app', sub: 'user-42', exp: Math.floor(Date.now() / 1000) + 7200 });
      const result = await anonymous.send(new sts.AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::000000000000:role/web', RoleSessionName: 'browser', WebIdentityToken: token }));
      assert.equal(result.SubjectFromWebIdentityToken, 'user-42');
      assert.equal(result.Audience, 'my-app');
      assert.equal(result.AssumedRoleUser!.Arn, 'arn:aws:sts::000000000000:assumed-role/web/browser');
      const { AccessKeyId, SecretAccessKey, SessionToken } = result.Credentials!;
      const asWebSession = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: { accessKeyId: AccessKeyId!, secretAccessKey: SecretAccessKey!, sessionToken: SessionToken! } }));
      const identity = await asWebSession.send(new sts.GetCallerIdentityCommand({}));
      assert.deepEqual([identity.Arn, identity.UserId, identity.Account], [result.AssumedRoleUser!.Arn, result.AssumedRoleUser!.AssumedRoleId, '000000000000']);
      const wrongAudience = jwt({ iss: 'https://accounts.google.com', aud: 'other-app', sub: 'user-42' });
      await rejects(anonymous.send(new sts.AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::000000000000:role/web', RoleSessionName: 'browser', WebIdentityToken: wrongAudience })), 'AccessDenied', 403);
      await rejects(anonymous.send(new sts.AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::000000000000:role/web', RoleSessionName: 'browser', WebIdentityToken: 'not-a-jwt' })), 'InvalidIdentityTokenException', 400);
    });

    it('resolves the account of an IAM key through IAM, not the 12-digit rule', async () => {
      const other = new iam.IAMClient(clientConfig(nimbus.endpoint, { credentials: { accessKeyId: '111122223333', secretAccessKey: 'test' } }));
      await other.send(new iam.CreateUserCommand({ UserName: 'frank' }));
      const { AccessKey } = await other.send(new iam.CreateAccessKeyCommand({ UserName: 'frank' }));
      const client = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! } }));
      const identity = await client.send(new sts.GetCallerIdentityCommand({}));
      assert.deepEqual([identity.Account, identity.Arn], ['111122223333', 'arn:aws:iam::111122223333:user/frank']);
    });

    // Last: moving the clock 15 minutes on also makes signatures made on the wall clock too old.
    it('ends temporary credentials on the Nimbus clock with ExpiredToken', async () => {
      const client = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: keys }));
      const { Credentials } = await client.send(new sts.AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/builder', RoleSessionName: 'short', DurationSeconds: 900 }));
      const asRole = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken! } }));
      await asRole.send(new sts.GetCallerIdentityCommand({}));
      await advanceClock(nimbus.endpoint, 901);
      await rejects(asRole.send(new sts.GetCallerIdentityCommand({})), 'ExpiredToken', 403);
    });
  });
}
