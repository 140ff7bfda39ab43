import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, PutBucketVersioningCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  CreateFunctionCommand, GetFunctionCommand, GetLayerVersionCommand, InvokeCommand, PublishLayerVersionCommand, UpdateFunctionCodeCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from '../s3/support.js';
import { decode, failure, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

const run = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');
const answering = (value: string) => zipOf({ 'index.js': `exports.handler = async () => ${JSON.stringify(value)};` });

describe('Lambda code from S3 (S3Bucket, S3Key, S3ObjectVersion)', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  let s3: S3Client;
  const bucket = uniqueName('code').toLowerCase();

  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  });
  after(async () => {
    s3.destroy();
    await nimbus.stop();
  });

  const put = async (Key: string, Body: Uint8Array) => (await s3.send(new PutObjectCommand({ Bucket: bucket, Key, Body }))).VersionId!;
  const create = (Code: Record<string, unknown>, FunctionName = uniqueName('s3fn')) =>
    lambda.send(new CreateFunctionCommand({ FunctionName, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code }));
  const invoke = async (FunctionName: string) => decode((await lambda.send(new InvokeCommand({ FunctionName }))).Payload);

  it('creates a function from an object, and Code.Location downloads the same bytes', async () => {
    const zip = answering('from s3');
    await put('fn/app.zip', zip);
    const created = await create({ S3Bucket: bucket, S3Key: 'fn/app.zip' });
    assert.equal(created.CodeSha256, sha256(zip));
    assert.equal(created.CodeSize, zip.length);
    assert.equal(await invoke(created.FunctionName!), 'from s3');
    const got = await lambda.send(new GetFunctionCommand({ FunctionName: created.FunctionName }));
    assert.equal(got.Code?.RepositoryType, 'S3');
    const download = await fetch(got.Code!.Location!);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/zip');
    assert.deepEqual(new Uint8Array(await download.arrayBuffer()), zip);
  });

  it('reads the version S3ObjectVersion names, and UpdateFunctionCode takes the current one', async () => {
    const two = answering('two');
    const first = await put('fn/versioned.zip', answering('one'));
    await put('fn/versioned.zip', two);
    const created = await create({ S3Bucket: bucket, S3Key: 'fn/versioned.zip', S3ObjectVersion: first });
    assert.equal(await invoke(created.FunctionName!), 'one');
    const updated = await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: created.FunctionName, S3Bucket: bucket, S3Key: 'fn/versioned.zip' }));
    assert.equal(updated.CodeSha256, sha256(two));
    assert.equal(await invoke(created.FunctionName!), 'two');
  });

  it('publishes a layer version from S3, and Content.Location downloads it', async () => {
    const layerZip = zipOf({ 'nodejs/node_modules/greeting/index.js': `module.exports = 'hello from a layer';` });
    await put('layers/greeting.zip', layerZip);
    const LayerName = uniqueName('layer');
    const published = await lambda.send(new PublishLayerVersionCommand({ LayerName, Content: { S3Bucket: bucket, S3Key: 'layers/greeting.zip' }, CompatibleRuntimes: ['nodejs20.x'] }));
    assert.equal(published.Content?.CodeSha256, sha256(layerZip));
    const got = await lambda.send(new GetLayerVersionCommand({ LayerName, VersionNumber: published.Version }));
    const download = await fetch(got.Content!.Location!);
    assert.equal(download.status, 200);
    assert.deepEqual(new Uint8Array(await download.arrayBuffer()), layerZip);
    await put('fn/uses-layer.zip', zipOf({ 'index.js': `exports.handler = async () => require('greeting');` }));
    const fn = await lambda.send(new CreateFunctionCommand({
      FunctionName: uniqueName('layered'), Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler',
      Code: { S3Bucket: bucket, S3Key: 'fn/uses-layer.zip' }, Layers: [published.LayerVersionArn!],
    }));
    assert.equal(await invoke(fn.FunctionName!), 'hello from a layer');
  });

  it('answers InvalidParameterValueException with S3\'s error inside, as Lambda words it', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ S3Bucket: uniqueName('absent').toLowerCase(), S3Key: 'x.zip' }, 'Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The specified bucket does not exist'],
      [{ S3Bucket: bucket, S3Key: 'missing.zip' }, 'Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.'],
    ];
    await put('not-a-zip.txt', new TextEncoder().encode('plain text'));
    cases.push([{ S3Bucket: bucket, S3Key: 'not-a-zip.txt' }, 'Could not unzip uploaded file. Please check your file, then try to upload again.']);
    for (const [code, message] of cases) {
      const error = await failure(create(code));
      assert.equal(error.name, 'InvalidParameterValueException');
      assert.equal(error.$metadata.httpStatusCode, 400);
      assert.equal(error.message, message);
    }
  });

  it('refuses a bucket in another region with PermanentRedirect', async () => {
    const west = s3Client(nimbus.endpoint, { region: 'us-west-2' });
    const westBucket = uniqueName('west').toLowerCase();
    await west.send(new CreateBucketCommand({ Bucket: westBucket, CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } }));
    await west.send(new PutObjectCommand({ Bucket: westBucket, Key: 'app.zip', Body: answering('west') }));
    west.destroy();
    const error = await failure(create({ S3Bucket: westBucket, S3Key: 'app.zip' }));
    assert.equal(error.name, 'InvalidParameterValueException');
    assert.equal(error.message, 'Error occurred while GetObject. S3 Error Code: PermanentRedirect. S3 Error Message: The bucket is in this region: us-west-2. Please use this region to retry the request');
  });

  it('updates code from S3 through the AWS CLI', async () => {
    const created = await create({ ZipFile: answering('inline') });
    const zip = answering('via cli');
    await put('fn/cli.zip', zip);
    const { stdout } = await run('aws', ['lambda', 'update-function-code', '--function-name', created.FunctionName!, '--s3-bucket', bucket, '--s3-key', 'fn/cli.zip'], { env: cliEnv(nimbus.endpoint) });
    assert.equal((JSON.parse(stdout) as { CodeSha256: string }).CodeSha256, sha256(zip));
    assert.equal(await invoke(created.FunctionName!), 'via cli');
  });
});
