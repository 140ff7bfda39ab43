import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../../common/call-context.js';
import { safeDecode, type WebRequest, type WebResponse } from '../../../common/web-request.js';
import type { ServiceDeps } from '../../service-deps.js';
import { httpApiMetrics } from '../metrics.js';
import type { Route } from '../api.generated.js';
import { findApiById, type ApiDefinition, type ApiRecord } from '../state.js';
import { corsHeaders, isPreflight, preflight } from './cors.js';
import type { Invocation } from './events.js';
import { readInbound, type Inbound } from './inbound.js';
import { integrate } from './integration.js';
import { AuthorizerCache } from './authorizer-cache.js';
import { lambdaAuthorize, type Decision } from './lambda-authorizer.js';
import { message, notFoundResponse } from './responses.js';
import { matchRoute } from './routing.js';

const EXECUTE_API_HOST = /^([a-z0-9]+)\.execute-api(?:\.[a-z0-9-]+)*\.localhost(?::\d+)?$/i;

/** The invoke endpoint of HTTP APIs: `http://<api-id>.execute-api.localhost:<port>/[<stage>/]<path>`. */
export class InvokeEndpoint {
  private readonly authorizerCache = new AuthorizerCache();

  constructor(private readonly deps: ServiceDeps) {}

  /** Answers the gateway's question whether an execute-api host names one of these APIs. */
  register(): void {
    this.deps.bus.respond('apigatewayv2.owns-host-id', async (payload) => Boolean(await findApiById(this.deps.store, (payload as { id: string }).id)));
  }

  async serve(request: WebRequest, call: CallContext): Promise<WebResponse | undefined> {
    const apiId = EXECUTE_API_HOST.exec(request.headers.host ?? '')?.[1]?.toLowerCase();
    if (!apiId) return undefined;
    const inbound = await readInbound(request, apiId, call.sourceIp);
    const api = await findApiById(this.deps.store, apiId);
    if (!api || api.disableExecuteApiEndpoint) return notFoundResponse();
    const startedAt = this.deps.clock.now();
    const response = await this.answer(api, inbound, call);
    httpApiMetrics(this.deps).answered(api, stageOf(api, inbound.rawPath)?.stageName, response, startedAt);
    const requestId = randomUUID();
    return { ...response, headers: { ...response.headers, ...corsHeaders(inbound, api.corsConfiguration), 'apigw-requestid': requestId } };
  }

  private async answer(api: ApiRecord, inbound: Inbound, call: CallContext): Promise<WebResponse> {
    if (isPreflight(inbound, api.corsConfiguration)) return preflight(inbound, api.corsConfiguration!);
    const staged = stageOf(api, inbound.rawPath);
    const definition = staged && api.deployments[staged.deploymentId]?.definition;
    if (!staged || !definition) return notFoundResponse();
    const match = matchRoute(Object.values(definition.routes), inbound.method, staged.path);
    if (!match) return notFoundResponse();
    const invocation = this.invocationOf(api, inbound, staged, match.route, match.pathParameters);
    const decision = await this.authorize(definition, match.route, invocation, call.endpoint);
    if (!decision.allowed) return message(decision.status, decision.message, decision.headers);
    invocation.authorizer = decision.context;
    const integrationId = /^integrations\/(.+)$/.exec(match.route.Target ?? '')?.[1];
    const integration = integrationId && definition.integrations[integrationId];
    if (!integration) return notFoundResponse();
    return integrate(this.deps.bus, integration, invocation, call.endpoint);
  }

  private invocationOf(api: ApiRecord, inbound: Inbound, staged: StagedPath, route: Route, pathParameters: Record<string, string>): Invocation {
    const now = this.deps.clock.now();
    const decoded: Record<string, string> = {};
    for (const [name, value] of Object.entries(pathParameters)) decoded[name] = safeDecode(value);
    return {
      inbound, account: api.account, region: api.region, stage: staged.stageName, stageVariables: api.stages[staged.stageName]?.StageVariables ?? {},
      routeKey: route.RouteKey, path: staged.path, pathParameters: decoded, requestId: randomUUID(),
      extendedRequestId: `${randomUUID().replace(/-/g, '').slice(0, 14)}=`, time: now,
    };
  }

  private async authorize(definition: ApiDefinition, route: Route, invocation: Invocation, endpoint: string): Promise<Decision> {
    if (!route.AuthorizationType || route.AuthorizationType === 'NONE') return { allowed: true };
    const authorizer = route.AuthorizerId ? definition.authorizers[route.AuthorizerId] : undefined;
    if (!authorizer) return { allowed: false, status: 500, message: 'Internal Server Error' };
    if (authorizer.AuthorizerType === 'REQUEST') return lambdaAuthorize(this.deps.bus, this.authorizerCache, authorizer, invocation, endpoint);
    const { jwtAuthorize } = await import('./jwt-authorizer.js');
    return jwtAuthorize(authorizer, route, invocation);
  }
}

interface StagedPath {
  stageName: string;
  deploymentId: string;
  /** The path after the stage prefix, percent-decoded for matching. */
  path: string;
}

/** A first segment naming a stage selects it; otherwise the `$default` stage serves the whole path. */
function stageOf(api: ApiRecord, rawPath: string): StagedPath | undefined {
  const [, first = '', ...rest] = rawPath.split('/');
  const named = safeDecode(first);
  const stage = named !== '$default' ? api.stages[named] : undefined;
  if (stage?.DeploymentId) return { stageName: named, deploymentId: stage.DeploymentId, path: safeDecode(`/${rest.join('/')}`) };
  const fallback = api.stages.$default;
  if (fallback?.DeploymentId) return { stageName: '$default', deploymentId: fallback.DeploymentId, path: safeDecode(rawPath) };
  return undefined;
}
