import type { CallContext } from '../../common/call-context.js';
import type { Collection } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidParameter, limitExceeded, resourceNotFound } from './errors.js';
import type { Collections } from './state.js';

/** An account-level resource policy: what lets services (EventBridge, Route 53 …) write to the account's log groups. */
interface ResourcePolicyRecord {
  policyName: string;
  policyDocument: string;
  lastUpdatedTime: number;
}

const MAX_POLICIES = 10;
const MAX_DOCUMENT = 5120;

const policies = (source: Collections): Collection<ResourcePolicyRecord> => source.collection<ResourcePolicyRecord>('logs.resource-policies');

/** CloudWatch Logs resource policies of an account and region: stored and described, not enforced. */
export class ResourcePolicies {
  constructor(private readonly deps: ServiceDeps) {}

  async putResourcePolicy(input: api.PutResourcePolicyRequest, context: CallContext): Promise<api.PutResourcePolicyResponse> {
    if (input.resourceArn !== undefined) throw invalidParameter('Resource policies on a single log group are not supported by Nimbus; omit resourceArn.');
    const { policyName, policyDocument } = input;
    if (!policyName) throw invalidParameter('policyName is required.');
    if (!policyDocument) throw invalidParameter('policyDocument is required.');
    if (policyDocument.length > MAX_DOCUMENT) throw limitExceeded(`Resource policy must be at most ${MAX_DOCUMENT} characters.`);
    try {
      const parsed = JSON.parse(policyDocument) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    } catch {
      throw invalidParameter('Invalid policy document.');
    }
    const prefix = `${context.account}/${context.region}/`;
    return this.deps.store.transaction(async (tx) => {
      const existing = await policies(tx).get(`${prefix}${policyName}`);
      if (!existing && (await policies(tx).count(prefix)) >= MAX_POLICIES) throw limitExceeded('Resource limit exceeded.');
      const record: ResourcePolicyRecord = { policyName, policyDocument, lastUpdatedTime: this.deps.clock.now() };
      await policies(tx).put(`${prefix}${policyName}`, record);
      return { resourcePolicy: view(record) };
    });
  }

  async describeResourcePolicies(input: api.DescribeResourcePoliciesRequest, context: CallContext): Promise<api.DescribeResourcePoliciesResponse> {
    const all = (await policies(this.deps.store).list({ prefix: `${context.account}/${context.region}/` })).map((entry) => entry.value);
    const start = input.nextToken ? Number(Buffer.from(input.nextToken, 'base64').toString('utf8')) || 0 : 0;
    const end = start + (input.limit ?? 50);
    return { resourcePolicies: all.slice(start, end).map(view), nextToken: end < all.length ? Buffer.from(String(end)).toString('base64') : undefined };
  }

  async deleteResourcePolicy(input: api.DeleteResourcePolicyRequest, context: CallContext): Promise<void> {
    if (!input.policyName || !(await policies(this.deps.store).delete(`${context.account}/${context.region}/${input.policyName}`))) {
      throw resourceNotFound(`Policy with name [${input.policyName ?? ''}] does not exist`);
    }
  }
}

function view(record: ResourcePolicyRecord): api.ResourcePolicy {
  return { policyName: record.policyName, policyDocument: record.policyDocument, lastUpdatedTime: record.lastUpdatedTime, policyScope: 'ACCOUNT' };
}
