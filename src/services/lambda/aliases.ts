import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type {
  AliasConfiguration, AliasRoutingConfiguration, CreateAliasRequest, DeleteAliasRequest, GetAliasRequest, ListAliasesRequest,
  ListAliasesResponse, UpdateAliasRequest,
} from './api.generated.js';
import { conflict, invalidParameter, notFound, preconditionFailed } from './errors.js';
import { loadFunction, snapshotOf, type LambdaDeps } from './lookup.js';
import { functionArn, parseFunctionName } from './names.js';
import { aliases, aliasKey, functionKey, functions, withoutQualifier, type AliasRecord, type Collections, type FunctionRecord } from './state.js';

/** CreateAlias, GetAlias, UpdateAlias, DeleteAlias, ListAliases; routing weights send a share of invocations to a second version. */
export class Aliases {
  constructor(private readonly deps: LambdaDeps) {}

  async createAlias(input: CreateAliasRequest, context: CallContext): Promise<AliasConfiguration> {
    const ref = parseFunctionName(input.FunctionName, context);
    return this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, ref);
      const key = aliasKey(fn, input.Name);
      if (await aliases(tx).get(key)) throw conflict(`Alias already exists: ${functionArn(fn, input.Name)}`);
      await checkVersion(tx, fn, input.FunctionVersion);
      const record: AliasRecord = {
        name: input.Name,
        functionVersion: input.FunctionVersion,
        description: input.Description ?? '',
        additionalVersionWeights: await checkRouting(tx, fn, input.FunctionVersion, input.RoutingConfig),
        revisionId: randomUUID(),
      };
      await aliases(tx).put(key, record);
      return aliasView(fn, record);
    });
  }

  async getAlias(input: GetAliasRequest, context: CallContext): Promise<AliasConfiguration> {
    const fn = await loadFunction(this.deps.store, parseFunctionName(input.FunctionName, context));
    return aliasView(fn, await loadAlias(this.deps.store, fn, input.Name));
  }

  async updateAlias(input: UpdateAliasRequest, context: CallContext): Promise<AliasConfiguration> {
    const ref = parseFunctionName(input.FunctionName, context);
    return this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, ref);
      const alias = await loadAlias(tx, fn, input.Name);
      if (input.RevisionId && input.RevisionId !== alias.revisionId) throw preconditionFailed();
      const functionVersion = input.FunctionVersion ?? alias.functionVersion;
      if (input.FunctionVersion) await checkVersion(tx, fn, functionVersion);
      const record: AliasRecord = {
        ...alias,
        functionVersion,
        description: input.Description ?? alias.description,
        additionalVersionWeights: input.RoutingConfig
          ? await checkRouting(tx, fn, functionVersion, input.RoutingConfig)
          : alias.additionalVersionWeights,
        revisionId: randomUUID(),
      };
      await aliases(tx).put(aliasKey(fn, input.Name), record);
      return aliasView(fn, record);
    });
  }

  async deleteAlias(input: DeleteAliasRequest, context: CallContext): Promise<void> {
    const version = await this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, parseFunctionName(input.FunctionName, context));
      const alias = await aliases(tx).get(aliasKey(fn, input.Name));
      await aliases(tx).delete(aliasKey(fn, input.Name));
      await functions(tx).put(functionKey(fn), withoutQualifier(fn, input.Name));
      return fn.provisionedConcurrency?.[input.Name] && alias ? `${functionArn(fn)}:${alias.functionVersion}:` : undefined;
    });
    if (version) this.deps.pool.unprovision(version);
  }

  async listAliases(input: ListAliasesRequest, context: CallContext): Promise<ListAliasesResponse> {
    const fn = await loadFunction(this.deps.store, parseFunctionName(input.FunctionName, context));
    const prefix = `${functionKey(fn)}/`;
    const all = (await aliases(this.deps.store).list({ prefix }))
      .map(({ value }) => value)
      .filter((alias) => !input.FunctionVersion || alias.functionVersion === input.FunctionVersion);
    const start = input.Marker ? all.findIndex((alias) => alias.name === input.Marker) + 1 : 0;
    const limit = input.MaxItems ?? 50;
    const page = all.slice(start, start + limit);
    return { Aliases: page.map((alias) => aliasView(fn, alias)), ...(start + limit < all.length ? { NextMarker: page[page.length - 1]!.name } : {}) };
  }
}

/** Picks the version an invocation through the alias runs: the additional version by its weight, else the primary. */
export function routeAlias(alias: AliasRecord, random = Math.random()): string {
  let threshold = 0;
  for (const [version, weight] of Object.entries(alias.additionalVersionWeights ?? {})) {
    threshold += weight;
    if (random < threshold) return version;
  }
  return alias.functionVersion;
}

async function loadAlias(source: Collections, fn: FunctionRecord, name: string): Promise<AliasRecord> {
  const alias = await aliases(source).get(aliasKey(fn, name));
  if (!alias) throw notFound(`Alias not found: ${functionArn(fn, name)}`);
  return alias;
}

async function checkVersion(source: Collections, fn: FunctionRecord, version: string): Promise<void> {
  if (version !== '$LATEST' && !/^\d+$/.test(version)) throw invalidParameter(`Invalid function version ${version}.`);
  await snapshotOf(source, fn, version);
}

async function checkRouting(source: Collections, fn: FunctionRecord, primary: string, routing: AliasRoutingConfiguration | undefined): Promise<Record<string, number> | undefined> {
  const weights = routing?.AdditionalVersionWeights;
  if (!weights || !Object.keys(weights).length) return undefined;
  if (Object.keys(weights).length > 1) throw invalidParameter('Number of items in AdditionalVersionWeights cannot be greater than 1');
  for (const [version, weight] of Object.entries(weights)) {
    if (version === primary) throw invalidParameter(`Invalid function version ${version}. Function version ${version} is already included in routing configuration.`);
    if (version === '$LATEST') throw invalidParameter('$LATEST is not supported for an alias pointing to more than 1 version');
    if (!(weight >= 0 && weight <= 1)) throw invalidParameter(`Invalid weight ${weight}: weights must be between 0.0 and 1.0.`);
    await checkVersion(source, fn, version);
  }
  return weights;
}

function aliasView(fn: FunctionRecord, alias: AliasRecord): AliasConfiguration {
  return {
    AliasArn: functionArn(fn, alias.name),
    Name: alias.name,
    FunctionVersion: alias.functionVersion,
    Description: alias.description,
    ...(alias.additionalVersionWeights ? { RoutingConfig: { AdditionalVersionWeights: alias.additionalVersionWeights } } : {}),
    RevisionId: alias.revisionId,
  };
}
