import type { CallContext } from '../../common/call-context.js';
import type {
  DeleteFunctionConcurrencyRequest, DeleteFunctionEventInvokeConfigRequest, FunctionEventInvokeConfig, GetFunctionConcurrencyRequest,
  GetFunctionConcurrencyResponse, GetFunctionEventInvokeConfigRequest, ListFunctionEventInvokeConfigsRequest, ListFunctionEventInvokeConfigsResponse,
  ListTagsRequest, ListTagsResponse, PutFunctionConcurrencyRequest, PutFunctionEventInvokeConfigRequest, TagResourceRequest, UntagResourceRequest,
  UpdateFunctionEventInvokeConfigRequest,
} from './api.generated.js';
import { invalidParameter, notFound } from './errors.js';
import { ACCOUNT_CONCURRENCY } from './executor.js';
import { loadFunction, resolveFunction, type LambdaDeps } from './lookup.js';
import { functionArn, parseFunctionName, type FunctionRef } from './names.js';
import { functionKey, functions, functionsPrefix, type EventInvokeConfigRecord, type FunctionRecord } from './state.js';

/** Lambda keeps this much of the account's concurrency unreserved. */
const MINIMUM_UNRESERVED = 100;

/** Tags, reserved concurrency and event invoke configuration: settings of a function beside its code. */
export class FunctionSettings {
  constructor(private readonly deps: LambdaDeps) {}

  async tagResource(input: TagResourceRequest, context: CallContext): Promise<void> {
    await this.change(parseFunctionName(input.Resource, context), (fn) => ({ ...fn, tags: { ...fn.tags, ...input.Tags } }));
  }

  async untagResource(input: UntagResourceRequest, context: CallContext): Promise<void> {
    await this.change(parseFunctionName(input.Resource, context), (fn) => ({
      ...fn, tags: Object.fromEntries(Object.entries(fn.tags).filter(([key]) => !input.TagKeys.includes(key))),
    }));
  }

  async listTags(input: ListTagsRequest, context: CallContext): Promise<ListTagsResponse> {
    const fn = await loadFunction(this.deps.store, parseFunctionName(input.Resource, context));
    return { Tags: fn.tags };
  }

