import type { WebEndpoints } from '../../common/web-request.js';
import type { ServiceDeps } from '../service-deps.js';
import { ApiKeysApi } from './api-keys.js';
import { ApiPartsApi } from './api-parts.js';
import type { ApigatewayOperations } from './api.generated.js';
import { DeploymentsApi } from './deployments.js';
import { InvokeEndpoint } from './invoke/endpoint.js';
import { MethodsApi } from './methods.js';
import { OpenApi } from './openapi/openapi.js';
import { ResourcesApi } from './resources.js';
import { RestApisStore } from './rest-apis.js';

type Operations = Partial<ApigatewayOperations> & WebEndpoints;

/** API Gateway REST APIs: the control plane by part of the API, and the invoke endpoint that serves deployed stages. */
export function createApigatewayProvider(deps: ServiceDeps): Operations {
  const apis = new RestApisStore(deps);
  const resources = new ResourcesApi(apis);
  const methods = new MethodsApi(apis);
  const deploymentsApi = new DeploymentsApi(deps, apis);
  const parts = new ApiPartsApi(apis);
  const keys = new ApiKeysApi(deps);
  const openApi = new OpenApi(deps, apis);
  const endpoint = new InvokeEndpoint(deps);
  return {
    ...bind(apis, ['createRestApi', 'getRestApi', 'getRestApis', 'updateRestApi', 'deleteRestApi']),
    ...bind(resources, ['createResource', 'getResource', 'getResources', 'updateResource', 'deleteResource']),
    ...bind(methods, [
      'putMethod', 'getMethod', 'updateMethod', 'deleteMethod', 'putMethodResponse', 'getMethodResponse', 'updateMethodResponse', 'deleteMethodResponse',
      'putIntegration', 'getIntegration', 'updateIntegration', 'deleteIntegration',
      'putIntegrationResponse', 'getIntegrationResponse', 'updateIntegrationResponse', 'deleteIntegrationResponse',
    ]),
    ...bind(deploymentsApi, [
      'createDeployment', 'getDeployment', 'getDeployments', 'updateDeployment', 'deleteDeployment',
      'createStage', 'getStage', 'getStages', 'updateStage', 'deleteStage',
    ]),
    ...bind(parts, [
      'createAuthorizer', 'getAuthorizer', 'getAuthorizers', 'updateAuthorizer', 'deleteAuthorizer',
      'createRequestValidator', 'getRequestValidator', 'getRequestValidators', 'updateRequestValidator', 'deleteRequestValidator',
      'createModel', 'getModel', 'getModels', 'updateModel', 'deleteModel',
      'putGatewayResponse', 'getGatewayResponse', 'getGatewayResponses', 'updateGatewayResponse', 'deleteGatewayResponse',
    ]),
    ...bind(keys, [
      'createApiKey', 'getApiKey', 'getApiKeys', 'updateApiKey', 'deleteApiKey',
      'createUsagePlan', 'getUsagePlan', 'getUsagePlans', 'updateUsagePlan', 'deleteUsagePlan',
      'createUsagePlanKey', 'getUsagePlanKey', 'getUsagePlanKeys', 'deleteUsagePlanKey', 'getUsage',
    ]),
    ...bind(openApi, ['importRestApi', 'putRestApi', 'getExport']),
    flushStageAuthorizersCache: async (input, context) => {
      await deploymentsApi.getStage(input, context);
      endpoint.authorizers.flush(input.restApiId, input.stageName);
    },
    serveWeb: (request, call) => endpoint.serve(request, call),
  };
}

/** The named operations of one part, bound to it. */
function bind<T extends object, K extends keyof T & keyof ApigatewayOperations>(part: T, names: K[]): Pick<Operations, K> {
  return Object.fromEntries(names.map((name) => [name, (part[name] as (...args: unknown[]) => unknown).bind(part)])) as Pick<Operations, K>;
}
