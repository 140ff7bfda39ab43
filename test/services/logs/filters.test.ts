import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import {
  DeleteMetricFilterCommand, DeleteSubscriptionFilterCommand, DescribeLogGroupsCommand, DescribeMetricFiltersCommand,
  DescribeSubscriptionFiltersCommand, PutLogEventsCommand, PutMetricFilterCommand, PutSubscriptionFilterCommand,
  TestMetricFilterCommand, type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import { GetRecordsCommand, GetShardIteratorCommand, ListShardsCommand, type KinesisClient } from '@aws-sdk/client-kinesis';
import { AddPermissionCommand, CreateFunctionCommand } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { createActiveStream, kinesisClient } from '../kinesis/clients.js';
import { lambdaClient, ROLE, zipOf } from '../lambda/support.js';
import { awsError, groupWithEvents, logsClient, type SubscriptionMessage } from './support.js';

const APACHE = (status: number, bytes: number) => `127.0.0.1 - - [10/Oct/2000:13:35:22 -0700] "GET /index.html HTTP/1.0" ${status} ${bytes}`;

describe('CloudWatch Logs metric and subscription filters', () => {
  let nimbus: Nimbus;
  let logs: CloudWatchLogsClient;
  let kinesis: KinesisClient;
  before(async () => {
    nimbus = await startTestNimbus();
    logs = logsClient(nimbus.endpoint);
    kinesis = kinesisClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('tests a metric filter pattern against sample messages', async () => {
    const { matches } = await logs.send(new TestMetricFilterCommand({
      filterPattern: '[ip, user, username, timestamp, request, status_code = 4*, bytes]',
      logEventMessages: [APACHE(200, 10), APACHE(404, 20), APACHE(403, 30)],
    }));
    assert.deepEqual(matches!.map((match) => [match.eventNumber, match.extractedValues!.$status_code, match.extractedValues!.$bytes]), [[2, '404', '20'], [3, '403', '30']]);
    assert.equal(matches![0]!.eventMessage, APACHE(404, 20));
    await assert.rejects(logs.send(new TestMetricFilterCommand({ filterPattern: '{ $.x = ', logEventMessages: ['x'] })), awsError('InvalidParameterException'));
  });

  it('stores, describes, counts and deletes metric filters', async () => {
    const logGroupName = await groupWithEvents(logs, 'metrics', []);
    const metricTransformations = [{ metricName: 'ClientErrors', metricNamespace: 'Nimbus/Web', metricValue: '$bytes', unit: 'Bytes' as const }];
    await logs.send(new PutMetricFilterCommand({ logGroupName, filterName: 'errors', filterPattern: '[ip, user, username, timestamp, request, status_code = 4*, bytes]', metricTransformations }));
    await logs.send(new PutMetricFilterCommand({ logGroupName, filterName: 'latency', filterPattern: '{ $.latency > 0 }', metricTransformations: [{ metricName: 'Latency', metricNamespace: 'Nimbus/App', metricValue: '$.latency', dimensions: { Service: '$.service' } }] }));
    const described = (await logs.send(new DescribeMetricFiltersCommand({ logGroupName }))).metricFilters!;
    assert.deepEqual(described.map((filter) => [filter.filterName, filter.logGroupName]), [['errors', logGroupName], ['latency', logGroupName]]);
    assert.deepEqual(described[0]!.metricTransformations, metricTransformations);
    const byMetric = (await logs.send(new DescribeMetricFiltersCommand({ metricName: 'Latency', metricNamespace: 'Nimbus/App' }))).metricFilters!;
    assert.ok(byMetric.some((filter) => filter.logGroupName === logGroupName && filter.filterName === 'latency'));
    assert.equal((await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: logGroupName }))).logGroups![0]!.metricFilterCount, 2);
    await logs.send(new PutLogEventsCommand({ logGroupName, logStreamName: 'stream-1', logEvents: [{ timestamp: Date.now(), message: APACHE(404, 512) }] }));
    await assert.rejects(logs.send(new DescribeMetricFiltersCommand({ metricName: 'Latency' })), awsError('InvalidParameterException'));
    await assert.rejects(logs.send(new PutMetricFilterCommand({ logGroupName, filterName: 'bad', filterPattern: '{ $.a == 1 }', metricTransformations })), awsError('InvalidParameterException'));
    await assert.rejects(logs.send(new PutMetricFilterCommand({ logGroupName: `${logGroupName}-absent`, filterName: 'x', filterPattern: '', metricTransformations })), awsError('ResourceNotFoundException'));
    await logs.send(new DeleteMetricFilterCommand({ logGroupName, filterName: 'errors' }));
    await assert.rejects(logs.send(new DeleteMetricFilterCommand({ logGroupName, filterName: 'errors' })), awsError('ResourceNotFoundException'));
  });

  it('delivers matching events to a Kinesis stream as gzipped subscription messages', async () => {
    const streamArn = await createActiveStream(kinesis, { StreamName: `logs-subscription-${process.pid}` });
    const logGroupName = await groupWithEvents(logs, 'subscribed', []);
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName, filterName: 'errors-to-kinesis', filterPattern: '?ERROR ?FATAL', destinationArn: streamArn }));
    const now = Date.now();
    await logs.send(new PutLogEventsCommand({ logGroupName, logStreamName: 'stream-1', logEvents: [
      { timestamp: now - 3, message: 'ERROR one' }, { timestamp: now - 2, message: 'INFO skipped' }, { timestamp: now - 1, message: 'FATAL two' },
    ] }));
    const [filter] = (await logs.send(new DescribeSubscriptionFiltersCommand({ logGroupName }))).subscriptionFilters!;
    assert.deepEqual([filter!.filterName, filter!.destinationArn, filter!.distribution], ['errors-to-kinesis', streamArn, 'ByLogStream']);

    const messages: SubscriptionMessage[] = [];
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamARN: streamArn }));
    let { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamARN: streamArn, ShardId: Shards![0]!.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }));
    for (let attempt = 0; attempt < 200 && !messages.some((message) => message.messageType === 'DATA_MESSAGE'); attempt++) {
      const page = await kinesis.send(new GetRecordsCommand({ StreamARN: streamArn, ShardIterator }));
      messages.push(...page.Records!.map((record) => JSON.parse(gunzipSync(record.Data!).toString('utf8')) as SubscriptionMessage));
      ShardIterator = page.NextShardIterator;
      if (!page.Records!.length) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const control = messages.find((message) => message.messageType === 'CONTROL_MESSAGE');
    assert.equal(control?.logEvents[0]?.message, 'CWL CONTROL MESSAGE: Checking health of destination Kinesis stream.');
    const data = messages.find((message) => message.messageType === 'DATA_MESSAGE')!;
    assert.equal(data.owner, '000000000000');
    assert.equal(data.logGroup, logGroupName);
    assert.equal(data.logStream, 'stream-1');
    assert.deepEqual(data.subscriptionFilters, ['errors-to-kinesis']);
    assert.deepEqual(data.logEvents.map((event) => [event.timestamp, event.message]), [[now - 3, 'ERROR one'], [now - 1, 'FATAL two']]);
    assert.ok(data.logEvents.every((event) => /^\d{56}$/.test(event.id)));
  });

  it('refuses a Kinesis destination that does not exist, as its test message cannot be put', async () => {
    const logGroupName = await groupWithEvents(logs, 'to-nowhere', []);
    const destinationArn = `arn:aws:kinesis:us-east-1:000000000000:stream/missing-${process.pid}`;
    await assert.rejects(
      logs.send(new PutSubscriptionFilterCommand({ logGroupName, filterName: 'lost', filterPattern: '', destinationArn })),
      awsError('InvalidParameterException'),
    );
    assert.deepEqual((await logs.send(new DescribeSubscriptionFiltersCommand({ logGroupName }))).subscriptionFilters, []);
  });

  it('allows two subscription filters per group and reports missing ones', async () => {
    const logGroupName = await groupWithEvents(logs, 'sub-limits', []);
    const lambda = lambdaClient(nimbus.endpoint);
    const { FunctionArn: destinationArn } = await lambda.send(new CreateFunctionCommand({
      FunctionName: `log-processor-${process.pid}`, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zipOf({ 'index.js': 'exports.handler = async () => {};' }) },
    }));
    await lambda.send(new AddPermissionCommand({ FunctionName: `log-processor-${process.pid}`, StatementId: 'logs', Action: 'lambda:InvokeFunction', Principal: 'logs.amazonaws.com' }));
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName, filterName: 'one', filterPattern: '', destinationArn }));
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName, filterName: 'two', filterPattern: 'ERROR', destinationArn }));
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName, filterName: 'two', filterPattern: 'WARN', destinationArn }));
    await assert.rejects(logs.send(new PutSubscriptionFilterCommand({ logGroupName, filterName: 'three', filterPattern: '', destinationArn })), awsError('LimitExceededException'));
    const filters = (await logs.send(new DescribeSubscriptionFiltersCommand({ logGroupName }))).subscriptionFilters!;
    assert.deepEqual(filters.map((filter) => [filter.filterName, filter.filterPattern]), [['one', ''], ['two', 'WARN']]);
    await logs.send(new DeleteSubscriptionFilterCommand({ logGroupName, filterName: 'one' }));
    await assert.rejects(logs.send(new DeleteSubscriptionFilterCommand({ logGroupName, filterName: 'one' })), awsError('ResourceNotFoundException'));
    await assert.rejects(logs.send(new PutSubscriptionFilterCommand({ logGroupName, filterName: 'x', filterPattern: '', destinationArn: 'not-an-arn' })), awsError('InvalidParameterException'));
  });
});
