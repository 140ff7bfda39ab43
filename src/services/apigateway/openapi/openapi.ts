import type { CallContext } from '../../../common/call-context.js';
import type { ServiceDeps } from '../../service-deps.js';
import type { ExportResponse, GetExportRequest, ImportRestApiRequest, PutRestApiRequest, RestApi } from '../api.generated.js';
import { badRequest, invalidStage, notFound } from '../errors.js';
import { restApiView, type RestApisStore } from '../rest-apis.js';
import { apiPartKey, deployments, stages } from '../state.js';
import { exportDefinition } from './export.js';
import { importDefinition, parseDefinition } from './import.js';

/** ImportRestApi, PutRestApi and GetExport over OpenAPI 3 and Swagger 2 (JSON). */
export class OpenApi {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly apis: RestApisStore,
  ) {}

  async importRestApi(input: ImportRestApiRequest, context: CallContext): Promise<RestApi> {
    const doc = await parseDefinition(input.body);
    const api = this.apis.blank({ name: doc.info?.title ?? 'imported', endpointConfiguration: endpointOf(input.parameters) }, context);
    importDefinition(api, doc);
    await this.deps.store.transaction((tx) => this.apis.save(api, tx));
    return restApiView(api);
  }

  async putRestApi(input: PutRestApiRequest, context: CallContext): Promise<RestApi> {
    const doc = await parseDefinition(input.body);
    return this.apis.modify(context, input.restApiId, (api) => {
      if ((input.mode ?? 'merge') === 'overwrite') {
        const root = api.resources[api.rootResourceId]!;
        Object.assign(api, { resources: { [root.id]: { ...root, resourceMethods: {} } }, authorizers: {}, models: {}, requestValidators: {}, gatewayResponses: {} });
      }
      importDefinition(api, doc);
      return restApiView(api);
    });
  }

  async getExport(input: GetExportRequest, context: CallContext): Promise<ExportResponse> {
    const api = await this.apis.load(context, input.restApiId);
    if (input.exportType !== 'oas30' && input.exportType !== 'swagger') throw badRequest(`No such export type: ${input.exportType}`);
    const stage = await stages(this.deps.store).get(apiPartKey(context, api.id, input.stageName));
    if (!stage) throw invalidStage();
    const deployment = await deployments(this.deps.store).get(apiPartKey(context, api.id, stage.deploymentId));
    if (!deployment) throw notFound('Invalid Deployment identifier specified');
    const doc = exportDefinition(api, deployment.definition, stage.stageName, input.exportType === 'swagger', input.parameters?.extensions ?? '');
    const yaml = (input.accepts ?? 'application/json').includes('yaml');
    const filename = `${input.exportType}_${new Date(this.deps.clock.now()).toISOString()}.${yaml ? 'yaml' : 'json'}`;
    return {
      contentType: yaml ? 'application/yaml' : 'application/json',
      contentDisposition: `attachment; filename="${filename}"`,
      body: Buffer.from(yaml ? (await import('yaml')).stringify(doc) : JSON.stringify(doc, null, 2)),
    };
  }
}

function endpointOf(parameters: Record<string, string> | undefined) {
  const type = parameters?.endpointConfigurationTypes?.toUpperCase();
  return type === 'REGIONAL' || type === 'EDGE' || type === 'PRIVATE' ? { types: [type] as Array<'REGIONAL' | 'EDGE' | 'PRIVATE'> } : undefined;
}
