import type { CallContext } from '../../common/call-context.js';
import type {
  CreateRouteRequest, CreateRouteResult, DeleteRouteRequest, GetRouteRequest, GetRouteResult, GetRoutesRequest, GetRoutesResponse,
  Route, UpdateRouteRequest, UpdateRouteResult,
} from './api.generated.js';
import { page } from './apis.js';
import { badRequest, conflict, invalidIdentifier } from './errors.js';
import { newId } from './ids.js';
import { merge, type ApiRepository } from './repository.js';
import type { ApiRecord } from './state.js';

const ROUTE_KEY = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|ANY) (\/[^ ]*)$/;

/** `$default`, or `METHOD /path` with `{name}` segments and at most one greedy `{name+}` at the end. */
export function validateRouteKey(routeKey: string): void {
  if (routeKey === '$default') return;
  const match = ROUTE_KEY.exec(routeKey);
  const segments = match?.[2]!.split('/').slice(1) ?? [];
  const greedy = segments.findIndex((segment) => /^\{[^}]+\+\}$/.test(segment));
  if (!match || (greedy >= 0 && greedy !== segments.length - 1)) throw badRequest(`Unable to create route. Route key ${routeKey} is invalid.`);
}

/** CreateRoute, GetRoute(s), UpdateRoute, DeleteRoute. */
export class Routes {
  constructor(private readonly repository: ApiRepository) {}

  async createRoute(input: CreateRouteRequest, context: CallContext): Promise<CreateRouteResult> {
    validateRouteKey(input.RouteKey);
    return this.repository.change(input.ApiId, context, (api) => {
      assertUnique(api, input.RouteKey);
      checkReferences(api, input);
      const { ApiId: _apiId, ...fields } = input;
      const route: Route = { ApiKeyRequired: false, AuthorizationType: 'NONE', ...fields, RouteId: newId(), ApiGatewayManaged: undefined };
      api.routes[route.RouteId!] = route;
      return route;
    });
  }

  async getRoute(input: GetRouteRequest, context: CallContext): Promise<GetRouteResult> {
    return routeOf(await this.repository.load(input.ApiId, context), input.RouteId);
  }

  async getRoutes(input: GetRoutesRequest, context: CallContext): Promise<GetRoutesResponse> {
    const api = await this.repository.load(input.ApiId, context);
    return page(Object.values(api.routes), input.MaxResults, input.NextToken);
  }

  async updateRoute(input: UpdateRouteRequest, context: CallContext): Promise<UpdateRouteResult> {
    if (input.RouteKey) validateRouteKey(input.RouteKey);
    return this.repository.change(input.ApiId, context, (api) => {
      const route = routeOf(api, input.RouteId);
      if (input.RouteKey && input.RouteKey !== route.RouteKey) assertUnique(api, input.RouteKey);
      checkReferences(api, input);
      const { ApiId: _apiId, RouteId: _routeId, ...fields } = input;
      return merge(route, fields);
    });
  }

  async deleteRoute(input: DeleteRouteRequest, context: CallContext): Promise<void> {
    await this.repository.change(input.ApiId, context, (api) => {
      routeOf(api, input.RouteId);
      delete api.routes[input.RouteId];
    });
  }
}

function routeOf(api: ApiRecord, routeId: string): Route {
  const route = api.routes[routeId];
  if (!route) throw invalidIdentifier('Route', routeId);
  return route;
}

function assertUnique(api: ApiRecord, routeKey: string): void {
  if (Object.values(api.routes).some((route) => route.RouteKey === routeKey)) throw conflict(`Route with key ${routeKey} already exists for this API`);
}

function checkReferences(api: ApiRecord, input: { Target?: string; AuthorizerId?: string; AuthorizationType?: string }): void {
  const integrationId = /^integrations\/(.+)$/.exec(input.Target ?? '')?.[1];
  if (input.Target && (!integrationId || !api.integrations[integrationId])) throw badRequest(`Invalid integration target ${input.Target}`);
  if (input.AuthorizerId && !api.authorizers[input.AuthorizerId]) throw invalidIdentifier('Authorizer', input.AuthorizerId);
  if (input.AuthorizationType && ['JWT', 'CUSTOM'].includes(input.AuthorizationType) && !input.AuthorizerId) {
    throw badRequest(`AuthorizerId is required for authorization type ${input.AuthorizationType}`);
  }
}
