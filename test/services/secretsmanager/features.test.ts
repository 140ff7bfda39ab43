import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BatchGetSecretValueCommand, CancelRotateSecretCommand, CreateSecretCommand, DeleteResourcePolicyCommand, DeleteSecretCommand,
  DescribeSecretCommand, GetRandomPasswordCommand, GetResourcePolicyCommand, ListSecretsCommand, PutResourcePolicyCommand,
  ReplicateSecretToRegionsCommand, RemoveRegionsFromReplicationCommand, RotateSecretCommand, SecretsManagerClient,
  ValidateResourcePolicyCommand,
} from '@aws-sdk/client-secrets-manager';
import { AddPermissionCommand, CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { ROLE, zipOf } from '../lambda/support.js';
import { aws, boto3, failure, uniqueName } from './support.js';

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

describe('Secrets Manager listing, passwords, policies, rotation and replication', () => {
  let nimbus: Nimbus;
  let sm: SecretsManagerClient;
  before(async () => {
    nimbus = await startTestNimbus();
    sm = new SecretsManagerClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  const password = async (options: ConstructorParameters<typeof GetRandomPasswordCommand>[0] = {}) =>
    (await sm.send(new GetRandomPasswordCommand(options))).RandomPassword!;

  it('generates 32-character passwords with every class by default', async () => {
    for (let round = 0; round < 20; round++) {
      const value = await password();
      assert.equal(value.length, 32);
      assert.match(value, /[a-z]/);
      assert.match(value, /[A-Z]/);
      assert.match(value, /[0-9]/);
      assert.ok([...value].some((char) => PUNCTUATION.includes(char)), value);
      assert.ok(!value.includes(' '));
    }
  });

  it('honours every password option', async () => {
    assert.match(await password({ PasswordLength: 64, ExcludePunctuation: true, ExcludeNumbers: true }), /^[A-Za-z]{64}$/);
    assert.match(await password({ ExcludeLowercase: true, ExcludeUppercase: true, ExcludePunctuation: true }), /^[0-9]{32}$/);
    assert.ok(!/[aeiouAEIOU0]/.test(await password({ PasswordLength: 200, ExcludeCharacters: 'aeiouAEIOU0' })));
    const spaced = await password({ PasswordLength: 4, ExcludeLowercase: true, ExcludeUppercase: true, ExcludeNumbers: true, ExcludePunctuation: true, IncludeSpace: true });
    assert.equal(spaced, '    ');
    const loose = await password({ PasswordLength: 1, RequireEachIncludedType: false });
    assert.equal(loose.length, 1);
    const none = await failure(password({ ExcludeLowercase: true, ExcludeUppercase: true, ExcludeNumbers: true, ExcludePunctuation: true }));
    assert.equal(none.name, 'InvalidParameterException');
  });

  it('lists with name, description, tag and all filters, negation, sorting and pages', async () => {
    const prefix = uniqueName('list');
    await sm.send(new CreateSecretCommand({ Name: `${prefix}/alpha`, SecretString: 'a', Description: 'Database creds', Tags: [{ Key: 'team', Value: 'payments' }] }));
    await sm.send(new CreateSecretCommand({ Name: `${prefix}/beta`, SecretString: 'b', Description: 'api token', Tags: [{ Key: 'team', Value: 'search' }] }));
    await sm.send(new CreateSecretCommand({ Name: `${prefix}/gamma`, SecretString: 'c' }));
    const names = async (Filters: Array<{ Key: 'name' | 'description' | 'tag-key' | 'tag-value' | 'all'; Values: string[] }>, extra = {}) =>
      ((await sm.send(new ListSecretsCommand({ Filters, ...extra }))).SecretList ?? []).map((entry) => entry.Name);
    assert.deepEqual(await names([{ Key: 'name', Values: [prefix] }]), [`${prefix}/alpha`, `${prefix}/beta`, `${prefix}/gamma`]);
    assert.deepEqual(await names([{ Key: 'name', Values: [prefix.toUpperCase()] }]), []);
    assert.deepEqual(await names([{ Key: 'name', Values: [prefix] }, { Key: 'description', Values: ['database'] }]), [`${prefix}/alpha`]);
    assert.deepEqual(await names([{ Key: 'name', Values: [prefix] }, { Key: 'tag-value', Values: ['search', 'pay'] }]), [`${prefix}/alpha`, `${prefix}/beta`]);
    assert.deepEqual(await names([{ Key: 'name', Values: [prefix] }, { Key: 'tag-key', Values: ['!team'] }]), [`${prefix}/gamma`]);
    assert.deepEqual(await names([{ Key: 'all', Values: ['PAYMENTS'] }]), [`${prefix}/alpha`]);
    assert.deepEqual(await names([{ Key: 'name', Values: [prefix] }], { SortBy: 'name', SortOrder: 'desc' }), [`${prefix}/gamma`, `${prefix}/beta`, `${prefix}/alpha`]);
    const first = await sm.send(new ListSecretsCommand({ Filters: [{ Key: 'name', Values: [prefix] }], MaxResults: 2 }));
    assert.equal(first.SecretList!.length, 2);
    const second = await sm.send(new ListSecretsCommand({ Filters: [{ Key: 'name', Values: [prefix] }], MaxResults: 2, NextToken: first.NextToken }));
    assert.deepEqual(second.SecretList!.map((entry) => entry.Name), [`${prefix}/gamma`]);
    assert.ok(first.SecretList![0]!.SecretVersionsToStages);

    await sm.send(new DeleteSecretCommand({ SecretId: `${prefix}/gamma` }));
    assert.equal((await names([{ Key: 'name', Values: [prefix] }])).length, 2);
    assert.equal((await names([{ Key: 'name', Values: [prefix] }], { IncludePlannedDeletion: true })).length, 3);
  });

  it('batch-gets by id list with errors, and by filters', async () => {
    const prefix = uniqueName('batch');
    await sm.send(new CreateSecretCommand({ Name: `${prefix}-1`, SecretString: 'one' }));
    await sm.send(new CreateSecretCommand({ Name: `${prefix}-2`, SecretString: 'two' }));
    const byId = await sm.send(new BatchGetSecretValueCommand({ SecretIdList: [`${prefix}-1`, `${prefix}-missing`] }));
    assert.deepEqual(byId.SecretValues!.map((value) => value.SecretString), ['one']);
    assert.deepEqual(byId.Errors!.map((error) => [error.SecretId, error.ErrorCode]), [[`${prefix}-missing`, 'ResourceNotFoundException']]);
    const byFilter = await sm.send(new BatchGetSecretValueCommand({ Filters: [{ Key: 'name', Values: [prefix] }] }));
    assert.deepEqual(byFilter.SecretValues!.map((value) => value.SecretString).sort(), ['one', 'two']);
    const both = await failure(sm.send(new BatchGetSecretValueCommand({ SecretIdList: [`${prefix}-1`], Filters: [{ Key: 'name', Values: [prefix] }] })));
    assert.equal(both.name, 'InvalidParameterException');
  });

  it('stores, validates and deletes resource policies', async () => {
    const name = uniqueName('policy');
    await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'x' }));
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }] });
    await sm.send(new PutResourcePolicyCommand({ SecretId: name, ResourcePolicy: policy }));
    assert.equal((await sm.send(new GetResourcePolicyCommand({ SecretId: name }))).ResourcePolicy, policy);
    const open = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] });
    assert.equal((await failure(sm.send(new PutResourcePolicyCommand({ SecretId: name, ResourcePolicy: open, BlockPublicPolicy: true })))).name, 'PublicPolicyException');
    assert.equal((await sm.send(new ValidateResourcePolicyCommand({ ResourcePolicy: open }))).PolicyValidationPassed, false);
    assert.equal((await failure(sm.send(new PutResourcePolicyCommand({ SecretId: name, ResourcePolicy: '{nope' })))).name, 'MalformedPolicyDocumentException');
    await sm.send(new DeleteResourcePolicyCommand({ SecretId: name }));
    assert.equal((await sm.send(new GetResourcePolicyCommand({ SecretId: name }))).ResourcePolicy, undefined);
  });

  it('records rotation settings and schedules, and cancels rotation', async () => {
    const name = uniqueName('rotate');
    await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'x' }));
    const noFunction = await failure(sm.send(new RotateSecretCommand({ SecretId: name })));
    assert.equal(noFunction.name, 'InvalidRequestException');
    const lambdaArn = 'arn:aws:lambda:us-east-1:000000000000:function:rotator';
    const missing = await failure(sm.send(new RotateSecretCommand({ SecretId: name, RotationLambdaARN: lambdaArn, RotationRules: { AutomaticallyAfterDays: 30 } })));
    assert.equal(missing.name, 'AccessDeniedException');
    const lambda = new LambdaClient(clientConfig(nimbus.endpoint));
    await lambda.send(new CreateFunctionCommand({
      FunctionName: 'rotator', Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zipOf({ 'index.js': 'exports.handler = async () => {};' }) },
    }));
    await lambda.send(new AddPermissionCommand({ FunctionName: 'rotator', StatementId: 'SecretsManager', Action: 'lambda:InvokeFunction', Principal: 'secretsmanager.amazonaws.com' }));
    await sm.send(new RotateSecretCommand({ SecretId: name, RotationLambdaARN: lambdaArn, RotationRules: { AutomaticallyAfterDays: 30 }, RotateImmediately: false }));
    let described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    assert.equal(described.RotationEnabled, true);
    assert.equal(described.RotationLambdaARN, lambdaArn);
    assert.equal(described.RotationRules!.AutomaticallyAfterDays, 30);
    assert.equal(described.NextRotationDate!.getTime() - described.CreatedDate!.getTime() >= 30 * 86_400_000 - 60_000, true);
    const before = described.NextRotationDate!.getTime();
    await advanceClock(nimbus.endpoint, 30 * 86_400 + 60);
    // The timer starts the rotation as the clock moves; the schedule is written just after.
    for (let reads = 0; described.NextRotationDate!.getTime() === before && reads < 100; reads++) {
      described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    }
    assert.ok(described.NextRotationDate!.getTime() >= before + 30 * 86_400_000, 'the schedule moved on after it came due');
    const bad = await failure(sm.send(new RotateSecretCommand({ SecretId: name, RotationRules: { ScheduleExpression: 'every tuesday' }, RotateImmediately: false })));
    assert.equal(bad.name, 'InvalidParameterException');
    await sm.send(new RotateSecretCommand({ SecretId: name, RotationRules: { ScheduleExpression: 'rate(10 days)' }, RotateImmediately: false }));
    assert.equal((await sm.send(new DescribeSecretCommand({ SecretId: name }))).RotationRules!.ScheduleExpression, 'rate(10 days)');
    await sm.send(new CancelRotateSecretCommand({ SecretId: name }));
    described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    assert.equal(described.RotationEnabled, false);
    assert.equal(described.NextRotationDate, undefined);
  });

  it('stores replication and describes it', async () => {
    const name = uniqueName('replica');
    await sm.send(new CreateSecretCommand({ Name: name, SecretString: 'x' }));
    const replicated = await sm.send(new ReplicateSecretToRegionsCommand({ SecretId: name, AddReplicaRegions: [{ Region: 'eu-west-1' }] }));
    assert.deepEqual(replicated.ReplicationStatus!.map((status) => [status.Region, status.Status]), [['eu-west-1', 'InSync']]);
    const described = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    assert.equal(described.PrimaryRegion, 'us-east-1');
    await sm.send(new RemoveRegionsFromReplicationCommand({ SecretId: name, RemoveReplicaRegions: ['eu-west-1'] }));
    assert.equal((await sm.send(new DescribeSecretCommand({ SecretId: name }))).ReplicationStatus, undefined);
  });

  it('serves create-secret and get-secret-value to the AWS CLI and boto3', async () => {
    const name = uniqueName('cli');
    const created = await aws(nimbus.endpoint, 'secretsmanager', 'create-secret', '--name', name, '--secret-string', '{"user":"admin"}');
    assert.match(created.ARN as string, /-[A-Za-z0-9]{6}$/);
    const value = await aws(nimbus.endpoint, 'secretsmanager', 'get-secret-value', '--secret-id', name);
    assert.equal(value.SecretString, '{"user":"admin"}');
    assert.deepEqual(value.VersionStages, ['AWSCURRENT']);
    const script = [
      'import boto3, json',
      "sm = boto3.client('secretsmanager')",
      'try:',
      `    sm.get_secret_value(SecretId=${JSON.stringify(`${name}-missing`)})`,
      'except sm.exceptions.ResourceNotFoundException as error:',
      "    missing = error.response['Error']['Code']",
      `print(json.dumps([sm.get_secret_value(SecretId=${JSON.stringify(name)})['SecretString'], missing]))`,
    ].join('\n');
    assert.deepEqual(await boto3(nimbus.endpoint, script), ['{"user":"admin"}', 'ResourceNotFoundException']);
  });
});
