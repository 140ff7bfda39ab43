import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { asDate, entityArn, loadEntity, mergeTags, saveEntity } from './entities.js';
import { deleteConflict, encodeDocument, entityAlreadyExists, invalidInput, unmodifiable, validDocument, validPath } from './errors.js';
import { uniqueId } from './ids.js';
import { page, underPath } from './paging.js';
import { serviceLinkedRoleName } from './service-linked.js';
import { accountPrefix, entityKey, instanceProfiles, roles, type RoleRecord } from './state.js';

export function roleView(role: RoleRecord, withDetails = true): api.Role {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: asDate(role.createDate),
    AssumeRolePolicyDocument: encodeDocument(role.assumeRolePolicyDocument),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    PermissionsBoundary: withDetails && role.permissionsBoundary ? { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: role.permissionsBoundary } : undefined,
    Tags: withDetails && role.tags.length ? role.tags : undefined,
    RoleLastUsed: withDetails ? {} : undefined,
  };
}

/** Roles: identities anyone their trust policy names may assume. */
export class Roles {
  constructor(private readonly deps: ServiceDeps) {}

  async createRole(input: api.CreateRoleRequest, context: CallContext): Promise<api.CreateRoleResponse> {
    const path = validPath(input.Path);
    validDocument(input.AssumeRolePolicyDocument, 'trust');
    const role = this.newRole(context.account, input.RoleName, path, input.AssumeRolePolicyDocument);
    role.description = input.Description;
    role.maxSessionDuration = input.MaxSessionDuration ?? 3600;
    role.tags = input.Tags ?? [];
    role.permissionsBoundary = input.PermissionsBoundary;
    await this.insert(role);
    return { Role: { ...roleView(role), RoleLastUsed: undefined } };
  }

