import type { CallContext } from '../../common/call-context.js';
import { EnvironmentPool } from '../../runtimes/pool.js';
import { CodeCache } from '../../runtimes/code-cache.js';
import type { ServiceDeps } from '../service-deps.js';
import { functionNotFound, notFound } from './errors.js';
import { functionArn, parseFunctionName, type FunctionRef } from './names.js';
import { aliases, aliasKey, functionKey, functions, versionKey, versions, type AliasRecord, type Collections, type FunctionRecord, type FunctionSnapshot } from './state.js';

/** What every part of the Lambda provider is built from: the service deps plus the execution environments. */
export interface LambdaDeps extends ServiceDeps {
  pool: EnvironmentPool;
  cache: CodeCache;
}

/** A function, and the configuration a qualifier selects. */
export interface ResolvedFunction {
  ref: FunctionRef;
  fn: FunctionRecord;
  snapshot: FunctionSnapshot;
  /** `$LATEST` or a version number. */
  version: string;
  alias?: AliasRecord;
}

export async function loadFunction(source: Collections, ref: FunctionRef): Promise<FunctionRecord> {
  const fn = await functions(source).get(functionKey(ref));
  if (!fn) throw functionNotFound(functionArn(ref, ref.qualifier));
  return fn;
}

/** Resolves `FunctionName` (and `Qualifier`) to a function version: `$LATEST`, a number, or an alias's version. */
export async function resolveFunction(source: Collections, name: string, context: CallContext, qualifier?: string): Promise<ResolvedFunction> {
  const ref = parseFunctionName(name, context, qualifier);
  const fn = await loadFunction(source, ref);
  const wanted = ref.qualifier ?? '$LATEST';
  if (wanted === '$LATEST') return { ref, fn, snapshot: fn.latest, version: '$LATEST' };
  if (/^\d+$/.test(wanted)) {
    const stored = await versions(source).get(versionKey(ref, wanted));
    if (!stored) throw functionNotFound(functionArn(ref, wanted));
    return { ref, fn, snapshot: stored.snapshot, version: stored.version };
  }
  const alias = await aliases(source).get(aliasKey(ref, wanted));
  if (!alias) throw functionNotFound(functionArn(ref, wanted));
  const target = await snapshotOf(source, fn, alias.functionVersion);
  return { ref, fn, snapshot: target, version: alias.functionVersion, alias };
}

export async function snapshotOf(source: Collections, fn: FunctionRecord, version: string): Promise<FunctionSnapshot> {
  if (version === '$LATEST') return fn.latest;
  const stored = await versions(source).get(versionKey(fn, version));
  if (!stored) throw notFound(`Function not found: ${functionArn(fn, version)}`);
  return stored.snapshot;
}
