import type { ServiceDeps } from '../../service-deps.js';
import type { ApiStage, QuotaSettings, ThrottleSettings } from '../api.generated.js';
import { apiKeys, regionPrefix, usageCounts, usagePlanKeys, usagePlans, type ApiKeyRecord, type UsagePlanRecord } from '../state.js';
import { invalidApiKey, quotaExceeded, throttled } from './failure.js';
import type { Invocation } from './invocation.js';

interface Bucket {
  tokens: number;
  at: number;
}

/** API keys and usage plans: which key may call which stage, how fast (token buckets) and how often (quotas). */
export class UsagePlanMeter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly deps: ServiceDeps) {}

  /** Checks the key a method requires, then the plan's throttle and quota; throws the gateway's refusal. */
  async admit(invocation: Invocation): Promise<void> {
    const value = invocation.definition.apiKeySource === 'AUTHORIZER'
      ? invocation.authorizer?.usageIdentifierKey as string | undefined
      : invocation.request.headers['x-api-key'];
    if (!value) throw invalidApiKey();
    const key = await this.keyByValue(invocation, value);
    if (!key?.enabled) throw invalidApiKey();
    const found = await this.planFor(invocation, key);
    if (!found) throw invalidApiKey();
    invocation.apiKey = { id: key.id, value: key.value };
    const { plan, apiStage } = found;
    const methodThrottle = apiStage.throttle?.[`${invocation.route!.resource.path}/${invocation.request.method}`];
    this.throttle(`${plan.id}/${key.id}`, methodThrottle ?? plan.throttle);
    if (plan.quota?.limit !== undefined) await this.countQuota(invocation, plan, key.id, plan.quota);
  }

  private async keyByValue(invocation: Invocation, value: string): Promise<ApiKeyRecord | undefined> {
    const all = await apiKeys(this.deps.store).list({ prefix: regionPrefix(invocation.location) });
    return all.map((entry) => entry.value).find((key) => key.value === value);
  }

  private async planFor(invocation: Invocation, key: ApiKeyRecord): Promise<{ plan: UsagePlanRecord; apiStage: ApiStage } | undefined> {
    const prefix = regionPrefix(invocation.location);
    for (const { value: plan } of await usagePlans(this.deps.store).list({ prefix })) {
      const apiStage = plan.apiStages?.find((stage) => stage.apiId === invocation.request.apiId && stage.stage === invocation.request.stageName);
      if (apiStage && (await usagePlanKeys(this.deps.store).get(`${prefix}${plan.id}/${key.id}`))) return { plan, apiStage };
    }
    return undefined;
  }

  /** A token bucket per plan and key: `burstLimit` tokens, refilled at `rateLimit` per second of the Nimbus clock. */
  private throttle(bucketKey: string, settings: ThrottleSettings | undefined): void {
    if (settings?.rateLimit === undefined && settings?.burstLimit === undefined) return;
    const rate = settings.rateLimit ?? Infinity;
    const burst = settings.burstLimit ?? Math.max(1, Math.ceil(rate));
    const now = this.deps.clock.now();
    const bucket = this.buckets.get(bucketKey) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(bucketKey, bucket);
    if (bucket.tokens < 1) throw throttled();
    bucket.tokens -= 1;
  }

  private async countQuota(invocation: Invocation, plan: UsagePlanRecord, keyId: string, quota: QuotaSettings): Promise<void> {
    const periodStart = quotaPeriodStart(this.deps.clock.now(), quota);
    const countKey = `${regionPrefix(invocation.location)}${plan.id}/${keyId}/${periodStart}`;
    await this.deps.store.transaction(async (tx) => {
      const used = (await usageCounts(tx).get(countKey))?.used ?? 0;
      if (used >= quota.limit!) throw quotaExceeded();
      await usageCounts(tx).put(countKey, { used: used + 1 });
    });
  }
}

/** The start (epoch ms, UTC) of the quota period that `now` falls in: day, week (from Monday) or month. */
export function quotaPeriodStart(now: number, quota: QuotaSettings): number {
  const date = new Date(now);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (quota.period === 'WEEK') return day - ((date.getUTCDay() + 6) % 7) * 86_400_000;
  if (quota.period === 'MONTH') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  return day;
}
