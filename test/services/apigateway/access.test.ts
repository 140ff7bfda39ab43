import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import {
  CreateApiKeyCommand, CreateAuthorizerCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand, GetExportCommand, ImportRestApiCommand,
  PutIntegrationCommand, PutMethodCommand, type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { child, clients, deploy, failure, invokeUrl, lambdaUri, newApi, nodeFunction } from './support.js';

const ECHO_HANDLER = `
exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ principal: event.requestContext.authorizer && event.requestContext.authorizer.principalId,
  flat: event.requestContext.authorizer && event.requestContext.authorizer.flat, apiKeyId: event.requestContext.identity.apiKeyId || null, path: event.path, proxy: event.pathParameters }) });`;
const AUTHORIZER_HANDLER = `
let calls = 0;
exports.handler = async (event) => {
  calls += 1;
  if (event.authorizationToken === 'expired') throw new Error('Unauthorized');
  const effect = event.authorizationToken === 'allow' ? 'Allow' : 'Deny';
  return { principalId: 'user-' + Math.random().toString(36).slice(2), context: { flat: 'B', calls },
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: event.methodArn.split('/').slice(0, 2).join('/') + '/*' }] } };
};`;
const MALFORMED_HANDLER = 'exports.handler = async () => ({ statusCode: 200, body: { not: "a string" } });';

describe('API Gateway: authorizers, API keys and usage plans, OpenAPI import, the proxy response contract', () => {
  let nimbus: Nimbus;
  let apigw: APIGatewayClient;
  let lambda: LambdaClient;
  let echoArn: string;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ apigw, lambda } = clients(nimbus.endpoint));
    echoArn = await nodeFunction(lambda, ECHO_HANDLER);
  });
  after(() => nimbus.stop());

  it('a TOKEN authorizer allows, denies and refuses, with its policy cached for the TTL and its context passed on', async () => {
    const authorizerArn = await nodeFunction(lambda, AUTHORIZER_HANDLER);
    const { apiId, rootId } = await newApi(apigw);
    const { id: authorizerId } = await apigw.send(new CreateAuthorizerCommand({
      restApiId: apiId, name: 'token', type: 'TOKEN', authorizerUri: lambdaUri(authorizerArn), identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 60,
    }));
    const secret = await child(apigw, apiId, rootId, 'secret');
    await apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId: secret, httpMethod: 'GET', authorizationType: 'CUSTOM', authorizerId }));
    await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: secret, httpMethod: 'GET', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(echoArn) }));
    await deploy(apigw, apiId, 'prod');
    const call = (token?: string) => fetch(invokeUrl(nimbus.endpoint, apiId, 'prod', '/secret'), { headers: token ? { authorization: token } : {} });

    const allowed = await call('allow');
    assert.equal(allowed.status, 200);
    const first = await allowed.json() as { principal: string };
    assert.match(first.principal, /^user-/);
    assert.deepEqual(first, { principal: first.principal, flat: 'B', apiKeyId: null, path: '/secret', proxy: null });
    const cached = await (await call('allow')).json() as { principal: string };
    assert.equal(cached.principal, first.principal);
    await advanceClock(nimbus.endpoint, 61);
    assert.notEqual((await (await call('allow')).json() as { principal: string }).principal, first.principal);

    const denied = await call('deny');
    assert.equal(denied.status, 403);
    assert.deepEqual(await denied.json(), { Message: 'User is not authorized to access this resource with an explicit deny' });
    const missing = await call();
    assert.equal(missing.status, 401);
    assert.deepEqual(await missing.json(), { message: 'Unauthorized' });
    const expired = await call('expired');
    assert.equal(expired.status, 401);
  });

  it('requires an API key of a usage plan, throttles to its rate on the clock and stops at its quota', async () => {
    const { apiId, rootId } = await newApi(apigw);
    const metered = await child(apigw, apiId, rootId, 'metered');
    await apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId: metered, httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: true }));
    await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: metered, httpMethod: 'GET', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(echoArn) }));
    await deploy(apigw, apiId, 'prod');
    const key = await apigw.send(new CreateApiKeyCommand({ name: 'flatmate', enabled: true }));
    const plan = await apigw.send(new CreateUsagePlanCommand({
      name: 'basic', apiStages: [{ apiId, stage: 'prod' }], throttle: { rateLimit: 1, burstLimit: 1 }, quota: { limit: 3, period: 'DAY' },
    }));
    await apigw.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id!, keyId: key.id!, keyType: 'API_KEY' }));
    const badStage = await failure(apigw.send(new CreateUsagePlanCommand({ name: 'bad', apiStages: [{ apiId, stage: 'nope' }] })));
    assert.equal(badStage.name, 'NotFoundException');
    const call = (apiKey?: string) => fetch(invokeUrl(nimbus.endpoint, apiId, 'prod', '/metered'), { headers: apiKey ? { 'x-api-key': apiKey } : {} });

    const noKey = await call();
    assert.equal(noKey.status, 403);
    assert.deepEqual(await noKey.json(), { message: 'Forbidden' });
    assert.equal((await call('not-a-key-of-any-plan-000')).status, 403);
    const first = await call(key.value);
    assert.equal(first.status, 200);
    assert.equal((await first.json() as { apiKeyId: string }).apiKeyId, key.id);
    const burst = await call(key.value);
    assert.equal(burst.status, 429);
    assert.deepEqual(await burst.json(), { message: 'Too Many Requests' });
    await advanceClock(nimbus.endpoint, 1);
    assert.equal((await call(key.value)).status, 200);
    await advanceClock(nimbus.endpoint, 1);
    assert.equal((await call(key.value)).status, 200);
    await advanceClock(nimbus.endpoint, 1);
    const over = await call(key.value);
    assert.equal(over.status, 429);
    assert.deepEqual(await over.json(), { message: 'Limit Exceeded' });
    await advanceClock(nimbus.endpoint, 86_400);
    assert.equal((await call(key.value)).status, 200);
  });

  it('imports an OpenAPI 3 definition with x-amazon-apigateway-integration, serves it, and exports it back', async () => {
    const definition = {
      openapi: '3.0.1', info: { title: 'imported-roommates', version: '1' },
      paths: {
        '/rooms/{proxy+}': {
          get: {
            parameters: [{ name: 'proxy', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { 200: { description: 'ok' } },
            'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', uri: lambdaUri(echoArn) },
          },
        },
        '/health': {
          get: {
            responses: { 200: { description: 'ok' } },
            'x-amazon-apigateway-integration': {
              type: 'mock', requestTemplates: { 'application/json': '{"statusCode": 200}' },
              responses: { default: { statusCode: '200', responseTemplates: { 'application/json': '{"healthy": true}' } } },
            },
          },
        },
      },
    };
    const api = await apigw.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(definition)) }));
    assert.equal(api.name, 'imported-roommates');
    await deploy(apigw, api.id!, 'v1');
    const rooms = await fetch(invokeUrl(nimbus.endpoint, api.id!, 'v1', '/rooms/blue/beds'));
    assert.equal(rooms.status, 200);
    assert.deepEqual((await rooms.json() as { proxy: unknown }).proxy, { proxy: 'blue/beds' });
    assert.deepEqual(await (await fetch(invokeUrl(nimbus.endpoint, api.id!, 'v1', '/health'))).json(), { healthy: true });

    const exported = await apigw.send(new GetExportCommand({ restApiId: api.id!, stageName: 'v1', exportType: 'oas30', parameters: { extensions: 'integrations' }, accepts: 'application/json' }));
    const doc = JSON.parse(new TextDecoder().decode(exported.body)) as { paths: Record<string, Record<string, Record<string, { type: string }>>> };
    assert.deepEqual(Object.keys(doc.paths).sort(), ['/health', '/rooms/{proxy+}']);
    assert.equal(doc.paths['/rooms/{proxy+}']!.get!['x-amazon-apigateway-integration']!.type, 'aws_proxy');
    const broken = await failure(apigw.send(new ImportRestApiCommand({ body: new TextEncoder().encode('{"not": "openapi"}') })));
    assert.equal(broken.name, 'BadRequestException');
  });

  it('imports an OpenAPI definition written in YAML with the AWS CLI, and exports YAML when asked', async () => {
    const definition = [
      'openapi: "3.0.1"',
      'info:',
      '  title: yaml-health',
      '  version: "2"',
      'paths:',
      '  /health:',
      '    get:',
      '      responses:',
      '        "200":',
      '          description: ok',
      '      x-amazon-apigateway-integration:',
      '        type: mock',
      '        requestTemplates:',
      `          application/json: '{"statusCode": 200}'`,
      '        responses:',
      '          default:',
      '            statusCode: "200"',
      '            responseTemplates:',
      `              application/json: '{"format": "yaml"}'`,
      '',
    ].join('\n');
    const directory = await mkdtemp(join(tmpdir(), 'nimbus-openapi-'));
    try {
      await writeFile(join(directory, 'api.yaml'), definition);
      const { stdout } = await promisify(execFile)('aws', ['--output', 'json', 'apigateway', 'import-rest-api', '--body', `fileb://${join(directory, 'api.yaml')}`], { env: cliEnv(nimbus.endpoint) });
      const api = JSON.parse(stdout) as { id: string; name: string; version: string };
      assert.deepEqual([api.name, api.version], ['yaml-health', '2']);
      await deploy(apigw, api.id, 'v1');
      assert.deepEqual(await (await fetch(invokeUrl(nimbus.endpoint, api.id, 'v1', '/health'))).json(), { format: 'yaml' });

      const exported = await apigw.send(new GetExportCommand({ restApiId: api.id, stageName: 'v1', exportType: 'oas30', parameters: { extensions: 'integrations' }, accepts: 'application/yaml' }));
      assert.equal(exported.contentType, 'application/yaml');
      assert.match(exported.contentDisposition!, /^attachment; filename="oas30_.+\.yaml"$/);
      const doc = parseYaml(new TextDecoder().decode(exported.body)) as { info: { title: string }; paths: Record<string, Record<string, Record<string, { type: string }>>> };
      assert.equal(doc.info.title, 'yaml-health');
      assert.equal(doc.paths['/health']!.get!['x-amazon-apigateway-integration']!.type, 'mock');
      const broken = await failure(apigw.send(new ImportRestApiCommand({ body: new TextEncoder().encode('openapi: [unclosed') })));
      assert.equal(broken.name, 'BadRequestException');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('answers a malformed Lambda proxy response with 502 Internal server error', async () => {
    const malformedArn = await nodeFunction(lambda, MALFORMED_HANDLER);
    const { apiId, rootId } = await newApi(apigw);
    await apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'ANY', authorizationType: 'NONE' }));
    await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'ANY', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(malformedArn) }));
    await deploy(apigw, apiId, 'prod');
    const response = await fetch(invokeUrl(nimbus.endpoint, apiId, 'prod', '/'), { method: 'DELETE' });
    assert.equal(response.status, 502);
    assert.deepEqual(await response.json(), { message: 'Internal server error' });
  });
});
