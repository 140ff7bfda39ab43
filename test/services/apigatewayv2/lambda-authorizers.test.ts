import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateAuthorizerCommand, GetAuthorizerCommand, type ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { lambdaClient } from '../lambda/support.js';
import { apiWithRoutes, createNodeFunction, invoke, v2Client } from './support.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the event is read field by field, as a handler reads it
type Event = Record<string, any>;

const ECHO = `exports.handler = async (event) => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });`;

/** Simple responses: the token "letmein" is authorized; each call of the function is told apart by a fresh id. */
const SIMPLE = `
const { randomUUID } = require('node:crypto');
exports.handler = async (event) => ({
  isAuthorized: event.headers.authorization === 'letmein',
  context: { call: randomUUID(), user: 'ada', level: 3, event: { version: event.version, type: event.type, routeArn: event.routeArn, identitySource: event.identitySource, hasBody: 'body' in event } },
});`;

/** IAM policy answers (payload 1.0): every GET is allowed except /secret, which an explicit Deny covers. */
const POLICY = `
exports.handler = async (event) => {
  const [arn] = event.methodArn.split('/');
  if (event.authorizationToken === 'boom') throw new Error('authorizer failed');
  return {
    principalId: 'user-7',
    policyDocument: { Version: '2012-10-17', Statement: [
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: arn + '/*/GET/*' },
      { Action: ['execute-api:Invoke'], Effect: 'Deny', Resource: [arn + '/*/GET/secret'] },
    ] },
    context: { user: 'grace', methodArn: event.methodArn, identitySource: event.identitySource, version: event.version, type: event.type, resource: event.resource, httpMethod: event.httpMethod },
  };
};`;

