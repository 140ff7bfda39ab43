import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import { logTail } from '../../runtimes/invocation-log.js';
import type { InvocationRequest, InvocationResponse } from './api.generated.js';
import { routeAlias } from './aliases.js';
import { requestTooLarge } from './errors.js';
import { execute } from './executor.js';
import { resolveFunction, snapshotOf, type LambdaDeps, type ResolvedFunction } from './lookup.js';
import { functionArn } from './names.js';
import { checkServiceCaller, type ServiceCaller } from './service-callers.js';

/** Payload limits: 6 MB for synchronous invocations, 1 MB for asynchronous ones (raised from 256 KB). */
export const SYNC_PAYLOAD_LIMIT = 6_291_456;
export const ASYNC_PAYLOAD_LIMIT = 1_048_576;
/** A synchronous response may be 100 bytes longer than a request. */
const RESPONSE_PAYLOAD_LIMIT = 6_291_556;

/** The bus topic any service enqueues to invoke a function asynchronously (S3, SNS, EventBridge). */
export const INVOKE_ASYNC = 'lambda.invoke-async';

/** What is enqueued on `lambda.invoke-async`. */
export interface InvokeAsyncDelivery {
  functionArn: string;
  payload: string;
  qualifier?: string;
  /** Set by Invoke, so the function sees the request id the caller was given. */
  requestId?: string;
  /** The endpoint the function's own SDK calls go to. */
  endpoint?: string;
  /** The service sending the event, which the function's policy must allow under IAM enforcement. */
  caller?: ServiceCaller;
}

/** Invoke: RequestResponse runs the function now, Event queues it, DryRun only checks. */
export class Invoker {
  constructor(private readonly deps: LambdaDeps) {}

  /** `caller` is set when another service invokes through the bus for one of its resources. */
  async invoke(input: InvocationRequest, context: CallContext, caller?: ServiceCaller): Promise<InvocationResponse> {
    const resolved = await resolveFunction(this.deps.store, input.FunctionName, context, input.Qualifier);
    checkServiceCaller(this.deps, resolved, caller);
    const target = await this.route(resolved);
    const payload = Buffer.from(input.Payload ?? new Uint8Array());
    switch (input.InvocationType ?? 'RequestResponse') {
      case 'DryRun':
        return { StatusCode: 204 };
      case 'Event':
        return this.enqueue(target, payload, context);
      default:
        return this.run(target, payload, context, input);
    }
  }

  /** Through an alias with routing weights, picks the version this invocation runs. */
  async route(target: ResolvedFunction): Promise<ResolvedFunction> {
    if (!target.alias?.additionalVersionWeights) return target;
    const version = routeAlias(target.alias);
    if (version === target.version) return target;
    return { ...target, version, snapshot: await snapshotOf(this.deps.store, target.fn, version) };
  }

  private async run(target: ResolvedFunction, payload: Buffer, context: CallContext, input: InvocationRequest): Promise<InvocationResponse> {
    if (payload.length > SYNC_PAYLOAD_LIMIT) throw requestTooLarge(SYNC_PAYLOAD_LIMIT, 'Invoke');
    const clientContext = input.ClientContext ? Buffer.from(input.ClientContext, 'base64').toString('utf8') : undefined;
    const { outcome, executedVersion } = await execute(this.deps, target, payload.length ? payload : Buffer.from('{}'), context.endpoint, { requestId: context.requestId || undefined, clientContext });
    const tooLarge = outcome.payload.length > RESPONSE_PAYLOAD_LIMIT;
    return {
      StatusCode: 200,
      Payload: tooLarge ? responseTooLarge() : outcome.payload,
      ExecutedVersion: executedVersion,
      ...(outcome.status === 'error' || tooLarge ? { FunctionError: 'Unhandled' } : {}),
      ...(input.LogType === 'Tail' ? { LogResult: logTail(outcome.logLines) } : {}),
    };
  }

  private async enqueue(target: ResolvedFunction, payload: Buffer, context: CallContext): Promise<InvocationResponse> {
    if (payload.length > ASYNC_PAYLOAD_LIMIT) throw requestTooLarge(ASYNC_PAYLOAD_LIMIT, 'Invoke');
    const delivery: InvokeAsyncDelivery = {
      functionArn: functionArn(target.fn),
      payload: payload.length ? payload.toString('utf8') : '{}',
      qualifier: target.alias?.name ?? (target.ref.qualifier ? target.version : undefined),
      requestId: context.requestId || randomUUID(),
      endpoint: context.endpoint,
    };
    await this.deps.store.transaction((tx) => this.deps.bus.enqueue(tx, INVOKE_ASYNC, delivery));
    return { StatusCode: 202 };
  }
}

/** The error Lambda answers in place of a response over its limit. */
function responseTooLarge(): Buffer {
  return Buffer.from(JSON.stringify({
    errorMessage: `Response payload size exceeded maximum allowed payload size (${RESPONSE_PAYLOAD_LIMIT} bytes).`,
    errorType: 'Function.ResponseSizeTooLarge',
  }));
}
