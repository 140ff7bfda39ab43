import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DeleteResourcePolicyCommand, DescribeResourcePoliciesCommand, PutResourcePolicyCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { awsError, logsClient } from './support.js';

const document = (service: string) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: [service] }, Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: 'arn:aws:logs:us-east-1:000000000000:log-group:/aws/events/*:*' }],
});

describe('CloudWatch Logs resource policies', () => {
  let nimbus: Nimbus;
  let logs: CloudWatchLogsClient;
  before(async () => {
    nimbus = await startTestNimbus();
    logs = logsClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('puts, replaces, describes and deletes account policies, at most ten', async () => {
    const put = await logs.send(new PutResourcePolicyCommand({ policyName: 'events-to-logs', policyDocument: document('events.amazonaws.com') }));
    assert.equal(put.resourcePolicy!.policyName, 'events-to-logs');
    assert.equal(put.resourcePolicy!.policyDocument, document('events.amazonaws.com'));
    assert.equal(typeof put.resourcePolicy!.lastUpdatedTime, 'number');
    await logs.send(new PutResourcePolicyCommand({ policyName: 'events-to-logs', policyDocument: document('delivery.logs.amazonaws.com') }));
    const { resourcePolicies } = await logs.send(new DescribeResourcePoliciesCommand({}));
    assert.deepEqual(resourcePolicies!.map((policy) => [policy.policyName, policy.policyDocument]), [['events-to-logs', document('delivery.logs.amazonaws.com')]]);

    for (let i = 1; i < 10; i++) await logs.send(new PutResourcePolicyCommand({ policyName: `extra-${i}`, policyDocument: document('route53.amazonaws.com') }));
    await assert.rejects(logs.send(new PutResourcePolicyCommand({ policyName: 'eleventh', policyDocument: document('route53.amazonaws.com') })), awsError('LimitExceededException'));
    const first = await logs.send(new DescribeResourcePoliciesCommand({ limit: 4 }));
    const rest = await logs.send(new DescribeResourcePoliciesCommand({ limit: 10, nextToken: first.nextToken }));
    assert.equal(first.resourcePolicies!.length + rest.resourcePolicies!.length, 10);
    assert.equal(rest.nextToken, undefined);

    await logs.send(new DeleteResourcePolicyCommand({ policyName: 'events-to-logs' }));
    await assert.rejects(logs.send(new DeleteResourcePolicyCommand({ policyName: 'events-to-logs' })), awsError('ResourceNotFoundException'));
    await assert.rejects(logs.send(new PutResourcePolicyCommand({ policyName: 'broken', policyDocument: '{not json' })), awsError('InvalidParameterException'));
  });
});
