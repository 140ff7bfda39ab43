import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AssociateKmsKeyCommand, CreateLogGroupCommand, CreateLogStreamCommand, DeleteLogGroupCommand, DeleteLogStreamCommand,
  DeleteRetentionPolicyCommand, DescribeLogGroupsCommand, DescribeLogStreamsCommand, ListTagsForResourceCommand,
  ListTagsLogGroupCommand, PutLogEventsCommand, PutRetentionPolicyCommand, TagLogGroupCommand, TagResourceCommand,
  UntagResourceCommand, type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { awsError, logsClient, uniqueName } from './support.js';

describe('CloudWatch Logs groups and streams', () => {
  let nimbus: Nimbus;
  let logs: CloudWatchLogsClient;
  before(async () => {
    nimbus = await startTestNimbus();
    logs = logsClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('creates a group with tags and a KMS key and describes it', async () => {
    const logGroupName = uniqueName('create');
    const kmsKeyId = 'arn:aws:kms:us-east-1:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    await logs.send(new CreateLogGroupCommand({ logGroupName, tags: { team: 'core' }, kmsKeyId }));
    const { logGroups } = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: logGroupName }));
    assert.equal(logGroups!.length, 1);
    const [group] = logGroups!;
    assert.equal(group!.logGroupName, logGroupName);
    assert.equal(group!.arn, `arn:aws:logs:us-east-1:000000000000:log-group:${logGroupName}:*`);
    assert.equal(group!.logGroupArn, `arn:aws:logs:us-east-1:000000000000:log-group:${logGroupName}`);
    assert.equal(group!.kmsKeyId, kmsKeyId);
    assert.equal(group!.storedBytes, 0);
    assert.equal(group!.metricFilterCount, 0);
    assert.equal(group!.retentionInDays, undefined);
    assert.deepEqual((await logs.send(new ListTagsLogGroupCommand({ logGroupName }))).tags, { team: 'core' });
    await assert.rejects(logs.send(new CreateLogGroupCommand({ logGroupName })), awsError('ResourceAlreadyExistsException'));
  });

  it('rejects bad names and unknown groups with the exact codes', async () => {
    await assert.rejects(logs.send(new CreateLogGroupCommand({ logGroupName: 'has space' })), awsError('InvalidParameterException'));
    await assert.rejects(logs.send(new DeleteLogGroupCommand({ logGroupName: uniqueName('absent') })), awsError('ResourceNotFoundException'));
    await assert.rejects(logs.send(new CreateLogStreamCommand({ logGroupName: uniqueName('absent'), logStreamName: 's' })), awsError('ResourceNotFoundException'));
    await assert.rejects(logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/a', logGroupNamePattern: 'b' })), awsError('InvalidParameterException'));
    await assert.rejects(logs.send(new DescribeLogGroupsCommand({ limit: 0 })), awsError('InvalidParameterException'));
  });

  it('lists groups by prefix and by case-insensitive pattern, page by page', async () => {
    const stem = uniqueName('paging');
    const names = ['a', 'b', 'C-special', 'd', 'e'].map((suffix) => `${stem}/${suffix}`);
    for (const logGroupName of names) await logs.send(new CreateLogGroupCommand({ logGroupName }));
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const answer = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: stem, limit: 2, nextToken }));
      assert.ok(answer.logGroups!.length <= 2);
      seen.push(...answer.logGroups!.map((group) => group.logGroupName!));
      nextToken = answer.nextToken;
    } while (nextToken);
    assert.deepEqual(seen, [...names].sort());
    const byPattern = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePattern: 'c-SPECIAL' }));
    assert.deepEqual(byPattern.logGroups!.map((group) => group.logGroupName), [`${stem}/C-special`]);
  });

  it('sets and removes a retention policy, refusing periods AWS does not offer', async () => {
    const logGroupName = uniqueName('retention');
    await logs.send(new CreateLogGroupCommand({ logGroupName }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName, retentionInDays: 7 }));
    let [group] = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: logGroupName }))).logGroups!;
    assert.equal(group!.retentionInDays, 7);
    await assert.rejects(logs.send(new PutRetentionPolicyCommand({ logGroupName, retentionInDays: 2 })), awsError('InvalidParameterException'));
    await logs.send(new DeleteRetentionPolicyCommand({ logGroupName }));
    [group] = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: logGroupName }))).logGroups!;
    assert.equal(group!.retentionInDays, undefined);
  });

  it('tags through the ARN calls and the older log group calls alike', async () => {
    const logGroupName = uniqueName('tags');
    await logs.send(new CreateLogGroupCommand({ logGroupName }));
    const resourceArn = `arn:aws:logs:us-east-1:000000000000:log-group:${logGroupName}`;
    await logs.send(new TagResourceCommand({ resourceArn, tags: { env: 'test', owner: 'me' } }));
    await logs.send(new TagLogGroupCommand({ logGroupName, tags: { cost: '42' } }));
    await logs.send(new UntagResourceCommand({ resourceArn, tagKeys: ['owner'] }));
    assert.deepEqual((await logs.send(new ListTagsForResourceCommand({ resourceArn }))).tags, { env: 'test', cost: '42' });
    await assert.rejects(logs.send(new ListTagsForResourceCommand({ resourceArn: `${resourceArn}-absent` })), awsError('ResourceNotFoundException'));
    await logs.send(new AssociateKmsKeyCommand({ logGroupName, kmsKeyId: 'alias/logs' }));
    const [group] = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: logGroupName }))).logGroups!;
    assert.equal(group!.kmsKeyId, 'alias/logs');
  });

  it('describes streams by name or by last event time, ascending or descending, with their times and sizes', async () => {
    const logGroupName = uniqueName('streams');
    await logs.send(new CreateLogGroupCommand({ logGroupName }));
    const now = Date.now();
    for (const [logStreamName, offset] of [['beta', 3000], ['alpha', 1000], ['gamma', 2000]] as const) {
      await logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName }));
      await logs.send(new PutLogEventsCommand({ logGroupName, logStreamName, logEvents: [{ timestamp: now - 5000 + offset, message: `first ${logStreamName}` }, { timestamp: now - 4000 + offset, message: 'second' }] }));
    }
    await assert.rejects(logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName: 'alpha' })), awsError('ResourceAlreadyExistsException'));
    const byName = (await logs.send(new DescribeLogStreamsCommand({ logGroupName }))).logStreams!;
    assert.deepEqual(byName.map((stream) => stream.logStreamName), ['alpha', 'beta', 'gamma']);
    const alpha = byName[0]!;
    assert.equal(alpha.firstEventTimestamp, now - 4000);
    assert.equal(alpha.lastEventTimestamp, now - 3000);
    assert.equal(alpha.storedBytes, Buffer.byteLength('first alpha') + Buffer.byteLength('second'));
    assert.ok(alpha.lastIngestionTime! >= alpha.creationTime!);
    assert.equal(alpha.arn, `arn:aws:logs:us-east-1:000000000000:log-group:${logGroupName}:log-stream:alpha`);
    const latestFirst = (await logs.send(new DescribeLogStreamsCommand({ logGroupName, orderBy: 'LastEventTime', descending: true }))).logStreams!;
    assert.deepEqual(latestFirst.map((stream) => stream.logStreamName), ['beta', 'gamma', 'alpha']);
    const prefixed = (await logs.send(new DescribeLogStreamsCommand({ logGroupName, logStreamNamePrefix: 'g' }))).logStreams!;
    assert.deepEqual(prefixed.map((stream) => stream.logStreamName), ['gamma']);
    await assert.rejects(logs.send(new DescribeLogStreamsCommand({ logGroupName, orderBy: 'LastEventTime', logStreamNamePrefix: 'g' })), awsError('InvalidParameterException'));
    const [group] = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: logGroupName }))).logGroups!;
    assert.equal(group!.storedBytes, byName.reduce((sum, stream) => sum + stream.storedBytes!, 0));
    await logs.send(new DeleteLogStreamCommand({ logGroupName, logStreamName: 'beta' }));
    await assert.rejects(logs.send(new DeleteLogStreamCommand({ logGroupName, logStreamName: 'beta' })), awsError('ResourceNotFoundException'));
    await logs.send(new DeleteLogGroupCommand({ logGroupName }));
    await assert.rejects(logs.send(new DescribeLogStreamsCommand({ logGroupName })), awsError('ResourceNotFoundException'));
  });
});
