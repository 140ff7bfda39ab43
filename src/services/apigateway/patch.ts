import type { PatchOperation } from './api.generated.js';
import { badRequest } from './errors.js';

const NUMBERS = new Set([
  'minimumCompressionSize', 'timeoutInMillis', 'authorizerResultTtlInSeconds', 'rateLimit', 'burstLimit', 'limit', 'offset',
  'percentTraffic', 'throttlingRateLimit', 'throttlingBurstLimit', 'cacheTtlInSeconds',
]);
const BOOLEANS = new Set([
  'enabled', 'apiKeyRequired', 'validateRequestBody', 'validateRequestParameters', 'disableExecuteApiEndpoint',
  'cacheClusterEnabled', 'tracingEnabled', 'metricsEnabled', 'dataTraceEnabled', 'cachingEnabled', 'cacheDataEncrypted',
  'requireAuthorizationForCacheControl', 'useStageCache',
]);

/** How one kind of resource takes patch operations: the top-level members a path may start with, and typed maps. */
export interface PatchRules {
  paths: string[];
  /** Members that are lists of strings, added to and removed from by `/member/value` (binaryMediaTypes). */
  lists?: string[];
  /** Maps whose values are booleans (a method's requestParameters). */
  booleanMaps?: string[];
}

/** A patch path's segments, with JSON Pointer escapes (`~1` for `/`, `~0` for `~`) undone. */
export function pathSegments(path: string | undefined): string[] {
  if (!path?.startsWith('/')) throw badRequest(`Invalid patch path ${path ?? ''}`);
  return path.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Applies `patchOperations` to a record the way API Gateway reads them; unknown paths are BadRequestException. */
export function applyPatch<T extends object>(record: T, operations: PatchOperation[] | undefined, rules: PatchRules): T {
  const target = record as Record<string, unknown>;
  for (const operation of operations ?? []) {
    const segments = pathSegments(operation.path);
    const [head] = segments;
    if (!head || !rules.paths.includes(head)) throw badRequest(`Invalid patch path ${operation.path}`);
    if (rules.lists?.includes(head)) patchList(target, head, segments.slice(1).join('/') || operation.value, operation);
    else patchValue(target, segments, operation, rules);
  }
  return record;
}

function patchList(target: Record<string, unknown>, name: string, item: string | undefined, operation: PatchOperation): void {
  const list = (target[name] as string[] | undefined) ?? [];
  if (!item) throw badRequest(`Invalid patch path ${operation.path}`);
  if (operation.op === 'add' && !list.includes(item)) list.push(item);
  else if (operation.op === 'remove') list.splice(list.indexOf(item) >>> 0, list.includes(item) ? 1 : 0);
  else if (operation.op === 'replace') list.splice(0, list.length, ...(operation.value ? [operation.value] : []));
  target[name] = list;
}

function patchValue(target: Record<string, unknown>, segments: string[], operation: PatchOperation, rules: PatchRules): void {
  let parent = target;
  for (const segment of segments.slice(0, -1)) {
    const next = parent[segment];
    if (next === undefined || next === null || typeof next !== 'object') parent[segment] = {};
    parent = parent[segment] as Record<string, unknown>;
  }
  const leaf = segments[segments.length - 1]!;
  switch (operation.op) {
    case 'remove':
      delete parent[leaf];
      return;
    case 'add':
    case 'replace':
      parent[leaf] = typed(segments, operation.value, rules);
      return;
    default:
      throw badRequest(`Invalid patch operation specified. Must be one of: [add, remove, replace] but was ${operation.op ?? ''}`);
  }
}

function typed(segments: string[], value: string | undefined, rules: PatchRules): unknown {
  const leaf = segments[segments.length - 1]!;
  const asBoolean = BOOLEANS.has(leaf) || (segments.length > 1 && rules.booleanMaps?.includes(segments[0]!));
  if (asBoolean) return value === 'true';
  if (NUMBERS.has(leaf)) {
    const number = Number(value);
    if (value === undefined || Number.isNaN(number)) throw badRequest(`Invalid value for ${leaf}: ${value ?? ''}`);
    return number;
  }
  return value ?? '';
}
