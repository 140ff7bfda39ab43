import { request } from 'node:http';
import { ApiGatewayV2Client, CreateApiCommand, CreateIntegrationCommand, CreateRouteCommand, CreateStageCommand } from '@aws-sdk/client-apigatewayv2';
import { CreateFunctionCommand, waitUntilFunctionActiveV2, type LambdaClient } from '@aws-sdk/client-lambda';
import { clientConfig } from '../../support/nimbus.js';
import { ROLE, uniqueName, zipOf } from '../lambda/support.js';

export function v2Client(endpoint: string): ApiGatewayV2Client {
  return new ApiGatewayV2Client(clientConfig(endpoint));
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request to `http://<api-id>.execute-api.localhost:<port><path>`, with the Host header naming the API. */
export function invoke(endpoint: string, apiId: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(endpoint);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: { host: `${apiId}.execute-api.localhost:${url.port}`, ...init.headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}

/** A Node.js function from handler source (`exports.handler = …`); answers its ARN. */
export async function createNodeFunction(lambda: LambdaClient, source: string): Promise<string> {
  const created = await lambda.send(new CreateFunctionCommand({
    FunctionName: uniqueName('v2'), Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zipOf({ 'index.js': source }) },
  }));
  await waitUntilFunctionActiveV2({ client: lambda, maxWaitTime: 30 }, { FunctionName: created.FunctionName! });
  return created.FunctionArn!;
}

/** Nimbus's clock in seconds since the epoch, read through its public route: tokens are dated by it. */
export async function serverSeconds(endpoint: string): Promise<number> {
  const { now } = (await (await fetch(`${endpoint}/_nimbus/clock`)).json()) as { now: string };
  return Math.floor(Date.parse(now) / 1000);
}

/** An HTTP API on the `$default` stage (auto-deployed) whose routes all go to one Lambda proxy integration. */
export async function apiWithRoutes(
  client: ApiGatewayV2Client,
  functionArn: string,
  routes: Array<{ RouteKey: string; AuthorizationType?: 'NONE' | 'JWT' | 'CUSTOM'; AuthorizerId?: string; AuthorizationScopes?: string[]; payloadFormat?: '1.0' | '2.0' }>,
  authorizers: (apiId: string) => Promise<Record<string, string>>,
): Promise<{ apiId: string; authorizerIds: Record<string, string> }> {
  const { ApiId } = await client.send(new CreateApiCommand({ Name: uniqueName('auth'), ProtocolType: 'HTTP' }));
  const authorizerIds = await authorizers(ApiId!);
  const integrations: Record<string, string> = {};
  for (const version of ['1.0', '2.0'] as const) {
    integrations[version] = (await client.send(new CreateIntegrationCommand({ ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: functionArn, PayloadFormatVersion: version }))).IntegrationId!;
  }
  for (const { payloadFormat = '2.0', AuthorizerId, ...route } of routes) {
    await client.send(new CreateRouteCommand({ ApiId, ...route, AuthorizerId: AuthorizerId && authorizerIds[AuthorizerId], Target: `integrations/${integrations[payloadFormat]}` }));
  }
  await client.send(new CreateStageCommand({ ApiId, StageName: '$default', AutoDeploy: true }));
  return { apiId: ApiId!, authorizerIds };
}
