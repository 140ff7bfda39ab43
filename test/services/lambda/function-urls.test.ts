import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import {
  CreateAliasCommand, CreateFunctionCommand, CreateFunctionUrlConfigCommand, DeleteFunctionUrlConfigCommand, GetFunctionUrlConfigCommand,
  ListFunctionUrlConfigsCommand, PublishVersionCommand, UpdateFunctionUrlConfigCommand, type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { sendTo } from '../../gateway/support.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { failure, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

const run = promisify(execFile);

const ECHO = `exports.handler = async (event) => ({
  statusCode: 201,
  headers: { 'content-type': 'application/json', 'x-echo': 'yes' },
  cookies: ['a=1'],
  body: JSON.stringify(event),
});`;

describe('Lambda function URLs', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  async function fn(source: string): Promise<string> {
    const name = uniqueName('url');
    await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zipOf({ 'index.js': source }) } }));
    return name;
  }

  it('creates, gets, lists, updates and deletes a URL config', async () => {
    const name = await fn(ECHO);
    const created = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: name, AuthType: 'NONE' }));
    assert.equal(created.$metadata.httpStatusCode, 201);
    const port = new URL(nimbus.endpoint).port;
    assert.match(created.FunctionUrl!, new RegExp(`^http://[a-z0-9]{32}\\.lambda-url\\.us-east-1\\.localhost:${port}/$`));
    assert.match(created.FunctionArn!, new RegExp(`:function:${name}$`));
    assert.equal(created.AuthType, 'NONE');
    assert.equal(created.InvokeMode, 'BUFFERED');
    const again = await failure(lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: name, AuthType: 'NONE' })));
    assert.equal(again.name, 'ResourceConflictException');
    assert.equal(again.$metadata.httpStatusCode, 409);
    const got = await lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: name }));
    assert.equal(got.FunctionUrl, created.FunctionUrl);
    assert.ok(got.LastModifiedTime);
    const cors = { AllowOrigins: ['https://app.example'], AllowMethods: ['POST'], AllowHeaders: ['content-type'], MaxAge: 60 };
    const updated = await lambda.send(new UpdateFunctionUrlConfigCommand({ FunctionName: name, Cors: cors }));
    assert.deepEqual(updated.Cors, cors);
    await lambda.send(new PublishVersionCommand({ FunctionName: name }));
    await lambda.send(new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: '1' }));
    const aliased = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: name, Qualifier: 'live', AuthType: 'AWS_IAM' }));
    assert.match(aliased.FunctionArn!, /:live$/);
    const listed = await lambda.send(new ListFunctionUrlConfigsCommand({ FunctionName: name }));
    assert.deepEqual(listed.FunctionUrlConfigs!.map((config) => config.FunctionUrl), [created.FunctionUrl, aliased.FunctionUrl]);
    await lambda.send(new DeleteFunctionUrlConfigCommand({ FunctionName: name }));
    const gone = await failure(lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: name })));
    assert.equal(gone.name, 'ResourceNotFoundException');
    assert.equal(gone.$metadata.httpStatusCode, 404);
  });

  it('serves GET as a payload format 2.0 event and returns the function response', async () => {
    const name = await fn(ECHO);
    const { FunctionUrl } = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: name, AuthType: 'NONE' }));
    const response = await sendTo(`${FunctionUrl}items/42?colour=blue&colour=red&size=9`, { headers: { cookie: 'c1=v1; c2=v2' } });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('x-echo'), 'yes');
    const event = JSON.parse(response.body);
    assert.equal(event.version, '2.0');
    assert.equal(event.routeKey, '$default');
    assert.equal(event.rawPath, '/items/42');
    assert.equal(event.rawQueryString, 'colour=blue&colour=red&size=9');
    assert.deepEqual(event.queryStringParameters, { colour: 'blue,red', size: '9' });
    assert.deepEqual(event.cookies, ['c1=v1', 'c2=v2']);
    assert.equal(event.requestContext.http.method, 'GET');
    assert.equal(event.requestContext.http.path, '/items/42');
    assert.equal(event.requestContext.domainPrefix, new URL(FunctionUrl!).hostname.split('.')[0]);
    assert.equal(event.isBase64Encoded, false);
    assert.equal(event.body, undefined);
  });

  it('serves POST bodies, text and binary, and takes a plain JSON answer as a 200', async () => {
    const name = await fn('exports.handler = async (event) => ({ got: event.body, base64: event.isBase64Encoded, method: event.requestContext.http.method });');
    const { FunctionUrl } = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: name, AuthType: 'NONE' }));
    const text = await sendTo(FunctionUrl!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":1}' });
    assert.equal(text.status, 200);
    assert.equal(text.headers.get('content-type'), 'application/json');
    assert.deepEqual(JSON.parse(text.body), { got: '{"n":1}', base64: false, method: 'POST' });
    const binary = await sendTo(FunctionUrl!, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'raw' });
    assert.deepEqual(JSON.parse(binary.body), { got: Buffer.from('raw').toString('base64'), base64: true, method: 'POST' });
  });

  it('answers a function error with 502', async () => {
    const name = await fn("exports.handler = async () => { throw new Error('broken'); };");
    const { FunctionUrl } = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: name, AuthType: 'NONE' }));
    const response = await sendTo(FunctionUrl!);
    assert.equal(response.status, 502);
  });

  it('applies the CORS config to preflights and responses', async () => {
    const name = await fn(`exports.handler = async () => ({ statusCode: 200, headers: { 'access-control-allow-origin': 'https://evil.example' }, body: 'hi' });`);
    const { FunctionUrl } = await lambda.send(new CreateFunctionUrlConfigCommand({
      FunctionName: name, AuthType: 'NONE',
      Cors: { AllowOrigins: ['https://app.example'], AllowMethods: ['GET', 'POST'], AllowHeaders: ['x-custom'], ExposeHeaders: ['x-echo'], MaxAge: 300 },
    }));
    const preflight = await sendTo(FunctionUrl!, { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.status, 200);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://app.example');
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET,POST');
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'x-custom');
    assert.equal(preflight.headers.get('access-control-max-age'), '300');
    const allowed = await sendTo(FunctionUrl!, { headers: { origin: 'https://app.example' } });
    assert.equal(allowed.body, 'hi');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.example');
    assert.equal(allowed.headers.get('access-control-expose-headers'), 'x-echo');
    const other = await sendTo(FunctionUrl!, { headers: { origin: 'https://other.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('refuses an unsigned request to an AWS_IAM URL with 403', async () => {
    const name = await fn(ECHO);
    const { FunctionUrl } = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: name, AuthType: 'AWS_IAM' }));
    const response = await sendTo(FunctionUrl!);
    assert.equal(response.status, 403);
    assert.deepEqual(JSON.parse(response.body), { Message: 'Forbidden' });
  });
});

