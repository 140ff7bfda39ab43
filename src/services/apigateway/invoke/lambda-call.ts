import type { EventBus } from '../../../events/bus.js';
import type { InvokeAnswer, InvokeRequest } from '../../lambda/invoke-responder.js';
import type { Invocation } from './invocation.js';

const API_GATEWAY_PRINCIPAL = 'apigateway.amazonaws.com';
const LAMBDA_URI = /^arn:aws:apigateway:[^:]*:lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/;

/** Substitutes `${stageVariables.name}` in an integration URI, as deployed stages do. */
export function withStageVariables(text: string, variables: Record<string, string> | undefined): string {
  return text.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_, name: string) => variables?.[name] ?? '');
}

/** The function an AWS or AWS_PROXY integration URI (or an authorizer URI) names; undefined if it names another service. */
export function functionOfUri(uri: string | undefined, invocation: Invocation): string | undefined {
  const match = LAMBDA_URI.exec(withStageVariables(uri ?? '', invocation.stage.variables));
  return match?.[1];
}

/**
 * Invokes a function synchronously as API Gateway. Under IAM enforcement the function's policy must
 * let API Gateway invoke it for `sourceArn`; with integration credentials (a role) there is none to check.
 */
export function invokeFunction(bus: EventBus, functionName: string, payload: unknown, invocation: Invocation, sourceArn: string | undefined): Promise<InvokeAnswer> {
  const request: InvokeRequest = {
    functionName, payload: JSON.stringify(payload), account: invocation.location.account, region: invocation.location.region,
    endpoint: invocation.call.endpoint, ...(sourceArn ? { caller: { principal: API_GATEWAY_PRINCIPAL, sourceArn } } : {}),
  };
  return bus.request<InvokeAnswer>('lambda.invoke', request);
}

/** `arn:aws:execute-api:<region>:<account>:<api>/<stage>/<METHOD>/<resource path>`, as a Lambda permission's SourceArn names it. */
export function routeArnOf(invocation: Invocation): string {
  const { request, route } = invocation;
  return `${executeApiArn(invocation)}/${request.stageName}/${request.method}${route?.resource.path ?? request.path}`;
}

/** The API's ARN in execute-api terms; an authorizer's is `<this>/authorizers/<id>`. */
export function executeApiArn(invocation: Invocation): string {
  const { request, location } = invocation;
  return `arn:aws:execute-api:${location.region}:${location.account}:${request.apiId}`;
}
