import type { CallContext } from '../../common/call-context.js';
import type {
  CreateIntegrationRequest, CreateIntegrationResult, DeleteIntegrationRequest, GetIntegrationRequest, GetIntegrationResult,
  GetIntegrationsRequest, GetIntegrationsResponse, Integration, UpdateIntegrationRequest, UpdateIntegrationResult,
} from './api.generated.js';
import { page } from './apis.js';
import { badRequest, conflict, invalidIdentifier } from './errors.js';
import { newId } from './ids.js';
import { merge, type ApiRepository } from './repository.js';
import type { ApiRecord } from './state.js';

/** CreateIntegration, GetIntegration(s), UpdateIntegration, DeleteIntegration. */
export class Integrations {
  constructor(private readonly repository: ApiRepository) {}

  async createIntegration(input: CreateIntegrationRequest, context: CallContext): Promise<CreateIntegrationResult> {
    return this.repository.change(input.ApiId, context, (api) => {
      const { ApiId: _apiId, ...fields } = input;
      const integration: Integration = {
        ConnectionType: 'INTERNET', TimeoutInMillis: 30000, ...fields, IntegrationId: newId(),
        PayloadFormatVersion: input.PayloadFormatVersion ?? (api.protocolType === 'HTTP' && input.IntegrationType !== 'AWS_PROXY' ? '1.0' : undefined),
      };
      validate(api, integration);
      api.integrations[integration.IntegrationId!] = integration;
      return integration;
    });
  }

  async getIntegration(input: GetIntegrationRequest, context: CallContext): Promise<GetIntegrationResult> {
    return integrationOf(await this.repository.load(input.ApiId, context), input.IntegrationId);
  }

  async getIntegrations(input: GetIntegrationsRequest, context: CallContext): Promise<GetIntegrationsResponse> {
    const api = await this.repository.load(input.ApiId, context);
    return page(Object.values(api.integrations), input.MaxResults, input.NextToken);
  }

  async updateIntegration(input: UpdateIntegrationRequest, context: CallContext): Promise<UpdateIntegrationResult> {
    return this.repository.change(input.ApiId, context, (api) => {
      const { ApiId: _apiId, IntegrationId: _id, ...fields } = input;
      const integration = merge(structuredClone(integrationOf(api, input.IntegrationId)), fields as Partial<Integration>);
      validate(api, integration);
      api.integrations[input.IntegrationId] = integration;
      return integration;
    });
  }

  async deleteIntegration(input: DeleteIntegrationRequest, context: CallContext): Promise<void> {
    await this.repository.change(input.ApiId, context, (api) => {
      integrationOf(api, input.IntegrationId);
      const target = `integrations/${input.IntegrationId}`;
      const user = Object.values(api.routes).find((route) => route.Target === target);
      if (user) throw conflict(`Cannot delete integration ${input.IntegrationId}: route ${user.RouteId} targets it`);
      delete api.integrations[input.IntegrationId];
    });
  }
}

function integrationOf(api: ApiRecord, integrationId: string): Integration {
  const integration = api.integrations[integrationId];
  if (!integration) throw invalidIdentifier('Integration', integrationId);
  return integration;
}

/** HTTP APIs take only proxy integrations: Lambda (1.0 or 2.0) and HTTP URLs (1.0). */
function validate(api: ApiRecord, integration: Integration): void {
  if (api.protocolType !== 'HTTP') return;
  const { IntegrationType: type, PayloadFormatVersion: version } = integration;
  if (type !== 'AWS_PROXY' && type !== 'HTTP_PROXY') throw badRequest(`Integration type ${type} is not supported for HTTP APIs`);
  if (!integration.IntegrationUri && !integration.IntegrationSubtype) throw badRequest('IntegrationUri is required');
  if (type === 'AWS_PROXY' && version !== '1.0' && version !== '2.0') throw badRequest('PayloadFormatVersion must be 1.0 or 2.0 for AWS_PROXY integrations');
  if (type === 'HTTP_PROXY' && version !== '1.0') throw badRequest('HTTP_PROXY integrations support only payload format version 1.0');
  if (type === 'HTTP_PROXY' && !integration.IntegrationMethod) throw badRequest('IntegrationMethod is required for HTTP_PROXY integrations');
}
