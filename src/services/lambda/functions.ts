import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type {
  CreateFunctionRequest, DeleteFunctionRequest, FunctionConfiguration, GetFunctionConfigurationRequest, GetFunctionRequest,
  GetFunctionResponse, ListFunctionsRequest, ListFunctionsResponse, UpdateFunctionCodeRequest, UpdateFunctionConfigurationRequest,
} from './api.generated.js';
import { codeLocation, storeCode } from './code.js';
import { configurationOf } from './config-view.js';
import { conflict, invalidParameter, preconditionFailed } from './errors.js';
import { loadFunction, resolveFunction, type LambdaDeps } from './lookup.js';
import { functionArn, parseFunctionName } from './names.js';
import { checkConfiguration, checkRuntime, checkVariables, resolveLayers } from './settings.js';
import { aliases, functionKey, functions, functionsPrefix, versions, withoutQualifier, type FunctionRecord, type FunctionSnapshot } from './state.js';
import { publishSnapshot } from './versions.js';

/** How long a created function stays Pending, and an update InProgress: one clock millisecond, observable but never in the way. */
export const STATE_TRANSITION_MS = 1;

/** CreateFunction, GetFunction, UpdateFunctionCode/Configuration, DeleteFunction, ListFunctions. */
export class Functions {
  constructor(private readonly deps: LambdaDeps) {}

