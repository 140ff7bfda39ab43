import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  CreateAuthorizerCommand, CreateModelCommand, CreateRequestValidatorCommand, GetGatewayResponseCommand, PutGatewayResponseCommand,
  PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { child, clients, deploy, invokeUrl, lambdaUri, newApi, nodeFunction } from './support.js';

/** What the backend saw of each request. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const REQUEST_AUTHORIZER = `
exports.handler = async (event) => {
  const headers = Object.fromEntries(Object.entries(event.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const user = headers['x-user'];
  const seen = JSON.stringify({ type: event.type, methodArn: event.methodArn, tenant: event.queryStringParameters.tenant, path: event.path });
  return {
    principalId: user,
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: user === 'alice' ? 'Allow' : 'Deny', Resource: event.methodArn }] },
    context: { user, seen, admin: user === 'alice' },
  };
};`;

describe('API Gateway: HTTP and HTTP_PROXY integrations, REQUEST authorizers, request validators and models, gateway responses', () => {
  let nimbus: Nimbus;
  let apigw: APIGatewayClient;
  let lambda: LambdaClient;
  let backend: Server;
  const seen: Seen[] = [];
  let apiId: string;
  const url = (path: string) => invokeUrl(nimbus.endpoint, apiId, 'test', path);

  before(async () => {
    nimbus = await startTestNimbus();
    ({ apigw, lambda } = clients(nimbus.endpoint));
    backend = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (request.url!.includes('missing')) {
          response.writeHead(404, { 'content-type': 'application/json' }).end('{"reason":"no such item"}');
          return;
        }
        response.writeHead(201, { 'content-type': 'application/json', 'x-backend': 'yes' }).end(JSON.stringify({ name: 'widget', path: request.url }));
      });
    });
    await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
    const backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;

    const api = await newApi(apigw);
    apiId = api.apiId;
    const restApiId = apiId;

    // HTTP_PROXY: /proxy/{proxy+} passes everything through to the backend.
    const proxyRoot = await child(apigw, restApiId, api.rootId, 'proxy');
    const greedy = await child(apigw, restApiId, proxyRoot, '{proxy+}');
    await apigw.send(new PutMethodCommand({ restApiId, resourceId: greedy, httpMethod: 'ANY', authorizationType: 'NONE', requestParameters: { 'method.request.path.proxy': true } }));
    await apigw.send(new PutIntegrationCommand({
      restApiId, resourceId: greedy, httpMethod: 'ANY', type: 'HTTP_PROXY', integrationHttpMethod: 'ANY', uri: `${backendUrl}/backend/{proxy}`,
      requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy', 'integration.request.header.x-stage': 'context.stage' },
    }));

    // HTTP: /items/{id} with request and response templates, and a 404 chosen by the backend's status.
    const items = await child(apigw, restApiId, api.rootId, 'items');
    const item = await child(apigw, restApiId, items, '{id}');
    await apigw.send(new PutMethodCommand({ restApiId, resourceId: item, httpMethod: 'POST', authorizationType: 'NONE' }));
    await apigw.send(new PutIntegrationCommand({
      restApiId, resourceId: item, httpMethod: 'POST', type: 'HTTP', integrationHttpMethod: 'PUT', uri: `${backendUrl}/store/{id}`,
      requestParameters: { 'integration.request.path.id': 'method.request.path.id', 'integration.request.querystring.source': "'gateway'" },
      requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')", "qty": $input.path(\'$.qty\')}' },
    }));
    for (const statusCode of ['200', '404']) await apigw.send(new PutMethodResponseCommand({ restApiId, resourceId: item, httpMethod: 'POST', statusCode }));
    await apigw.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: item, httpMethod: 'POST', statusCode: '200',
      responseTemplates: { 'application/json': '{"stored": "$input.path(\'$.name\')"}' },
    }));
    await apigw.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: item, httpMethod: 'POST', statusCode: '404', selectionPattern: '4\\d{2}',
      responseTemplates: { 'application/json': '{"error": $input.json(\'$.reason\')}' },
    }));

    // A REQUEST authorizer in front of a Lambda proxy that shows what the authorizer passed on.
    const authorizerArn = await nodeFunction(lambda, REQUEST_AUTHORIZER);
    const echoArn = await nodeFunction(lambda, `exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event.requestContext.authorizer) });`);
    const { id: authorizerId } = await apigw.send(new CreateAuthorizerCommand({
      restApiId, name: 'by-user', type: 'REQUEST', authorizerUri: lambdaUri(authorizerArn),
      identitySource: 'method.request.header.X-User, method.request.querystring.tenant', authorizerResultTtlInSeconds: 0,
    }));
    const secure = await child(apigw, restApiId, api.rootId, 'secure');
    await apigw.send(new PutMethodCommand({ restApiId, resourceId: secure, httpMethod: 'GET', authorizationType: 'CUSTOM', authorizerId }));
    await apigw.send(new PutIntegrationCommand({ restApiId, resourceId: secure, httpMethod: 'GET', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(echoArn) }));

    // A validator and a model on POST /orders (a MOCK), and customised gateway responses.
    const { id: requestValidatorId } = await apigw.send(new CreateRequestValidatorCommand({ restApiId, name: 'all', validateRequestBody: true, validateRequestParameters: true }));
    await apigw.send(new CreateModelCommand({
      restApiId, name: 'Order', contentType: 'application/json',
      schema: JSON.stringify({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', required: ['sku', 'qty'], properties: { sku: { type: 'string' }, qty: { type: 'integer', minimum: 1 } } }),
    }));
    const orders = await child(apigw, restApiId, api.rootId, 'orders');
    await apigw.send(new PutMethodCommand({
      restApiId, resourceId: orders, httpMethod: 'POST', authorizationType: 'NONE', requestValidatorId,
      requestParameters: { 'method.request.querystring.store': true }, requestModels: { 'application/json': 'Order' },
    }));
    await apigw.send(new PutIntegrationCommand({ restApiId, resourceId: orders, httpMethod: 'POST', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await apigw.send(new PutMethodResponseCommand({ restApiId, resourceId: orders, httpMethod: 'POST', statusCode: '200' }));
    await apigw.send(new PutIntegrationResponseCommand({ restApiId, resourceId: orders, httpMethod: 'POST', statusCode: '200', responseTemplates: { 'application/json': '{"accepted": true}' } }));
    await apigw.send(new PutGatewayResponseCommand({
      restApiId, responseType: 'BAD_REQUEST_BODY', statusCode: '422',
      responseParameters: { 'gatewayresponse.header.x-problem': "'body'" },
      responseTemplates: { 'application/json': '{"problem": "$context.error.responseType", "detail": $context.error.messageString}' },
    }));
    await apigw.send(new PutGatewayResponseCommand({ restApiId, responseType: 'MISSING_AUTHENTICATION_TOKEN', statusCode: '404', responseTemplates: { 'application/json': '{"message": "no route here"}' } }));
    await deploy(apigw, restApiId, 'test');
  });
  after(async () => {
    await nimbus.stop();
    await new Promise((resolve) => backend.close(resolve));
  });

  it('HTTP_PROXY passes method, greedy path, query, headers and body through, and the backend\'s answer back', async () => {
    seen.length = 0;
    const response = await fetch(url('/proxy/a/b?x=1&y=two'), { method: 'PATCH', headers: { 'x-custom': 'kept', 'content-type': 'text/plain' }, body: 'hello backend' });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('x-backend'), 'yes');
    assert.deepEqual(await response.json(), { name: 'widget', path: '/backend/a/b?x=1&y=two' });
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.method, 'PATCH');
    assert.equal(seen[0]!.headers['x-custom'], 'kept');
    assert.equal(seen[0]!.headers['x-stage'], 'test');
    assert.equal(seen[0]!.body, 'hello backend');
  });

  it('HTTP maps the request through its template and the answer through the integration response its status selects', async () => {
    seen.length = 0;
    const stored = await fetch(url('/items/42'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"qty": 3}' });
    assert.equal(stored.status, 200);
    assert.deepEqual(await stored.json(), { stored: 'widget' });
    assert.equal(seen[0]!.method, 'PUT');
    assert.equal(seen[0]!.url, '/store/42?source=gateway');
    assert.deepEqual(JSON.parse(seen[0]!.body), { id: '42', qty: 3 });
    const missing = await fetch(url('/items/missing'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"qty": 1}' });
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { error: 'no such item' });
  });

  it('a REQUEST authorizer gets the request\'s headers and query, allows, denies, and refuses a missing identity source', async () => {
    const allowed = await fetch(url('/secure?tenant=acme'), { headers: { 'x-user': 'alice' } });
    assert.equal(allowed.status, 200);
    const context = await allowed.json() as Record<string, string>;
    assert.equal(context.principalId, 'alice');
    assert.equal(context.user, 'alice');
    assert.equal(context.admin, 'true');
    const seenByAuthorizer = JSON.parse(context.seen!) as { type: string; methodArn: string; tenant: string; path: string };
    assert.deepEqual(seenByAuthorizer, { type: 'REQUEST', methodArn: `arn:aws:execute-api:us-east-1:000000000000:${apiId}/test/GET/secure`, tenant: 'acme', path: '/secure' });

    const denied = await fetch(url('/secure?tenant=acme'), { headers: { 'x-user': 'bob' } });
    assert.equal(denied.status, 403);
    assert.deepEqual(await denied.json(), { Message: 'User is not authorized to access this resource with an explicit deny' });
    const anonymous = await fetch(url('/secure'), { headers: { 'x-user': 'alice' } });
    assert.equal(anonymous.status, 401);
    assert.deepEqual(await anonymous.json(), { message: 'Unauthorized' });
  });

  it('validates required parameters and the body against the method\'s model', async () => {
    const post = (query: string, body: string) => fetch(url(`/orders${query}`), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const accepted = await post('?store=1', '{"sku": "a-1", "qty": 2}');
    assert.equal(accepted.status, 200);
    assert.deepEqual(await accepted.json(), { accepted: true });

    const noStore = await post('', '{"sku": "a-1", "qty": 2}');
    assert.equal(noStore.status, 400);
    assert.equal(noStore.headers.get('x-amzn-errortype'), 'BadRequestException');
    assert.deepEqual(await noStore.json(), { message: 'Missing required request parameters: [store]' });

    for (const body of ['{"sku": "a-1"}', '{"sku": "a-1", "qty": 0}', '{"sku": 5, "qty": 1}', 'not json']) {
      const invalid = await post('?store=1', body);
      assert.equal(invalid.status, 422, body);
      assert.equal(invalid.headers.get('x-problem'), 'body');
      assert.deepEqual(await invalid.json(), { problem: 'BAD_REQUEST_BODY', detail: 'Invalid request body' });
    }
  });

  it('answers with the API\'s gateway responses, and shows defaults and customisations through the API', async () => {
    const nowhere = await fetch(url('/nowhere'));
    assert.equal(nowhere.status, 404);
    assert.deepEqual(await nowhere.json(), { message: 'no route here' });
    const custom = await apigw.send(new GetGatewayResponseCommand({ restApiId: apiId, responseType: 'BAD_REQUEST_BODY' }));
    assert.equal(custom.statusCode, '422');
    assert.equal(custom.defaultResponse, false);
    const standard = await apigw.send(new GetGatewayResponseCommand({ restApiId: apiId, responseType: 'THROTTLED' }));
    assert.equal(standard.statusCode, '429');
    assert.equal(standard.defaultResponse, true);
    assert.deepEqual(standard.responseTemplates, { 'application/json': '{"message":$context.error.messageString}' });
  });
});
