import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  ApiKey, ApiKeys, CreateApiKeyRequest, CreateUsagePlanKeyRequest, CreateUsagePlanRequest, DeleteApiKeyRequest,
  DeleteUsagePlanKeyRequest, DeleteUsagePlanRequest, GetApiKeyRequest, GetApiKeysRequest, GetUsagePlanKeyRequest,
  GetUsagePlanKeysRequest, GetUsagePlanRequest, GetUsagePlansRequest, GetUsageRequest, UpdateApiKeyRequest, UpdateUsagePlanRequest,
  Usage, UsagePlan, UsagePlanKey, UsagePlanKeys, UsagePlans,
} from './api.generated.js';
import { badRequest, conflict, notFound } from './errors.js';
import { newApiKeyValue, newId } from './ids.js';
import { quotaPeriodStart } from './invoke/usage.js';
import { applyPatch, pathSegments } from './patch.js';
import { page } from './rest-apis.js';
import { apiKeys, apiPartKey, regionPrefix, restApiKey, restApis, stages, usageCounts, usagePlanKeys, usagePlans, type ApiKeyRecord, type Collections, type UsagePlanRecord } from './state.js';

/** API keys, usage plans and the keys in them. */
export class ApiKeysApi {
  constructor(private readonly deps: ServiceDeps) {}

  async createApiKey(input: CreateApiKeyRequest, context: CallContext): Promise<ApiKey> {
    if (input.value !== undefined && input.value.length < 20) throw badRequest('API Key value should be at least 20 characters');
    return this.deps.store.transaction(async (tx) => {
      const existing = await apiKeys(tx).list({ prefix: regionPrefix(context) });
      if (input.value && existing.some(({ value }) => value.value === input.value)) throw conflict('API Key already exists');
      const now = this.deps.clock.now();
      const key: ApiKeyRecord = {
        id: newId(10), value: input.value ?? newApiKeyValue(), name: input.name ?? '', description: input.description, enabled: input.enabled ?? false,
        customerId: input.customerId, stageKeys: (input.stageKeys ?? []).map((stage) => `${stage.restApiId}/${stage.stageName}`), tags: input.tags,
        createdDate: now, lastUpdatedDate: now,
      };
      await apiKeys(tx).put(`${regionPrefix(context)}${key.id}`, key);
      return keyView(key, true);
    });
  }

  async getApiKey(input: GetApiKeyRequest, context: CallContext): Promise<ApiKey> {
    return keyView(await this.findKey(context, input.apiKey), input.includeValue ?? false);
  }

  async getApiKeys(input: GetApiKeysRequest, context: CallContext): Promise<ApiKeys> {
    const all = (await apiKeys(this.deps.store).list({ prefix: regionPrefix(context) })).map(({ value }) => value)
      .filter((key) => (!input.nameQuery || key.name.startsWith(input.nameQuery)) && (!input.customerId || key.customerId === input.customerId));
    return page(all.map((key) => keyView(key, input.includeValues ?? false)), input);
  }

  async updateApiKey(input: UpdateApiKeyRequest, context: CallContext): Promise<ApiKey> {
    const key = await this.findKey(context, input.apiKey);
    applyPatch(key, input.patchOperations, { paths: ['name', 'description', 'enabled', 'customerId', 'stages'] });
    key.lastUpdatedDate = this.deps.clock.now();
    await apiKeys(this.deps.store).put(`${regionPrefix(context)}${key.id}`, key);
    return keyView(key, false);
  }

  async deleteApiKey(input: DeleteApiKeyRequest, context: CallContext): Promise<void> {
    await this.findKey(context, input.apiKey);
    await this.deps.store.transaction(async (tx) => {
      await apiKeys(tx).delete(`${regionPrefix(context)}${input.apiKey}`);
      for (const { key } of await usagePlanKeys(tx).list({ prefix: regionPrefix(context) })) if (key.endsWith(`/${input.apiKey}`)) await usagePlanKeys(tx).delete(key);
    });
  }

