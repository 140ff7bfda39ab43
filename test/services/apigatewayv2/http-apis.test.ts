import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateApiCommand, CreateIntegrationCommand, CreateRouteCommand, CreateStageCommand, DeleteApiCommand, GetApiCommand, GetApisCommand,
  GetRoutesCommand, GetStageCommand, GetTagsCommand, TagResourceCommand, UpdateApiCommand, UpdateRouteCommand, DeleteRouteCommand, GetRouteCommand,
  type ApiGatewayV2Client,
} from '@aws-sdk/client-apigatewayv2';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { startTestNimbus } from '../../support/nimbus.js';
import { failure, lambdaClient } from '../lambda/support.js';
import { createNodeFunction, invoke, v2Client } from './support.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the event is read field by field, as a handler reads it
type Event = Record<string, any>;

const ECHO = `exports.handler = async (event) => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });`;

describe('API Gateway HTTP APIs', () => {
  let nimbus: Awaited<ReturnType<typeof startTestNimbus>>;
  let client: ApiGatewayV2Client;
  let lambda: LambdaClient;
  let echoArn: string;

  before(async () => {
    nimbus = await startTestNimbus({ ephemeral: true });
    client = v2Client(nimbus.endpoint);
    lambda = lambdaClient(nimbus.endpoint);
    echoArn = await createNodeFunction(lambda, ECHO);
  });
  after(() => nimbus.stop());

  it('creates, reads, updates, tags and deletes APIs', async () => {
    const created = await client.send(new CreateApiCommand({ Name: 'items', ProtocolType: 'HTTP', Tags: { team: 'a' } }));
    assert.match(created.ApiId!, /^[a-z0-9]{10}$/);
    assert.equal(created.RouteSelectionExpression, '$request.method $request.path');
    assert.equal(created.ApiEndpoint, `http://${created.ApiId}.execute-api.localhost:${new URL(nimbus.endpoint).port}`);
    const updated = await client.send(new UpdateApiCommand({ ApiId: created.ApiId, Description: 'd', CorsConfiguration: { AllowOrigins: ['*'] } }));
    assert.equal(updated.Description, 'd');
    assert.equal(updated.Name, 'items');
    const arn = `arn:aws:apigateway:us-east-1::/apis/${created.ApiId}`;
    await client.send(new TagResourceCommand({ ResourceArn: arn, Tags: { env: 'dev' } }));
    assert.deepEqual((await client.send(new GetTagsCommand({ ResourceArn: arn }))).Tags, { team: 'a', env: 'dev' });
    assert.ok((await client.send(new GetApisCommand({}))).Items!.some((api) => api.ApiId === created.ApiId));
    await client.send(new DeleteApiCommand({ ApiId: created.ApiId }));
    const error = await failure(client.send(new GetApiCommand({ ApiId: created.ApiId })));
    assert.equal(error.name, 'NotFoundException');
    assert.equal(error.$metadata.httpStatusCode, 404);
  });

  it('manages routes and refuses duplicates and bad keys', async () => {
    const { ApiId } = await client.send(new CreateApiCommand({ Name: 'routes', ProtocolType: 'HTTP' }));
    const route = await client.send(new CreateRouteCommand({ ApiId, RouteKey: 'GET /items/{id}' }));
    assert.equal(route.AuthorizationType, 'NONE');
    const duplicate = await failure(client.send(new CreateRouteCommand({ ApiId, RouteKey: 'GET /items/{id}' })));
    assert.equal(duplicate.name, 'ConflictException');
    assert.equal(duplicate.$metadata.httpStatusCode, 409);
    const bad = await failure(client.send(new CreateRouteCommand({ ApiId, RouteKey: 'FETCH /x' })));
    assert.equal(bad.name, 'BadRequestException');
    const moved = await client.send(new UpdateRouteCommand({ ApiId, RouteId: route.RouteId, RouteKey: 'ANY /{proxy+}' }));
    assert.equal(moved.RouteKey, 'ANY /{proxy+}');
    assert.deepEqual((await client.send(new GetRoutesCommand({ ApiId }))).Items!.map((item) => item.RouteKey), ['ANY /{proxy+}']);
    await client.send(new DeleteRouteCommand({ ApiId, RouteId: route.RouteId }));
    assert.equal((await failure(client.send(new GetRouteCommand({ ApiId, RouteId: route.RouteId })))).name, 'NotFoundException');
  });

  it('quick create serves the function on $default with the 2.0 event', async () => {
    const { ApiId } = await client.send(new CreateApiCommand({ Name: 'quick', ProtocolType: 'HTTP', Target: echoArn }));
    const stage = await client.send(new GetStageCommand({ ApiId, StageName: '$default' }));
    assert.equal(stage.AutoDeploy, true);
    assert.ok(stage.DeploymentId);
    const answer = await invoke(nimbus.endpoint, ApiId!, '/hello/world?a=1&a=2&b=x', { headers: { cookie: 'c1=v1; c2=v2', 'user-agent': 'tester' } });
    assert.equal(answer.status, 200);
    const event = JSON.parse(answer.body) as Event;
    assert.equal(event.version, '2.0');
    assert.equal(event.routeKey, '$default');
    assert.equal(event.rawPath, '/hello/world');
    assert.equal(event.rawQueryString, 'a=1&a=2&b=x');
    assert.deepEqual(event.queryStringParameters, { a: '1,2', b: 'x' });
    assert.deepEqual(event.cookies, ['c1=v1', 'c2=v2']);
    assert.equal(event.isBase64Encoded, false);
    assert.equal(event.requestContext.apiId, ApiId);
    assert.equal(event.requestContext.accountId, '000000000000');
    assert.equal(event.requestContext.stage, '$default');
    assert.equal(event.requestContext.http.method, 'GET');
    assert.equal(event.requestContext.http.userAgent, 'tester');
    assert.equal(event.requestContext.domainPrefix, ApiId);
  });

  it('matches the most specific route, greedy paths and $default, and 404s the rest', async () => {
    const { ApiId } = await client.send(new CreateApiCommand({ Name: 'matching', ProtocolType: 'HTTP' }));
    const { IntegrationId } = await client.send(new CreateIntegrationCommand({ ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: echoArn, PayloadFormatVersion: '2.0' }));
    for (const RouteKey of ['GET /items/{id}', 'GET /items/special', 'ANY /{proxy+}']) {
      await client.send(new CreateRouteCommand({ ApiId, RouteKey, Target: `integrations/${IntegrationId}` }));
    }
    await client.send(new CreateStageCommand({ ApiId, StageName: 'prod', AutoDeploy: true, StageVariables: { color: 'blue' } }));
    const routeOf = async (path: string, method = 'GET') => JSON.parse((await invoke(nimbus.endpoint, ApiId!, path, { method })).body) as Event;
    const byId = await routeOf('/prod/items/42');
    assert.equal(byId.routeKey, 'GET /items/{id}');
    assert.deepEqual(byId.pathParameters, { id: '42' });
    assert.deepEqual(byId.stageVariables, { color: 'blue' });
    assert.equal(byId.requestContext.stage, 'prod');
    assert.equal((await routeOf('/prod/items/special')).routeKey, 'GET /items/special');
    const greedy = await routeOf('/prod/a/b/c', 'POST');
    assert.equal(greedy.routeKey, 'ANY /{proxy+}');
    assert.deepEqual(greedy.pathParameters, { proxy: 'a/b/c' });
    const missing = await invoke(nimbus.endpoint, ApiId!, '/nostage/x');
    assert.equal(missing.status, 404);
    assert.deepEqual(JSON.parse(missing.body), { message: 'Not Found' });
  });

  it('sends payload format 1.0 and infers 2.0 responses without statusCode', async () => {
    const plain = await createNodeFunction(lambda, `exports.handler = async () => ({ hello: 'world' });`);
    const { ApiId } = await client.send(new CreateApiCommand({ Name: 'formats', ProtocolType: 'HTTP' }));
    const v1 = await client.send(new CreateIntegrationCommand({ ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: echoArn, PayloadFormatVersion: '1.0' }));
    const v2 = await client.send(new CreateIntegrationCommand({ ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: plain, PayloadFormatVersion: '2.0' }));
    await client.send(new CreateRouteCommand({ ApiId, RouteKey: 'POST /old', Target: `integrations/${v1.IntegrationId}` }));
    await client.send(new CreateRouteCommand({ ApiId, RouteKey: 'GET /inferred', Target: `integrations/${v2.IntegrationId}` }));
    await client.send(new CreateStageCommand({ ApiId, StageName: '$default', AutoDeploy: true }));
    const old = await invoke(nimbus.endpoint, ApiId!, '/old?q=1', { method: 'POST', body: 'hi', headers: { 'content-type': 'text/plain' } });
    const event = JSON.parse(old.body) as Event;
    assert.equal(event.version, '1.0');
    assert.equal(event.resource, '/old');
    assert.equal(event.httpMethod, 'POST');
    assert.equal(event.body, 'hi');
    assert.deepEqual(event.queryStringParameters, { q: '1' });
    const inferred = await invoke(nimbus.endpoint, ApiId!, '/inferred');
    assert.equal(inferred.status, 200);
    assert.equal(inferred.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(inferred.body), { hello: 'world' });
  });

  it('answers CORS preflights from CorsConfiguration', async () => {
    const { ApiId } = await client.send(new CreateApiCommand({
      Name: 'cors', ProtocolType: 'HTTP', Target: echoArn,
      CorsConfiguration: { AllowOrigins: ['https://app.example'], AllowMethods: ['GET', 'POST'], AllowHeaders: ['content-type'], MaxAge: 300 },
    }));
    const preflight = await invoke(nimbus.endpoint, ApiId!, '/anything', {
      method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://app.example');
    assert.equal(preflight.headers['access-control-allow-methods'], 'GET,POST');
    assert.equal(preflight.headers['access-control-max-age'], '300');
    const actual = await invoke(nimbus.endpoint, ApiId!, '/anything', { headers: { origin: 'https://app.example' } });
    assert.equal(actual.status, 200);
    assert.equal(actual.headers['access-control-allow-origin'], 'https://app.example');
  });
});
