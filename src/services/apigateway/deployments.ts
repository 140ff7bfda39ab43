import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateDeploymentRequest, CreateStageRequest, DeleteDeploymentRequest, DeleteStageRequest, Deployment, Deployments,
  GetDeploymentRequest, GetDeploymentsRequest, GetStageRequest, GetStagesRequest, MethodSetting, PatchOperation, Stage, Stages,
  UpdateDeploymentRequest, UpdateStageRequest,
} from './api.generated.js';
import { badRequest, conflict, invalidDeployment, invalidStage } from './errors.js';
import { newId } from './ids.js';
import { applyPatch, pathSegments } from './patch.js';
import type { RestApisStore } from './rest-apis.js';
import { page } from './rest-apis.js';
import { apiPartKey, deployments, restApiKey, stages, type ApiDefinition, type Collections, type DeploymentRecord, type RestApiRecord, type StageRecord } from './state.js';

const STAGE_NAME = /^[a-zA-Z0-9_-]+$/;
const METHOD_SETTINGS: Record<string, keyof MethodSetting> = {
  'metrics/enabled': 'metricsEnabled', 'logging/loglevel': 'loggingLevel', 'logging/dataTrace': 'dataTraceEnabled',
  'throttling/burstLimit': 'throttlingBurstLimit', 'throttling/rateLimit': 'throttlingRateLimit', 'caching/enabled': 'cachingEnabled',
  'caching/ttlInSeconds': 'cacheTtlInSeconds', 'caching/dataEncrypted': 'cacheDataEncrypted',
};

/** Deployments freeze an API's definition; stages name the deployment the invoke URL serves. */
export class DeploymentsApi {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly apis: RestApisStore,
  ) {}

  async createDeployment(input: CreateDeploymentRequest, context: CallContext): Promise<Deployment> {
    return this.deps.store.transaction(async (tx) => {
      const api = await this.apis.load(context, input.restApiId, tx);
      const record: DeploymentRecord = { id: newId(), description: input.description, createdDate: this.deps.clock.now(), definition: definitionOf(api) };
      await deployments(tx).put(apiPartKey(context, api.id, record.id), record);
      if (input.stageName) {
        if (!STAGE_NAME.test(input.stageName)) throw badRequest('Stage name only allows a-zA-Z0-9_');
        const key = apiPartKey(context, api.id, input.stageName);
        const existing = await stages(tx).get(key);
        const now = this.deps.clock.now();
        await stages(tx).put(key, existing
          ? { ...existing, deploymentId: record.id, variables: { ...existing.variables, ...input.variables }, lastUpdatedDate: now }
          : { stageName: input.stageName, deploymentId: record.id, description: input.stageDescription, variables: input.variables, cacheClusterEnabled: input.cacheClusterEnabled ?? false, cacheClusterStatus: 'NOT_AVAILABLE', tracingEnabled: input.tracingEnabled ?? false, methodSettings: {}, createdDate: now, lastUpdatedDate: now });
      }
      return deploymentView(record, false);
    });
  }

  async getDeployment(input: GetDeploymentRequest, context: CallContext): Promise<Deployment> {
    await this.apis.load(context, input.restApiId);
    return deploymentView(await this.findDeployment(context, input.restApiId, input.deploymentId), input.embed?.includes('apisummary') ?? false);
  }

  async getDeployments(input: GetDeploymentsRequest, context: CallContext): Promise<Deployments> {
    await this.apis.load(context, input.restApiId);
    const all = await deployments(this.deps.store).list({ prefix: `${restApiKey(context, input.restApiId)}/` });
    return page(all.map(({ value }) => deploymentView(value, false)), input);
  }

  async updateDeployment(input: UpdateDeploymentRequest, context: CallContext): Promise<Deployment> {
    const record = await this.findDeployment(context, input.restApiId, input.deploymentId);
    applyPatch(record, input.patchOperations, { paths: ['description'] });
    await deployments(this.deps.store).put(apiPartKey(context, input.restApiId, record.id), record);
    return deploymentView(record, false);
  }

  async deleteDeployment(input: DeleteDeploymentRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      await this.findDeployment(context, input.restApiId, input.deploymentId, tx);
      const using = await stages(tx).list({ prefix: `${restApiKey(context, input.restApiId)}/` });
      if (using.some(({ value }) => value.deploymentId === input.deploymentId)) throw badRequest('Active stages pointing to this deployment must be moved or deleted');
      await deployments(tx).delete(apiPartKey(context, input.restApiId, input.deploymentId));
    });
  }

  async createStage(input: CreateStageRequest, context: CallContext): Promise<Stage> {
    return this.deps.store.transaction(async (tx) => {
      await this.apis.load(context, input.restApiId, tx);
      if (!STAGE_NAME.test(input.stageName)) throw badRequest('Stage name only allows a-zA-Z0-9_');
      await this.findDeployment(context, input.restApiId, input.deploymentId, tx);
      const key = apiPartKey(context, input.restApiId, input.stageName);
      if (await stages(tx).get(key)) throw conflict('Stage already exists');
      const now = this.deps.clock.now();
      const record: StageRecord = {
        stageName: input.stageName, deploymentId: input.deploymentId, description: input.description, variables: input.variables,
        cacheClusterEnabled: input.cacheClusterEnabled ?? false, cacheClusterStatus: 'NOT_AVAILABLE', tracingEnabled: input.tracingEnabled ?? false,
        documentationVersion: input.documentationVersion, tags: input.tags, methodSettings: {}, createdDate: now, lastUpdatedDate: now,
      };
      await stages(tx).put(key, record);
      return stageView(record);
    });
  }

  async getStage(input: GetStageRequest, context: CallContext): Promise<Stage> {
    await this.apis.load(context, input.restApiId);
    return stageView(await this.findStage(context, input.restApiId, input.stageName));
  }

  async getStages(input: GetStagesRequest, context: CallContext): Promise<Stages> {
    await this.apis.load(context, input.restApiId);
    const all = await stages(this.deps.store).list({ prefix: `${restApiKey(context, input.restApiId)}/` });
    return { item: all.map(({ value }) => value).filter((stage) => !input.deploymentId || stage.deploymentId === input.deploymentId).map(stageView) };
  }

  async updateStage(input: UpdateStageRequest, context: CallContext): Promise<Stage> {
    return this.deps.store.transaction(async (tx) => {
      const stage = await this.findStage(context, input.restApiId, input.stageName, tx);
      const [settings, plain] = splitMethodSettings(input.patchOperations ?? []);
      applyPatch(stage, plain, { paths: ['description', 'deploymentId', 'variables', 'cacheClusterEnabled', 'cacheClusterSize', 'tracingEnabled', 'clientCertificateId', 'documentationVersion', 'accessLogSettings', 'webAclArn'] });
      for (const operation of settings) patchMethodSetting(stage, operation);
      await this.findDeployment(context, input.restApiId, stage.deploymentId, tx);
      stage.lastUpdatedDate = this.deps.clock.now();
      await stages(tx).put(apiPartKey(context, input.restApiId, stage.stageName), stage);
      return stageView(stage);
    });
  }

  async deleteStage(input: DeleteStageRequest, context: CallContext): Promise<void> {
    await this.findStage(context, input.restApiId, input.stageName);
    await stages(this.deps.store).delete(apiPartKey(context, input.restApiId, input.stageName));
  }

  private async findDeployment(context: CallContext, apiId: string, id: string, source: Collections = this.deps.store): Promise<DeploymentRecord> {
    const record = await deployments(source).get(apiPartKey(context, apiId, id));
    if (!record) throw invalidDeployment();
    return record;
  }

  private async findStage(context: CallContext, apiId: string, name: string, source: Collections = this.deps.store): Promise<StageRecord> {
    const record = await stages(source).get(apiPartKey(context, apiId, name));
    if (!record) throw invalidStage();
    return record;
  }
}

