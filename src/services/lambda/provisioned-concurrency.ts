import type { CallContext } from '../../common/call-context.js';
import type {
  DeleteProvisionedConcurrencyConfigRequest, GetProvisionedConcurrencyConfigRequest, GetProvisionedConcurrencyConfigResponse,
  ListProvisionedConcurrencyConfigsRequest, ListProvisionedConcurrencyConfigsResponse, PutProvisionedConcurrencyConfigRequest,
  PutProvisionedConcurrencyConfigResponse,
} from './api.generated.js';
import { conflict, invalidParameter, provisionedConcurrencyNotFound } from './errors.js';
import { specOf } from './executor.js';
import { loadFunction, resolveFunction, type LambdaDeps } from './lookup.js';
import { functionArn, lambdaTimestamp, parseFunctionName } from './names.js';
import { aliases, aliasKey, functionKey, functions, type FunctionRecord, type ProvisionedConcurrencyRecord } from './state.js';

/**
 * Provisioned concurrency: a version or alias gets execution environments started before any
 * invocation needs them (`AWS_LAMBDA_INITIALIZATION_TYPE=provisioned-concurrency`, no init in
 * their REPORT lines). A configuration is IN_PROGRESS for one clock millisecond, then READY.
 */
export class ProvisionedConcurrency {
  constructor(private readonly deps: LambdaDeps) {}

  async putProvisionedConcurrencyConfig(input: PutProvisionedConcurrencyConfigRequest, context: CallContext): Promise<PutProvisionedConcurrencyConfigResponse> {
    if (input.Qualifier === '$LATEST') throw invalidParameter('Provisioned Concurrency Configs cannot be applied to unpublished function versions.');
    if (!(input.ProvisionedConcurrentExecutions >= 1)) {
      throw invalidParameter(`1 validation error detected: Value '${input.ProvisionedConcurrentExecutions}' at 'provisionedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 1`);
    }
    const target = await resolveFunction(this.deps.store, input.FunctionName, context, input.Qualifier);
    const qualifier = input.Qualifier;
    const now = this.deps.clock.now();
    const record: ProvisionedConcurrencyRecord = { requested: input.ProvisionedConcurrentExecutions, lastModified: now, readyAt: now + 1 };
    await this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, target.ref);
      const configs = fn.provisionedConcurrency ?? {};
      const versionOf = async (key: string) => (/^\d+$/.test(key) ? key : (await aliases(tx).get(aliasKey(fn, key)))?.functionVersion);
      for (const other of Object.keys(configs)) {
        if (other === qualifier || (await versionOf(other)) !== target.version) continue;
        throw target.alias
          ? conflict(`Alias can't be used for Provisioned Concurrency configuration on an already Provisioned version`)
          : conflict('Version is pointed by a Provisioned Concurrency alias');
      }
      const elsewhere = Object.entries(configs).reduce((sum, [key, config]) => sum + (key === qualifier ? 0 : config.requested), 0);
      if (fn.reservedConcurrency !== undefined && elsewhere + record.requested > fn.reservedConcurrency) {
        throw invalidParameter('Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function');
      }
      await functions(tx).put(functionKey(fn), { ...fn, provisionedConcurrency: { ...configs, [qualifier]: record } });
    });
    this.deps.pool.provision(await specOf(this.deps, target, context.endpoint), record.requested);
    return configView(record, now);
  }

  async getProvisionedConcurrencyConfig(input: GetProvisionedConcurrencyConfigRequest, context: CallContext): Promise<GetProvisionedConcurrencyConfigResponse> {
    const fn = await this.load(input.FunctionName, input.Qualifier, context);
    const record = fn.provisionedConcurrency?.[input.Qualifier];
    if (!record) throw provisionedConcurrencyNotFound();
    return configView(record, this.deps.clock.now());
  }

  async listProvisionedConcurrencyConfigs(input: ListProvisionedConcurrencyConfigsRequest, context: CallContext): Promise<ListProvisionedConcurrencyConfigsResponse> {
    const fn = await loadFunction(this.deps.store, parseFunctionName(input.FunctionName, context));
    const now = this.deps.clock.now();
    const all = Object.entries(fn.provisionedConcurrency ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([qualifier, record]) => ({ FunctionArn: functionArn(fn, qualifier), ...configView(record, now) }));
    const start = input.Marker ? all.findIndex((item) => item.FunctionArn === input.Marker) + 1 : 0;
    const limit = input.MaxItems ?? 50;
    const page = all.slice(start, start + limit);
    return { ProvisionedConcurrencyConfigs: page, ...(start + limit < all.length ? { NextMarker: page[page.length - 1]!.FunctionArn } : {}) };
  }

  async deleteProvisionedConcurrencyConfig(input: DeleteProvisionedConcurrencyConfigRequest, context: CallContext): Promise<void> {
    const target = await resolveFunction(this.deps.store, input.FunctionName, context, this.published(input.Qualifier));
    await this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, target.ref);
      // Deleting a configuration that is not there succeeds, as on AWS.
      const { [input.Qualifier]: _removed, ...rest } = fn.provisionedConcurrency ?? {};
      await functions(tx).put(functionKey(fn), { ...fn, provisionedConcurrency: rest });
    });
    this.deps.pool.unprovision(`${functionArn(target.fn)}:${target.version}:`);
  }

  private async load(name: string, qualifier: string, context: CallContext): Promise<FunctionRecord> {
    return (await resolveFunction(this.deps.store, name, context, this.published(qualifier))).fn;
  }

  private published(qualifier: string): string {
    if (qualifier === '$LATEST') throw invalidParameter('The function resource provided must be an alias or a published version.');
    return qualifier;
  }
}

function configView(record: ProvisionedConcurrencyRecord, now: number): GetProvisionedConcurrencyConfigResponse {
  const ready = now >= record.readyAt;
  const allocated = ready ? record.requested : 0;
  return {
    RequestedProvisionedConcurrentExecutions: record.requested,
    AvailableProvisionedConcurrentExecutions: allocated,
    AllocatedProvisionedConcurrentExecutions: allocated,
    Status: ready ? 'READY' : 'IN_PROGRESS',
    LastModified: lambdaTimestamp(record.lastModified),
  };
}
