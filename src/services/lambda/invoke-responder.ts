import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { Invoker } from './invoke.js';
import type { LambdaDeps } from './lookup.js';
import type { ServiceCaller } from './service-callers.js';

/** The bus request another service makes to run a function synchronously (API Gateway's Lambda integrations). */
export const INVOKE_REQUEST = 'lambda.invoke';

export interface InvokeRequest {
  functionName: string;
  payload: string;
  account: string;
  region: string;
  requestId?: string;
  endpoint?: string;
  /** The service invoking for one of its resources; under IAM enforcement the function's policy must allow it. */
  caller?: ServiceCaller;
}

export interface InvokeAnswer {
  statusCode: number;
  payload: string;
  functionError?: string;
  logResult?: string;
}

const FALLBACK_ENDPOINT = 'http://127.0.0.1:4566';

/** Answers `lambda.invoke` through Invoke's own RequestResponse path; Lambda's errors are thrown to the caller. */
export function registerInvokeResponder(deps: LambdaDeps, invoker: Invoker): void {
  deps.bus.respond(INVOKE_REQUEST, async (payload) => {
    const request = payload as InvokeRequest;
    const context: CallContext = {
      requestId: request.requestId ?? randomUUID(), account: request.account, region: request.region, accessKeyId: 'apigateway.amazonaws.com',
      endpoint: request.endpoint ?? safeEndpoint(deps), sourceIp: '127.0.0.1',
    };
    const answer = await invoker.invoke({ FunctionName: request.functionName, Payload: Buffer.from(request.payload), InvocationType: 'RequestResponse' }, context, request.caller);
    return {
      statusCode: answer.StatusCode ?? 200, payload: Buffer.from(answer.Payload ?? new Uint8Array()).toString('utf8'),
      functionError: answer.FunctionError, logResult: answer.LogResult,
    } satisfies InvokeAnswer;
  });
}

function safeEndpoint(deps: LambdaDeps): string {
  try {
    return deps.endpoint();
  } catch {
    return FALLBACK_ENDPOINT;
  }
}
