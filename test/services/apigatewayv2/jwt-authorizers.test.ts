import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { generateKeyPair, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { CreateAuthorizerCommand, GetAuthorizerCommand, type ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import { SignJWT, exportJWK, type JWTPayload } from 'jose';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { lambdaClient } from '../lambda/support.js';
import { apiWithRoutes, createNodeFunction, invoke, serverSeconds, v2Client } from './support.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the event is read field by field, as a handler reads it
type Event = Record<string, any>;

const ECHO = `exports.handler = async (event) => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });`;
const KID = 'nimbus-test-key';

describe('HTTP API JWT authorizers (tokens signed with a local RSA key, JWKS served by a local issuer)', () => {
  let nimbus: Nimbus;
  let client: ApiGatewayV2Client;
  let issuerServer: Server;
  let issuer: string;
  let signingKey: KeyObject;
  let strangerKey: KeyObject;
  let apiId: string;

  before(async () => {
    nimbus = await startTestNimbus();
    client = v2Client(nimbus.endpoint);
    const rsa = promisify(generateKeyPair);
    const [ours, stranger] = await Promise.all([rsa('rsa', { modulusLength: 2048 }), rsa('rsa', { modulusLength: 2048 })]);
    signingKey = ours.privateKey;
    strangerKey = stranger.privateKey;
    const jwks = { keys: [{ ...(await exportJWK(ours.publicKey)), kid: KID, alg: 'RS256', use: 'sig' }] };
    issuerServer = createServer((req, res) => {
      const documents: Record<string, unknown> = {
        '/.well-known/openid-configuration': { issuer, jwks_uri: `${issuer}/keys.json`, id_token_signing_alg_values_supported: ['RS256'] },
        '/keys.json': jwks,
      };
      const document = documents[req.url ?? ''];
      res.writeHead(document ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(document ?? {}));
    });
    await new Promise<void>((resolve) => issuerServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}`;

    const echo = await createNodeFunction(lambdaClient(nimbus.endpoint), ECHO);
    ({ apiId } = await apiWithRoutes(client, echo, [
      { RouteKey: 'GET /items', AuthorizationType: 'JWT', AuthorizerId: 'jwt', AuthorizationScopes: ['items/read'] },
      { RouteKey: 'GET /profile', AuthorizationType: 'JWT', AuthorizerId: 'jwt' },
      { RouteKey: 'GET /legacy', AuthorizationType: 'JWT', AuthorizerId: 'jwt', payloadFormat: '1.0' },
      { RouteKey: 'GET /by-query', AuthorizationType: 'JWT', AuthorizerId: 'query' },
    ], async (ApiId) => ({
      jwt: (await client.send(new CreateAuthorizerCommand({
        ApiId, Name: 'jwt', AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'], JwtConfiguration: { Issuer: issuer, Audience: ['orders-api'] },
      }))).AuthorizerId!,
      query: (await client.send(new CreateAuthorizerCommand({
        ApiId, Name: 'query', AuthorizerType: 'JWT', IdentitySource: ['$request.querystring.token'], JwtConfiguration: { Issuer: issuer, Audience: ['orders-api'] },
      }))).AuthorizerId!,
    })));
  });
  after(async () => {
    issuerServer?.close();
    await nimbus?.stop();
  });

  async function token(claims: JWTPayload = {}, options: { key?: KeyObject | Uint8Array; alg?: string; lifetime?: number } = {}): Promise<string> {
    const now = await serverSeconds(nimbus.endpoint);
    return new SignJWT({ iss: issuer, sub: 'user-1', aud: 'orders-api', scope: 'items/read profile', iat: now, exp: now + (options.lifetime ?? 3600), ...claims })
      .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: KID })
      .sign(options.key ?? signingKey);
  }
  const call = (path: string, authorization?: string) => invoke(nimbus.endpoint, apiId, path, { headers: authorization ? { authorization } : {} });

  it('lets a valid token through and hands its claims and scopes to the integration (payload 2.0)', async () => {
    const answer = await call('/items', `Bearer ${await token({ aud: ['orders-api', 'other'], 'cognito:groups': ['admin', 'users'] })}`);
    assert.equal(answer.status, 200);
    const { authorizer } = (JSON.parse(answer.body) as Event).requestContext;
    assert.deepEqual(Object.keys(authorizer), ['jwt']);
    assert.deepEqual(authorizer.jwt.scopes, ['items/read', 'profile']);
    assert.equal(authorizer.jwt.claims.sub, 'user-1');
    assert.equal(authorizer.jwt.claims.iss, issuer);
    assert.equal(authorizer.jwt.claims.aud, '[orders-api other]');
    assert.equal(authorizer.jwt.claims['cognito:groups'], '[admin users]');
    assert.match(authorizer.jwt.claims.exp, /^\d+$/);
  });

  it('accepts the token without the Bearer prefix, from a query string, and by client_id when it has no aud', async () => {
    assert.equal((await call('/profile', await token())).status, 200);
    const query = await invoke(nimbus.endpoint, apiId, `/by-query?token=${await token()}`);
    assert.equal(query.status, 200);
    const cognitoAccessToken = await token({ aud: undefined, client_id: 'orders-api', scope: 'items/read' });
    assert.equal((await call('/items', `Bearer ${cognitoAccessToken}`)).status, 200);
  });

  it('puts claims and scopes at requestContext.authorizer under payload 1.0', async () => {
    const answer = await call('/legacy', `Bearer ${await token()}`);
    const { authorizer } = (JSON.parse(answer.body) as Event).requestContext;
    assert.equal(authorizer.claims.sub, 'user-1');
    assert.deepEqual(authorizer.scopes, ['items/read', 'profile']);
  });

  it('answers 401 Unauthorized for a missing, malformed, foreign-signed or wrongly issued token', async () => {
    const refused = [
      await call('/items'),
      await call('/items', 'Bearer not.a.jwt'),
      await call('/items', `Bearer ${await token({}, { key: strangerKey })}`),
      await call('/items', `Bearer ${await token({ iss: 'https://elsewhere.example' })}`),
      await invoke(nimbus.endpoint, apiId, '/by-query'),
    ];
    for (const answer of refused) {
      assert.equal(answer.status, 401);
      assert.deepEqual(JSON.parse(answer.body), { message: 'Unauthorized' });
    }
  });

  it('names the reason in www-authenticate: a wrong audience, an HMAC signature', async () => {
    const audience = await call('/items', `Bearer ${await token({ aud: 'someone-else' })}`);
    assert.equal(audience.status, 401);
    assert.equal(audience.headers['www-authenticate'], 'Bearer scope="items/read" error="invalid_token" error_description="the token does not have a valid audience"');
    const hmac = await call('/items', `Bearer ${await token({}, { key: new TextEncoder().encode('a shared secret of thirty-two bytes!'), alg: 'HS256' })}`);
    assert.equal(hmac.status, 401);
    assert.equal(hmac.headers['www-authenticate'], 'Bearer scope="items/read" error="invalid_token" error_description="signing method HS256 is invalid"');
  });

  it('answers 403 Forbidden when the token has none of the route\'s scopes', async () => {
    const answer = await call('/items', `Bearer ${await token({ scope: 'profile' })}`);
    assert.equal(answer.status, 403);
    assert.deepEqual(JSON.parse(answer.body), { message: 'Forbidden' });
    assert.equal((await call('/items', `Bearer ${await token({ scope: undefined, scp: ['items/read'] })}`)).status, 200);
  });

  it('creates a JWT authorizer through the AWS CLI as the SDK reads it back', async () => {
    const { stdout } = await promisify(execFile)('aws', [
      'apigatewayv2', 'create-authorizer', '--api-id', apiId, '--name', 'cli', '--authorizer-type', 'JWT',
      '--identity-source', '$request.header.Authorization', '--jwt-configuration', `Audience=orders-api,admin-app,Issuer=${issuer}`,
    ], { env: cliEnv(nimbus.endpoint) });
    const created = JSON.parse(stdout) as { AuthorizerId: string; JwtConfiguration: unknown };
    assert.deepEqual(created.JwtConfiguration, { Audience: ['orders-api', 'admin-app'], Issuer: issuer });
    const read = await client.send(new GetAuthorizerCommand({ ApiId: apiId, AuthorizerId: created.AuthorizerId }));
    assert.equal(read.AuthorizerType, 'JWT');
    assert.deepEqual(read.IdentitySource, ['$request.header.Authorization']);
    assert.deepEqual(read.JwtConfiguration, { Audience: ['orders-api', 'admin-app'], Issuer: issuer });
  });

  it('refuses a token once the clock passes its exp', async () => {
    const shortLived = await token({}, { lifetime: 60 });
    assert.equal((await call('/items', `Bearer ${shortLived}`)).status, 200);
    await advanceClock(nimbus.endpoint, 61);
    const expired = await call('/items', `Bearer ${shortLived}`);
    assert.equal(expired.status, 401);
    assert.equal(expired.headers['www-authenticate'], 'Bearer scope="items/read" error="invalid_token" error_description="the token has expired"');
  });
});
