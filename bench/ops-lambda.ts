import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import {
  CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, GetResourcesCommand, PutIntegrationCommand, PutMethodCommand,
} from '@aws-sdk/client-api-gateway';
import {
  AddPermissionCommand, CreateFunctionCommand, DeleteFunctionCommand, GetFunctionConfigurationCommand, InvokeCommand, type LambdaClient,
} from '@aws-sdk/client-lambda';
import { zipSync } from 'fflate';
import type { Operation } from './operations.js';

const NO_DOCKER = "moto_server runs Lambda functions in Docker containers, which this bench does not use";
const ROLE = 'arn:aws:iam::000000000000:role/bench-lambda';
const RUNTIME = 'nodejs20.x';
const ECHO = 'export const handler = async (event) => ({ n: event.n });\n';
const PROXY = "export const handler = async (event) => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: event.path }) });\n";
const STAGE = 'bench';

/** A deployment package of one ES module. */
function zipOf(source: string): Uint8Array {
  return zipSync({ 'index.mjs': new TextEncoder().encode(source) });
}

/** Creates a function and waits until it is Active, as an application must before invoking it. */
async function createFunction(lambda: LambdaClient, name: string, source: string): Promise<string> {
  const out = await lambda.send(new CreateFunctionCommand({
    FunctionName: name, Runtime: RUNTIME, Role: ROLE, Handler: 'index.handler', MemorySize: 128, Code: { ZipFile: zipOf(source) },
  }));
  for (let state = out.State; state !== 'Active';) {
    if (state === 'Failed') throw new Error(`function ${name} failed to create`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    state = (await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))).State;
  }
  return out.FunctionArn!;
}

async function invokeEcho(lambda: LambdaClient, name: string, n: number): Promise<void> {
  const out = await lambda.send(new InvokeCommand({ FunctionName: name, Payload: JSON.stringify({ n }) }));
  const answer = new TextDecoder().decode(out.Payload);
  if (out.FunctionError || JSON.parse(answer).n !== n) throw new Error(`Invoke answered ${out.FunctionError ?? ''} ${answer}`);
}

function invokeOperations(): Operation[] {
  const warm = `bench-warm-${randomBytes(4).toString('hex')}`;
  return [
    {
      name: 'Lambda Invoke, cold (first invoke of a new Node.js function)',
      kind: 'latency',
      motoLacks: NO_DOCKER,
      measure: { warmup: 1, minCalls: 12, maxCalls: 40, budgetMs: 4000, concurrency: 1 },
      // Each function's code differs, so its package is unpacked as a new function's would be.
      run: async ({ lambda }, _f, i) => {
        const name = `bench-cold-${i}-${randomBytes(4).toString('hex')}`;
        await createFunction(lambda, name, `${ECHO}// ${name}\n`);
        const began = performance.now();
        await invokeEcho(lambda, name, i);
        const latency = performance.now() - began;
        await lambda.send(new DeleteFunctionCommand({ FunctionName: name }));
        return latency;
      },
    },
    {
      name: 'Lambda Invoke, warm (RequestResponse)',
      kind: 'latency',
      motoLacks: NO_DOCKER,
      measure: { warmup: 20, minCalls: 300, maxCalls: 3000, budgetMs: 3000, concurrency: 1 },
      setup: async ({ lambda }) => { await createFunction(lambda, warm, ECHO); },
      run: ({ lambda }, _f, i) => invokeEcho(lambda, warm, i),
    },
    {
      // The same call without the SDK's own ~1 ms of CPU per request: what Nimbus adds to a warm invocation.
      name: 'Lambda Invoke, warm, plain HTTP client (Nimbus overhead)',
      kind: 'latency',
      motoLacks: NO_DOCKER,
      measure: { warmup: 20, minCalls: 300, maxCalls: 3000, budgetMs: 3000, concurrency: 1 },
      run: ({ endpoint }, _f, i) => invokeOverHttp(endpoint, warm, i),
    },
  ];
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });

/** Invoke's REST call as the SDK sends it, unsigned (Nimbus verifies signatures only when asked to). */
function invokeOverHttp(endpoint: string, name: string, n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const call = request(`${endpoint}/2015-03-31/functions/${name}/invocations`, {
      method: 'POST', agent: keepAlive,
      headers: { 'content-type': 'application/json', authorization: 'AWS4-HMAC-SHA256 Credential=test/20261124/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0' },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const answer = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode !== 200 || response.headers['x-amz-function-error'] || JSON.parse(answer).n !== n) reject(new Error(`Invoke answered ${response.statusCode} ${answer}`));
        else resolve();
      });
    });
    call.on('error', reject);
    call.end(JSON.stringify({ n }));
  });
}

/** A REST API whose every path is a Lambda proxy integration, deployed to a stage; answers its invoke URL. */
function apiOperations(): Operation[] {
  let url = '';
  return [{
    name: 'API Gateway REST → Lambda (AWS_PROXY), fetch',
    motoLacks: NO_DOCKER,
    setup: async ({ lambda, apigateway, endpoint }) => {
      const functionArn = await createFunction(lambda, `bench-api-${randomBytes(4).toString('hex')}`, PROXY);
      const restApiId = (await apigateway.send(new CreateRestApiCommand({ name: 'bench' }))).id!;
      const root = (await apigateway.send(new GetResourcesCommand({ restApiId }))).items!.find((r) => r.path === '/')!;
      const proxy = await apigateway.send(new CreateResourceCommand({ restApiId, parentId: root.id, pathPart: '{proxy+}' }));
      await apigateway.send(new PutMethodCommand({ restApiId, resourceId: proxy.id, httpMethod: 'ANY', authorizationType: 'NONE' }));
      await apigateway.send(new PutIntegrationCommand({
        restApiId, resourceId: proxy.id, httpMethod: 'ANY', type: 'AWS_PROXY', integrationHttpMethod: 'POST',
        uri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${functionArn}/invocations`,
      }));
      await lambda.send(new AddPermissionCommand({
        FunctionName: functionArn, StatementId: 'apigateway', Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com',
        SourceArn: `arn:aws:execute-api:us-east-1:000000000000:${restApiId}/*/*/*`,
      }));
      await apigateway.send(new CreateDeploymentCommand({ restApiId, stageName: STAGE }));
      url = `${endpoint}/restapis/${restApiId}/${STAGE}/_user_request_`;
    },
    run: async (_c, _f, i) => {
      const response = await fetch(`${url}/items/${i}`);
      const body = await response.text();
      if (response.status !== 200 || JSON.parse(body).path !== `/items/${i}`) throw new Error(`${response.status} ${body.slice(0, 80)}`);
    },
  }];
}

/** Lambda's invoke overhead, cold and warm, and an API Gateway REST API in front of a function. */
export function lambdaOperations(): Operation[] {
  return [...invokeOperations(), ...apiOperations()];
}