  async createUsagePlan(input: CreateUsagePlanRequest, context: CallContext): Promise<UsagePlan> {
    return this.deps.store.transaction(async (tx) => {
      for (const stage of input.apiStages ?? []) await this.checkApiStage(context, stage.apiId, stage.stage, tx);
      const plan: UsagePlanRecord = { id: newId(), name: input.name, description: input.description, apiStages: input.apiStages ?? [], throttle: input.throttle, quota: input.quota ? { offset: 0, ...input.quota } : undefined, tags: input.tags };
      await usagePlans(tx).put(`${regionPrefix(context)}${plan.id}`, plan);
      return plan;
    });
  }

  async getUsagePlan(input: GetUsagePlanRequest, context: CallContext): Promise<UsagePlan> {
    return this.findPlan(context, input.usagePlanId);
  }

  async getUsagePlans(input: GetUsagePlansRequest, context: CallContext): Promise<UsagePlans> {
    const prefix = regionPrefix(context);
    const plans = (await usagePlans(this.deps.store).list({ prefix })).map(({ value }) => value);
    const withKey = input.keyId ? await Promise.all(plans.map(async (plan) => (await usagePlanKeys(this.deps.store).get(`${prefix}${plan.id}/${input.keyId}`)) ? plan : undefined)) : plans;
    return page(withKey.filter((plan): plan is UsagePlanRecord => plan !== undefined), input);
  }

  async updateUsagePlan(input: UpdateUsagePlanRequest, context: CallContext): Promise<UsagePlan> {
    return this.deps.store.transaction(async (tx) => {
      const plan = await this.findPlan(context, input.usagePlanId, tx);
      const stageOps = (input.patchOperations ?? []).filter((operation) => pathSegments(operation.path)[0] === 'apiStages');
      for (const operation of stageOps) {
        const segments = pathSegments(operation.path);
        if (segments.length === 1) {
          const [apiId = '', stage = ''] = (operation.value ?? '').split(':');
          if (operation.op === 'add') {
            await this.checkApiStage(context, apiId, stage, tx);
            plan.apiStages = [...(plan.apiStages ?? []), { apiId, stage }];
          } else if (operation.op === 'remove') plan.apiStages = (plan.apiStages ?? []).filter((entry) => `${entry.apiId}:${entry.stage}` !== operation.value);
        } else {
          const [apiId, stage] = segments[1]!.split(':');
          const entry = plan.apiStages?.find((candidate) => candidate.apiId === apiId && candidate.stage === stage);
          if (!entry) throw notFound('Invalid stage identifier specified');
          applyPatch(entry, [{ ...operation, path: `/${segments.slice(2).join('/')}` }], { paths: ['throttle'] });
        }
      }
      applyPatch(plan, (input.patchOperations ?? []).filter((operation) => !stageOps.includes(operation)), { paths: ['name', 'description', 'throttle', 'quota', 'productCode'] });
      await usagePlans(tx).put(`${regionPrefix(context)}${plan.id}`, plan);
      return plan;
    });
  }

  async deleteUsagePlan(input: DeleteUsagePlanRequest, context: CallContext): Promise<void> {
    await this.findPlan(context, input.usagePlanId);
    await usagePlans(this.deps.store).delete(`${regionPrefix(context)}${input.usagePlanId}`);
  }

  async createUsagePlanKey(input: CreateUsagePlanKeyRequest, context: CallContext): Promise<UsagePlanKey> {
    if (input.keyType !== 'API_KEY') throw badRequest(`Invalid key type specified: ${input.keyType}`);
    await this.findPlan(context, input.usagePlanId);
    const key = await this.findKey(context, input.keyId);
    const planKey = `${regionPrefix(context)}${input.usagePlanId}/${key.id}`;
    if (await usagePlanKeys(this.deps.store).get(planKey)) throw conflict(`Usage Plan ${input.usagePlanId} cannot be added because API Key ${key.id} already belongs to it`);
    await usagePlanKeys(this.deps.store).put(planKey, { keyId: key.id });
    return { id: key.id, type: 'API_KEY', value: key.value, name: key.name };
  }

