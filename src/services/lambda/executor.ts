import { randomUUID } from 'node:crypto';
import type { InvokeOutcome } from '../../runtimes/environment.js';
import type { FunctionSpec } from '../../runtimes/launch.js';
import { ConcurrencyLimitReached } from '../../runtimes/pool.js';
import { throttled } from './errors.js';
import type { LambdaDeps, ResolvedFunction } from './lookup.js';
import { recordLogs } from './logs.js';
import { lambdaMetrics } from './metrics.js';
import { functionArn } from './names.js';

/** The account's concurrency limit, as a new AWS account has it. */
export const ACCOUNT_CONCURRENCY = 1000;

export interface Execution {
  requestId: string;
  outcome: InvokeOutcome;
  executedVersion: string;
}

/**
 * Runs one invocation of a resolved function version in a warm (or new) execution environment,
 * within the function's reserved concurrency, and keeps its log.
 */
export async function execute(deps: LambdaDeps, target: ResolvedFunction, payload: Buffer, endpoint: string, options: { requestId?: string; clientContext?: string; onResponseChunk?: (chunk: Buffer) => void } = {}): Promise<Execution> {
  const { fn, version } = target;
  const spec = await specOf(deps, target, endpoint);
  const requestId = options.requestId ?? randomUUID();
  const invokedFunctionArn = functionArn(fn, target.alias?.name ?? (target.ref.qualifier ? version : undefined));
  try {
    const outcome = await deps.pool.invoke(spec, { requestId, payload, invokedFunctionArn, clientContext: options.clientContext, onResponseChunk: options.onResponseChunk }, fn.reservedConcurrency ?? ACCOUNT_CONCURRENCY);
    await recordLogs(deps, fn, outcome, deps.clock.now());
    lambdaMetrics(deps).invoked(target, outcome);
    return { requestId, outcome, executedVersion: version };
  } catch (error) {
    if (error instanceof ConcurrencyLimitReached) {
      lambdaMetrics(deps).throttled(target);
      throw throttled(fn.reservedConcurrency !== undefined ? 'ReservedFunctionConcurrentInvocationLimitExceeded' : 'ConcurrentInvocationLimitExceeded');
    }
    throw error;
  }
}

/** What an execution environment of the resolved version is started from, its code and layers unpacked. */
export async function specOf(deps: LambdaDeps, target: ResolvedFunction, endpoint: string): Promise<FunctionSpec> {
  const { fn, snapshot, version } = target;
  const codeDir = await deps.cache.code(snapshot.codeBlob, () => deps.store.blobs.readAll(snapshot.codeBlob));
  const layerDirs = await Promise.all(snapshot.layers.map((layer) => deps.cache.layer(layer.blobId, () => deps.store.blobs.readAll(layer.blobId))));
  return {
    key: `${functionArn(fn)}:${version}:${snapshot.revisionId}:${endpoint}`,
    concurrencyKey: functionArn(fn),
    functionName: fn.name,
    functionVersion: version,
    runtime: snapshot.runtime,
    handler: snapshot.handler,
    memorySize: snapshot.memorySize,
    timeout: snapshot.timeout,
    codeDir,
    optDir: await deps.cache.opt(layerDirs),
    variables: snapshot.variables ?? {},
    region: fn.region,
    account: fn.account,
    endpoint,
    logGroupName: `/aws/lambda/${fn.name}`,
  };
}
