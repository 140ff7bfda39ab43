import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { awsManagedPolicies } from './aws-managed.js';
import { asDate, mergeTags } from './entities.js';
import { deleteConflict, encodeDocument, entityAlreadyExists, limitExceeded, noSuchEntity, validDocument, validPath } from './errors.js';
import { uniqueId } from './ids.js';
import { page, underPath } from './paging.js';
import { findPolicy, loadOwnPolicy, loadPolicy, policyUsage } from './policy-store.js';
import { accountPrefix, entityKey, policies, type ManagedPolicyRecord } from './state.js';

const MAX_VERSIONS = 5;

/** Customer managed policies and their versions (at most five, one the default). */
export class ManagedPolicies {
  constructor(private readonly deps: ServiceDeps) {}

  async createPolicy(input: api.CreatePolicyRequest, context: CallContext): Promise<api.CreatePolicyResponse> {
    const path = validPath(input.Path);
    validDocument(input.PolicyDocument);
    return this.deps.store.transaction(async (tx) => {
      const key = entityKey(context.account, input.PolicyName);
      if (await policies(tx).get(key)) throw entityAlreadyExists(`A policy called ${input.PolicyName} already exists. Duplicate names are not allowed.`);
      const now = this.deps.clock.now();
      const record: ManagedPolicyRecord = {
        account: context.account,
        name: input.PolicyName,
        id: uniqueId('ANPA'),
        path,
        arn: `arn:aws:iam::${context.account}:policy${path}${input.PolicyName}`,
        description: input.Description,
        createDate: now,
        updateDate: now,
        defaultVersionId: 'v1',
        versions: [{ versionId: 'v1', document: input.PolicyDocument, createDate: now }],
        nextVersion: 2,
        tags: input.Tags ?? [],
      };
      await policies(tx).put(key, record);
      return { Policy: { ...this.view(record, 0, 0), Description: undefined } };
    });
  }

  async getPolicy(input: api.GetPolicyRequest, context: CallContext): Promise<api.GetPolicyResponse> {
    const policy = await loadPolicy(this.deps.store, input.PolicyArn);
    const usage = await policyUsage(this.deps.store, context.account, input.PolicyArn);
    if (!policy.record) return { Policy: this.awsView(policy.arn, policy.name, policy.path, usage.attached.length, usage.boundaries.length) };
    return { Policy: this.view(policy.record, usage.attached.length, usage.boundaries.length) };
  }

  /** The users, groups and roles a policy is attached to, or whose permissions boundary it is. */
  async listEntitiesForPolicy(input: api.ListEntitiesForPolicyRequest, context: CallContext): Promise<api.ListEntitiesForPolicyResponse> {
    if (!(await findPolicy(this.deps.store, input.PolicyArn))) throw noSuchEntity(`Policy ${input.PolicyArn} was not found.`);
    const usage = await policyUsage(this.deps.store, context.account, input.PolicyArn);
    const byUse = input.PolicyUsageFilter === 'PermissionsBoundary' ? usage.boundaries
      : input.PolicyUsageFilter === 'PermissionsPolicy' ? usage.attached : [...usage.attached, ...usage.boundaries];
    const kinds: Record<string, string> = { User: 'user', Group: 'group', Role: 'role' };
    const wanted = byUse.filter(([kind, entity], index) => (!input.EntityFilter || kinds[input.EntityFilter] === kind)
      && (!input.PathPrefix || entity.path.startsWith(input.PathPrefix))
      && byUse.findIndex(([otherKind, other]) => otherKind === kind && other.name === entity.name) === index);
    const { items, ...paging } = page(wanted, input.Marker, input.MaxItems);
    return {
      PolicyGroups: items.filter(([kind]) => kind === 'group').map(([, entity]) => ({ GroupName: entity.name, GroupId: entity.id })),
      PolicyUsers: items.filter(([kind]) => kind === 'user').map(([, entity]) => ({ UserName: entity.name, UserId: entity.id })),
      PolicyRoles: items.filter(([kind]) => kind === 'role').map(([, entity]) => ({ RoleName: entity.name, RoleId: entity.id })),
      ...paging,
    };
  }

