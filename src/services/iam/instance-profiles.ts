import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { asDate, loadEntity, mergeTags } from './entities.js';
import { deleteConflict, entityAlreadyExists, limitExceeded, noSuchEntity, validPath } from './errors.js';
import { uniqueId } from './ids.js';
import { page, underPath } from './paging.js';
import { roleView } from './roles.js';
import { accountPrefix, entityKey, instanceProfiles, roles, type Collections, type InstanceProfileRecord } from './state.js';

/** Instance profiles: the one-role containers EC2 instances carry. */
export class InstanceProfiles {
  constructor(private readonly deps: ServiceDeps) {}

  async createInstanceProfile(input: api.CreateInstanceProfileRequest, context: CallContext): Promise<api.CreateInstanceProfileResponse> {
    const path = validPath(input.Path);
    return this.deps.store.transaction(async (tx) => {
      const key = entityKey(context.account, input.InstanceProfileName);
      if (await instanceProfiles(tx).get(key)) throw entityAlreadyExists(`Instance Profile ${input.InstanceProfileName} already exists.`);
      const profile: InstanceProfileRecord = {
        account: context.account,
        name: input.InstanceProfileName,
        id: uniqueId('AIPA'),
        path,
        arn: `arn:aws:iam::${context.account}:instance-profile${path}${input.InstanceProfileName}`,
        createDate: this.deps.clock.now(),
        roles: [],
        tags: input.Tags ?? [],
      };
      await instanceProfiles(tx).put(key, profile);
      return { InstanceProfile: await this.view(tx, profile) };
    });
  }

  async getInstanceProfile(input: api.GetInstanceProfileRequest, context: CallContext): Promise<api.GetInstanceProfileResponse> {
    return { InstanceProfile: await this.view(this.deps.store, await this.load(this.deps.store, context.account, input.InstanceProfileName)) };
  }

  async listInstanceProfiles(input: api.ListInstanceProfilesRequest, context: CallContext): Promise<api.ListInstanceProfilesResponse> {
    const all = (await instanceProfiles(this.deps.store).list({ prefix: accountPrefix(context.account) })).map((entry) => entry.value);
    const { items, ...paging } = page(underPath(all, input.PathPrefix), input.Marker, input.MaxItems);
    return { InstanceProfiles: await Promise.all(items.map((profile) => this.view(this.deps.store, profile))), ...paging };
  }

  async listInstanceProfilesForRole(input: api.ListInstanceProfilesForRoleRequest, context: CallContext): Promise<api.ListInstanceProfilesForRoleResponse> {
    const role = await loadEntity(this.deps.store, 'role', context.account, input.RoleName);
    const all = (await instanceProfiles(this.deps.store).list({ prefix: accountPrefix(context.account) })).map((entry) => entry.value).filter((profile) => profile.roles.includes(role.name));
    const { items, ...paging } = page(all, input.Marker, input.MaxItems);
    return { InstanceProfiles: await Promise.all(items.map((profile) => this.view(this.deps.store, profile))), ...paging };
  }

  async deleteInstanceProfile(input: api.DeleteInstanceProfileRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const profile = await this.load(tx, context.account, input.InstanceProfileName);
      if (profile.roles.length) throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
      await instanceProfiles(tx).delete(entityKey(context.account, profile.name));
    });
  }

  async addRoleToInstanceProfile(input: api.AddRoleToInstanceProfileRequest, context: CallContext): Promise<void> {
    await this.change(context, input.InstanceProfileName, async (tx, profile) => {
      const role = await loadEntity(tx, 'role', context.account, input.RoleName);
      if (profile.roles.includes(role.name)) throw limitExceeded('Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1');
      if (profile.roles.length >= 1) throw limitExceeded('Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1');
      profile.roles.push(role.name);
    });
  }

  async removeRoleFromInstanceProfile(input: api.RemoveRoleFromInstanceProfileRequest, context: CallContext): Promise<void> {
    await this.change(context, input.InstanceProfileName, async (tx, profile) => {
      const role = await loadEntity(tx, 'role', context.account, input.RoleName);
      if (!profile.roles.includes(role.name)) throw noSuchEntity(`The role with name ${input.RoleName} cannot be found.`);
      profile.roles = profile.roles.filter((name) => name !== role.name);
    });
  }

  async tagInstanceProfile(input: api.TagInstanceProfileRequest, context: CallContext): Promise<void> {
    await this.change(context, input.InstanceProfileName, async (_tx, profile) => mergeTags(profile, input.Tags));
  }

  async untagInstanceProfile(input: api.UntagInstanceProfileRequest, context: CallContext): Promise<void> {
    await this.change(context, input.InstanceProfileName, async (_tx, profile) => {
      profile.tags = profile.tags.filter((tag) => !input.TagKeys.includes(tag.Key));
    });
  }

  async listInstanceProfileTags(input: api.ListInstanceProfileTagsRequest, context: CallContext): Promise<api.ListInstanceProfileTagsResponse> {
    const profile = await this.load(this.deps.store, context.account, input.InstanceProfileName);
    const { items, ...paging } = page(profile.tags, input.Marker, input.MaxItems);
    return { Tags: items, ...paging };
  }

  private async change(context: CallContext, name: string, change: (tx: Collections, profile: InstanceProfileRecord) => Promise<void>): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const profile = await this.load(tx, context.account, name);
      await change(tx, profile);
      await instanceProfiles(tx).put(entityKey(context.account, profile.name), profile);
    });
  }

  private async load(source: Collections, account: string, name: string): Promise<InstanceProfileRecord> {
    const profile = await instanceProfiles(source).get(entityKey(account, name));
    if (!profile) throw noSuchEntity(`Instance Profile ${name} cannot be found.`);
    return profile;
  }

  private async view(source: Collections, profile: InstanceProfileRecord): Promise<api.InstanceProfile> {
    const members = [];
    for (const name of profile.roles) {
      const role = await roles(source).get(entityKey(profile.account, name));
      if (role) members.push(roleView(role, false));
    }
    return { Path: profile.path, InstanceProfileName: profile.name, InstanceProfileId: profile.id, Arn: profile.arn, CreateDate: asDate(profile.createDate), Roles: members, Tags: profile.tags.length ? profile.tags : undefined };
  }
}