  async getUsagePlanKey(input: GetUsagePlanKeyRequest, context: CallContext): Promise<UsagePlanKey> {
    await this.findPlan(context, input.usagePlanId);
    if (!(await usagePlanKeys(this.deps.store).get(`${regionPrefix(context)}${input.usagePlanId}/${input.keyId}`))) throw notFound('Invalid Usage Plan Key identifier specified');
    const key = await this.findKey(context, input.keyId);
    return { id: key.id, type: 'API_KEY', value: key.value, name: key.name };
  }

  async getUsagePlanKeys(input: GetUsagePlanKeysRequest, context: CallContext): Promise<UsagePlanKeys> {
    await this.findPlan(context, input.usagePlanId);
    const entries = await usagePlanKeys(this.deps.store).list({ prefix: `${regionPrefix(context)}${input.usagePlanId}/` });
    const keys = await Promise.all(entries.map(({ value }) => this.findKey(context, value.keyId)));
    return page(keys.filter((key) => !input.nameQuery || key.name.startsWith(input.nameQuery)).map((key) => ({ id: key.id, type: 'API_KEY', value: key.value, name: key.name })), input);
  }

  async deleteUsagePlanKey(input: DeleteUsagePlanKeyRequest, context: CallContext): Promise<void> {
    const removed = await usagePlanKeys(this.deps.store).delete(`${regionPrefix(context)}${input.usagePlanId}/${input.keyId}`);
    if (!removed) throw notFound('Invalid Usage Plan Key identifier specified');
  }

  /** Requests used and remaining per key and day of the quota, from `startDate` to `endDate` (yyyy-MM-dd). */
  async getUsage(input: GetUsageRequest, context: CallContext): Promise<Usage> {
    const plan = await this.findPlan(context, input.usagePlanId);
    const prefix = `${regionPrefix(context)}${plan.id}/`;
    const keys = (await usagePlanKeys(this.deps.store).list({ prefix })).map(({ value }) => value.keyId).filter((id) => !input.keyId || id === input.keyId);
    const start = Date.parse(`${input.startDate}T00:00:00Z`);
    const end = Date.parse(`${input.endDate}T00:00:00Z`);
    if (Number.isNaN(start) || Number.isNaN(end) || end < start) throw badRequest('Invalid date range specified');
    const items: Record<string, number[][]> = {};
    for (const keyId of keys) {
      items[keyId] = [];
      for (let day = start; day <= end; day += 86_400_000) {
        const periodStart = plan.quota ? quotaPeriodStart(day, plan.quota) : day;
        const used = (await usageCounts(this.deps.store).get(`${prefix}${keyId}/${periodStart}`))?.used ?? 0;
        items[keyId].push([used, plan.quota?.limit !== undefined ? plan.quota.limit - used : 0]);
      }
    }
    return { usagePlanId: plan.id, startDate: input.startDate, endDate: input.endDate, items };
  }

  private async findKey(context: CallContext, id: string): Promise<ApiKeyRecord> {
    const key = await apiKeys(this.deps.store).get(`${regionPrefix(context)}${id}`);
    if (!key) throw notFound('Invalid API Key identifier specified');
    return key;
  }

  private async findPlan(context: CallContext, id: string, source: Collections = this.deps.store): Promise<UsagePlanRecord> {
    const plan = await usagePlans(source).get(`${regionPrefix(context)}${id}`);
    if (!plan) throw notFound('Invalid Usage Plan ID specified');
    return plan;
  }

  private async checkApiStage(context: CallContext, apiId: string | undefined, stage: string | undefined, source: Collections): Promise<void> {
    if (!apiId || !(await restApis(source).get(restApiKey(context, apiId)))) throw notFound(`Invalid API identifier specified ${context.account}:${apiId ?? ''}`);
    if (!stage || !(await stages(source).get(apiPartKey(context, apiId, stage)))) throw notFound(`Invalid stage identifier specified`);
  }
}

function keyView(key: ApiKeyRecord, includeValue: boolean): ApiKey {
  return { ...key, value: includeValue ? key.value : undefined, createdDate: new Date(key.createdDate), lastUpdatedDate: new Date(key.lastUpdatedDate) };
}
