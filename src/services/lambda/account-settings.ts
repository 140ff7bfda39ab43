import type { CallContext } from '../../common/call-context.js';
import type { GetAccountSettingsRequest, GetAccountSettingsResponse } from './api.generated.js';
import { ACCOUNT_CONCURRENCY } from './executor.js';
import type { LambdaDeps } from './lookup.js';
import { functionKey, functions, functionsPrefix, versions } from './state.js';

/** The quotas of a new AWS account. */
const TOTAL_CODE_SIZE = 80_530_636_800;
const CODE_SIZE_UNZIPPED = 262_144_000;
const CODE_SIZE_ZIPPED = 52_428_800;

/** GetAccountSettings: the account's limits, with the concurrency no function has reserved, and its usage in the region. */
export async function accountSettings(deps: LambdaDeps, _input: GetAccountSettingsRequest, context: CallContext): Promise<GetAccountSettingsResponse> {
  let reserved = 0;
  let codeSize = 0;
  let count = 0;
  for (const { value: fn } of await functions(deps.store).list({ prefix: functionsPrefix(context.account, context.region) })) {
    count += 1;
    reserved += fn.reservedConcurrency ?? 0;
    codeSize += fn.latest.codeSize;
    for (const { value } of await versions(deps.store).list({ prefix: `${functionKey(fn)}/` })) codeSize += value.snapshot.codeSize;
  }
  return {
    AccountLimit: {
      TotalCodeSize: TOTAL_CODE_SIZE, CodeSizeUnzipped: CODE_SIZE_UNZIPPED, CodeSizeZipped: CODE_SIZE_ZIPPED,
      ConcurrentExecutions: ACCOUNT_CONCURRENCY, UnreservedConcurrentExecutions: ACCOUNT_CONCURRENCY - reserved,
    },
    AccountUsage: { TotalCodeSize: codeSize, FunctionCount: count },
  };
}
