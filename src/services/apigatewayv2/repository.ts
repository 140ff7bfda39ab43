import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import { invalidIdentifier } from './errors.js';
import { newId } from './ids.js';
import { getApiRecord, putApiRecord, type ApiDefinition, type ApiRecord, type DeploymentRecord } from './state.js';

const AUTO_DEPLOY_DESCRIPTION = 'Automatic deployment triggered by changes to the Api configuration';

/** Reads and changes one API at a time, redeploying its auto-deploy stages after every change. */
export class ApiRepository {
  constructor(readonly deps: ServiceDeps) {}

  async load(apiId: string, context: CallContext): Promise<ApiRecord> {
    const api = await getApiRecord(this.deps.store, context.account, context.region, apiId);
    if (!api) throw invalidIdentifier('API', `${context.account}:${apiId}`);
    return api;
  }

  /** Applies a change to the API's definition in one transaction; answers what `change` returns. */
  async change<T>(apiId: string, context: CallContext, change: (api: ApiRecord) => T | Promise<T>): Promise<T> {
    return this.deps.store.transaction(async (tx) => {
      const api = await getApiRecord(tx, context.account, context.region, apiId);
      if (!api) throw invalidIdentifier('API', `${context.account}:${apiId}`);
      const result = await change(api);
      this.autoDeploy(api);
      await putApiRecord(tx, api);
      return result;
    });
  }

  /** Freezes the current definition as a new deployment. */
  deploy(api: ApiRecord, description: string | undefined, autoDeployed: boolean): DeploymentRecord {
    const deployment: DeploymentRecord = {
      deploymentId: newId(6), description, autoDeployed, createdDate: this.deps.clock.now(), definition: definitionOf(api),
    };
    api.deployments[deployment.deploymentId] = deployment;
    return deployment;
  }

  private autoDeploy(api: ApiRecord): void {
    const stages = Object.values(api.stages).filter((stage) => stage.AutoDeploy);
    if (!stages.length) return;
    const current = JSON.stringify(definitionOf(api));
    for (const stage of stages) {
      const deployed = stage.DeploymentId ? api.deployments[stage.DeploymentId] : undefined;
      if (deployed && JSON.stringify(deployed.definition) === current) continue;
      const deployment = this.deploy(api, AUTO_DEPLOY_DESCRIPTION, true);
      stage.DeploymentId = deployment.deploymentId;
      stage.LastDeploymentStatusMessage = `Successfully deployed stage with deployment ID '${deployment.deploymentId}'`;
      stage.lastUpdatedDate = this.deps.clock.now();
    }
  }
}

export function definitionOf(api: ApiDefinition): ApiDefinition {
  return structuredClone({ routes: api.routes, integrations: api.integrations, authorizers: api.authorizers });
}

/** Copies the members an update names, leaving the others as they are. */
export function merge<T extends object>(target: T, update: Partial<T>): T {
  for (const [name, value] of Object.entries(update)) if (value !== undefined) (target as Record<string, unknown>)[name] = value;
  return target;
}