  async putFunctionConcurrency(input: PutFunctionConcurrencyRequest, context: CallContext): Promise<GetFunctionConcurrencyResponse> {
    const ref = parseFunctionName(input.FunctionName, context);
    await this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, ref);
      let reservedElsewhere = 0;
      for (const { value } of await functions(tx).list({ prefix: functionsPrefix(fn.account, fn.region) })) {
        if (value.name !== fn.name) reservedElsewhere += value.reservedConcurrency ?? 0;
      }
      if (ACCOUNT_CONCURRENCY - reservedElsewhere - input.ReservedConcurrentExecutions < MINIMUM_UNRESERVED) {
        throw invalidParameter(`Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${MINIMUM_UNRESERVED}].`);
      }
      await functions(tx).put(functionKey(fn), { ...fn, reservedConcurrency: input.ReservedConcurrentExecutions });
    });
    return { ReservedConcurrentExecutions: input.ReservedConcurrentExecutions };
  }

  async getFunctionConcurrency(input: GetFunctionConcurrencyRequest, context: CallContext): Promise<GetFunctionConcurrencyResponse> {
    const fn = await loadFunction(this.deps.store, parseFunctionName(input.FunctionName, context));
    return fn.reservedConcurrency !== undefined ? { ReservedConcurrentExecutions: fn.reservedConcurrency } : {};
  }

  async deleteFunctionConcurrency(input: DeleteFunctionConcurrencyRequest, context: CallContext): Promise<void> {
    await this.change(parseFunctionName(input.FunctionName, context), ({ reservedConcurrency: _dropped, ...fn }) => fn);
  }

  /** Replaces the qualifier's configuration: what the request leaves out is gone. */
  async putFunctionEventInvokeConfig(input: PutFunctionEventInvokeConfigRequest, context: CallContext): Promise<FunctionEventInvokeConfig> {
    if (input.MaximumRetryAttempts === undefined && input.MaximumEventAgeInSeconds === undefined && !input.DestinationConfig) {
      throw invalidParameter('You must specify at least one of error handling or destination setting.');
    }
    const target = await resolveFunction(this.deps.store, input.FunctionName, context, input.Qualifier);
    const qualifier = target.ref.qualifier ?? '$LATEST';
    const record = withSettings({ lastModified: this.deps.clock.now() }, input);
    const fn = await this.change(target.ref, (current) => ({ ...current, eventInvokeConfigs: { ...current.eventInvokeConfigs, [qualifier]: record } }));
    return eventInvokeConfigView(fn, qualifier);
  }

  /** Changes only the settings the request names, in a configuration that must exist. */
  async updateFunctionEventInvokeConfig(input: UpdateFunctionEventInvokeConfigRequest, context: CallContext): Promise<FunctionEventInvokeConfig> {
    const target = await resolveFunction(this.deps.store, input.FunctionName, context, input.Qualifier);
    const qualifier = target.ref.qualifier ?? '$LATEST';
    const fn = await this.change(target.ref, (current) => {
      eventInvokeConfigView(current, qualifier);
      const record = withSettings({ ...current.eventInvokeConfigs[qualifier]!, lastModified: this.deps.clock.now() }, input);
      return { ...current, eventInvokeConfigs: { ...current.eventInvokeConfigs, [qualifier]: record } };
    });
    return eventInvokeConfigView(fn, qualifier);
  }

  async listFunctionEventInvokeConfigs(input: ListFunctionEventInvokeConfigsRequest, context: CallContext): Promise<ListFunctionEventInvokeConfigsResponse> {
    const fn = await loadFunction(this.deps.store, parseFunctionName(input.FunctionName, context));
    const all = Object.keys(fn.eventInvokeConfigs).sort().map((qualifier) => eventInvokeConfigView(fn, qualifier));
    const start = input.Marker ? all.findIndex((config) => config.FunctionArn === input.Marker) + 1 : 0;
    const limit = input.MaxItems ?? 50;
    const page = all.slice(start, start + limit);
    return { FunctionEventInvokeConfigs: page, ...(start + limit < all.length ? { NextMarker: page[page.length - 1]!.FunctionArn } : {}) };
  }

  async getFunctionEventInvokeConfig(input: GetFunctionEventInvokeConfigRequest, context: CallContext): Promise<FunctionEventInvokeConfig> {
    const ref = parseFunctionName(input.FunctionName, context, input.Qualifier);
    const fn = await loadFunction(this.deps.store, ref);
    return eventInvokeConfigView(fn, ref.qualifier ?? '$LATEST');
  }

  async deleteFunctionEventInvokeConfig(input: DeleteFunctionEventInvokeConfigRequest, context: CallContext): Promise<void> {
    const ref = parseFunctionName(input.FunctionName, context, input.Qualifier);
    const qualifier = ref.qualifier ?? '$LATEST';
    await this.change(ref, (fn) => {
      eventInvokeConfigView(fn, qualifier);
      const { [qualifier]: _dropped, ...rest } = fn.eventInvokeConfigs;
      return { ...fn, eventInvokeConfigs: rest };
    });
  }

  private change(ref: FunctionRef, apply: (fn: FunctionRecord) => FunctionRecord): Promise<FunctionRecord> {
    return this.deps.store.transaction(async (tx) => {
      const changed = apply(await loadFunction(tx, ref));
      await functions(tx).put(functionKey(changed), changed);
      return changed;
    });
  }
}

function eventInvokeConfigView(fn: FunctionRecord, qualifier: string): FunctionEventInvokeConfig {
  const config = fn.eventInvokeConfigs[qualifier];
  const arn = functionArn(fn, qualifier);
  if (!config) throw notFound(`The function ${arn} doesn't have an EventInvokeConfig`);
  const destinations = {
    ...(config.onSuccess ? { OnSuccess: { Destination: config.onSuccess } } : {}),
    ...(config.onFailure ? { OnFailure: { Destination: config.onFailure } } : {}),
  };
  return {
    LastModified: new Date(config.lastModified),
    FunctionArn: arn,
    ...(config.maximumRetryAttempts !== undefined ? { MaximumRetryAttempts: config.maximumRetryAttempts } : {}),
    ...(config.maximumEventAgeInSeconds !== undefined ? { MaximumEventAgeInSeconds: config.maximumEventAgeInSeconds } : {}),
    DestinationConfig: destinations,
  };
}

/** The settings a Put or Update names, over `base`; an empty destination removes it. */
function withSettings(base: EventInvokeConfigRecord, input: UpdateFunctionEventInvokeConfigRequest): EventInvokeConfigRecord {
  const record = { ...base };
  if (input.MaximumRetryAttempts !== undefined) record.maximumRetryAttempts = input.MaximumRetryAttempts;
  if (input.MaximumEventAgeInSeconds !== undefined) record.maximumEventAgeInSeconds = input.MaximumEventAgeInSeconds;
  const { OnSuccess, OnFailure } = input.DestinationConfig ?? {};
  if (OnSuccess) record.onSuccess = OnSuccess.Destination || undefined;
  if (OnFailure) record.onFailure = OnFailure.Destination || undefined;
  return record;
}
