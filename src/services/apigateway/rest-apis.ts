import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateRestApiRequest, DeleteRestApiRequest, GetRestApiRequest, GetRestApisRequest, RestApi, RestApis, UpdateRestApiRequest,
} from './api.generated.js';
import { badRequest, invalidRestApi } from './errors.js';
import { newId } from './ids.js';
import { applyPatch } from './patch.js';
import {
  apiLocations, deployments, regionPrefix, restApiKey, restApis, stages, type Collections, type RestApiRecord,
} from './state.js';

const PATCHABLE = ['name', 'description', 'version', 'binaryMediaTypes', 'minimumCompressionSize', 'apiKeySource', 'policy', 'disableExecuteApiEndpoint', 'endpointConfiguration'];

/** RestApis, and the load-modify-save every part of an API goes through. */
export class RestApisStore {
  constructor(private readonly deps: ServiceDeps) {}

  async load(context: CallContext, apiId: string, source: Collections = this.deps.store): Promise<RestApiRecord> {
    const api = await restApis(source).get(restApiKey(context, apiId));
    if (!api) throw invalidRestApi(context.account, apiId);
    return api;
  }

  /** Runs `change` on the API in a transaction and saves it; returns what `change` returns. */
  async modify<R>(context: CallContext, apiId: string, change: (api: RestApiRecord) => R | Promise<R>): Promise<R> {
    return this.deps.store.transaction(async (tx) => {
      const api = await this.load(context, apiId, tx);
      const result = await change(api);
      await restApis(tx).put(restApiKey(context, apiId), api);
      return result;
    });
  }

  /** A new, empty API with its root resource; saved by the caller (CreateRestApi, ImportRestApi). */
  blank(input: CreateRestApiRequest, context: CallContext): RestApiRecord {
    if (!input.name) throw badRequest('Invalid REST API name specified');
    const rootResourceId = newId(10);
    return {
      account: context.account, region: context.region, id: newId(10), name: input.name, description: input.description,
      version: input.version, createdDate: this.deps.clock.now(), binaryMediaTypes: input.binaryMediaTypes ?? [],
      minimumCompressionSize: input.minimumCompressionSize, apiKeySource: input.apiKeySource ?? 'HEADER',
      endpointConfiguration: input.endpointConfiguration ?? { types: ['EDGE'], ipAddressType: 'ipv4' }, policy: input.policy,
      tags: input.tags ?? {}, disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false, rootResourceId,
      resources: { [rootResourceId]: { id: rootResourceId, path: '/', resourceMethods: {} } },
      authorizers: {}, models: {}, requestValidators: {}, gatewayResponses: {},
    };
  }

  async save(api: RestApiRecord, tx: Collections): Promise<void> {
    await restApis(tx).put(restApiKey(api, api.id), api);
    await apiLocations(tx).put(api.id, { account: api.account, region: api.region });
  }

  async createRestApi(input: CreateRestApiRequest, context: CallContext): Promise<RestApi> {
    const api = this.blank(input, context);
    if (input.cloneFrom) {
      const source = await this.load(context, input.cloneFrom);
      Object.assign(api, structuredClone({ resources: source.resources, rootResourceId: source.rootResourceId, authorizers: source.authorizers, models: source.models, requestValidators: source.requestValidators, gatewayResponses: source.gatewayResponses }));
    }
    await this.deps.store.transaction((tx) => this.save(api, tx));
    return restApiView(api);
  }

  async getRestApi(input: GetRestApiRequest, context: CallContext): Promise<RestApi> {
    return restApiView(await this.load(context, input.restApiId));
  }

  async getRestApis(input: GetRestApisRequest, context: CallContext): Promise<RestApis> {
    const all = await restApis(this.deps.store).list({ prefix: regionPrefix(context) });
    return page(all.map(({ value }) => restApiView(value)), input);
  }

  async updateRestApi(input: UpdateRestApiRequest, context: CallContext): Promise<RestApi> {
    return this.modify(context, input.restApiId, (api) => {
      applyPatch(api, input.patchOperations, { paths: PATCHABLE, lists: ['binaryMediaTypes'] });
      return restApiView(api);
    });
  }

  async deleteRestApi(input: DeleteRestApiRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const api = await this.load(context, input.restApiId, tx);
      const prefix = `${restApiKey(context, api.id)}/`;
      for (const { key } of await deployments(tx).list({ prefix })) await deployments(tx).delete(key);
      for (const { key } of await stages(tx).list({ prefix })) await stages(tx).delete(key);
      await restApis(tx).delete(restApiKey(context, api.id));
      await apiLocations(tx).delete(api.id);
    });
  }
}

export function restApiView(api: RestApiRecord): RestApi {
  return {
    id: api.id, name: api.name, description: api.description, version: api.version, createdDate: new Date(api.createdDate),
    binaryMediaTypes: api.binaryMediaTypes.length ? api.binaryMediaTypes : undefined, minimumCompressionSize: api.minimumCompressionSize,
    apiKeySource: api.apiKeySource as RestApi['apiKeySource'], endpointConfiguration: api.endpointConfiguration, policy: api.policy,
    tags: Object.keys(api.tags).length ? api.tags : undefined, disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    rootResourceId: api.rootResourceId, apiStatus: 'AVAILABLE',
  };
}

/** API Gateway's paging: `position` is the index to continue from, `limit` defaults to 25 and may reach 500. */
export function page<T>(items: T[], input: { position?: string; limit?: number }): { items: T[]; position?: string } {
  const start = Number(input.position ?? 0) || 0;
  const limit = Math.min(input.limit ?? 25, 500);
  const end = start + limit;
  return { items: items.slice(start, end), position: end < items.length ? String(end) : undefined };
}
