import type { EventBus } from '../../../events/bus.js';
import type { WebResponse } from '../../../common/web-request.js';
import type { InvokeAnswer, InvokeRequest } from '../../lambda/invoke-responder.js';
import type { Integration } from '../api.generated.js';
import { eventV1, eventV2, type Invocation } from './events.js';
import { internalError, responseV1, responseV2 } from './responses.js';

const LAMBDA_URI = /^arn:aws:apigateway:[^:]*:lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/;
const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

/** The function an integration or authorizer URI names (a function ARN, or the apigateway invocation form). */
export function functionOf(uri: string): string {
  return LAMBDA_URI.exec(uri)?.[1] ?? uri;
}

/**
 * Invokes a function synchronously as API Gateway; any failure is undefined (the caller's 500).
 * Under IAM enforcement the function's policy must let API Gateway invoke it for `sourceArn`;
 * with a credentials role there is none to check.
 */
export async function invokeLambda(bus: EventBus, functionName: string, event: unknown, invocation: Invocation, endpoint: string, sourceArn: string | undefined): Promise<InvokeAnswer | undefined> {
  const [, , , region, account] = functionName.split(':');
  try {
    const request: InvokeRequest = {
      functionName, payload: JSON.stringify(event), account: account || invocation.account, region: region || 'us-east-1', endpoint,
      ...(sourceArn ? { caller: { principal: 'apigateway.amazonaws.com', sourceArn } } : {}),
    };
    const answer = await bus.request<InvokeAnswer>('lambda.invoke', request);
    return answer.functionError ? undefined : answer;
  } catch {
    return undefined;
  }
}

/** The API's ARN in execute-api terms; an authorizer's is `<this>/authorizers/<id>`. */
export function executeApiArn(invocation: Invocation): string {
  return `arn:aws:execute-api:${invocation.region}:${invocation.account}:${invocation.inbound.apiId}`;
}

/** `<api ARN>/<stage>/<METHOD>/<route path>` (`/<stage>/$default` for the default route), as a Lambda permission's SourceArn names it. */
function routeArnOf(invocation: Invocation): string {
  const [method, path] = invocation.routeKey.split(' ');
  return `${executeApiArn(invocation)}/${invocation.stage}/${path ? `${method}${path}` : invocation.routeKey}`;
}

/** Runs the route's integration; any failure to reach it is the 500 HTTP APIs give. */
export async function integrate(bus: EventBus, integration: Integration, invocation: Invocation, endpoint: string): Promise<WebResponse> {
  if (integration.IntegrationType === 'HTTP_PROXY') return httpProxy(integration, invocation);
  const version = integration.PayloadFormatVersion ?? '2.0';
  const event = version === '1.0' ? eventV1(invocation) : eventV2(invocation);
  const sourceArn = integration.CredentialsArn ? undefined : routeArnOf(invocation);
  const answer = await invokeLambda(bus, functionOf(integration.IntegrationUri ?? ''), event, invocation, endpoint, sourceArn);
  if (!answer) return internalError();
  return version === '1.0' ? responseV1(answer.payload) : responseV2(answer.payload);
}

/** HTTP_PROXY: the request goes on to the URL (with `{proxy}` style path parameters filled in), the answer comes back as it is. */
async function httpProxy(integration: Integration, invocation: Invocation): Promise<WebResponse> {
  const { inbound } = invocation;
  let url = (integration.IntegrationUri ?? '').replace(/\{([^}]+?)\+?\}/g, (_, name: string) => invocation.pathParameters[name] ?? '');
  if (inbound.rawQueryString) url += (url.includes('?') ? '&' : '?') + inbound.rawQueryString;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(inbound.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  const method = integration.IntegrationMethod === 'ANY' || !integration.IntegrationMethod ? inbound.method : integration.IntegrationMethod;
  try {
    const response = await fetch(url, {
      method, headers, body: ['GET', 'HEAD'].includes(method) ? undefined : new Uint8Array(inbound.body),
      signal: AbortSignal.timeout(integration.TimeoutInMillis ?? 30000),
    });
    const answerHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') answerHeaders[name] = value;
    });
    return { status: response.status, headers: answerHeaders, body: Buffer.from(await response.arrayBuffer()) };
  } catch {
    return { status: 503, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Service Unavailable' }) };
  }
}
