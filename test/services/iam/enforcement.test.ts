import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as iam from '@aws-sdk/client-iam';
import * as s3 from '@aws-sdk/client-s3';
import * as sqs from '@aws-sdk/client-sqs';
import * as sts from '@aws-sdk/client-sts';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { CASES, type Call, type EnforcementCase } from './enforcement-cases.js';

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const document = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const ACCOUNT = '000000000000';

describe('IAM enforcement (NIMBUS_ENFORCE_IAM)', () => {
  let nimbus: Nimbus;
  let admin: iam.IAMClient;
  let adminS3: s3.S3Client;
  let adminSqs: sqs.SQSClient;
  const queueUrls: Record<string, string> = {};

  before(async () => {
    nimbus = await startTestNimbus({ enforceIam: true });
    admin = new iam.IAMClient(clientConfig(nimbus.endpoint));
    adminS3 = new s3.S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true }));
    adminSqs = new sqs.SQSClient(clientConfig(nimbus.endpoint));
    await adminS3.send(new s3.CreateBucketCommand({ Bucket: 'reports' }));
    for (const key of ['public/a.txt', 'private/b.txt', 'public/gone.txt', 'home/alice/notes.txt']) await adminS3.send(new s3.PutObjectCommand({ Bucket: 'reports', Key: key, Body: key }));
    for (const name of ['orders', 'audit']) queueUrls[name] = (await adminSqs.send(new sqs.CreateQueueCommand({ QueueName: name }))).QueueUrl!;
  });
  after(() => nimbus.stop());

  async function userFor(index: number, testCase: EnforcementCase): Promise<{ name: string; arn: string; credentials: Credentials }> {
    const name = `case-${index}`;
    const tags = Object.entries(testCase.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
    const { User } = await admin.send(new iam.CreateUserCommand({ UserName: name, Tags: tags.length ? tags : undefined }));
    const personal = (statements: unknown[]) => document(statements).replaceAll('"USER"', JSON.stringify(name.toUpperCase()));
    if (testCase.identity) await admin.send(new iam.PutUserPolicyCommand({ UserName: name, PolicyName: 'case', PolicyDocument: personal(testCase.identity) }));
    if (testCase.boundary) {
      const { Policy } = await admin.send(new iam.CreatePolicyCommand({ PolicyName: `boundary-${index}`, PolicyDocument: document(testCase.boundary) }));
      await admin.send(new iam.PutUserPermissionsBoundaryCommand({ UserName: name, PermissionsBoundary: Policy!.Arn }));
    }
    if (testCase.groupPolicy) {
      await admin.send(new iam.CreateGroupCommand({ GroupName: `group-${index}` }));
      await admin.send(new iam.PutGroupPolicyCommand({ GroupName: `group-${index}`, PolicyName: 'case', PolicyDocument: document(testCase.groupPolicy) }));
      await admin.send(new iam.AddUserToGroupCommand({ GroupName: `group-${index}`, UserName: name }));
    }
    if (testCase.managed) await admin.send(new iam.AttachUserPolicyCommand({ UserName: name, PolicyArn: testCase.managed }));
    const { AccessKey } = await admin.send(new iam.CreateAccessKeyCommand({ UserName: name }));
    return { name, arn: User!.Arn!, credentials: { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! } };
  }

  async function perform(call: Call, credentials: Credentials, userName: string): Promise<unknown> {
    if ('s3' in call) {
      const client = new s3.S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true, credentials }));
      const key = 'key' in call ? call.key.replace('USER', userName) : '';
      if (key.includes(`/${userName}/`)) await adminS3.send(new s3.PutObjectCommand({ Bucket: 'reports', Key: key, Body: 'mine' }));
      switch (call.s3) {
        case 'GetObject': return client.send(new s3.GetObjectCommand({ Bucket: 'reports', Key: key }));
        case 'HeadObject': return client.send(new s3.HeadObjectCommand({ Bucket: 'reports', Key: key }));
        case 'PutObject': return client.send(new s3.PutObjectCommand({ Bucket: 'reports', Key: key, Body: 'x' }));
        case 'DeleteObject': return client.send(new s3.DeleteObjectCommand({ Bucket: 'reports', Key: key }));
        case 'ListBuckets': return client.send(new s3.ListBucketsCommand({}));
        case 'ListObjectsV2': return client.send(new s3.ListObjectsV2Command({ Bucket: 'reports', Prefix: call.prefix?.replace('USER', userName), MaxKeys: call.maxKeys }));
      }
    }
    const client = new sqs.SQSClient(clientConfig(nimbus.endpoint, { credentials }));
    if (call.sqs === 'CreateQueue') return client.send(new sqs.CreateQueueCommand({ QueueName: `${call.name}-${userName}`, tags: call.tags }));
    const QueueUrl = queueUrls[call.queue]!;
    if (call.sqs === 'SendMessage') return client.send(new sqs.SendMessageCommand({ QueueUrl, MessageBody: 'hello' }));
    if (call.sqs === 'ReceiveMessage') return client.send(new sqs.ReceiveMessageCommand({ QueueUrl }));
    return client.send(new sqs.SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: '1', MessageBody: 'hello' }] }));
  }

  CASES.forEach((testCase, index) => {
    it(testCase.name, async () => {
      const user = await userFor(index, testCase);
      if (testCase.bucketPolicy) await adminS3.send(new s3.PutBucketPolicyCommand({ Bucket: 'reports', Policy: document(testCase.bucketPolicy(user.arn)) }));
      if (testCase.queuePolicy) await adminSqs.send(new sqs.SetQueueAttributesCommand({ QueueUrl: queueUrls['orders'], Attributes: { Policy: document(testCase.queuePolicy(user.arn)) } }));
      try {
        const outcome = await perform(testCase.call, user.credentials, user.name).then(
          () => 'allowed',
          (error: { name: string; $metadata?: { httpStatusCode?: number } }) => {
            // A HEAD answer has no body, so the SDK cannot read its code.
            if (!('s3' in testCase.call && testCase.call.s3 === 'HeadObject')) assert.equal(error.name, 'AccessDenied', `unexpected ${error.name}`);
            assert.equal(error.$metadata?.httpStatusCode, 403);
            return 'denied';
          },
        );
        assert.equal(outcome, testCase.allowed ? 'allowed' : 'denied');
      } finally {
        if (testCase.bucketPolicy) await adminS3.send(new s3.DeleteBucketPolicyCommand({ Bucket: 'reports' }));
        if (testCase.queuePolicy) await adminSqs.send(new sqs.SetQueueAttributesCommand({ QueueUrl: queueUrls['orders'], Attributes: { Policy: '' } }));
      }
    });
  });

  it('answers with AWS message naming the user, action and resource', async () => {
    const user = await userFor(1000, { name: 'message', call: { sqs: 'SendMessage', queue: 'orders' }, allowed: false });
    const client = new sqs.SQSClient(clientConfig(nimbus.endpoint, { credentials: user.credentials }));
    await assert.rejects(client.send(new sqs.SendMessageCommand({ QueueUrl: queueUrls['orders'], MessageBody: 'x' })), {
      name: 'AccessDenied',
      message: `User: ${user.arn} is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:${ACCOUNT}:orders because no identity-based policy allows the sqs:SendMessage action`,
    });
  });

  it('lets the admin key and the account root do anything', async () => {
    await adminSqs.send(new sqs.SendMessageCommand({ QueueUrl: queueUrls['orders'], MessageBody: 'admin' }));
    const root = new s3.S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true, credentials: { accessKeyId: ACCOUNT, secretAccessKey: 'test' } }));
    await root.send(new s3.GetObjectCommand({ Bucket: 'reports', Key: 'private/b.txt' }));
  });

  it('checks the trust policy on AssumeRole and applies role and session policies to the session', async () => {
    const trusted = await userFor(2000, { name: 'trusted', identity: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }], call: { s3: 'ListBuckets' }, allowed: true });
    const stranger = await userFor(2001, { name: 'stranger', identity: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }], call: { s3: 'ListBuckets' }, allowed: true });
    await admin.send(new iam.CreateRoleCommand({ RoleName: 'reader', AssumeRolePolicyDocument: document([{ Effect: 'Allow', Principal: { AWS: trusted.arn }, Action: 'sts:AssumeRole' }]) }));
    await admin.send(new iam.PutRolePolicyCommand({ RoleName: 'reader', PolicyName: 'read', PolicyDocument: document([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }]) }));
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/reader`;
    await assert.rejects(new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: stranger.credentials })).send(new sts.AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'nope' })), { name: 'AccessDenied' });
    const client = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: trusted.credentials }));
    const session = await client.send(new sts.AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'plain' }));
    const asRole = new s3.S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true, credentials: { accessKeyId: session.Credentials!.AccessKeyId!, secretAccessKey: session.Credentials!.SecretAccessKey!, sessionToken: session.Credentials!.SessionToken! } }));
    await asRole.send(new s3.GetObjectCommand({ Bucket: 'reports', Key: 'private/b.txt' }));
    await assert.rejects(asRole.send(new s3.PutObjectCommand({ Bucket: 'reports', Key: 'x', Body: 'x' })), { name: 'AccessDenied' });
    const limited = await client.send(new sts.AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'limited', Policy: document([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/public/*' }]) }));
    const asLimited = new s3.S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true, credentials: { accessKeyId: limited.Credentials!.AccessKeyId!, secretAccessKey: limited.Credentials!.SecretAccessKey!, sessionToken: limited.Credentials!.SessionToken! } }));
    await asLimited.send(new s3.GetObjectCommand({ Bucket: 'reports', Key: 'public/a.txt' }));
    await assert.rejects(asLimited.send(new s3.GetObjectCommand({ Bucket: 'reports', Key: 'private/b.txt' })), { name: 'AccessDenied' });
  });

  it('gives a role session the tags passed to AssumeRole as aws:PrincipalTag, over the role\'s own tags', async () => {
    const caller = await userFor(2002, { name: 'tagger', identity: [{ Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' }], call: { s3: 'ListBuckets' }, allowed: true });
    await admin.send(new iam.CreateRoleCommand({
      RoleName: 'team-reader', Tags: [{ Key: 'team', Value: 'red' }],
      AssumeRolePolicyDocument: document([{ Effect: 'Allow', Principal: { AWS: caller.arn }, Action: ['sts:AssumeRole', 'sts:TagSession'] }]),
    }));
    await admin.send(new iam.PutRolePolicyCommand({ RoleName: 'team-reader', PolicyName: 'blue-only', PolicyDocument: document([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } }]) }));
    const client = new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: caller.credentials }));
    const asSession = async (Tags?: Array<{ Key: string; Value: string }>) => {
      const { Credentials } = await client.send(new sts.AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/team-reader`, RoleSessionName: 'tagged', Tags }));
      return new s3.S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true, credentials: { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken! } }));
    };
    const read = (client: s3.S3Client) => client.send(new s3.GetObjectCommand({ Bucket: 'reports', Key: 'public/a.txt' }));
    await read(await asSession([{ Key: 'team', Value: 'blue' }]));
    await assert.rejects(read(await asSession()), { name: 'AccessDenied' }, "the role's own tag (red) applies without session tags");
    await assert.rejects(read(await asSession([{ Key: 'team', Value: 'green' }])), { name: 'AccessDenied' });
  });

  it('needs sts:TagSession, from the identity policy and from the trust policy, to pass session tags', async () => {
    const untagged = await userFor(2003, { name: 'untagged', identity: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }], call: { s3: 'ListBuckets' }, allowed: true });
    const tagger = await userFor(2004, { name: 'tagger-2', identity: [{ Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' }], call: { s3: 'ListBuckets' }, allowed: true });
    const accountRoot = `arn:aws:iam::${ACCOUNT}:root`;
    const role = async (RoleName: string, actions: string[]) => {
      await admin.send(new iam.CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: document([{ Effect: 'Allow', Principal: { AWS: accountRoot }, Action: actions }]) }));
      return `arn:aws:iam::${ACCOUNT}:role/${RoleName}`;
    };
    const tagging = await role('tagging-trust', ['sts:AssumeRole', 'sts:TagSession']);
    const plain = await role('plain-trust', ['sts:AssumeRole']);
    const assume = (user: { credentials: { accessKeyId: string; secretAccessKey: string } }, RoleArn: string, Tags?: Array<{ Key: string; Value: string }>) =>
      new sts.STSClient(clientConfig(nimbus.endpoint, { credentials: user.credentials })).send(new sts.AssumeRoleCommand({ RoleArn, RoleSessionName: 'tag-check', Tags }));
    const team = [{ Key: 'team', Value: 'blue' }];
    assert.ok((await assume(untagged, tagging)).Credentials, 'without tags, sts:AssumeRole is enough');
    await assert.rejects(assume(untagged, tagging, team), {
      name: 'AccessDenied',
      message: `User: ${untagged.arn} is not authorized to perform: sts:TagSession on resource: ${tagging} because no identity-based policy allows the sts:TagSession action`,
    });
    assert.ok((await assume(tagger, tagging, team)).Credentials);
    await assert.rejects(assume(tagger, plain, team), {
      name: 'AccessDenied',
      message: `User: ${tagger.arn} is not authorized to perform: sts:TagSession on resource: ${plain} because no resource-based policy allows the sts:TagSession action`,
    });
    assert.ok((await assume(tagger, plain)).Credentials);
  });
});