describe('HTTP API Lambda REQUEST authorizers', () => {
  let nimbus: Nimbus;
  let client: ApiGatewayV2Client;
  let lambda: LambdaClient;
  let apiId: string;
  let authorizerIds: Record<string, string>;

  before(async () => {
    nimbus = await startTestNimbus();
    client = v2Client(nimbus.endpoint);
    lambda = lambdaClient(nimbus.endpoint);
    const [echo, simple, policy] = await Promise.all([ECHO, SIMPLE, POLICY].map((source) => createNodeFunction(lambda, source)));
    const uri = (arn: string) => `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${arn}/invocations`;
    ({ apiId, authorizerIds } = await apiWithRoutes(client, echo!, [
      { RouteKey: 'GET /simple', AuthorizationType: 'CUSTOM', AuthorizerId: 'simple' },
      { RouteKey: 'GET /simple/legacy', AuthorizationType: 'CUSTOM', AuthorizerId: 'simple', payloadFormat: '1.0' },
      { RouteKey: 'GET /uncached', AuthorizationType: 'CUSTOM', AuthorizerId: 'uncached' },
      { RouteKey: 'GET /items/{id}', AuthorizationType: 'CUSTOM', AuthorizerId: 'policy' },
      { RouteKey: 'GET /secret', AuthorizationType: 'CUSTOM', AuthorizerId: 'policy' },
      { RouteKey: 'DELETE /items/{id}', AuthorizationType: 'CUSTOM', AuthorizerId: 'policy' },
    ], async (ApiId) => {
      const create = async (Name: string, fields: Record<string, unknown>) => (await client.send(new CreateAuthorizerCommand({
        ApiId, Name, AuthorizerType: 'REQUEST', IdentitySource: ['$request.header.Authorization'], ...fields,
      }))).AuthorizerId!;
      return {
        simple: await create('simple', { AuthorizerUri: uri(simple!), AuthorizerPayloadFormatVersion: '2.0', EnableSimpleResponses: true }),
        uncached: await create('uncached', { AuthorizerUri: uri(simple!), AuthorizerPayloadFormatVersion: '2.0', EnableSimpleResponses: true, AuthorizerResultTtlInSeconds: 0 }),
        policy: await create('policy', { AuthorizerUri: uri(policy!), AuthorizerPayloadFormatVersion: '1.0', AuthorizerResultTtlInSeconds: 0 }),
      };
    }));
  });
  after(() => nimbus.stop());

  const call = (path: string, authorization?: string, method = 'GET') => invoke(nimbus.endpoint, apiId, path, { method, headers: authorization ? { authorization } : {} });
  const authorizerOf = async (path: string, authorization: string): Promise<Event> => (JSON.parse((await call(path, authorization)).body) as Event).requestContext.authorizer;

  it('stores the REQUEST authorizer settings as given, with the default TTL', async () => {
    const simple = await client.send(new GetAuthorizerCommand({ ApiId: apiId, AuthorizerId: authorizerIds.simple }));
    assert.equal(simple.AuthorizerType, 'REQUEST');
    assert.equal(simple.EnableSimpleResponses, true);
    assert.equal(simple.AuthorizerResultTtlInSeconds, 300);
    assert.deepEqual(simple.IdentitySource, ['$request.header.Authorization']);
  });

  it('sends the 2.0 event and passes a simple response\'s context to the integration as authorizer.lambda', async () => {
    const authorizer = await authorizerOf('/simple', 'letmein');
    assert.deepEqual(Object.keys(authorizer), ['lambda']);
    assert.equal(authorizer.lambda.user, 'ada');
    assert.equal(authorizer.lambda.level, 3);
    assert.deepEqual(authorizer.lambda.event, {
      version: '2.0', type: 'REQUEST', routeArn: `arn:aws:execute-api:us-east-1:000000000000:${apiId}/$default/GET/simple`, identitySource: ['letmein'], hasBody: false,
    });
  });

  it('answers 401 when an identity source is missing, and 403 when the function says no', async () => {
    const missing = await call('/simple');
    assert.equal(missing.status, 401);
    assert.deepEqual(JSON.parse(missing.body), { message: 'Unauthorized' });
    const denied = await call('/simple', 'wrong');
    assert.equal(denied.status, 403);
    assert.deepEqual(JSON.parse(denied.body), { message: 'Forbidden' });
  });

  it('caches the answer per identity source for AuthorizerResultTtlInSeconds of clock time', async () => {
    const first = (await authorizerOf('/simple', 'letmein')).lambda.call;
    assert.equal((await authorizerOf('/simple', 'letmein')).lambda.call, first);
    await advanceClock(nimbus.endpoint, 301);
    const renewed = (await authorizerOf('/simple', 'letmein')).lambda.call;
    assert.notEqual(renewed, first);
    const uncached = [(await authorizerOf('/uncached', 'letmein')).lambda.call, (await authorizerOf('/uncached', 'letmein')).lambda.call];
    assert.notEqual(uncached[0], uncached[1]);
  });

  it('gives a payload 1.0 integration the context keys at requestContext.authorizer', async () => {
    const authorizer = await authorizerOf('/simple/legacy', 'letmein');
    assert.equal(authorizer.user, 'ada');
    assert.equal(authorizer.level, 3);
  });

  it('sends the 1.0 event and evaluates the IAM policy against each request\'s route ARN', async () => {
    const allowed = await call('/items/42', 'token-1');
    assert.equal(allowed.status, 200);
    const { lambda: context } = (JSON.parse(allowed.body) as Event).requestContext.authorizer;
    assert.deepEqual(context, {
      user: 'grace', methodArn: `arn:aws:execute-api:us-east-1:000000000000:${apiId}/$default/GET/items/42`, identitySource: 'token-1',
      version: '1.0', type: 'REQUEST', resource: '/items/{id}', httpMethod: 'GET',
    });
    const deniedByStatement = await call('/secret', 'token-1');
    assert.equal(deniedByStatement.status, 403);
    assert.deepEqual(JSON.parse(deniedByStatement.body), { message: 'Forbidden' });
    const notAllowed = await call('/items/42', 'token-1', 'DELETE');
    assert.equal(notAllowed.status, 403);
  });

  it('answers 500 Internal Server Error when the authorizer function fails', async () => {
    const failed = await call('/items/1', 'boom');
    assert.equal(failed.status, 500);
    assert.deepEqual(JSON.parse(failed.body), { message: 'Internal Server Error' });
  });
});