/** The definition a deployment freezes; an API without methods, or with a method lacking an integration, cannot be deployed. */
export function definitionOf(api: RestApiRecord): ApiDefinition {
  const methods = Object.values(api.resources).flatMap((resource) => Object.values(resource.resourceMethods));
  if (!methods.length) throw badRequest("The REST API doesn't contain any methods");
  if (methods.some((method) => !method.methodIntegration)) throw badRequest('No integration defined for method');
  const { resources, authorizers, models, requestValidators, gatewayResponses, apiKeySource, binaryMediaTypes } = api;
  return structuredClone({ resources, authorizers, models, requestValidators, gatewayResponses, apiKeySource, binaryMediaTypes });
}

function deploymentView(record: DeploymentRecord, summary: boolean): Deployment {
  const apiSummary = summary
    ? Object.fromEntries(Object.values(record.definition.resources).filter((resource) => Object.keys(resource.resourceMethods).length).map((resource) => [
      resource.path,
      Object.fromEntries(Object.entries(resource.resourceMethods).map(([verb, method]) => [verb, { authorizationType: method.authorizationType, apiKeyRequired: method.apiKeyRequired }])),
    ]))
    : undefined;
  return { id: record.id, description: record.description, createdDate: new Date(record.createdDate), apiSummary };
}

export function stageView(stage: StageRecord): Stage {
  return { ...stage, createdDate: new Date(stage.createdDate), lastUpdatedDate: new Date(stage.lastUpdatedDate) };
}

/** Paths `/<resource path>/<method>/<setting>` (or `/*\/*\/…`) set methodSettings; the rest patch the stage itself. */
function splitMethodSettings(operations: PatchOperation[]): [PatchOperation[], PatchOperation[]] {
  const isSetting = (operation: PatchOperation) => pathSegments(operation.path).length === 4 && Object.hasOwn(METHOD_SETTINGS, pathSegments(operation.path).slice(2).join('/'));
  return [operations.filter(isSetting), operations.filter((operation) => !isSetting(operation))];
}

function patchMethodSetting(stage: StageRecord, operation: PatchOperation): void {
  const [resourcePath, verb, group, name] = pathSegments(operation.path);
  const key = `${resourcePath === '*' ? '*' : resourcePath!.replace(/^\//, '')}/${verb}`;
  const setting = { ...stage.methodSettings?.[key] } as Record<string, unknown>;
  const member = METHOD_SETTINGS[`${group}/${name}`]!;
  if (operation.op === 'remove') delete setting[member];
  else setting[member] = member === 'loggingLevel' ? operation.value : member.endsWith('Limit') || member === 'cacheTtlInSeconds' ? Number(operation.value) : operation.value === 'true';
  stage.methodSettings = { ...stage.methodSettings, [key]: setting as MethodSetting };
}
