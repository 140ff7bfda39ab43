import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateAliasCommand, CreateFunctionCommand, DeleteAliasCommand, DeleteFunctionCommand, DeleteProvisionedConcurrencyConfigCommand, GetAccountSettingsCommand, GetProvisionedConcurrencyConfigCommand, InvokeCommand,
  ListFunctionEventInvokeConfigsCommand, ListProvisionedConcurrencyConfigsCommand, PublishVersionCommand, PutFunctionEventInvokeConfigCommand, PutFunctionConcurrencyCommand, PutProvisionedConcurrencyConfigCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { decode, failure, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

describe('Lambda concurrency: provisioned concurrency and the account\'s settings', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  /** A function with version 1 published and alias `live` on it. */
  async function published(): Promise<string> {
    const name = uniqueName('provisioned');
    await lambda.send(new CreateFunctionCommand({
      FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler',
      Code: { ZipFile: zipOf({ 'index.js': `exports.handler = async () => { await new Promise((r) => setTimeout(r, 200)); return { type: process.env.AWS_LAMBDA_INITIALIZATION_TYPE, pid: process.pid }; };` }) },
    }));
    await lambda.send(new PublishVersionCommand({ FunctionName: name }));
    await lambda.send(new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: '1' }));
    return name;
  }
  const invoke = async (FunctionName: string) => {
    const response = await lambda.send(new InvokeCommand({ FunctionName, LogType: 'Tail' }));
    return { body: decode(response.Payload) as { type: string; pid: number }, log: Buffer.from(response.LogResult!, 'base64').toString('utf8') };
  };

  it('is IN_PROGRESS, then READY on the clock, and serves the version from environments started ahead', async () => {
    const name = await published();
    const put = await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: '1', ProvisionedConcurrentExecutions: 2 }));
    assert.equal(put.$metadata.httpStatusCode, 202);
    assert.equal(put.Status, 'IN_PROGRESS');
    assert.equal(put.RequestedProvisionedConcurrentExecutions, 2);
    assert.equal(put.AllocatedProvisionedConcurrentExecutions, 0);
    assert.match(put.LastModified!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    await advanceClock(nimbus.endpoint, 1);
    const got = await lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: '1' }));
    assert.equal(got.Status, 'READY');
    assert.equal(got.AllocatedProvisionedConcurrentExecutions, 2);
    assert.equal(got.AvailableProvisionedConcurrentExecutions, 2);

    const [first, second] = await Promise.all([invoke(`${name}:1`), invoke(`${name}:live`)]);
    assert.equal(first.body.type, 'provisioned-concurrency');
    assert.equal(second.body.type, 'provisioned-concurrency');
    assert.notEqual(first.body.pid, second.body.pid);
    for (const { log } of [first, second]) {
      assert.doesNotMatch(log, /INIT_START|Init Duration/);
      assert.match(log, /REPORT RequestId: /);
    }
    const onDemand = await invoke(name);
    assert.equal(onDemand.body.type, 'on-demand');
    assert.match(onDemand.log, /Init Duration: \d+\.\d\d ms/);

    const { ProvisionedConcurrencyConfigs } = await lambda.send(new ListProvisionedConcurrencyConfigsCommand({ FunctionName: name }));
    assert.deepEqual(ProvisionedConcurrencyConfigs?.map((config) => [config.FunctionArn, config.Status, config.RequestedProvisionedConcurrentExecutions]), [
      [`arn:aws:lambda:us-east-1:000000000000:function:${name}:1`, 'READY', 2],
    ]);

    await lambda.send(new DeleteProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: '1' }));
    const gone = await failure(lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: '1' })));
    assert.equal(gone.name, 'ProvisionedConcurrencyConfigNotFoundException');
    assert.equal(gone.$metadata.httpStatusCode, 404);
    assert.equal((await invoke(`${name}:1`)).body.type, 'on-demand');
  });

  it('refuses $LATEST, a version already provisioned through an alias, and more than the reserved concurrency', async () => {
    const name = await published();
    const latest = await failure(lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: '$LATEST', ProvisionedConcurrentExecutions: 1 })));
    assert.equal(latest.name, 'InvalidParameterValueException');
    assert.equal(latest.message, 'Provisioned Concurrency Configs cannot be applied to unpublished function versions.');
    const none = await failure(lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: 'live' })));
    assert.equal(none.name, 'ProvisionedConcurrencyConfigNotFoundException');

    await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: 'live', ProvisionedConcurrentExecutions: 1 }));
    const twice = await failure(lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: '1', ProvisionedConcurrentExecutions: 1 })));
    assert.equal(twice.name, 'ResourceConflictException');
    assert.equal(twice.$metadata.httpStatusCode, 409);
    await lambda.send(new DeleteProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: 'live' }));

    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: name, ReservedConcurrentExecutions: 1 }));
    const tooMany = await failure(lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: '1', ProvisionedConcurrentExecutions: 2 })));
    assert.equal(tooMany.name, 'InvalidParameterValueException');
    assert.equal(tooMany.message, 'Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function');
    const missing = await failure(lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: '7', ProvisionedConcurrentExecutions: 1 })));
    assert.equal(missing.name, 'ResourceNotFoundException');
  });

  it('forgets the configurations of an alias or a version when it is deleted', async () => {
    const name = await published();
    await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: 'live', ProvisionedConcurrentExecutions: 1 }));
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: name, Qualifier: '1', MaximumRetryAttempts: 0 }));
    await lambda.send(new DeleteAliasCommand({ FunctionName: name, Name: 'live' }));
    assert.deepEqual((await lambda.send(new ListProvisionedConcurrencyConfigsCommand({ FunctionName: name }))).ProvisionedConcurrencyConfigs, []);
    await lambda.send(new DeleteFunctionCommand({ FunctionName: name, Qualifier: '1' }));
    assert.deepEqual((await lambda.send(new ListFunctionEventInvokeConfigsCommand({ FunctionName: name }))).FunctionEventInvokeConfigs, []);
  });

  it('GetAccountSettings counts the functions and the concurrency left unreserved', async () => {
    const before = await lambda.send(new GetAccountSettingsCommand({}));
    assert.equal(before.AccountLimit?.ConcurrentExecutions, 1000);
    const name = await published();
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: name, ReservedConcurrentExecutions: 10 }));
    const after = await lambda.send(new GetAccountSettingsCommand({}));
    assert.equal(after.AccountLimit?.UnreservedConcurrentExecutions, before.AccountLimit!.UnreservedConcurrentExecutions! - 10);
    assert.equal(after.AccountUsage?.FunctionCount, before.AccountUsage!.FunctionCount! + 1);
    assert.ok(after.AccountUsage!.TotalCodeSize! > before.AccountUsage!.TotalCodeSize!);
    assert.equal(after.AccountLimit?.CodeSizeZipped, 52_428_800);
  });
});
