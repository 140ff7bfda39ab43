import type { CallContext } from '../../common/call-context.js';
import type {
  Api, CreateApiRequest, CreateApiResponse, DeleteApiRequest, GetApiRequest, GetApiResponse, GetApisRequest, GetApisResponse,
  GetTagsRequest, GetTagsResponse, TagResourceRequest, TagResourceResponse, UntagResourceRequest, UpdateApiRequest, UpdateApiResponse,
} from './api.generated.js';
import { badRequest, notFound } from './errors.js';
import { newId } from './ids.js';
import { merge, type ApiRepository } from './repository.js';
import { quickCreate } from './quick-create.js';
import { deleteApiRecord, getApiRecord, listApiRecords, putApiRecord, type ApiRecord } from './state.js';
import { validateRouteKey } from './routes.js';

const API_ARN = /^arn:aws:apigateway:([^:]*)::\/apis\/([^/]+)$/;

/** CreateApi, GetApi(s), UpdateApi, DeleteApi and the tags of APIs. */
export class Apis {
  constructor(private readonly repository: ApiRepository) {}

  async createApi(input: CreateApiRequest, context: CallContext): Promise<CreateApiResponse> {
    if (input.ProtocolType === 'WEBSOCKET' && !input.RouteSelectionExpression) throw badRequest('RouteSelectionExpression is required for WEBSOCKET APIs');
    if (input.Target && input.ProtocolType !== 'HTTP') throw badRequest('Target is only supported for HTTP APIs');
    if (input.RouteKey) validateRouteKey(input.RouteKey);
    const { deps } = this.repository;
    const api: ApiRecord = {
      account: context.account, region: context.region, apiId: newId(10), name: input.Name, protocolType: input.ProtocolType,
      routeSelectionExpression: input.RouteSelectionExpression ?? '$request.method $request.path',
      apiKeySelectionExpression: input.ApiKeySelectionExpression ?? '$request.header.x-api-key',
      description: input.Description, version: input.Version, corsConfiguration: input.CorsConfiguration,
      disableExecuteApiEndpoint: input.DisableExecuteApiEndpoint ?? false, ipAddressType: input.IpAddressType ?? 'ipv4',
      createdDate: deps.clock.now(), tags: input.Tags ?? {}, routes: {}, integrations: {}, authorizers: {}, stages: {}, deployments: {},
    };
    if (input.Target) quickCreate(this.repository, api, input.Target, input.RouteKey ?? '$default');
    await deps.store.transaction((tx) => putApiRecord(tx, api));
    return apiView(api, context);
  }

  async getApi(input: GetApiRequest, context: CallContext): Promise<GetApiResponse> {
    return apiView(await this.repository.load(input.ApiId, context), context);
  }

  async getApis(input: GetApisRequest, context: CallContext): Promise<GetApisResponse> {
    const all = (await listApiRecords(this.repository.deps.store, context.account, context.region)).sort((a, b) => a.createdDate - b.createdDate);
    return page(all.map((api) => apiView(api, context)), input.MaxResults, input.NextToken);
  }

  async updateApi(input: UpdateApiRequest, context: CallContext): Promise<UpdateApiResponse> {
    return this.repository.change(input.ApiId, context, (api) => {
      merge(api, {
        name: input.Name, description: input.Description, version: input.Version, corsConfiguration: input.CorsConfiguration,
        routeSelectionExpression: input.RouteSelectionExpression, apiKeySelectionExpression: input.ApiKeySelectionExpression,
        disableExecuteApiEndpoint: input.DisableExecuteApiEndpoint, ipAddressType: input.IpAddressType,
      });
      if (input.Target) quickCreate(this.repository, api, input.Target, input.RouteKey ?? '$default');
      return apiView(api, context);
    });
  }

  async deleteApi(input: DeleteApiRequest, context: CallContext): Promise<void> {
    const api = await this.repository.load(input.ApiId, context);
    await this.repository.deps.store.transaction((tx) => deleteApiRecord(tx, api));
  }

  /** DeleteCorsConfiguration: the API answers preflights no more. */
  async deleteCorsConfiguration(input: { ApiId: string }, context: CallContext): Promise<void> {
    await this.repository.change(input.ApiId, context, (api) => void delete api.corsConfiguration);
  }

  async getTags(input: GetTagsRequest, context: CallContext): Promise<GetTagsResponse> {
    return { Tags: (await this.tagged(input.ResourceArn, context)).tags };
  }

  async tagResource(input: TagResourceRequest, context: CallContext): Promise<TagResourceResponse> {
    await this.changeTags(input.ResourceArn, context, (tags) => Object.assign(tags, input.Tags ?? {}));
    return {};
  }

  async untagResource(input: UntagResourceRequest, context: CallContext): Promise<void> {
    await this.changeTags(input.ResourceArn, context, (tags) => input.TagKeys.forEach((key) => delete tags[key]));
  }

  private async tagged(arn: string, context: CallContext): Promise<ApiRecord> {
    const match = API_ARN.exec(arn);
    const api = match && (await getApiRecord(this.repository.deps.store, context.account, match[1] || context.region, match[2]!));
    if (!api) throw notFound(`Invalid resource ARN specified ${arn}`);
    return api;
  }

  private async changeTags(arn: string, context: CallContext, change: (tags: Record<string, string>) => void): Promise<void> {
    const api = await this.tagged(arn, context);
    await this.repository.change(api.apiId, { ...context, region: api.region }, (current) => change(current.tags));
  }
}

/** The host clients invoke the API on; Nimbus serves every API on its own port. */
export function apiEndpoint(apiId: string, context: CallContext): string {
  const port = /:(\d+)$/.exec(new URL(context.endpoint).host)?.[1];
  return `http://${apiId}.execute-api.localhost${port ? `:${port}` : ''}`;
}

function apiView(api: ApiRecord, context: CallContext): Api {
  return {
    ApiEndpoint: apiEndpoint(api.apiId, context), ApiId: api.apiId, ApiKeySelectionExpression: api.apiKeySelectionExpression,
    CorsConfiguration: api.corsConfiguration, CreatedDate: new Date(api.createdDate), Description: api.description,
    DisableExecuteApiEndpoint: api.disableExecuteApiEndpoint, IpAddressType: api.ipAddressType, Name: api.name,
    ProtocolType: api.protocolType, RouteSelectionExpression: api.routeSelectionExpression, Tags: api.tags, Version: api.version,
  };
}

/** API Gateway pages by an opaque token: here, the index of the next item. */
export function page<T>(items: T[], maxResults: string | undefined, nextToken: string | undefined): { Items: T[]; NextToken?: string } {
  const start = nextToken ? Number.parseInt(Buffer.from(nextToken, 'base64url').toString('utf8'), 10) || 0 : 0;
  const size = maxResults ? Math.max(1, Number.parseInt(maxResults, 10) || 25) : items.length || 1;
  const end = start + size;
  return { Items: items.slice(start, end), NextToken: end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined };
}