  async createServiceLinkedRole(input: api.CreateServiceLinkedRoleRequest, context: CallContext): Promise<api.CreateServiceLinkedRoleResponse> {
    const name = serviceLinkedRoleName(input.AWSServiceName, input.CustomSuffix);
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: [input.AWSServiceName] }, Action: ['sts:AssumeRole'] }] });
    const role = this.newRole(context.account, name, `/aws-service-role/${input.AWSServiceName}/`, trust);
    role.description = input.Description;
    role.serviceLinked = true;
    if (await roles(this.deps.store).get(entityKey(context.account, name))) throw invalidInput(`Service role name ${name} has been taken in this account, please try a different suffix.`);
    await this.insert(role);
    return { Role: { ...roleView(role), RoleLastUsed: undefined } };
  }

  async getRole(input: api.GetRoleRequest, context: CallContext): Promise<api.GetRoleResponse> {
    return { Role: roleView(await loadEntity(this.deps.store, 'role', context.account, input.RoleName)) };
  }

  async listRoles(input: api.ListRolesRequest, context: CallContext): Promise<api.ListRolesResponse> {
    const all = (await roles(this.deps.store).list({ prefix: accountPrefix(context.account) })).map((entry) => entry.value);
    const { items, ...paging } = page(underPath(all, input.PathPrefix), input.Marker, input.MaxItems);
    return { Roles: items.map((role) => roleView(role, false)), ...paging };
  }

  async deleteRole(input: api.DeleteRoleRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const role = await loadEntity(tx, 'role', context.account, input.RoleName);
      if (role.serviceLinked) throw unmodifiable(`Cannot perform the operation on the protected role '${role.name}' - this role is only modifiable by AWS`);
      await this.assertDeletable(tx, role);
      await roles(tx).delete(entityKey(context.account, role.name));
    });
  }

  async deleteServiceLinkedRole(input: api.DeleteServiceLinkedRoleRequest, context: CallContext): Promise<api.DeleteServiceLinkedRoleResponse> {
    return this.deps.store.transaction(async (tx) => {
      const role = await loadEntity(tx, 'role', context.account, input.RoleName);
      await this.assertDeletable(tx, role);
      await roles(tx).delete(entityKey(context.account, role.name));
      return { DeletionTaskId: `task${role.path}${role.name}/${randomUUID()}` };
    });
  }

  async getServiceLinkedRoleDeletionStatus(_input: api.GetServiceLinkedRoleDeletionStatusRequest): Promise<api.GetServiceLinkedRoleDeletionStatusResponse> {
    return { Status: 'SUCCEEDED' };
  }

  async updateRole(input: api.UpdateRoleRequest, context: CallContext): Promise<api.UpdateRoleResponse> {
    await this.update(context, input.RoleName, (role) => {
      if (input.Description !== undefined) role.description = input.Description;
      if (input.MaxSessionDuration !== undefined) role.maxSessionDuration = input.MaxSessionDuration;
    });
    return {};
  }

  async updateRoleDescription(input: api.UpdateRoleDescriptionRequest, context: CallContext): Promise<api.UpdateRoleDescriptionResponse> {
    const role = await this.update(context, input.RoleName, (record) => {
      record.description = input.Description;
    });
    return { Role: roleView(role) };
  }

  async updateAssumeRolePolicy(input: api.UpdateAssumeRolePolicyRequest, context: CallContext): Promise<void> {
    validDocument(input.PolicyDocument, 'trust');
    await this.update(context, input.RoleName, (role) => {
      role.assumeRolePolicyDocument = input.PolicyDocument;
    });
  }

  async tagRole(input: api.TagRoleRequest, context: CallContext): Promise<void> {
    await this.update(context, input.RoleName, (role) => mergeTags(role, input.Tags));
  }

  async untagRole(input: api.UntagRoleRequest, context: CallContext): Promise<void> {
    await this.update(context, input.RoleName, (role) => {
      role.tags = role.tags.filter((tag) => !input.TagKeys.includes(tag.Key));
    });
  }

  async listRoleTags(input: api.ListRoleTagsRequest, context: CallContext): Promise<api.ListRoleTagsResponse> {
    const role = await loadEntity(this.deps.store, 'role', context.account, input.RoleName);
    const { items, ...paging } = page(role.tags, input.Marker, input.MaxItems);
    return { Tags: items, ...paging };
  }

  async putRolePermissionsBoundary(input: api.PutRolePermissionsBoundaryRequest, context: CallContext): Promise<void> {
    await this.update(context, input.RoleName, (role) => {
      role.permissionsBoundary = input.PermissionsBoundary;
    });
  }

  async deleteRolePermissionsBoundary(input: api.DeleteRolePermissionsBoundaryRequest, context: CallContext): Promise<void> {
    await this.update(context, input.RoleName, (role) => {
      delete role.permissionsBoundary;
    });
  }

  private newRole(account: string, name: string, path: string, trust: string): RoleRecord {
    return {
      account,
      name,
      id: uniqueId('AROA'),
      path,
      arn: entityArn(account, 'role', path, name),
      createDate: this.deps.clock.now(),
      tags: [],
      inline: {},
      attached: [],
      assumeRolePolicyDocument: trust,
      maxSessionDuration: 3600,
    };
  }

  private async insert(role: RoleRecord): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      if (await roles(tx).get(entityKey(role.account, role.name))) throw entityAlreadyExists(`Role with name ${role.name} already exists.`);
      await saveEntity(tx, 'role', role);
    });
  }

  private async assertDeletable(tx: Parameters<typeof roles>[0], role: RoleRecord): Promise<void> {
    if (Object.keys(role.inline).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (role.attached.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    const profiles = await instanceProfiles(tx).list({ prefix: accountPrefix(role.account) });
    if (profiles.some(({ value }) => value.roles.includes(role.name))) throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
  }

  private async update(context: CallContext, name: string, change: (role: RoleRecord) => void): Promise<RoleRecord> {
    return this.deps.store.transaction(async (tx) => {
      const role = await loadEntity(tx, 'role', context.account, name);
      change(role);
      await saveEntity(tx, 'role', role);
      return role;
    });
  }
}
