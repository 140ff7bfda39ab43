import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CloudWatchClient, GetMetricStatisticsCommand, ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import { FilterLogEventsCommand, PutLogEventsCommand, PutMetricFilterCommand, PutSubscriptionFilterCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { AddPermissionCommand, CreateFunctionCommand } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { eventually, nimbusNow } from '../cloudwatch/support.js';
import { lambdaClient, ROLE, zipOf } from '../lambda/support.js';
import { groupWithEvents, logsClient, type SubscriptionMessage } from './support.js';

const APACHE = (status: number, bytes: number) => `127.0.0.1 - frank [10/Oct/2000:13:35:22 -0700] "GET /index.html HTTP/1.0" ${status} ${bytes}`;

/** What metric and subscription filters deliver to other services: metrics in CloudWatch, events to a Lambda function. */
describe('CloudWatch Logs deliveries to CloudWatch and Lambda', () => {
  let nimbus: Nimbus;
  let logs: CloudWatchLogsClient;
  before(async () => {
    nimbus = await startTestNimbus();
    logs = logsClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('publishes what metric filters extract as CloudWatch metrics, with dimensions and default values', async () => {
    const cloudwatch = new CloudWatchClient(clientConfig(nimbus.endpoint));
    const Namespace = `Nimbus/Web-${process.pid}`;
    const logGroupName = await groupWithEvents(logs, 'metric-filters', []);
    await logs.send(new PutMetricFilterCommand({
      logGroupName, filterName: 'client-errors', filterPattern: '[ip, user, username, timestamp, request, status_code = 4*, bytes]',
      metricTransformations: [{ metricName: 'ClientErrorBytes', metricNamespace: Namespace, metricValue: '$bytes', unit: 'Bytes' }],
    }));
    await logs.send(new PutMetricFilterCommand({
      logGroupName, filterName: 'latency', filterPattern: '{ $.latency > 0 }',
      metricTransformations: [{ metricName: 'Latency', metricNamespace: Namespace, metricValue: '$.latency', dimensions: { Service: '$.service' }, unit: 'Milliseconds' }],
    }));
    await logs.send(new PutMetricFilterCommand({
      logGroupName, filterName: 'fatal', filterPattern: 'FATAL',
      metricTransformations: [{ metricName: 'Fatals', metricNamespace: Namespace, metricValue: '1', defaultValue: 0 }],
    }));
    const now = await nimbusNow(nimbus.endpoint);
    await logs.send(new PutLogEventsCommand({ logGroupName, logStreamName: 'stream-1', logEvents: [
      { timestamp: now - 4, message: APACHE(404, 512) },
      { timestamp: now - 3, message: APACHE(200, 100) },
      { timestamp: now - 2, message: APACHE(403, 256) },
      { timestamp: now - 1, message: JSON.stringify({ service: 'checkout', latency: 120 }) },
    ] }));

    const statistics = (MetricName: string, Dimensions?: Array<{ Name: string; Value: string }>) => cloudwatch.send(new GetMetricStatisticsCommand({
      Namespace, MetricName, Dimensions, StartTime: new Date(now - 3_600_000), EndTime: new Date(now + 3_600_000), Period: 7200, Statistics: ['Sum', 'SampleCount'],
    }));
    const bytes = await eventually(() => statistics('ClientErrorBytes'), (answer) => answer.Datapoints?.[0]?.SampleCount === 2, 1000);
    assert.deepEqual(bytes.Datapoints!.map((point) => [point.Sum, point.SampleCount, point.Unit]), [[768, 2, 'Bytes']]);
    const latency = await eventually(() => statistics('Latency', [{ Name: 'Service', Value: 'checkout' }]), (answer) => (answer.Datapoints?.length ?? 0) > 0, 1000);
    assert.deepEqual(latency.Datapoints!.map((point) => [point.Sum, point.SampleCount, point.Unit]), [[120, 1, 'Milliseconds']]);
    const fatals = await eventually(() => statistics('Fatals'), (answer) => (answer.Datapoints?.length ?? 0) > 0, 1000);
    assert.deepEqual(fatals.Datapoints!.map((point) => [point.Sum, point.SampleCount]), [[0, 1]], 'a batch without a match reports the default value once');

    const { Metrics } = await cloudwatch.send(new ListMetricsCommand({ Namespace }));
    assert.deepEqual(Metrics!.map((metric) => [metric.MetricName, metric.Dimensions]).sort(), [
      ['ClientErrorBytes', []], ['Fatals', []], ['Latency', [{ Name: 'Service', Value: 'checkout' }]],
    ]);
  });

  it('delivers matching events to a Lambda function as gzipped, base64 awslogs data', async () => {
    const functionName = `log-processor-${process.pid}`;
    await lambdaClient(nimbus.endpoint).send(new CreateFunctionCommand({
      FunctionName: functionName, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler',
      Code: { ZipFile: zipOf({ 'index.js': `
const zlib = require('zlib');
exports.handler = async (event) => {
  const data = JSON.parse(zlib.gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8'));
  console.log('SUBSCRIBED ' + JSON.stringify(data));
};` }) },
    }));
    const destinationArn = `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`;
    const logGroupName = await groupWithEvents(logs, 'subscribed-lambda', []);
    const subscribe = () => logs.send(new PutSubscriptionFilterCommand({ logGroupName, filterName: 'errors-to-lambda', filterPattern: '{ $.level = "error" }', destinationArn }));
    const permit = (StatementId: string, SourceArn: string) => lambdaClient(nimbus.endpoint).send(new AddPermissionCommand({
      FunctionName: functionName, StatementId, Action: 'lambda:InvokeFunction', Principal: 'logs.amazonaws.com', SourceArn, SourceAccount: '000000000000',
    }));
    const refused = 'Could not execute the lambda function. Make sure you have given CloudWatch Logs permission to execute your function.';
    await assert.rejects(subscribe(), (error: Error) => error.name === 'InvalidParameterException' && error.message === refused);
    await permit('other-group', 'arn:aws:logs:us-east-1:000000000000:log-group:/some/other/group:*');
    await assert.rejects(subscribe(), { name: 'InvalidParameterException' });
    await assert.rejects(logs.send(new PutSubscriptionFilterCommand({ logGroupName, filterName: 'x', filterPattern: '', destinationArn: `${destinationArn}-absent` })), { name: 'InvalidParameterException' });
    await permit('this-group', `arn:aws:logs:us-east-1:000000000000:log-group:${logGroupName}:*`);
    await subscribe();
    const now = await nimbusNow(nimbus.endpoint);
    await logs.send(new PutLogEventsCommand({ logGroupName, logStreamName: 'stream-1', logEvents: [
      { timestamp: now - 3, message: '{"level":"error","msg":"card declined"}' },
      { timestamp: now - 2, message: '{"level":"info","msg":"fine"}' },
      { timestamp: now - 1, message: '{"level":"error","msg":"timeout"}' },
    ] }));

    const lines = await eventually(
      async () => (await logs.send(new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${functionName}`, filterPattern: 'SUBSCRIBED' })).catch(() => ({ events: [] }))).events ?? [],
      (events) => events.length > 0, 3000,
    );
    assert.equal(lines.length, 1, 'one batch, one invocation');
    const text = lines[0]!.message!;
    const message = JSON.parse(text.slice(text.indexOf('{'))) as SubscriptionMessage;
    assert.equal(message.messageType, 'DATA_MESSAGE');
    assert.equal(message.owner, '000000000000');
    assert.equal(message.logGroup, logGroupName);
    assert.equal(message.logStream, 'stream-1');
    assert.deepEqual(message.subscriptionFilters, ['errors-to-lambda']);
    assert.deepEqual(message.logEvents.map((event) => [event.timestamp, JSON.parse(event.message).msg]), [[now - 3, 'card declined'], [now - 1, 'timeout']]);
  });
});
