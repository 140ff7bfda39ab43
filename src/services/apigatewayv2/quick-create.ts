import type { Integration } from './api.generated.js';
import { newId } from './ids.js';
import type { ApiRepository } from './repository.js';
import type { ApiRecord } from './state.js';

/**
 * Quick create (CreateApi with Target): an integration to the Lambda function or URL, a route
 * targeting it (`$default` unless RouteKey says otherwise) and the `$default` stage, auto-deployed;
 * all managed by API Gateway.
 */
export function quickCreate(repository: ApiRepository, api: ApiRecord, target: string, routeKey: string): void {
  const integration: Integration = target.startsWith('arn:')
    ? { IntegrationType: 'AWS_PROXY', IntegrationUri: target, PayloadFormatVersion: '2.0', IntegrationMethod: 'POST' }
    : { IntegrationType: 'HTTP_PROXY', IntegrationUri: target, PayloadFormatVersion: '1.0', IntegrationMethod: 'ANY' };
  const integrationId = newId();
  api.integrations[integrationId] = {
    ...integration, IntegrationId: integrationId, ApiGatewayManaged: true, ConnectionType: 'INTERNET', TimeoutInMillis: 30000,
  };
  const routeId = newId();
  api.routes[routeId] = { RouteId: routeId, RouteKey: routeKey, Target: `integrations/${integrationId}`, AuthorizationType: 'NONE', ApiKeyRequired: false, ApiGatewayManaged: true };
  const now = repository.deps.clock.now();
  const deployment = repository.deploy(api, 'Automatic deployment triggered by changes to the Api configuration', true);
  api.stages.$default ??= {
    StageName: '$default', AutoDeploy: true, ApiGatewayManaged: true, DefaultRouteSettings: { DetailedMetricsEnabled: false },
    RouteSettings: {}, StageVariables: {}, Tags: {}, createdDate: now, lastUpdatedDate: now,
  };
  api.stages.$default.DeploymentId = deployment.deploymentId;
}
