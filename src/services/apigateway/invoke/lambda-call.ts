import type { EventBus } from '../../../events/bus.js';
import type { Invocation } from './invocation.js';

/** What the `lambda.invoke` responder is asked: a synchronous invocation, in-process. */
export interface LambdaInvokeRequest {
  functionName: string;
  payload: string;
  account: string;
  region: string;
  requestId?: string;
  endpoint?: string;
}

/** What it answers, as Lambda's Invoke would. */
export interface LambdaInvokeResult {
  statusCode: number;
  payload: string;
  functionError?: string;
  logResult?: string;
}

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

export function invokeFunction(bus: EventBus, functionName: string, payload: unknown, invocation: Invocation): Promise<LambdaInvokeResult> {
  const request: LambdaInvokeRequest = {
    functionName, payload: JSON.stringify(payload), account: invocation.location.account, region: invocation.location.region,
    endpoint: invocation.call.endpoint,
  };
  return bus.request<LambdaInvokeResult>('lambda.invoke', request);
}
