import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CloudWatchClient, PutDashboardCommand, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogGroupCommand, PutRetentionPolicyCommand } from '@aws-sdk/client-cloudwatch-logs';
import { EventBridgeClient, PutRuleCommand } from '@aws-sdk/client-eventbridge';
import { CreateStreamCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { zipSync } from 'fflate';
import { CreateQueueCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Nimbus } from '../../src/index.js';
import { clientConfig, startTestNimbus } from '../support/nimbus.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('the web console (headless Chromium)', { skip: CHROMIUM ? false : 'chromium is not installed (/usr/bin/chromium): apt-get install chromium' }, () => {
  let nimbus: Nimbus;
  let sns: SNSClient;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;

  before(async () => {
    nimbus = await startTestNimbus();
    sns = new SNSClient(clientConfig(nimbus.endpoint));
    profile = mkdtempSync(join(tmpdir(), 'nimbus-console-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    page = browser.pages()[0] ?? await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await nimbus?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('is served as HTML under /_nimbus/console', async () => {
    const response = await fetch(`${nimbus.endpoint}/_nimbus/console`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await response.text(), /<title>Nimbus console<\/title>/);
  });

  it('shows the services and the SMS SNS captured, as text, within a refresh', async () => {
    await page.goto(`${nimbus.endpoint}/_nimbus/console`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Nimbus '));
    assert.ok((await page.locator('#services span').allTextContents()).includes('sns'));
    assert.equal(await page.locator('#outbox tbody tr').count(), 0);

    const text = `<b>Platform ${Math.floor(Math.random() * 1000)}</b> is closed`;
    await sns.send(new PublishCommand({ PhoneNumber: '+15555550123', Message: text }));
    const row = page.locator('#outbox tbody tr', { hasText: '+15555550123' });
    await row.waitFor({ timeout: 10_000 });
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[1], 'sms');
    assert.equal(cells[4], text, 'the message is shown as written, its markup not interpreted');
    assert.equal(await row.locator('b').count(), 0);
  });

  it('shows alarms, dashboards, log groups, buckets, functions, rules, streams, secret and parameter names and queues, as the APIs answer them', async () => {
    const config = clientConfig(nimbus.endpoint);
    const cloudwatch = new CloudWatchClient(config);
    const reason = '<i>latency</i> above the line';
    await cloudwatch.send(new PutMetricAlarmCommand({
      AlarmName: 'checkout-latency', Namespace: 'Shop', MetricName: 'Latency', Statistic: 'Average', Period: 60, EvaluationPeriods: 1,
      Threshold: 500, ComparisonOperator: 'GreaterThanThreshold',
    }));
    await cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'checkout-latency', StateValue: 'ALARM', StateReason: reason }));
    await cloudwatch.send(new PutDashboardCommand({
      DashboardName: 'operations',
      DashboardBody: JSON.stringify({ widgets: [{ type: 'metric', x: 0, y: 0, width: 6, height: 6, properties: { title: 'Checkout latency', metrics: [['Shop', 'Latency']], region: 'us-east-1' } }] }),
    }));
    const logs = new CloudWatchLogsClient(config);
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/lambda/signup' }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: '/aws/lambda/signup', retentionInDays: 14 }));
    const sqs = new SQSClient(config);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'dispatch-commands' }));
    for (const body of ['train 12 hold', 'train 14 go']) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body }));

    const s3 = new S3Client({ ...config, forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'telemetry-archive' }));
    for (const Key of ['2026/11/24/a.json', '2026/11/24/b.json', 'readme.txt']) await s3.send(new PutObjectCommand({ Bucket: 'telemetry-archive', Key, Body: Key }));
    await new LambdaClient(config).send(new CreateFunctionCommand({
      FunctionName: 'move-to-efs', Runtime: 'python3.12', Handler: 'app.handler', Role: 'arn:aws:iam::000000000000:role/mover', MemorySize: 256,
      Code: { ZipFile: zipSync({ 'app.py': new TextEncoder().encode('def handler(event, context):\n    return event\n') }) },
    }));

    await new EventBridgeClient(config).send(new PutRuleCommand({ Name: 'threshold-breaches', EventPattern: JSON.stringify({ source: ['metro.telemetry'] }) }));
    await new KinesisClient(config).send(new CreateStreamCommand({ StreamName: 'train-telemetry', ShardCount: 2 }));
    const secretValue = `db-password-${Math.random().toString(36).slice(2)}`;
    await new SecretsManagerClient(config).send(new CreateSecretCommand({ Name: 'roommates/db', SecretString: secretValue }));
    await new SSMClient(config).send(new PutParameterCommand({ Name: '/roommates/db-host', Value: 'db.internal', Type: 'String' }));

    await page.goto(`${nimbus.endpoint}/_nimbus/console`);
    const cells = async (section: string, text: string) => {
      const row = page.locator(`#${section} tbody tr`, { hasText: text });
      await row.waitFor({ timeout: 10_000 });
      return row.locator('td').allTextContents();
    };
    const alarm = await cells('alarms', 'checkout-latency');
    assert.deepEqual(alarm.slice(0, 3), ['checkout-latency', 'ALARM', reason]);
    assert.equal(await page.locator('#alarms tbody i').count(), 0, 'the reason is shown as written');
    assert.deepEqual((await cells('dashboards', 'operations')).slice(0, 2), ['operations', 'Checkout latency']);
    assert.deepEqual((await cells('log-groups', '/aws/lambda/signup')).slice(0, 3), ['/aws/lambda/signup', '0', '14']);
    assert.deepEqual(await cells('queues', 'dispatch-commands'), ['dispatch-commands', '2', '0', '0']);
    assert.deepEqual((await cells('buckets', 'telemetry-archive')).slice(0, 2), ['telemetry-archive', '3']);
    assert.deepEqual((await cells('functions', 'move-to-efs')).slice(0, 5), ['move-to-efs', 'python3.12', 'app.handler', '256', 'Active']);
    assert.deepEqual(await cells('rules', 'threshold-breaches'), ['threshold-breaches', 'default', 'ENABLED', '{"source":["metro.telemetry"]}']);
    assert.deepEqual(await cells('streams', 'train-telemetry'), ['train-telemetry', 'ACTIVE', 'PROVISIONED', '2']);
    assert.deepEqual((await cells('secrets', 'Secrets Manager secret')).slice(0, 2), ['roommates/db', 'Secrets Manager secret']);
    assert.deepEqual((await cells('secrets', '/roommates/db-host')).slice(0, 2), ['/roommates/db-host', 'SSM String parameter, version 1']);
    assert.ok(!(await page.content()).includes(secretValue), 'no secret value is shown');
  });
});