  async listPolicies(input: api.ListPoliciesRequest, context: CallContext): Promise<api.ListPoliciesResponse> {
    const scope = input.Scope ?? 'All';
    const views: Array<api.Policy & { path: string }> = [];
    if (scope !== 'Local') {
      for (const policy of awsManagedPolicies()) {
        const usage = await policyUsage(this.deps.store, context.account, policy.arn);
        views.push({ ...this.awsView(policy.arn, policy.name, policy.path, usage.attached.length, usage.boundaries.length), path: policy.path });
      }
    }
    if (scope !== 'AWS') {
      for (const { value } of await policies(this.deps.store).list({ prefix: accountPrefix(context.account) })) {
        const usage = await policyUsage(this.deps.store, context.account, value.arn);
        views.push({ ...this.view(value, usage.attached.length, usage.boundaries.length), Description: undefined, Tags: undefined, path: value.path });
      }
    }
    const wanted = underPath(views, input.PathPrefix).filter((view) => !input.OnlyAttached || (view.AttachmentCount ?? 0) > 0);
    const { items, ...paging } = page(wanted, input.Marker, input.MaxItems);
    return { Policies: items.map(({ path: _path, ...view }) => view), ...paging };
  }

  async deletePolicy(input: api.DeletePolicyRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const record = await loadOwnPolicy(tx, input.PolicyArn, context.account);
      const usage = await policyUsage(tx, context.account, input.PolicyArn);
      if (usage.attached.length || usage.boundaries.length) throw deleteConflict('Cannot delete a policy attached to entities.');
      if (record.versions.length > 1) throw deleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's non-default versions.");
      await policies(tx).delete(entityKey(record.account, record.name));
    });
  }

  async createPolicyVersion(input: api.CreatePolicyVersionRequest, context: CallContext): Promise<api.CreatePolicyVersionResponse> {
    validDocument(input.PolicyDocument);
    return this.deps.store.transaction(async (tx) => {
      const record = await loadOwnPolicy(tx, input.PolicyArn, context.account);
      if (record.versions.length >= MAX_VERSIONS) {
        throw limitExceeded(`A managed policy can have up to ${MAX_VERSIONS} versions. Before you create a new version, you must delete an existing version.`);
      }
      const now = this.deps.clock.now();
      const version = { versionId: `v${record.nextVersion}`, document: input.PolicyDocument, createDate: now };
      record.versions.push(version);
      record.nextVersion += 1;
      record.updateDate = now;
      if (input.SetAsDefault) record.defaultVersionId = version.versionId;
      await policies(tx).put(entityKey(record.account, record.name), record);
      return { PolicyVersion: { VersionId: version.versionId, IsDefaultVersion: record.defaultVersionId === version.versionId, CreateDate: asDate(now) } };
    });
  }

  async getPolicyVersion(input: api.GetPolicyVersionRequest, context: CallContext): Promise<api.GetPolicyVersionResponse> {
    const policy = await loadPolicy(this.deps.store, input.PolicyArn);
    if (!policy.record) {
      if (input.VersionId !== 'v1') throw noSuchEntity(`Policy ${input.PolicyArn} version ${input.VersionId} does not exist or is not attachable.`);
      return { PolicyVersion: { Document: encodeDocument(policy.defaultDocument), VersionId: 'v1', IsDefaultVersion: true, CreateDate: asDate(0) } };
    }
    const record = await loadOwnPolicy(this.deps.store, input.PolicyArn, context.account);
    const version = record.versions.find((item) => item.versionId === input.VersionId);
    if (!version) throw noSuchEntity(`Policy ${input.PolicyArn} version ${input.VersionId} does not exist or is not attachable.`);
    return { PolicyVersion: { Document: encodeDocument(version.document), VersionId: version.versionId, IsDefaultVersion: version.versionId === record.defaultVersionId, CreateDate: asDate(version.createDate) } };
  }

  async listPolicyVersions(input: api.ListPolicyVersionsRequest, context: CallContext): Promise<api.ListPolicyVersionsResponse> {
    const record = await loadOwnPolicy(this.deps.store, input.PolicyArn, context.account);
    const versions = [...record.versions].reverse().map((version) => ({ VersionId: version.versionId, IsDefaultVersion: version.versionId === record.defaultVersionId, CreateDate: asDate(version.createDate) }));
    const { items, ...paging } = page(versions, input.Marker, input.MaxItems);
    return { Versions: items, ...paging };
  }

  async deletePolicyVersion(input: api.DeletePolicyVersionRequest, context: CallContext): Promise<void> {
    await this.change(input.PolicyArn, context, (record) => {
      const index = record.versions.findIndex((version) => version.versionId === input.VersionId);
      if (index < 0) throw noSuchEntity(`Policy ${input.PolicyArn} version ${input.VersionId} does not exist or is not attachable.`);
      if (record.defaultVersionId === input.VersionId) throw deleteConflict('Cannot delete the default version of a policy.');
      record.versions.splice(index, 1);
    });
  }

  async setDefaultPolicyVersion(input: api.SetDefaultPolicyVersionRequest, context: CallContext): Promise<void> {
    await this.change(input.PolicyArn, context, (record) => {
      if (!record.versions.some((version) => version.versionId === input.VersionId)) {
        throw noSuchEntity(`Policy ${input.PolicyArn} version ${input.VersionId} does not exist or is not attachable.`);
      }
      record.defaultVersionId = input.VersionId;
    });
  }

  async tagPolicy(input: api.TagPolicyRequest, context: CallContext): Promise<void> {
    await this.change(input.PolicyArn, context, (record) => mergeTags(record, input.Tags));
  }

  async untagPolicy(input: api.UntagPolicyRequest, context: CallContext): Promise<void> {
    await this.change(input.PolicyArn, context, (record) => {
      record.tags = record.tags.filter((tag) => !input.TagKeys.includes(tag.Key));
    });
  }

  async listPolicyTags(input: api.ListPolicyTagsRequest, context: CallContext): Promise<api.ListPolicyTagsResponse> {
    const record = await loadOwnPolicy(this.deps.store, input.PolicyArn, context.account);
    const { items, ...paging } = page(record.tags, input.Marker, input.MaxItems);
    return { Tags: items, ...paging };
  }

  private async change(arn: string, context: CallContext, change: (record: ManagedPolicyRecord) => void): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const record = await loadOwnPolicy(tx, arn, context.account);
      change(record);
      record.updateDate = this.deps.clock.now();
      await policies(tx).put(entityKey(record.account, record.name), record);
    });
  }

  private view(record: ManagedPolicyRecord, attachments: number, boundaries: number): api.Policy {
    return {
      PolicyName: record.name,
      PolicyId: record.id,
      Arn: record.arn,
      Path: record.path,
      DefaultVersionId: record.defaultVersionId,
      AttachmentCount: attachments,
      PermissionsBoundaryUsageCount: boundaries,
      IsAttachable: true,
      Description: record.description,
      CreateDate: asDate(record.createDate),
      UpdateDate: asDate(record.updateDate),
      Tags: record.tags.length ? record.tags : undefined,
    };
  }

  private awsView(arn: string, name: string, path: string, attachments: number, boundaries: number): api.Policy {
    const id = `ANPA${Buffer.from(name).toString('hex').toUpperCase().padEnd(17, 'A').slice(0, 17)}`;
    return { PolicyName: name, PolicyId: id, Arn: arn, Path: path, DefaultVersionId: 'v1', AttachmentCount: attachments, PermissionsBoundaryUsageCount: boundaries, IsAttachable: true, CreateDate: asDate(0), UpdateDate: asDate(0) };
  }
}
