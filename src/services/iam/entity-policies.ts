import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { AttachedPolicy } from './api.generated.js';
import { loadEntity, saveEntity, type EntityKind } from './entities.js';
import { encodeDocument, limitExceeded, noSuchEntity, validDocument } from './errors.js';
import { page } from './paging.js';
import { loadPolicy } from './policy-store.js';

const MANAGED_POLICIES_PER_ENTITY = 10;
const QUOTA_NAME: Record<EntityKind, string> = { user: 'PoliciesPerUser', group: 'PoliciesPerGroup', role: 'PoliciesPerRole' };

interface Paging {
  Marker?: string;
  MaxItems?: number;
}

/** Inline policies and attached managed policies, the same for users, groups and roles. */
export class EntityPolicies {
  constructor(private readonly deps: ServiceDeps) {}

  async putInline(kind: EntityKind, context: CallContext, name: string, policyName: string, document: string): Promise<void> {
    validDocument(document);
    await this.deps.store.transaction(async (tx) => {
      const entity = await loadEntity(tx, kind, context.account, name);
      entity.inline[policyName] = document;
      await saveEntity(tx, kind, entity);
    });
  }

  async getInline(kind: EntityKind, context: CallContext, name: string, policyName: string): Promise<{ entityName: string; PolicyName: string; PolicyDocument: string }> {
    const entity = await loadEntity(this.deps.store, kind, context.account, name);
    const document = entity.inline[policyName];
    if (document === undefined) throw noSuchEntity(`The ${kind} policy with name ${policyName} cannot be found.`);
    return { entityName: entity.name, PolicyName: policyName, PolicyDocument: encodeDocument(document) };
  }

  async deleteInline(kind: EntityKind, context: CallContext, name: string, policyName: string): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const entity = await loadEntity(tx, kind, context.account, name);
      if (entity.inline[policyName] === undefined) throw noSuchEntity(`The ${kind} policy with name ${policyName} cannot be found.`);
      delete entity.inline[policyName];
      await saveEntity(tx, kind, entity);
    });
  }

  async listInline(kind: EntityKind, context: CallContext, name: string, paging: Paging): Promise<{ PolicyNames: string[]; IsTruncated: boolean; Marker?: string }> {
    const entity = await loadEntity(this.deps.store, kind, context.account, name);
    const { items, ...rest } = page(Object.keys(entity.inline).sort(), paging.Marker, paging.MaxItems);
    return { PolicyNames: items, ...rest };
  }

  async attach(kind: EntityKind, context: CallContext, name: string, arn: string): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const entity = await loadEntity(tx, kind, context.account, name);
      await loadPolicy(tx, arn);
      if (entity.attached.includes(arn)) return;
      if (entity.attached.length >= MANAGED_POLICIES_PER_ENTITY) throw limitExceeded(`Cannot exceed quota for ${QUOTA_NAME[kind]}: ${MANAGED_POLICIES_PER_ENTITY}`);
      entity.attached.push(arn);
      await saveEntity(tx, kind, entity);
    });
  }

  async detach(kind: EntityKind, context: CallContext, name: string, arn: string): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const entity = await loadEntity(tx, kind, context.account, name);
      if (!entity.attached.includes(arn)) throw noSuchEntity(`Policy ${arn} was not found.`);
      entity.attached = entity.attached.filter((item) => item !== arn);
      await saveEntity(tx, kind, entity);
    });
  }

  async listAttached(kind: EntityKind, context: CallContext, name: string, input: Paging & { PathPrefix?: string }): Promise<{ AttachedPolicies: AttachedPolicy[]; IsTruncated: boolean; Marker?: string }> {
    const entity = await loadEntity(this.deps.store, kind, context.account, name);
    const attached: AttachedPolicy[] = [];
    for (const arn of entity.attached) {
      const policy = await loadPolicy(this.deps.store, arn).catch(() => undefined);
      if (policy && (!input.PathPrefix || policy.path.startsWith(input.PathPrefix))) attached.push({ PolicyName: policy.name, PolicyArn: arn });
    }
    const { items, ...rest } = page(attached, input.Marker, input.MaxItems);
    return { AttachedPolicies: items, ...rest };
  }
}