  async createFunction(input: CreateFunctionRequest, context: CallContext): Promise<FunctionConfiguration> {
    const ref = parseFunctionName(input.FunctionName, context);
    if (input.PackageType === 'Image') await storeCode(this.deps, { ImageUri: 'image' }, context);
    checkRuntime(input.Runtime, input.Handler);
    checkConfiguration(input);
    const variables = checkVariables(input.Environment);
    const code = await storeCode(this.deps, input.Code, context);
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      if (await functions(tx).get(functionKey(ref))) throw conflict(`Function already exist: ${ref.name}`);
      const latest: FunctionSnapshot = {
        runtime: input.Runtime!,
        role: input.Role,
        handler: input.Handler ?? '',
        description: input.Description ?? '',
        timeout: input.Timeout ?? 3,
        memorySize: input.MemorySize ?? 128,
        variables,
        layers: await resolveLayers(tx, input.Layers),
        deadLetterTargetArn: input.DeadLetterConfig?.TargetArn,
        architectures: input.Architectures ?? ['x86_64'],
        ephemeralStorageSize: input.EphemeralStorage?.Size ?? 512,
        tracingMode: input.TracingConfig?.Mode ?? 'PassThrough',
        ...code,
        codeBlob: code.blobId,
        lastModified: now,
        revisionId: randomUUID(),
        activeAt: now + STATE_TRANSITION_MS,
      };
      const fn: FunctionRecord = {
        account: ref.account, region: ref.region, name: ref.name, latest,
        tags: input.Tags ?? {}, policies: {}, eventInvokeConfigs: {}, lastPublished: 0,
      };
      await tx.retainBlob(code.blobId);
      await functions(tx).put(functionKey(ref), fn);
      if (input.Publish) return configurationOf(fn, (await publishSnapshot(tx, fn, now)).snapshot, String(fn.lastPublished), now);
      return configurationOf(fn, latest, '$LATEST', now);
    });
  }

  async getFunction(input: GetFunctionRequest, context: CallContext): Promise<GetFunctionResponse> {
    const { fn, snapshot, version } = await resolveFunction(this.deps.store, input.FunctionName, context, input.Qualifier);
    const now = this.deps.clock.now();
    return {
      Configuration: configurationOf(fn, snapshot, version, now),
      Code: { RepositoryType: 'S3', Location: codeLocation(snapshot.codeBlob, context, now) },
      ...(Object.keys(fn.tags).length ? { Tags: fn.tags } : {}),
      ...(fn.reservedConcurrency !== undefined ? { Concurrency: { ReservedConcurrentExecutions: fn.reservedConcurrency } } : {}),
    };
  }

  async getFunctionConfiguration(input: GetFunctionConfigurationRequest, context: CallContext): Promise<FunctionConfiguration> {
    const { fn, snapshot, version } = await resolveFunction(this.deps.store, input.FunctionName, context, input.Qualifier);
    return configurationOf(fn, snapshot, version, this.deps.clock.now());
  }

  async updateFunctionCode(input: UpdateFunctionCodeRequest, context: CallContext): Promise<FunctionConfiguration> {
    const ref = parseFunctionName(input.FunctionName, context);
    await loadFunction(this.deps.store, ref);
    const code = await storeCode(this.deps, input, context);
    return this.update(ref, input.RevisionId, input.Publish, async (latest) => ({
      ...latest, codeBlob: code.blobId, codeSha256: code.codeSha256, codeSize: code.codeSize,
      architectures: input.Architectures ?? latest.architectures,
    }), input.DryRun);
  }

  async updateFunctionConfiguration(input: UpdateFunctionConfigurationRequest, context: CallContext): Promise<FunctionConfiguration> {
    const ref = parseFunctionName(input.FunctionName, context);
    return this.update(ref, input.RevisionId, false, async (latest, tx) => {
      const runtime = input.Runtime ?? latest.runtime;
      const handler = input.Handler ?? latest.handler;
      checkRuntime(runtime, handler);
      checkConfiguration(input);
      return {
        ...latest,
        runtime,
        handler,
        role: input.Role ?? latest.role,
        description: input.Description ?? latest.description,
        timeout: input.Timeout ?? latest.timeout,
        memorySize: input.MemorySize ?? latest.memorySize,
        variables: input.Environment ? checkVariables(input.Environment) : latest.variables,
        layers: input.Layers ? await resolveLayers(tx, input.Layers) : latest.layers,
        deadLetterTargetArn: input.DeadLetterConfig ? input.DeadLetterConfig.TargetArn || undefined : latest.deadLetterTargetArn,
        tracingMode: input.TracingConfig?.Mode ?? latest.tracingMode,
        ephemeralStorageSize: input.EphemeralStorage?.Size ?? latest.ephemeralStorageSize,
      };
    });
  }

  async deleteFunction(input: DeleteFunctionRequest, context: CallContext): Promise<Record<string, never>> {
    const ref = parseFunctionName(input.FunctionName, context, input.Qualifier);
    await this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, ref);
      if (ref.qualifier === '$LATEST') throw invalidParameter('$LATEST version cannot be deleted without deleting the function.');
      if (ref.qualifier) return deleteVersion(tx, fn, ref.qualifier);
      for (const { key, value } of await versions(tx).list({ prefix: `${functionKey(fn)}/` })) {
        await tx.releaseBlob(value.snapshot.codeBlob);
        await versions(tx).delete(key);
      }
      for (const { key } of await aliases(tx).list({ prefix: `${functionKey(fn)}/` })) await aliases(tx).delete(key);
      await tx.releaseBlob(fn.latest.codeBlob);
      await functions(tx).delete(functionKey(fn));
    });
    this.deps.pool.retire(`${functionArn(ref)}:${ref.qualifier ? `${ref.qualifier}:` : ''}`);
    return {};
  }

  async listFunctions(input: ListFunctionsRequest, context: CallContext): Promise<ListFunctionsResponse> {
    const limit = input.MaxItems ?? 50;
    const prefix = functionsPrefix(context.account, context.region);
    const page = await functions(this.deps.store).list({ prefix, after: input.Marker ? prefix + input.Marker : undefined, limit: limit + 1 });
    const now = this.deps.clock.now();
    const shown = page.slice(0, limit);
    const Functions: FunctionConfiguration[] = [];
    for (const { value: fn } of shown) {
      Functions.push(configurationOf(fn, fn.latest, '$LATEST', now));
      if (input.FunctionVersion === 'ALL') {
        for (const { value } of await versions(this.deps.store).list({ prefix: `${functionKey(fn)}/` })) {
          Functions.push(configurationOf(fn, value.snapshot, value.version, now));
        }
      }
    }
    return { Functions, ...(page.length > limit ? { NextMarker: shown[shown.length - 1]!.value.name } : {}) };
  }

  /** Applies a change to `$LATEST`: a new revision, InProgress for a moment, and warm environments of the old one retired. */
  private async update(
    ref: { account: string; region: string; name: string },
    revisionId: string | undefined,
    publish: boolean | undefined,
    change: (latest: FunctionSnapshot, tx: Parameters<Parameters<LambdaDeps['store']['transaction']>[0]>[0]) => Promise<FunctionSnapshot>,
    dryRun = false,
  ): Promise<FunctionConfiguration> {
    const now = this.deps.clock.now();
    const result = await this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, ref);
      if (revisionId && revisionId !== fn.latest.revisionId) throw preconditionFailed();
      const changed = await change(fn.latest, tx);
      if (dryRun) return configurationOf(fn, changed, '$LATEST', now);
      const latest: FunctionSnapshot = { ...changed, lastModified: now, revisionId: randomUUID(), updatedAt: now + STATE_TRANSITION_MS };
      if (latest.codeBlob !== fn.latest.codeBlob) {
        await tx.retainBlob(latest.codeBlob);
        await tx.releaseBlob(fn.latest.codeBlob);
      }
      const updated = { ...fn, latest };
      await functions(tx).put(functionKey(ref), updated);
      if (publish) return configurationOf(updated, (await publishSnapshot(tx, updated, now)).snapshot, String(updated.lastPublished), now);
      return configurationOf(updated, latest, '$LATEST', now);
    });
    this.deps.pool.retire(`${functionArn(ref)}:$LATEST:`);
    return result;
  }
}

async function deleteVersion(tx: Parameters<Parameters<LambdaDeps['store']['transaction']>[0]>[0], fn: FunctionRecord, qualifier: string): Promise<void> {
  const key = `${functionKey(fn)}/${qualifier.padStart(10, '0')}`;
  const stored = /^\d+$/.test(qualifier) ? await versions(tx).get(key) : undefined;
  if (!stored) throw invalidParameter(`Deletion of aliases is not supported through DeleteFunction: use DeleteAlias.`);
  const pointing = (await aliases(tx).list({ prefix: `${functionKey(fn)}/` })).filter(({ value }) =>
    value.functionVersion === qualifier || Object.keys(value.additionalVersionWeights ?? {}).includes(qualifier));
  if (pointing.length) {
    throw conflict(`Unable to delete version because the following aliases reference it: [${pointing.map(({ value }) => value.name).join(', ')}]`);
  }
  await tx.releaseBlob(stored.snapshot.codeBlob);
  await versions(tx).delete(key);
  await functions(tx).put(functionKey(fn), withoutQualifier(fn, qualifier));
}
