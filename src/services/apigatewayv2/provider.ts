import type { WebEndpoints } from '../../common/web-request.js';
import type { ServiceDeps } from '../service-deps.js';
import type { Apigatewayv2Operations } from './api.generated.js';
import { Apis } from './apis.js';
import { Authorizers } from './authorizers.js';
import { Integrations } from './integrations.js';
import { InvokeEndpoint } from './invoke/endpoint.js';
import { ApiRepository } from './repository.js';
import { Routes } from './routes.js';
import { Stages } from './stages.js';

type Served =
  | 'createApi' | 'getApi' | 'getApis' | 'updateApi' | 'deleteApi' | 'deleteCorsConfiguration'
  | 'createRoute' | 'getRoute' | 'getRoutes' | 'updateRoute' | 'deleteRoute'
  | 'createIntegration' | 'getIntegration' | 'getIntegrations' | 'updateIntegration' | 'deleteIntegration'
  | 'createAuthorizer' | 'getAuthorizer' | 'getAuthorizers' | 'updateAuthorizer' | 'deleteAuthorizer'
  | 'createStage' | 'getStage' | 'getStages' | 'updateStage' | 'deleteStage'
  | 'createDeployment' | 'getDeployment' | 'getDeployments' | 'deleteDeployment'
  | 'getTags' | 'tagResource' | 'untagResource';

/** API Gateway HTTP APIs: APIs, routes, integrations, authorizers, stages, deployments, and their invoke endpoint. */
export function createApiGatewayV2Provider(deps: ServiceDeps): Pick<Apigatewayv2Operations, Served> & WebEndpoints {
  const repository = new ApiRepository(deps);
  const apis = new Apis(repository);
  const routes = new Routes(repository);
  const integrations = new Integrations(repository);
  const authorizers = new Authorizers(repository);
  const stages = new Stages(repository);
  const endpoint = new InvokeEndpoint(deps);
  endpoint.register();
  return {
    createApi: (input, context) => apis.createApi(input, context),
    getApi: (input, context) => apis.getApi(input, context),
    getApis: (input, context) => apis.getApis(input, context),
    updateApi: (input, context) => apis.updateApi(input, context),
    deleteApi: (input, context) => apis.deleteApi(input, context),
    deleteCorsConfiguration: (input, context) => apis.deleteCorsConfiguration(input, context),
    getTags: (input, context) => apis.getTags(input, context),
    tagResource: (input, context) => apis.tagResource(input, context),
    untagResource: (input, context) => apis.untagResource(input, context),
    createRoute: (input, context) => routes.createRoute(input, context),
    getRoute: (input, context) => routes.getRoute(input, context),
    getRoutes: (input, context) => routes.getRoutes(input, context),
    updateRoute: (input, context) => routes.updateRoute(input, context),
    deleteRoute: (input, context) => routes.deleteRoute(input, context),
    createIntegration: (input, context) => integrations.createIntegration(input, context),
    getIntegration: (input, context) => integrations.getIntegration(input, context),
    getIntegrations: (input, context) => integrations.getIntegrations(input, context),
    updateIntegration: (input, context) => integrations.updateIntegration(input, context),
    deleteIntegration: (input, context) => integrations.deleteIntegration(input, context),
    createAuthorizer: (input, context) => authorizers.createAuthorizer(input, context),
    getAuthorizer: (input, context) => authorizers.getAuthorizer(input, context),
    getAuthorizers: (input, context) => authorizers.getAuthorizers(input, context),
    updateAuthorizer: (input, context) => authorizers.updateAuthorizer(input, context),
    deleteAuthorizer: (input, context) => authorizers.deleteAuthorizer(input, context),
    createStage: (input, context) => stages.createStage(input, context),
    getStage: (input, context) => stages.getStage(input, context),
    getStages: (input, context) => stages.getStages(input, context),
    updateStage: (input, context) => stages.updateStage(input, context),
    deleteStage: (input, context) => stages.deleteStage(input, context),
    createDeployment: (input, context) => stages.createDeployment(input, context),
    getDeployment: (input, context) => stages.getDeployment(input, context),
    getDeployments: (input, context) => stages.getDeployments(input, context),
    deleteDeployment: (input, context) => stages.deleteDeployment(input, context),
    serveWeb: (request, call) => endpoint.serve(request, call),
  };
}
