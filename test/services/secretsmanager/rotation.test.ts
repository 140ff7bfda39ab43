import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { AddPermissionCommand, CreateFunctionCommand, LambdaClient, UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import {
  CancelRotateSecretCommand, CreateSecretCommand, DescribeSecretCommand, GetSecretValueCommand, ListSecretVersionIdsCommand,
  RotateSecretCommand, SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { failure, uniqueName } from '../../support/calls.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { ROLE, zipOf } from '../lambda/support.js';
import { ROTATION_HANDLER } from './rotation-function.js';
import { aws } from './support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Long polls of one second each before a wait for the function gives up, so a broken rotation fails rather than hangs. */
const MAX_POLLS = 120;

interface StepReport {
  step: string;
  token: string;
  rotationToken?: string;
}

describe('Secrets Manager rotation through a real Lambda function', () => {
  let nimbus: Nimbus;
  let sm: SecretsManagerClient;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let functionArn: string;
  let reportsUrl: string;
  let outcomesUrl: string;
  const environment = (failStep?: string) => ({ Variables: { REPORT_QUEUE_URL: reportsUrl, ...(failStep ? { FAIL_STEP: failStep } : {}) } });

  before(async () => {
    nimbus = await startTestNimbus();
    const config = clientConfig(nimbus.endpoint);
    sm = new SecretsManagerClient(config);
    lambda = new LambdaClient(config);
    sqs = new SQSClient(config);
    reportsUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'rotation-steps.fifo', Attributes: { FifoQueue: 'true' } }))).QueueUrl!;
    outcomesUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'rotation-outcomes' }))).QueueUrl!;
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: outcomesUrl, AttributeNames: ['QueueArn'] }));
    const events = new EventBridgeClient(config);
    const pattern = { source: ['aws.secretsmanager'], 'detail-type': ['AWS Service Event via CloudTrail'], detail: { eventName: ['RotationSucceeded', 'RotationFailed'] } };
    await events.send(new PutRuleCommand({ Name: 'rotation-outcomes', EventPattern: JSON.stringify(pattern) }));
    await events.send(new PutTargetsCommand({ Rule: 'rotation-outcomes', Targets: [{ Id: 'queue', Arn: Attributes!.QueueArn! }] }));
    const created = await lambda.send(new CreateFunctionCommand({
      FunctionName: 'rotator', Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Timeout: 30, Environment: environment(),
      Code: { ZipFile: zipOf({ 'index.js': ROTATION_HANDLER }) },
    }));
    functionArn = created.FunctionArn!;
    await lambda.send(new AddPermissionCommand({ FunctionName: 'rotator', StatementId: 'SecretsManagerAccess', Action: 'lambda:InvokeFunction', Principal: 'secretsmanager.amazonaws.com' }));
  });
  after(() => nimbus.stop());

  /** The next `count` steps the function reported, in the order it was called. */
  async function steps(count: number): Promise<StepReport[]> {
    const reports: StepReport[] = [];
    for (let polls = 0; reports.length < count; polls++) {
      assert.ok(polls < MAX_POLLS, `only ${reports.length} of ${count} steps were reported`);
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: reportsUrl, WaitTimeSeconds: 1, MaxNumberOfMessages: 1 }));
      for (const message of Messages ?? []) {
        reports.push(JSON.parse(message.Body!) as StepReport);
        await sqs.send(new DeleteMessageCommand({ QueueUrl: reportsUrl, ReceiptHandle: message.ReceiptHandle! }));
      }
    }
    return reports;
  }

  /** The rotation outcome Secrets Manager published for the secret: RotationSucceeded or RotationFailed. */
  async function outcome(secretArn: string): Promise<string> {
    for (let polls = 0; ; polls++) {
      assert.ok(polls < MAX_POLLS, 'no rotation outcome was published');
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: outcomesUrl, WaitTimeSeconds: 1 }));
      for (const message of Messages ?? []) {
        await sqs.send(new DeleteMessageCommand({ QueueUrl: outcomesUrl, ReceiptHandle: message.ReceiptHandle! }));
        const event = JSON.parse(message.Body!) as { source: string; detail: { eventName: string; eventType: string; additionalEventData: { SecretId: string } } };
        assert.equal(event.detail.eventType, 'AwsServiceEvent');
        if (event.detail.additionalEventData.SecretId === secretArn) return event.detail.eventName;
      }
    }
  }

  async function secret(): Promise<string> {
    const created = await sm.send(new CreateSecretCommand({ Name: uniqueName('db'), SecretString: JSON.stringify({ username: 'app', password: 'initial' }) }));
    return created.ARN!;
  }

  const value = async (SecretId: string, VersionStage?: string) => {
    const answer = await sm.send(new GetSecretValueCommand({ SecretId, VersionStage }));
    return { versionId: answer.VersionId!, ...(JSON.parse(answer.SecretString!) as { username: string; password: string }) };
  };

  it('calls the four steps in order with one token, the function rotating through its own SDK', async () => {
    const arn = await secret();
    const { VersionId: token } = await sm.send(new RotateSecretCommand({ SecretId: arn, RotationLambdaARN: functionArn, RotationRules: { AutomaticallyAfterDays: 7 } }));
    const reported = await steps(4);
    assert.deepEqual(reported.map((report) => report.step), ['createSecret', 'setSecret', 'testSecret', 'finishSecret']);
    assert.ok(reported.every((report) => report.token === token && report.rotationToken === reported[0]!.rotationToken && report.rotationToken));
    assert.equal(await outcome(arn), 'RotationSucceeded');

    const current = await value(arn);
    assert.equal(current.versionId, token);
    assert.equal(current.username, 'app');
    assert.equal(current.password.length, 32);
    assert.equal((await value(arn, 'AWSPREVIOUS')).password, 'initial');
    const described = await sm.send(new DescribeSecretCommand({ SecretId: arn }));
    assert.deepEqual(described.VersionIdsToStages![token!], ['AWSCURRENT'], 'AWSPENDING leaves the version once rotation succeeds');
    const rotatedDay = described.LastRotatedDate!.getTime() - (described.LastRotatedDate!.getTime() % DAY);
    assert.equal(described.NextRotationDate!.getTime(), rotatedDay + 8 * DAY - 1000, 'the end of the UTC day seven days on');
    assert.equal(described.RotationEnabled, true);
    const fromCli = await aws(nimbus.endpoint, 'secretsmanager', 'list-secret-version-ids', '--secret-id', arn);
    const stages = Object.fromEntries((fromCli['Versions'] as Array<{ VersionId: string; VersionStages: string[] }>).map((version) => [version.VersionId, version.VersionStages]));
    assert.deepEqual(stages[token!], ['AWSCURRENT']);
    assert.deepEqual(stages[(await value(arn, 'AWSPREVIOUS')).versionId], ['AWSPREVIOUS']);
  });

  it('leaves AWSPENDING when a step fails, publishes RotationFailed, and reattempts that rotation when asked again', async () => {
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'rotator', Environment: environment('testSecret') }));
    try {
      const arn = await secret();
      const { VersionId: token } = await sm.send(new RotateSecretCommand({ SecretId: arn, RotationLambdaARN: functionArn }));
      assert.deepEqual((await steps(3)).map((report) => report.step), ['createSecret', 'setSecret', 'testSecret']);
      assert.equal(await outcome(arn), 'RotationFailed');
      const { Versions } = await sm.send(new ListSecretVersionIdsCommand({ SecretId: arn }));
      assert.deepEqual(Versions!.find((version) => version.VersionId === token)!.VersionStages, ['AWSPENDING']);
      assert.equal((await value(arn)).password, 'initial');
      assert.equal((await value(arn, 'AWSPENDING')).versionId, token);
      assert.equal((await sm.send(new DescribeSecretCommand({ SecretId: arn }))).LastRotatedDate, undefined);

      await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'rotator', Environment: environment() }));
      const again = await failure(sm.send(new RotateSecretCommand({ SecretId: arn })));
      assert.equal(again.name, 'InvalidRequestException');
      assert.equal(again.message, 'A previous rotation isn\u2019t complete. That rotation will be reattempted.');
      const retried = await steps(4);
      assert.ok(retried.every((report) => report.token === token), 'the reattempt keeps the first token');
      assert.equal(await outcome(arn), 'RotationSucceeded');
      const current = await value(arn);
      assert.equal(current.versionId, token);
      assert.notEqual(current.password, 'initial');
    } finally {
      await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'rotator', Environment: environment() }));
    }
  });

  it('refuses a function whose policy does not let Secrets Manager invoke it', async () => {
    const { FunctionArn } = await lambda.send(new CreateFunctionCommand({
      FunctionName: 'unpermitted', Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zipOf({ 'index.js': ROTATION_HANDLER }) },
    }));
    await lambda.send(new AddPermissionCommand({ FunctionName: 'unpermitted', StatementId: 'S3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com' }));
    const arn = await secret();
    const refused = await failure(sm.send(new RotateSecretCommand({ SecretId: arn, RotationLambdaARN: FunctionArn })));
    assert.equal(refused.name, 'AccessDeniedException');
    assert.equal(refused.status, 400);
    assert.equal(refused.message, 'Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.');
    const described = await sm.send(new DescribeSecretCommand({ SecretId: arn }));
    assert.equal(described.RotationEnabled, false);
    assert.equal(Object.keys(described.VersionIdsToStages!).length, 1);
  });

  it('honours the SourceArn and SourceAccount of the permission that lets Secrets Manager invoke the function', async () => {
    const create = async (FunctionName: string) => (await lambda.send(new CreateFunctionCommand({
      FunctionName, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zipOf({ 'index.js': ROTATION_HANDLER }) },
    }))).FunctionArn!;
    const permit = (FunctionName: string, StatementId: string, scope: { SourceArn?: string; SourceAccount?: string }) => lambda.send(new AddPermissionCommand({
      FunctionName, StatementId, Action: 'lambda:InvokeFunction', Principal: 'secretsmanager.amazonaws.com', ...scope,
    }));
    const rotate = (SecretId: string, RotationLambdaARN: string) =>
      sm.send(new RotateSecretCommand({ SecretId, RotationLambdaARN, RotationRules: { AutomaticallyAfterDays: 30 }, RotateImmediately: false }));
    const arn = await secret();
    const other = await secret();

    const scoped = await create('scoped-by-arn');
    await permit('scoped-by-arn', 'other-secret', { SourceArn: other });
    assert.equal((await failure(rotate(arn, scoped))).name, 'AccessDeniedException');
    await permit('scoped-by-arn', 'this-secret', { SourceArn: arn });
    assert.equal((await rotate(arn, scoped)).ARN, arn);

    const foreign = await create('scoped-by-account');
    await permit('scoped-by-account', 'another-account', { SourceAccount: '111111111111' });
    assert.equal((await failure(rotate(other, foreign))).name, 'AccessDeniedException');
    await permit('scoped-by-account', 'this-account', { SourceAccount: '000000000000' });
    assert.equal((await rotate(other, foreign)).ARN, other);
  });

  it('rotates when the clock opens the next window, reports the window end as NextRotationDate, and stops on CancelRotateSecret', async () => {
    const arn = await secret();
    await sm.send(new RotateSecretCommand({
      SecretId: arn, RotationLambdaARN: functionArn, RotationRules: { ScheduleExpression: 'rate(4 hours)', Duration: '2h' }, RotateImmediately: false,
    }));
    let described = await sm.send(new DescribeSecretCommand({ SecretId: arn }));
    assert.equal(described.NextRotationDate!.getTime(), described.LastChangedDate!.getTime() + 6 * HOUR);
    assert.equal(Object.keys(described.VersionIdsToStages!).length, 1, 'nothing rotates before the window');

    await advanceClock(nimbus.endpoint, 4 * 3600 + 60);
    assert.deepEqual((await steps(4)).map((report) => report.step), ['createSecret', 'setSecret', 'testSecret', 'finishSecret']);
    assert.equal(await outcome(arn), 'RotationSucceeded');
    described = await sm.send(new DescribeSecretCommand({ SecretId: arn }));
    assert.notEqual((await value(arn)).password, 'initial');
    assert.equal(described.NextRotationDate!.getTime(), described.LastRotatedDate!.getTime() + 6 * HOUR);

    const cancelled = await sm.send(new CancelRotateSecretCommand({ SecretId: arn }));
    assert.equal(cancelled.ARN, arn);
    described = await sm.send(new DescribeSecretCommand({ SecretId: arn }));
    assert.equal(described.RotationEnabled, false);
    assert.equal(described.NextRotationDate, undefined);
    assert.equal(described.RotationLambdaARN, functionArn);
  });

  it('opens cron windows where the expression says, for Duration or to the end of the UTC day', async () => {
    const arn = await secret();
    await sm.send(new RotateSecretCommand({
      SecretId: arn, RotationLambdaARN: functionArn, RotationRules: { ScheduleExpression: 'cron(0 16 ? * MON *)', Duration: '3h' }, RotateImmediately: false,
    }));
    let next = (await sm.send(new DescribeSecretCommand({ SecretId: arn }))).NextRotationDate!;
    assert.deepEqual([next.getUTCDay(), next.getUTCHours(), next.getUTCMinutes()], [1, 19, 0]);
    await sm.send(new RotateSecretCommand({ SecretId: arn, RotationRules: { ScheduleExpression: 'cron(0 8 1 * ? *)' }, RotateImmediately: false }));
    next = (await sm.send(new DescribeSecretCommand({ SecretId: arn }))).NextRotationDate!;
    assert.deepEqual([next.getUTCDate(), next.getUTCHours(), next.getUTCMinutes(), next.getUTCSeconds()], [1, 23, 59, 59]);

    for (const RotationRules of [{ ScheduleExpression: 'cron(0 8 1 * MON *)' }, { ScheduleExpression: 'rate(2 hours)' }, { AutomaticallyAfterDays: 1, Duration: '25h' }]) {
      const refused = await failure(sm.send(new RotateSecretCommand({ SecretId: arn, RotationRules, RotateImmediately: false })));
      assert.equal(refused.name, 'InvalidParameterException', JSON.stringify(RotationRules));
    }
  });
});
