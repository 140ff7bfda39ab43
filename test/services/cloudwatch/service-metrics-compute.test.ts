import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  APIGatewayClient, CreateDeploymentCommand, CreateRestApiCommand, GetResourcesCommand, PutIntegrationCommand, PutIntegrationResponseCommand,
  PutMethodCommand, PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { CreateApiCommand } from '@aws-sdk/client-apigatewayv2';
import { InvokeCommand, LambdaClient, PublishVersionCommand, PutFunctionConcurrencyCommand } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { createNodeFunction, invoke, v2Client } from '../apigatewayv2/support.js';
import { failure, lambdaClient } from '../lambda/support.js';
import { totals, totalsOnceCounted } from './service-metrics-support.js';
import { client, uniqueName } from './support.js';

describe('AWS/Lambda and AWS/ApiGateway metrics', () => {
  let nimbus: Nimbus;
  let cw: ReturnType<typeof client>;
  before(async () => {
    nimbus = await startTestNimbus();
    cw = client(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('counts invocations, errors, durations and throttles by FunctionName, Resource and in aggregate', async () => {
    const lambda = lambdaClient(nimbus.endpoint);
    const arn = await createNodeFunction(lambda, "exports.handler = async (event) => { if (event.fail) throw new Error('boom'); return 'ok'; };");
    const name = arn.split(':').pop()!;
    const payload = (event: unknown) => new TextEncoder().encode(JSON.stringify(event));
    await lambda.send(new InvokeCommand({ FunctionName: name, Payload: payload({}) }));
    await lambda.send(new InvokeCommand({ FunctionName: name, Payload: payload({}) }));
    assert.equal((await lambda.send(new InvokeCommand({ FunctionName: name, Payload: payload({ fail: true }) }))).FunctionError, 'Unhandled');
    const { Version } = await lambda.send(new PublishVersionCommand({ FunctionName: name }));
    await lambda.send(new InvokeCommand({ FunctionName: name, Qualifier: Version, Payload: payload({}) }));
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: name, ReservedConcurrentExecutions: 0 }));
    const once = new LambdaClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    assert.equal((await failure(once.send(new InvokeCommand({ FunctionName: name, Payload: payload({}) })))).name, 'TooManyRequestsException');

    await advanceClock(nimbus.endpoint, 60);
    const byName = [{ Name: 'FunctionName', Value: name }];
    const invocations = await totalsOnceCounted(cw, nimbus.endpoint, 'AWS/Lambda', 'Invocations', byName, 4);
    assert.deepEqual([invocations.sum, invocations.unit], [4, 'Count']);
    const errors = await totals(cw, nimbus.endpoint, 'AWS/Lambda', 'Errors', byName);
    assert.deepEqual([errors.sum, errors.sampleCount], [1, 4]);
    const duration = await totals(cw, nimbus.endpoint, 'AWS/Lambda', 'Duration', byName);
    assert.deepEqual([duration.sampleCount, duration.unit], [4, 'Milliseconds']);
    assert.ok(duration.maximum > 0);
    assert.equal((await totals(cw, nimbus.endpoint, 'AWS/Lambda', 'Throttles', byName)).sum, 1);
    const version = await totals(cw, nimbus.endpoint, 'AWS/Lambda', 'Invocations', [...byName, { Name: 'Resource', Value: `${name}:${Version}` }]);
    assert.equal(version.sum, 1);
    assert.ok((await totals(cw, nimbus.endpoint, 'AWS/Lambda', 'Invocations', [])).sum >= 4);
  });

  it('counts REST API requests, 4XX errors and latency by ApiName and Stage', async () => {
    const apigw = new APIGatewayClient(clientConfig(nimbus.endpoint));
    const apiName = uniqueName('metered-api');
    const { id: restApiId } = await apigw.send(new CreateRestApiCommand({ name: apiName }));
    const { items } = await apigw.send(new GetResourcesCommand({ restApiId }));
    const resourceId = items![0]!.id!;
    await apigw.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
    await apigw.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await apigw.send(new PutMethodResponseCommand({ restApiId, resourceId, httpMethod: 'GET', statusCode: '200' }));
    await apigw.send(new PutIntegrationResponseCommand({ restApiId, resourceId, httpMethod: 'GET', statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } }));
    await apigw.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));
    const url = (path: string) => `${nimbus.endpoint}/restapis/${restApiId}/prod/_user_request_${path}`;
    assert.equal((await fetch(url('/'))).status, 200);
    assert.equal((await fetch(url('/'))).status, 200);
    assert.equal((await fetch(url('/nowhere'))).status, 403);

    await advanceClock(nimbus.endpoint, 60);
    const stage = [{ Name: 'ApiName', Value: apiName }, { Name: 'Stage', Value: 'prod' }];
    const count = await totalsOnceCounted(cw, nimbus.endpoint, 'AWS/ApiGateway', 'Count', stage, 3);
    assert.equal(count.sampleCount, 3);
    assert.deepEqual([(await totals(cw, nimbus.endpoint, 'AWS/ApiGateway', '4XXError', stage)).sum, (await totals(cw, nimbus.endpoint, 'AWS/ApiGateway', '5XXError', stage)).sum], [1, 0]);
    const latency = await totals(cw, nimbus.endpoint, 'AWS/ApiGateway', 'Latency', stage);
    assert.deepEqual([latency.sampleCount, latency.unit], [3, 'Milliseconds']);
    assert.equal((await totals(cw, nimbus.endpoint, 'AWS/ApiGateway', 'Count', [{ Name: 'ApiName', Value: apiName }])).sampleCount, 3);
  });

  it('counts HTTP API requests and 5xx answers by ApiId and Stage', async () => {
    const lambda = lambdaClient(nimbus.endpoint);
    const target = await createNodeFunction(lambda, "exports.handler = async (event) => ({ statusCode: event.rawPath === '/boom' ? 500 : 200, body: 'answer' });");
    const { ApiId } = await v2Client(nimbus.endpoint).send(new CreateApiCommand({ Name: uniqueName('http-api'), ProtocolType: 'HTTP', Target: target }));
    assert.equal((await invoke(nimbus.endpoint, ApiId!, '/fine')).status, 200);
    assert.equal((await invoke(nimbus.endpoint, ApiId!, '/boom')).status, 500);

    await advanceClock(nimbus.endpoint, 60);
    const stage = [{ Name: 'ApiId', Value: ApiId! }, { Name: 'Stage', Value: '$default' }];
    assert.equal((await totalsOnceCounted(cw, nimbus.endpoint, 'AWS/ApiGateway', 'Count', stage, 2)).sampleCount, 2);
    assert.deepEqual([(await totals(cw, nimbus.endpoint, 'AWS/ApiGateway', '4xx', stage)).sum, (await totals(cw, nimbus.endpoint, 'AWS/ApiGateway', '5xx', stage)).sum], [0, 1]);
    assert.equal((await totals(cw, nimbus.endpoint, 'AWS/ApiGateway', 'DataProcessed', stage)).sum, 'answer'.length * 2);
  });
});
