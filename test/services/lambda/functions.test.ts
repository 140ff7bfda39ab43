import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AddPermissionCommand, CreateAliasCommand, CreateFunctionCommand, DeleteFunctionCommand, GetAliasCommand, GetFunctionCommand,
  GetFunctionConfigurationCommand, GetLayerVersionByArnCommand, GetLayerVersionCommand, GetPolicyCommand, InvokeCommand, ListAliasesCommand, ListFunctionsCommand,
  ListLayerVersionsCommand, ListTagsCommand, ListVersionsByFunctionCommand, PublishLayerVersionCommand, PublishVersionCommand,
  RemovePermissionCommand, TagResourceCommand, UntagResourceCommand, UpdateAliasCommand, UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand, type LambdaClient,
} from '@aws-sdk/client-lambda';
import { unzipSync } from 'fflate';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { decode, failure, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

const ACCOUNT = '000000000000';

describe('Lambda functions, versions, aliases, layers and policies', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  const source = (value: string) => zipOf({ 'index.js': `exports.handler = async () => ${JSON.stringify(value)};` });
  async function create(extra: Record<string, unknown> = {}): Promise<string> {
    const name = uniqueName('fn');
    await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: source('v1') }, ...extra }));
    return name;
  }
  const run = async (FunctionName: string, Qualifier?: string) => decode((await lambda.send(new InvokeCommand({ FunctionName, Qualifier }))).Payload);

  it('creates a function Pending, then Active on the clock, with its configuration and a downloadable Code.Location', async () => {
    const name = uniqueName('fn');
    const zip = source('v1');
    const created = await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zip }, Tags: { team: 'a' } }));
    assert.equal(created.State, 'Pending');
    assert.equal(created.StateReasonCode, 'Creating');
    assert.equal(created.FunctionArn, `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`);
    assert.equal(created.Timeout, 3);
    assert.equal(created.MemorySize, 128);
    assert.equal(created.Version, '$LATEST');
    assert.equal(created.CodeSize, zip.length);
    assert.equal(created.PackageType, 'Zip');
    const got = await lambda.send(new GetFunctionCommand({ FunctionName: name }));
    assert.equal(got.Configuration?.State, 'Active');
    assert.equal(got.Configuration?.LastUpdateStatus, 'Successful');
    assert.equal(got.Configuration?.CodeSha256, created.CodeSha256);
    assert.deepEqual(got.Tags, { team: 'a' });
    assert.equal(got.Code?.RepositoryType, 'S3');
    const download = await fetch(got.Code!.Location!);
    assert.equal(download.status, 200);
    const files = unzipSync(new Uint8Array(await download.arrayBuffer()));
    assert.deepEqual(Object.keys(files), ['index.js']);
  });

  it('updates code and configuration: InProgress, then Successful, and new invocations see the change', async () => {
    const name = await create();
    assert.equal(await run(name), 'v1');
    const updated = await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: source('v2') }));
    assert.equal(updated.LastUpdateStatus, 'InProgress');
    assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))).LastUpdateStatus, 'Successful');
    assert.equal(await run(name), 'v2');
    const configured = await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: name, Timeout: 30, MemorySize: 512, Environment: { Variables: { A: '1' } } }));
    assert.equal(configured.Timeout, 30);
    assert.equal(configured.MemorySize, 512);
    assert.deepEqual(configured.Environment?.Variables, { A: '1' });
    const reserved = await failure(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: name, Environment: { Variables: { AWS_REGION: 'x' } } })));
    assert.equal(reserved.name, 'InvalidParameterValueException');
  });

  it('publishes versions and routes aliases, with weights', async () => {
    const name = await create();
    const v1 = await lambda.send(new PublishVersionCommand({ FunctionName: name }));
    assert.equal(v1.Version, '1');
    assert.equal(v1.FunctionArn, `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}:1`);
    assert.equal((await lambda.send(new PublishVersionCommand({ FunctionName: name }))).Version, '1', 'an unchanged function publishes no new version');
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: source('v2') }));
    const v2 = await lambda.send(new PublishVersionCommand({ FunctionName: name, Description: 'second' }));
    assert.equal(v2.Version, '2');
    const versions = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: name }));
    assert.deepEqual(versions.Versions?.map((version) => version.Version), ['$LATEST', '1', '2']);
    assert.equal(await run(name, '1'), 'v1');
    assert.equal(await run(`${name}:2`), 'v2');

    const alias = await lambda.send(new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: '1' }));
    assert.equal(alias.AliasArn, `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}:live`);
    assert.equal(await run(name, 'live'), 'v1');
    const duplicate = await failure(lambda.send(new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: '1' })));
    assert.equal(duplicate.name, 'ResourceConflictException');
    assert.equal(duplicate.$metadata.httpStatusCode, 409);
    await lambda.send(new UpdateAliasCommand({ FunctionName: name, Name: 'live', RoutingConfig: { AdditionalVersionWeights: { '2': 1 } } }));
    const routed = await lambda.send(new InvokeCommand({ FunctionName: name, Qualifier: 'live' }));
    assert.equal(routed.ExecutedVersion, '2');
    assert.deepEqual((await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }))).RoutingConfig, { AdditionalVersionWeights: { '2': 1 } });
    assert.deepEqual((await lambda.send(new ListAliasesCommand({ FunctionName: name }))).Aliases?.map((entry) => entry.Name), ['live']);
    const missingVersion = await failure(lambda.send(new CreateAliasCommand({ FunctionName: name, Name: 'next', FunctionVersion: '9' })));
    assert.equal(missingVersion.name, 'ResourceNotFoundException');
    const inUse = await failure(lambda.send(new DeleteFunctionCommand({ FunctionName: name, Qualifier: '1' })));
    assert.equal(inUse.name, 'ResourceConflictException');
  });

  it('refuses what it cannot run with InvalidParameterValueException, and a taken name with ResourceConflictException', async () => {
    const name = await create();
    const taken = await failure(create({ FunctionName: name }));
    assert.equal(taken.name, 'ResourceConflictException');
    assert.equal(taken.message, `Function already exist: ${name}`);
    for (const extra of [
      { Code: { ImageUri: '123.dkr.ecr.us-east-1.amazonaws.com/app:latest' }, PackageType: 'Image' },
      { Code: { S3Bucket: 'code', S3Key: 'fn.zip' } },
      { Code: { ZipFile: new TextEncoder().encode('not a zip') } },
      { Runtime: 'java21' },
    ]) {
      const error = await failure(create(extra));
      assert.equal(error.name, 'InvalidParameterValueException', JSON.stringify(extra));
      assert.equal(error.$metadata.httpStatusCode, 400);
    }
    const missing = await failure(lambda.send(new GetFunctionConfigurationCommand({ FunctionName: uniqueName('nope') })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    const longTimeout = await failure(create({ Timeout: 901 }));
    assert.equal(longTimeout.name, 'ValidationException');
    assert.equal(longTimeout.message, "1 validation error detected: Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900");
    assert.equal((await failure(create({ Role: 'lambda-role' }))).name, 'ValidationException');
    const update = await failure(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: name, Timeout: 3600 })));
    assert.equal(update.name, 'ValidationException');
    assert.equal(update.$metadata.httpStatusCode, 400);
  });

  it('lists functions with MaxItems and Marker', async () => {
    const names = [await create(), await create(), await create()];
    const seen: string[] = [];
    let Marker: string | undefined;
    do {
      const page = await lambda.send(new ListFunctionsCommand({ MaxItems: 2, Marker }));
      assert.ok((page.Functions?.length ?? 0) <= 2);
      seen.push(...(page.Functions ?? []).map((fn) => fn.FunctionName!));
      Marker = page.NextMarker;
    } while (Marker);
    for (const name of names) assert.ok(seen.includes(name));
  });

  it('tags, and keeps a resource policy as AWS writes it', async () => {
    const name = await create();
    const arn = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
    await lambda.send(new TagResourceCommand({ Resource: arn, Tags: { a: '1', b: '2' } }));
    await lambda.send(new UntagResourceCommand({ Resource: arn, TagKeys: ['a'] }));
    assert.deepEqual((await lambda.send(new ListTagsCommand({ Resource: arn }))).Tags, { b: '2' });
    assert.equal((await failure(lambda.send(new GetPolicyCommand({ FunctionName: name })))).name, 'ResourceNotFoundException');
    const added = await lambda.send(new AddPermissionCommand({
      FunctionName: name, StatementId: 's3-invoke', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com',
      SourceArn: 'arn:aws:s3:::uploads', SourceAccount: ACCOUNT,
    }));
    const statement = {
      Sid: 's3-invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: arn,
      Condition: { StringEquals: { 'AWS:SourceAccount': ACCOUNT }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } },
    };
    assert.deepEqual(JSON.parse(added.Statement!), statement);
    const policy = await lambda.send(new GetPolicyCommand({ FunctionName: name }));
    assert.deepEqual(JSON.parse(policy.Policy!), { Version: '2012-10-17', Id: 'default', Statement: [statement] });
    const again = await failure(lambda.send(new AddPermissionCommand({ FunctionName: name, StatementId: 's3-invoke', Action: 'lambda:InvokeFunction', Principal: '*' })));
    assert.equal(again.name, 'ResourceConflictException');
    await lambda.send(new RemovePermissionCommand({ FunctionName: name, StatementId: 's3-invoke' }));
    const gone = await failure(lambda.send(new RemovePermissionCommand({ FunctionName: name, StatementId: 's3-invoke' })));
    assert.equal(gone.name, 'ResourceNotFoundException');
  });

  it('publishes layers and unpacks them where the runtimes look: NODE_PATH and PYTHONPATH', async () => {
    const layerName = uniqueName('shared');
    const layer = await lambda.send(new PublishLayerVersionCommand({
      LayerName: layerName, CompatibleRuntimes: ['nodejs20.x', 'python3.12'],
      Content: { ZipFile: zipOf({ 'nodejs/node_modules/greeter/index.js': `exports.greet = (n) => 'hello ' + n;`, 'python/greeter.py': `def greet(n):\n    return "hi " + n\n` }) },
    }));
    assert.equal(layer.Version, 1);
    assert.equal(layer.LayerVersionArn, `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:${layerName}:1`);
    assert.equal((await lambda.send(new GetLayerVersionCommand({ LayerName: layerName, VersionNumber: 1 }))).Content?.CodeSha256, layer.Content?.CodeSha256);
    assert.equal((await lambda.send(new GetLayerVersionByArnCommand({ Arn: layer.LayerVersionArn! }))).Version, 1);
    assert.equal((await failure(lambda.send(new GetLayerVersionByArnCommand({ Arn: `${layer.LayerVersionArn!.slice(0, -1)}9` })))).name, 'ResourceNotFoundException');
    assert.deepEqual((await lambda.send(new ListLayerVersionsCommand({ LayerName: layerName }))).LayerVersions?.map((entry) => entry.Version), [1]);
    const node = await create({ Layers: [layer.LayerVersionArn!], Code: { ZipFile: zipOf({ 'index.js': `exports.handler = async () => require('greeter').greet('node');` }) } });
    assert.equal(await run(node), 'hello node');
    const python = uniqueName('py');
    await lambda.send(new CreateFunctionCommand({
      FunctionName: python, Runtime: 'python3.12', Role: ROLE, Handler: 'app.handler', Layers: [layer.LayerVersionArn!],
      Code: { ZipFile: zipOf({ 'app.py': 'import greeter\ndef handler(event, context):\n    return greeter.greet("python")\n' }) },
    }));
    assert.equal(await run(python), 'hi python');
  });
});