describe('Lambda function URLs and event source mappings from the AWS CLI and boto3', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('creates a URL with the CLI that boto3 lists, and lists a mapping boto3 created', async () => {
    const lambda = lambdaClient(nimbus.endpoint);
    const name = uniqueName('cli');
    await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zipOf({ 'index.js': ECHO }) } }));
    const env = cliEnv(nimbus.endpoint);
    const { stdout } = await run('aws', ['lambda', 'create-function-url-config', '--function-name', name, '--auth-type', 'NONE', '--output', 'json'], { env });
    const created = JSON.parse(stdout) as { FunctionUrl: string };
    const script = `
import boto3, json
client = boto3.client('lambda')
urls = client.list_function_url_configs(FunctionName='${name}')['FunctionUrlConfigs']
mapping = client.create_event_source_mapping(FunctionName='${name}', EventSourceArn='arn:aws:sqs:us-east-1:000000000000:${name}-queue', BatchSize=3)
print(json.dumps({'urls': [u['FunctionUrl'] for u in urls], 'uuid': mapping['UUID']}))`;
    const boto = JSON.parse((await run('python3', ['-c', script], { env })).stdout) as { urls: string[]; uuid: string };
    assert.deepEqual(boto.urls, [created.FunctionUrl]);
    const listed = JSON.parse((await run('aws', ['lambda', 'list-event-source-mappings', '--function-name', name, '--output', 'json'], { env })).stdout) as { EventSourceMappings: { UUID: string; BatchSize: number }[] };
    assert.deepEqual(listed.EventSourceMappings.map((mapping) => [mapping.UUID, mapping.BatchSize]), [[boto.uuid, 3]]);
  });
});
