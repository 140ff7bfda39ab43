import { randomBytes } from 'node:crypto';
import type { CallContext } from '../../../common/call-context.js';
import type { WebRequest, WebResponse } from '../../../common/web-request.js';
import type { ServiceDeps } from '../../service-deps.js';
import { effectiveGatewayResponse } from '../gateway-responses.js';
import { apiGatewayMetrics } from '../metrics.js';
import { apiLocations, apiPartKey, deployments, restApis, restApiKey, stages, type ApiLocation } from '../state.js';
import { renderTemplate } from '../vtl/render.js';
import { LambdaAuthorizers } from './authorizers.js';
import { forbidden, GatewayFailure, internalServerError, missingAuthenticationToken } from './failure.js';
import { runIntegration } from './integrations.js';
import type { Invocation } from './invocation.js';
import { mappingValue, templateVariables } from './mapping.js';
import { invokeTarget, readInbound } from './request.js';
import { matchRoute } from './routing.js';
import { UsagePlanMeter } from './usage.js';
import { validateRequest } from './validation.js';

/** The invoke endpoints of deployed REST APIs: route, authorize, meter, validate, integrate, answer. */
export class InvokeEndpoint {
  readonly authorizers: LambdaAuthorizers;
  private readonly meter: UsagePlanMeter;

  constructor(private readonly deps: ServiceDeps) {
    this.authorizers = new LambdaAuthorizers(deps.bus, deps.clock);
    this.meter = new UsagePlanMeter(deps);
  }

  async serve(web: WebRequest, call: CallContext): Promise<WebResponse | undefined> {
    const target = invokeTarget(web);
    if (!target) return undefined;
    const request = await readInbound(web, target, call.sourceIp);
    const extendedRequestId = `${randomBytes(10).toString('base64').slice(0, 14)}=`;
    const ids = { 'x-amzn-requestid': call.requestId, 'x-amz-apigw-id': extendedRequestId };
    const location = await apiLocations(this.deps.store).get(request.apiId);
    const stage = location && await stages(this.deps.store).get(apiPartKey(location, request.apiId, request.stageName));
    const deployment = stage && location && await deployments(this.deps.store).get(apiPartKey(location, request.apiId, stage.deploymentId));
    if (!location || !stage || !deployment || (await this.executeApiDisabled(location, request.apiId))) {
      return plainFailure(forbidden(), ids);
    }
    const invocation: Invocation = { call, location, stage, definition: deployment.definition, request, requestTime: this.deps.clock.now(), extendedRequestId };
    try {
      const response = await this.handle(invocation);
      return apiGatewayMetrics(this.deps).answered(invocation, { ...response, headers: { ...response.headers, ...ids } });
    } catch (error) {
      const failure = error instanceof GatewayFailure ? error : internalServerError();
      if (!(error instanceof GatewayFailure)) console.error('nimbus: API Gateway invoke failed', error);
      return apiGatewayMetrics(this.deps).answered(invocation, { ...gatewayResponse(invocation, failure), headers: { ...gatewayResponse(invocation, failure).headers, ...ids } });
    }
  }

  private async handle(invocation: Invocation): Promise<WebResponse> {
    const { definition, request } = invocation;
    invocation.route = matchRoute(definition, request.method, request.path);
    const method = invocation.route?.method;
    if (!method) throw missingAuthenticationToken();
    if (method.authorizationType === 'CUSTOM' && method.authorizerId) {
      const authorizer = definition.authorizers[method.authorizerId];
      if (!authorizer) throw internalServerError();
      await this.authorizers.authorize(authorizer, invocation);
    } else if (method.authorizationType === 'AWS_IAM' && !request.headers.authorization?.startsWith('AWS4-HMAC-SHA256')) {
      throw missingAuthenticationToken();
    }
    if (method.apiKeyRequired) await this.meter.admit(invocation);
    validateRequest(definition, invocation);
    if (!method.methodIntegration) throw internalServerError();
    return runIntegration(this.deps.bus, invocation);
  }

  private async executeApiDisabled(location: ApiLocation, apiId: string): Promise<boolean> {
    return (await restApis(this.deps.store).get(restApiKey(location, apiId)))?.disableExecuteApiEndpoint === true;
  }
}

/** The gateway response for a failure: the API's customisation of its type (or of DEFAULT_4XX/5XX), or the default. */
function gatewayResponse(invocation: Invocation, failure: GatewayFailure): WebResponse {
  const chosen = effectiveGatewayResponse(invocation.definition.gatewayResponses, failure.responseType, failure.status);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-amzn-errortype': failure.errorType };
  for (const [target, source] of Object.entries(chosen.responseParameters)) {
    const value = mappingValue(source, invocation);
    if (value !== undefined && target.startsWith('gatewayresponse.header.')) headers[target.slice(23).toLowerCase()] = value;
  }
  const custom = Boolean(invocation.definition.gatewayResponses[failure.responseType] ?? invocation.definition.gatewayResponses[failure.status.startsWith('5') ? 'DEFAULT_5XX' : 'DEFAULT_4XX']);
  const template = chosen.responseTemplates['application/json'] ?? Object.values(chosen.responseTemplates)[0] ?? '';
  const error = { message: failure.errorMessage, messageString: JSON.stringify(failure.errorMessage), responseType: failure.responseType, validationErrorString: failure.errorMessage };
  let body: string;
  if (failure.capitalMessage && !custom) body = JSON.stringify({ Message: failure.errorMessage });
  else {
    try {
      body = renderTemplate(template, templateVariables(invocation, invocation.request.body.toString('utf8'), { error }));
    } catch {
      body = JSON.stringify({ message: failure.errorMessage });
    }
  }
  return { status: Number(chosen.statusCode), headers, body };
}

/** Before an API is found there is no customisation to apply. */
function plainFailure(failure: GatewayFailure, ids: Record<string, string>): WebResponse {
  return { status: Number(failure.status), headers: { 'content-type': 'application/json', 'x-amzn-errortype': failure.errorType, ...ids }, body: JSON.stringify({ message: failure.errorMessage }) };
}
