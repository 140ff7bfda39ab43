import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as iam from '@aws-sdk/client-iam';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';

const document = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('IAM policy simulation', () => {
  let nimbus: Nimbus;
  let client: iam.IAMClient;

  before(async () => {
    nimbus = await startTestNimbus();
    client = new iam.IAMClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('SimulateCustomPolicy evaluates actions, resources and ContextEntries', async () => {
    const policy = document([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
      { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/secret/*' },
    ]);
    const result = await client.send(
      new iam.SimulateCustomPolicyCommand({
        PolicyInputList: [policy],
        ActionNames: ['s3:GetObject', 's3:PutObject'],
        ResourceArns: ['arn:aws:s3:::data/report.csv', 'arn:aws:s3:::data/secret/key'],
        ContextEntries: [{ ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ip', ContextKeyValues: ['10.1.2.3'] }],
      }),
    );
    assert.deepEqual(
      result.EvaluationResults!.map((item) => [item.EvalActionName, item.EvalResourceName, item.EvalDecision]),
      [
        ['s3:GetObject', 'arn:aws:s3:::data/report.csv', 'allowed'],
        ['s3:GetObject', 'arn:aws:s3:::data/secret/key', 'explicitDeny'],
        ['s3:PutObject', 'arn:aws:s3:::data/report.csv', 'implicitDeny'],
        ['s3:PutObject', 'arn:aws:s3:::data/secret/key', 'implicitDeny'],
      ],
    );
    assert.deepEqual(result.EvaluationResults![0]!.MatchedStatements!.map((item) => item.SourcePolicyId), ['PolicyInputList.1']);
    const outside = await client.send(new iam.SimulateCustomPolicyCommand({ PolicyInputList: [policy], ActionNames: ['s3:GetObject'], ResourceArns: ['arn:aws:s3:::data/report.csv'], ContextEntries: [{ ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ip', ContextKeyValues: ['192.168.0.1'] }] }));
    assert.equal(outside.EvaluationResults![0]!.EvalDecision, 'implicitDeny');
  });

  it('SimulatePrincipalPolicy uses the user\'s inline, group and managed policies and its boundary', async () => {
    await client.send(new iam.CreateUserCommand({ UserName: 'sim' }));
    await client.send(new iam.CreateGroupCommand({ GroupName: 'sim-group' }));
    await client.send(new iam.AddUserToGroupCommand({ GroupName: 'sim-group', UserName: 'sim' }));
    await client.send(new iam.PutGroupPolicyCommand({ GroupName: 'sim-group', PolicyName: 'queues', PolicyDocument: document([{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }]) }));
    await client.send(new iam.AttachUserPolicyCommand({ UserName: 'sim', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }));
    const arn = 'arn:aws:iam::000000000000:user/sim';
    const decisions = async () =>
      (await client.send(new iam.SimulatePrincipalPolicyCommand({ PolicySourceArn: arn, ActionNames: ['sqs:SendMessage', 's3:GetObject', 's3:PutObject'] }))).EvaluationResults!.map((item) => item.EvalDecision);
    assert.deepEqual(await decisions(), ['allowed', 'allowed', 'implicitDeny']);
    const { Policy } = await client.send(new iam.CreatePolicyCommand({ PolicyName: 'sim-boundary', PolicyDocument: document([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]) }));
    await client.send(new iam.PutUserPermissionsBoundaryCommand({ UserName: 'sim', PermissionsBoundary: Policy!.Arn }));
    assert.deepEqual(await decisions(), ['implicitDeny', 'allowed', 'implicitDeny']);
    await assert.rejects(client.send(new iam.SimulatePrincipalPolicyCommand({ PolicySourceArn: 'arn:aws:iam::000000000000:user/ghost', ActionNames: ['s3:GetObject'] })), { name: 'NoSuchEntityException' });
  });
});
