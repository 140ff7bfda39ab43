import {
  APIGatewayClient, CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, GetResourcesCommand, PutIntegrationCommand,
  PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { CreateFunctionCommand, GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { zipSync } from 'fflate';
import { clientConfig } from '../../support/nimbus.js';
import { sendTo } from '../../gateway/support.js';

export const ROLE = 'arn:aws:iam::000000000000:role/lambda-role';

export function clients(endpoint: string): { apigw: APIGatewayClient; lambda: LambdaClient } {
  return { apigw: new APIGatewayClient(clientConfig(endpoint)), lambda: new LambdaClient(clientConfig(endpoint)) };
}

let counter = 0;
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

/** Creates a Node.js function from handler source (CommonJS `index.js`) and returns its ARN. */
export async function nodeFunction(lambda: LambdaClient, source: string, environment: Record<string, string> = {}): Promise<string> {
  const name = uniqueName('fn');
  const zip = zipSync({ 'index.js': new TextEncoder().encode(source) });
  await lambda.send(new CreateFunctionCommand({
    FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zip }, Environment: { Variables: environment },
  }));
  const { Configuration } = await lambda.send(new GetFunctionCommand({ FunctionName: name }));
  return Configuration!.FunctionArn!;
}

export function lambdaUri(functionArn: string): string {
  return `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
}

/** A new API and the id of its root resource. */
export async function newApi(apigw: APIGatewayClient, name = uniqueName('api')): Promise<{ apiId: string; rootId: string }> {
  const api = await apigw.send(new CreateRestApiCommand({ name }));
  const { items } = await apigw.send(new GetResourcesCommand({ restApiId: api.id! }));
  return { apiId: api.id!, rootId: items!.find((item) => item.path === '/')!.id! };
}

export async function child(apigw: APIGatewayClient, restApiId: string, parentId: string, pathPart: string): Promise<string> {
  return (await apigw.send(new CreateResourceCommand({ restApiId, parentId, pathPart }))).id!;
}

export async function deploy(apigw: APIGatewayClient, restApiId: string, stageName: string, variables?: Record<string, string>): Promise<void> {
  await apigw.send(new CreateDeploymentCommand({ restApiId, stageName, variables }));
}

/** The path form of an invoke URL, which resolves anywhere. */
export function invokeUrl(endpoint: string, apiId: string, stage: string, path: string): string {
  return `${endpoint}/restapis/${apiId}/${stage}/_user_request_${path}`;
}

/** A request to the host form `http://<api>.execute-api.localhost:<port>/<stage>/<path>`, answered by the local Nimbus. */
export function invokeByHost(port: number, apiId: string, stage: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return sendTo(`http://${apiId}.execute-api.localhost:${port}/${stage}${path}`, init);
}

export async function failure(promise: Promise<unknown>): Promise<{ name: string; status?: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error('expected the call to fail');
}

/** CORS as the roommates template configures it: an OPTIONS method whose MOCK integration sets the Access-Control-Allow-* headers. */
export async function corsMethod(apigw: APIGatewayClient, restApiId: string, resourceId: string): Promise<void> {
  await apigw.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: 'OPTIONS', authorizationType: 'NONE' }));
  await apigw.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: 'OPTIONS', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
  await apigw.send(new PutMethodResponseCommand({
    restApiId, resourceId, httpMethod: 'OPTIONS', statusCode: '200',
    responseParameters: { 'method.response.header.Access-Control-Allow-Headers': false, 'method.response.header.Access-Control-Allow-Methods': false, 'method.response.header.Access-Control-Allow-Origin': false },
  }));
  await apigw.send(new PutIntegrationResponseCommand({
    restApiId, resourceId, httpMethod: 'OPTIONS', statusCode: '200',
    responseParameters: {
      'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
      'method.response.header.Access-Control-Allow-Methods': "'OPTIONS,POST'",
      'method.response.header.Access-Control-Allow-Origin': "'*'",
    },
    responseTemplates: { 'application/json': '' },
  }));
}
