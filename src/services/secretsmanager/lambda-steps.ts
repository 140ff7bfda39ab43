import type { EventBus } from '../../events/bus.js';
import type { StepInvoker } from './rotation-run.js';

/** The request topic Lambda answers synchronous invocations on (the one API Gateway uses). */
export const LAMBDA_INVOKE = 'lambda.invoke';

/** What is asked on `lambda.invoke`, and the answer, as Lambda's Invoke gives it. */
export interface LambdaInvokeRequest {
  functionName: string;
  payload: string;
  account: string;
  region: string;
  endpoint?: string;
}

export interface LambdaInvokeResult {
  statusCode: number;
  payload: string;
  functionError?: string;
}

/** Calls the rotation function synchronously through the bus; a function error fails the step. */
export function lambdaStepInvoker(bus: EventBus): StepInvoker {
  return async (functionArn, event, endpoint) => {
    const [, , , region, account] = functionArn.split(':');
    const request: LambdaInvokeRequest = { functionName: functionArn, payload: JSON.stringify(event), account: account ?? '', region: region ?? '', endpoint };
    const result = await bus.request<LambdaInvokeResult>(LAMBDA_INVOKE, request);
    if (result.functionError) throw new Error(errorMessageOf(result.payload) ?? result.functionError);
  };
}

/** The `errorMessage` of a function's error payload, when it has one. */
function errorMessageOf(payload: string): string | undefined {
  try {
    const message = (JSON.parse(payload) as { errorMessage?: unknown }).errorMessage;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return payload || undefined;
  }
}
