import type { EventBus } from '../../../events/bus.js';
import type { InvokeAnswer, InvokeRequest } from '../../lambda/invoke-responder.js';
import type { Invocation } from './invocation.js';

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

export function invokeFunction(bus: EventBus, functionName: string, payload: unknown, invocation: Invocation): Promise<InvokeAnswer> {
  const request: InvokeRequest = {
    functionName, payload: JSON.stringify(payload), account: invocation.location.account, region: invocation.location.region,
    endpoint: invocation.call.endpoint,
  };
  return bus.request<InvokeAnswer>('lambda.invoke', request);
}
