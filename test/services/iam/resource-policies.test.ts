import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import * as iam from '@aws-sdk/client-iam';
import * as kms from '@aws-sdk/client-kms';
import * as lambda from '@aws-sdk/client-lambda';
import * as sm from '@aws-sdk/client-secrets-manager';
import * as sns from '@aws-sdk/client-sns';
import type { Nimbus } from '../../../src/index.js';
import { failure } from '../../support/calls.js';
import { cliEnv, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { ROLE, zipOf } from '../lambda/support.js';

type Credentials = { accessKeyId: string; secretAccessKey: string };
interface Caller {
  arn: string;
  credentials: Credentials;
}

const OWNER = '000000000000';
const OTHER = '111111111111';
const document = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allow = (Action: string, Resource = '*') => ({ Effect: 'Allow', Action, Resource });

/**
 * Resource policies under NIMBUS_ENFORCE_IAM: SNS topic policies, Lambda function policies
 * (AddPermission), KMS key policies and Secrets Manager resource policies, each with the refusal
 * its protocol uses. Callers are IAM users with IAM-issued keys, in the owner's account or another.
 */
describe('resource policies under IAM enforcement', () => {
  let nimbus: Nimbus;
  let users = 0;

  before(async () => {
    nimbus = await startTestNimbus({ enforceIam: true });
  });
  after(() => nimbus.stop());

  const admin = () => clientConfig(nimbus.endpoint);

  /** A user in `account` (made by that account's root) with an optional inline policy, and its access key. */
  async function user(identity?: unknown[], account = OWNER): Promise<Caller> {
    const root = account === OWNER ? admin() : clientConfig(nimbus.endpoint, { credentials: { accessKeyId: account, secretAccessKey: 'test' } });
    const client = new iam.IAMClient(root);
    const UserName = `rp-${++users}`;
    const { User } = await client.send(new iam.CreateUserCommand({ UserName }));
    if (identity) await client.send(new iam.PutUserPolicyCommand({ UserName, PolicyName: 'inline', PolicyDocument: document(identity) }));
    const { AccessKey } = await client.send(new iam.CreateAccessKeyCommand({ UserName }));
    return { arn: User!.Arn!, credentials: { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! } };
  }

  const as = (caller: Caller) => clientConfig(nimbus.endpoint, { credentials: caller.credentials });

  describe('SNS topic policies', () => {
    let topicArn: string;
    const publish = (caller: Caller) => new sns.SNSClient(as(caller)).send(new sns.PublishCommand({ TopicArn: topicArn, Message: 'hello' }));
    const setPolicy = (statements: unknown[]) =>
      new sns.SNSClient(admin()).send(new sns.SetTopicAttributesCommand({ TopicArn: topicArn, AttributeName: 'Policy', AttributeValue: document(statements) }));

    before(async () => {
      topicArn = (await new sns.SNSClient(admin()).send(new sns.CreateTopicCommand({ Name: 'alerts' }))).TopicArn!;
    });

    it('refuses a user no policy allows with AuthorizationError 403, naming the action as SNS does', async () => {
      const caller = await user();
      const error = await failure(publish(caller));
      assert.equal(error.name, 'AuthorizationErrorException');
      assert.equal(error.status, 403);
      assert.equal(error.message, `User: ${caller.arn} is not authorized to perform: SNS:Publish on resource: ${topicArn} because no identity-based policy allows the SNS:Publish action`);
    });

    it('refuses boto3 with the AuthorizationError code botocore reads from the query answer', async () => {
      const caller = await user();
      const script = [
        'import boto3, botocore, json',
        `client = boto3.client('sns', region_name='us-east-1', aws_access_key_id='${caller.credentials.accessKeyId}', aws_secret_access_key='${caller.credentials.secretAccessKey}')`,
        'try:',
        `    client.publish(TopicArn='${topicArn}', Message='hello')`,
        '    print(json.dumps({}))',
        'except botocore.exceptions.ClientError as error:',
        "    print(json.dumps({'code': error.response['Error']['Code'], 'status': error.response['ResponseMetadata']['HTTPStatusCode']}))",
      ].join('\n');
      const { stdout } = await promisify(execFile)('python3', ['-c', script], { env: cliEnv(nimbus.endpoint) });
      assert.deepEqual(JSON.parse(stdout), { code: 'AuthorizationError', status: 403 });
    });

    it('lets the topic policy alone allow a user it names, and an identity policy alone allow within the account', async () => {
      const named = await user();
      const allowed = await user([allow('sns:Publish', topicArn)]);
      await setPolicy([{ Sid: 'named', Effect: 'Allow', Principal: { AWS: named.arn }, Action: 'SNS:Publish', Resource: topicArn }]);
      assert.ok((await publish(named)).MessageId);
      assert.ok((await publish(allowed)).MessageId);
    });

    it('lets an explicit deny in the topic policy beat an identity allow', async () => {
      const caller = await user([allow('sns:*')]);
      await setPolicy([{ Effect: 'Deny', Principal: '*', Action: 'SNS:Publish', Resource: topicArn }]);
      const error = await failure(publish(caller));
      assert.equal(error.name, 'AuthorizationErrorException');
      assert.match(error.message, /with an explicit deny in a resource-based policy$/);
      assert.ok(await new sns.SNSClient(as(caller)).send(new sns.GetTopicAttributesCommand({ TopicArn: topicArn })), 'other actions stay allowed');
    });

    it('admits another account only when the topic policy names it', async () => {
      const stranger = await user([allow('sns:Publish')], OTHER);
      await setPolicy([{ Effect: 'Allow', Principal: { AWS: '222222222222' }, Action: 'SNS:Publish', Resource: topicArn }]);
      const error = await failure(publish(stranger));
      assert.equal(error.name, 'AuthorizationErrorException');
      assert.match(error.message, /because no resource-based policy allows the SNS:Publish action$/);
      await setPolicy([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'SNS:Publish', Resource: topicArn }]);
      assert.ok((await publish(stranger)).MessageId);
      const withoutIdentity = await user(undefined, OTHER);
      assert.equal((await failure(publish(withoutIdentity))).status, 403, 'naming the account delegates to its IAM policies');
    });
  });

  describe('Lambda function policies', () => {
    const functionName = 'guarded';
    let functionArn: string;
    const invoke = (caller: Caller, name = functionArn) => new lambda.LambdaClient(as(caller)).send(new lambda.InvokeCommand({ FunctionName: name, Payload: new TextEncoder().encode('{}') }));
    const permit = (StatementId: string, Principal: string) =>
      new lambda.LambdaClient(admin()).send(new lambda.AddPermissionCommand({ FunctionName: functionName, StatementId, Action: 'lambda:InvokeFunction', Principal }));

    before(async () => {
      const created = await new lambda.LambdaClient(admin()).send(new lambda.CreateFunctionCommand({
        FunctionName: functionName, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler',
        Code: { ZipFile: zipOf({ 'index.js': 'exports.handler = async () => ({ ok: true });' }) },
      }));
      functionArn = created.FunctionArn!;
    });

    it('refuses a user no policy allows with AccessDeniedException 403', async () => {
      const caller = await user();
      const error = await failure(invoke(caller, functionName));
      assert.equal(error.name, 'AccessDeniedException');
      assert.equal(error.status, 403);
      assert.equal(error.message, `User: ${caller.arn} is not authorized to perform: lambda:InvokeFunction on resource: ${functionArn} because no identity-based policy allows the lambda:InvokeFunction action`);
    });

    it('lets a permission naming the user invoke without an identity policy; one for a service principal grants the user nothing', async () => {
      const named = await user();
      const other = await user();
      await permit('for-named-user', named.arn);
      await permit('for-s3', 's3.amazonaws.com');
      assert.equal((await invoke(named)).StatusCode, 200);
      assert.equal((await failure(invoke(other))).name, 'AccessDeniedException');
    });

    it('admits another account through AddPermission with its account id, for its users that IAM allows', async () => {
      const stranger = await user([allow('lambda:InvokeFunction')], OTHER);
      const error = await failure(invoke(stranger));
      assert.equal(error.name, 'AccessDeniedException');
      assert.match(error.message, /because no resource-based policy allows the lambda:InvokeFunction action$/);
      await permit('other-account', OTHER);
      assert.equal((await invoke(stranger)).StatusCode, 200);
      const withoutIdentity = await user(undefined, OTHER);
      assert.equal((await failure(invoke(withoutIdentity))).name, 'AccessDeniedException');
    });

    it('applies an identity deny over a permission that names the user', async () => {
      const caller = await user([{ Effect: 'Deny', Action: 'lambda:InvokeFunction', Resource: functionArn }]);
      await permit('denied-user', caller.arn);
      const error = await failure(invoke(caller));
      assert.match(error.message, /with an explicit deny in an identity-based policy$/);
    });
  });

  describe('KMS key policies', () => {
    const client = () => new kms.KMSClient(admin());
    const encrypt = (caller: Caller, KeyId: string) => new kms.KMSClient(as(caller)).send(new kms.EncryptCommand({ KeyId, Plaintext: new TextEncoder().encode('secret') }));
    const key = async (policy?: unknown[]) =>
      (await client().send(new kms.CreateKeyCommand({ Policy: policy && document(policy), BypassPolicyLockoutSafetyCheck: policy !== undefined }))).KeyMetadata!.Arn!;

    it('lets the default key policy enable IAM policies, and refuses users IAM does not allow with AccessDeniedException 400', async () => {
      const keyArn = await key();
      await client().send(new kms.CreateAliasCommand({ AliasName: 'alias/enabled-by-iam', TargetKeyId: keyArn }));
      const allowed = await user([allow('kms:Encrypt')]);
      assert.ok((await encrypt(allowed, 'alias/enabled-by-iam')).CiphertextBlob);
      const caller = await user();
      const error = await failure(encrypt(caller, 'alias/enabled-by-iam'));
      assert.equal(error.name, 'AccessDeniedException');
      assert.equal(error.status, 400);
      assert.equal(error.message, `User: ${caller.arn} is not authorized to perform: kms:Encrypt on resource: ${keyArn} because no identity-based policy allows the kms:Encrypt action`);
    });

    it('refuses even an administrator when the key policy does not allow the account', async () => {
      const keyArn = await key([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWNER}:user/nobody` }, Action: 'kms:*', Resource: '*' }]);
      const administrator = await user([allow('*')]);
      const error = await failure(encrypt(administrator, keyArn));
      assert.equal(error.name, 'AccessDeniedException');
      assert.match(error.message, /because no resource-based policy allows the kms:Encrypt action$/);
    });

    it('lets a key policy naming the user allow alone, and its explicit deny beat an identity allow', async () => {
      const named = await user();
      const denied = await user([allow('kms:*')]);
      const keyArn = await key([
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWNER}:root` }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: named.arn }, Action: 'kms:Encrypt', Resource: '*' },
        { Effect: 'Deny', Principal: { AWS: denied.arn }, Action: 'kms:Encrypt', Resource: '*' },
      ]);
      assert.ok((await encrypt(named, keyArn)).CiphertextBlob);
      assert.match((await failure(encrypt(denied, keyArn))).message, /with an explicit deny in a resource-based policy$/);
    });

    it('judges a Decrypt that names no key by the key its ciphertext was made with', async () => {
      const keyArn = await key();
      const otherKey = await key();
      const { CiphertextBlob } = await client().send(new kms.EncryptCommand({ KeyId: keyArn, Plaintext: new TextEncoder().encode('payroll') }));
      const decrypt = (caller: Caller) => new kms.KMSClient(as(caller)).send(new kms.DecryptCommand({ CiphertextBlob }));
      const reader = await user([allow('kms:Decrypt', keyArn)]);
      const answer = await decrypt(reader);
      assert.equal(new TextDecoder().decode(answer.Plaintext), 'payroll');
      assert.equal(answer.KeyId, keyArn);
      const elsewhere = await user([allow('kms:Decrypt', otherKey)]);
      const error = await failure(decrypt(elsewhere));
      assert.equal(error.name, 'AccessDeniedException');
      assert.equal(error.message, `User: ${elsewhere.arn} is not authorized to perform: kms:Decrypt on resource: ${keyArn} because no identity-based policy allows the kms:Decrypt action`);
      const locked = await key([
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWNER}:root` }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Deny', Principal: { AWS: reader.arn }, Action: 'kms:Decrypt', Resource: '*' },
      ]);
      const sealed = await client().send(new kms.EncryptCommand({ KeyId: locked, Plaintext: new TextEncoder().encode('x') }));
      const refused = await failure(new kms.KMSClient(as(reader)).send(new kms.DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob })));
      assert.match(refused.message, /with an explicit deny in a resource-based policy$/);
    });

    it('admits another account only when the key policy names it', async () => {
      const stranger = await user([allow('kms:Encrypt')], OTHER);
      const closed = await key();
      assert.match((await failure(encrypt(stranger, closed))).message, /because no resource-based policy allows the kms:Encrypt action$/);
      const shared = await key([
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWNER}:root` }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' },
      ]);
      assert.ok((await encrypt(stranger, shared)).CiphertextBlob);
    });
  });

  describe('Secrets Manager resource policies', () => {
    const client = () => new sm.SecretsManagerClient(admin());
    const read = (caller: Caller, SecretId: string) => new sm.SecretsManagerClient(as(caller)).send(new sm.GetSecretValueCommand({ SecretId }));
    const secret = async (Name: string) => (await client().send(new sm.CreateSecretCommand({ Name, SecretString: `${Name}-value` }))).ARN!;
    const putPolicy = (SecretId: string, statements: unknown[], BlockPublicPolicy?: boolean) =>
      client().send(new sm.PutResourcePolicyCommand({ SecretId, ResourcePolicy: document(statements), BlockPublicPolicy }));

    it('refuses a user no policy allows with AccessDeniedException 400; an identity policy on the name with its suffix allows', async () => {
      const arn = await secret('db-password');
      const caller = await user();
      const error = await failure(read(caller, 'db-password'));
      assert.equal(error.name, 'AccessDeniedException');
      assert.equal(error.status, 400);
      assert.equal(error.message, `User: ${caller.arn} is not authorized to perform: secretsmanager:GetSecretValue on resource: ${arn} because no identity-based policy allows the secretsmanager:GetSecretValue action`);
      const allowed = await user([allow('secretsmanager:GetSecretValue', `arn:aws:secretsmanager:us-east-1:${OWNER}:secret:db-password-??????`)]);
      assert.equal((await read(allowed, 'db-password')).SecretString, 'db-password-value');
    });

    it('lets a resource policy naming the user allow alone, and its explicit deny beat an identity allow', async () => {
      const arn = await secret('api-key');
      const named = await user();
      const denied = await user([allow('secretsmanager:*')]);
      await putPolicy(arn, [
        { Effect: 'Allow', Principal: { AWS: named.arn }, Action: 'secretsmanager:GetSecretValue', Resource: '*' },
        { Effect: 'Deny', Principal: { AWS: denied.arn }, Action: 'secretsmanager:GetSecretValue', Resource: '*' },
      ]);
      assert.equal((await read(named, 'api-key')).SecretString, 'api-key-value');
      const error = await failure(read(denied, 'api-key'));
      assert.equal(error.name, 'AccessDeniedException');
      assert.match(error.message, /with an explicit deny in a resource-based policy$/);
      assert.ok(await new sm.SecretsManagerClient(as(denied)).send(new sm.DescribeSecretCommand({ SecretId: 'api-key' })), 'other actions stay allowed');
    });

    it('admits another account by the full ARN only when the resource policy names it', async () => {
      const arn = await secret('shared-token');
      const stranger = await user([allow('secretsmanager:GetSecretValue')], OTHER);
      assert.match((await failure(read(stranger, arn))).message, /because no resource-based policy allows the secretsmanager:GetSecretValue action$/);
      await putPolicy(arn, [{ Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }], true);
      assert.equal((await read(stranger, arn)).SecretString, 'shared-token-value');
    });

    it('blocks a policy open to everyone with BlockPublicPolicy, unless a condition pins the principals', async () => {
      const arn = await secret('public-ish');
      const open = { Effect: 'Allow', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*' };
      const error = await failure(putPolicy(arn, [open], true));
      assert.equal(error.name, 'PublicPolicyException');
      assert.equal(error.status, 400);
      await putPolicy(arn, [{ ...open, Condition: { StringEquals: { 'aws:PrincipalAccount': OTHER } } }], true);
      const stranger = await user([allow('secretsmanager:GetSecretValue')], OTHER);
      assert.equal((await read(stranger, arn)).SecretString, 'public-ish-value');
      const validation = await client().send(new sm.ValidateResourcePolicyCommand({ ResourcePolicy: document([open]) }));
      assert.equal(validation.PolicyValidationPassed, false);
    });
  });
});
