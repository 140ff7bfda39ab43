import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  CreateApiCommand, CreateDeploymentCommand, CreateIntegrationCommand, CreateRouteCommand, CreateStageCommand, GetStageCommand,
  type ApiGatewayV2Client,
} from '@aws-sdk/client-apigatewayv2';
import { startTestNimbus } from '../../support/nimbus.js';
import { failure, uniqueName } from '../lambda/support.js';
import { invoke, v2Client } from './support.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('HTTP APIs: HTTP_PROXY integrations, and named stages deployed by hand', () => {
  let nimbus: Awaited<ReturnType<typeof startTestNimbus>>;
  let client: ApiGatewayV2Client;
  let backend: Server;
  let backendUrl: string;
  const seen: Seen[] = [];

  before(async () => {
    nimbus = await startTestNimbus();
    client = v2Client(nimbus.endpoint);
    backend = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(request.url!.includes('teapot') ? 418 : 200, { 'content-type': 'text/plain', 'x-backend': 'yes' }).end(`backend saw ${request.method} ${request.url}`);
      });
    });
    await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
    backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  });
  after(async () => {
    await nimbus.stop();
    await new Promise((resolve) => backend.close(resolve));
  });

  async function proxyApi(): Promise<{ apiId: string; integrationId: string }> {
    const { ApiId } = await client.send(new CreateApiCommand({ Name: uniqueName('proxy'), ProtocolType: 'HTTP' }));
    const { IntegrationId } = await client.send(new CreateIntegrationCommand({
      ApiId, IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'ANY', IntegrationUri: `${backendUrl}/upstream/{proxy}`, PayloadFormatVersion: '1.0',
    }));
    await client.send(new CreateRouteCommand({ ApiId, RouteKey: 'ANY /api/{proxy+}', Target: `integrations/${IntegrationId}` }));
    return { apiId: ApiId!, integrationId: IntegrationId! };
  }

  it('passes method, greedy path, query, headers and body to the backend and its answer back as it is', async () => {
    const { apiId } = await proxyApi();
    await client.send(new CreateStageCommand({ ApiId: apiId, StageName: '$default', AutoDeploy: true }));
    seen.length = 0;
    const answer = await invoke(nimbus.endpoint, apiId, '/api/teapot/brew?size=large&sugar=no', {
      method: 'PUT', headers: { 'content-type': 'application/json', 'x-custom': 'kept' }, body: '{"tea":"green"}',
    });
    assert.equal(answer.status, 418);
    assert.equal(answer.headers['x-backend'], 'yes');
    assert.equal(answer.body, 'backend saw PUT /upstream/teapot/brew?size=large&sugar=no');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.headers['x-custom'], 'kept');
    assert.equal(seen[0]!.body, '{"tea":"green"}');
  });

  it('serves a named stage only from the deployment it was given, until the next CreateDeployment', async () => {
    const { apiId, integrationId } = await proxyApi();
    await client.send(new CreateStageCommand({ ApiId: apiId, StageName: 'prod' }));
    assert.equal((await invoke(nimbus.endpoint, apiId, '/prod/api/x')).status, 404, 'a stage without a deployment serves nothing');

    const { DeploymentId } = await client.send(new CreateDeploymentCommand({ ApiId: apiId, StageName: 'prod' }));
    assert.equal((await client.send(new GetStageCommand({ ApiId: apiId, StageName: 'prod' }))).DeploymentId, DeploymentId);
    const served = await invoke(nimbus.endpoint, apiId, '/prod/api/x');
    assert.equal(served.status, 200);
    assert.equal(served.body, 'backend saw GET /upstream/x');

    await client.send(new CreateRouteCommand({ ApiId: apiId, RouteKey: 'GET /status', Target: `integrations/${integrationId}` }));
    const before = await invoke(nimbus.endpoint, apiId, '/prod/status');
    assert.equal(before.status, 404);
    assert.deepEqual(JSON.parse(before.body), { message: 'Not Found' });
    await client.send(new CreateDeploymentCommand({ ApiId: apiId, StageName: 'prod' }));
    assert.equal((await invoke(nimbus.endpoint, apiId, '/prod/status')).status, 200);

    await client.send(new CreateStageCommand({ ApiId: apiId, StageName: 'auto', AutoDeploy: true }));
    const refused = await failure(client.send(new CreateDeploymentCommand({ ApiId: apiId, StageName: 'auto' })));
    assert.equal(refused.name, 'BadRequestException');
  });
});
