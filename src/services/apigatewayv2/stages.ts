import type { CallContext } from '../../common/call-context.js';
import type {
  CreateDeploymentRequest, CreateDeploymentResponse, CreateStageRequest, CreateStageResponse, DeleteDeploymentRequest, DeleteStageRequest,
  Deployment, GetDeploymentRequest, GetDeploymentResponse, GetDeploymentsRequest, GetDeploymentsResponse, GetStageRequest,
  GetStageResponse, GetStagesRequest, GetStagesResponse, Stage, UpdateStageRequest, UpdateStageResponse,
} from './api.generated.js';
import { page } from './apis.js';
import { badRequest, conflict, invalidIdentifier } from './errors.js';
import { merge, type ApiRepository } from './repository.js';
import type { ApiRecord, DeploymentRecord, StageRecord } from './state.js';

/** Stages (with AutoDeploy and stage variables) and deployments. */
export class Stages {
  constructor(private readonly repository: ApiRepository) {}

  async createStage(input: CreateStageRequest, context: CallContext): Promise<CreateStageResponse> {
    return this.repository.change(input.ApiId, context, (api) => {
      if (api.stages[input.StageName]) throw conflict(`Stage already exists`);
      if (input.DeploymentId) deploymentOf(api, input.DeploymentId);
      if (input.AutoDeploy && input.DeploymentId) throw badRequest('DeploymentId cannot be set when AutoDeploy is enabled');
      const now = this.repository.deps.clock.now();
      const { ApiId: _apiId, ...fields } = input;
      const stage: StageRecord = {
        DefaultRouteSettings: { DetailedMetricsEnabled: false }, RouteSettings: {}, StageVariables: {}, Tags: {}, AutoDeploy: false,
        ...fields, createdDate: now, lastUpdatedDate: now,
      };
      api.stages[input.StageName] = stage;
      return stage;
    }).then(stageView);
  }

  async getStage(input: GetStageRequest, context: CallContext): Promise<GetStageResponse> {
    return stageView(stageOf(await this.repository.load(input.ApiId, context), input.StageName));
  }

  async getStages(input: GetStagesRequest, context: CallContext): Promise<GetStagesResponse> {
    const api = await this.repository.load(input.ApiId, context);
    return page(Object.values(api.stages).map(stageView), input.MaxResults, input.NextToken);
  }

  async updateStage(input: UpdateStageRequest, context: CallContext): Promise<UpdateStageResponse> {
    return this.repository.change(input.ApiId, context, (api) => {
      const stage = stageOf(api, input.StageName);
      if (input.DeploymentId) deploymentOf(api, input.DeploymentId);
      const { ApiId: _apiId, StageName: _name, ...fields } = input;
      merge(stage, fields);
      stage.lastUpdatedDate = this.repository.deps.clock.now();
      return stage;
    }).then(stageView);
  }

  async deleteStage(input: DeleteStageRequest, context: CallContext): Promise<void> {
    await this.repository.change(input.ApiId, context, (api) => {
      stageOf(api, input.StageName);
      delete api.stages[input.StageName];
    });
  }

  async createDeployment(input: CreateDeploymentRequest, context: CallContext): Promise<CreateDeploymentResponse> {
    return this.repository.change(input.ApiId, context, (api) => {
      if (!Object.keys(api.routes).length) throw badRequest('Unable to deploy API because no routes exist in this API');
      const stage = input.StageName ? stageOf(api, input.StageName) : undefined;
      if (stage?.AutoDeploy) throw badRequest(`Stage ${input.StageName} has AutoDeploy enabled; deployments are created automatically`);
      const deployment = this.repository.deploy(api, input.Description, false);
      if (stage) {
        stage.DeploymentId = deployment.deploymentId;
        stage.lastUpdatedDate = deployment.createdDate;
      }
      return deploymentView(deployment);
    });
  }

  async getDeployment(input: GetDeploymentRequest, context: CallContext): Promise<GetDeploymentResponse> {
    return deploymentView(deploymentOf(await this.repository.load(input.ApiId, context), input.DeploymentId));
  }

  async getDeployments(input: GetDeploymentsRequest, context: CallContext): Promise<GetDeploymentsResponse> {
    const api = await this.repository.load(input.ApiId, context);
    const deployments = Object.values(api.deployments).sort((a, b) => a.createdDate - b.createdDate);
    return page(deployments.map(deploymentView), input.MaxResults, input.NextToken);
  }

  async deleteDeployment(input: DeleteDeploymentRequest, context: CallContext): Promise<void> {
    await this.repository.change(input.ApiId, context, (api) => {
      deploymentOf(api, input.DeploymentId);
      if (Object.values(api.stages).some((stage) => stage.DeploymentId === input.DeploymentId)) {
        throw badRequest('Active stages pointing to this deployment must be moved or deleted');
      }
      delete api.deployments[input.DeploymentId];
    });
  }
}

function stageOf(api: ApiRecord, stageName: string): StageRecord {
  const stage = api.stages[stageName];
  if (!stage) throw invalidIdentifier('Stage', stageName);
  return stage;
}

function deploymentOf(api: ApiRecord, deploymentId: string): DeploymentRecord {
  const deployment = api.deployments[deploymentId];
  if (!deployment) throw invalidIdentifier('Deployment', deploymentId);
  return deployment;
}

function stageView(stage: StageRecord): Stage {
  const { createdDate, lastUpdatedDate, ...fields } = stage;
  return { ...fields, CreatedDate: new Date(createdDate), LastUpdatedDate: new Date(lastUpdatedDate) };
}

function deploymentView(deployment: DeploymentRecord): Deployment {
  return {
    AutoDeployed: deployment.autoDeployed, CreatedDate: new Date(deployment.createdDate), DeploymentId: deployment.deploymentId,
    DeploymentStatus: 'DEPLOYED', Description: deployment.description,
  };
}
