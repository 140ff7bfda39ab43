import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { asDate, entityArn, loadEntity, saveEntity } from './entities.js';
import { deleteConflict, entityAlreadyExists, noSuchEntity, validPath } from './errors.js';
import { uniqueId } from './ids.js';
import { page, underPath } from './paging.js';
import { accountPrefix, entityKey, groups, users, type GroupRecord } from './state.js';
import { userView } from './users.js';

export function groupView(group: GroupRecord): api.Group {
  return { Path: group.path, GroupName: group.name, GroupId: group.id, Arn: group.arn, CreateDate: asDate(group.createDate) };
}

/** Groups and their members; membership is kept on the user. */
export class Groups {
  constructor(private readonly deps: ServiceDeps) {}

  async createGroup(input: api.CreateGroupRequest, context: CallContext): Promise<api.CreateGroupResponse> {
    const path = validPath(input.Path);
    return this.deps.store.transaction(async (tx) => {
      if (await groups(tx).get(entityKey(context.account, input.GroupName))) throw entityAlreadyExists(`Group with name ${input.GroupName} already exists.`);
      const group: GroupRecord = {
        account: context.account,
        name: input.GroupName,
        id: uniqueId('AGPA'),
        path,
        arn: entityArn(context.account, 'group', path, input.GroupName),
        createDate: this.deps.clock.now(),
        tags: [],
        inline: {},
        attached: [],
      };
      await saveEntity(tx, 'group', group);
      return { Group: groupView(group) };
    });
  }

  async getGroup(input: api.GetGroupRequest, context: CallContext): Promise<api.GetGroupResponse> {
    const group = await loadEntity(this.deps.store, 'group', context.account, input.GroupName);
    const members = (await users(this.deps.store).list({ prefix: accountPrefix(context.account) })).map((entry) => entry.value).filter((user) => user.groups.includes(group.name));
    const { items, ...paging } = page(members, input.Marker, input.MaxItems);
    return { Group: groupView(group), Users: items.map((user) => ({ ...userView(user), Tags: undefined })), ...paging };
  }

  async listGroups(input: api.ListGroupsRequest, context: CallContext): Promise<api.ListGroupsResponse> {
    const all = (await groups(this.deps.store).list({ prefix: accountPrefix(context.account) })).map((entry) => entry.value);
    const { items, ...paging } = page(underPath(all, input.PathPrefix), input.Marker, input.MaxItems);
    return { Groups: items.map(groupView), ...paging };
  }

  async updateGroup(input: api.UpdateGroupRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const group = await loadEntity(tx, 'group', context.account, input.GroupName);
      const name = input.NewGroupName ?? group.name;
      if (name.toLowerCase() !== group.name.toLowerCase() && (await groups(tx).get(entityKey(context.account, name)))) throw entityAlreadyExists(`Group with name ${name} already exists.`);
      for (const { value: user } of await users(tx).list({ prefix: accountPrefix(context.account) })) {
        if (!user.groups.includes(group.name)) continue;
        user.groups = user.groups.map((item) => (item === group.name ? name : item));
        await saveEntity(tx, 'user', user);
      }
      await groups(tx).delete(entityKey(context.account, group.name));
      group.name = name;
      group.path = input.NewPath ? validPath(input.NewPath) : group.path;
      group.arn = entityArn(context.account, 'group', group.path, name);
      await saveEntity(tx, 'group', group);
    });
  }

  async deleteGroup(input: api.DeleteGroupRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const group = await loadEntity(tx, 'group', context.account, input.GroupName);
      if (Object.keys(group.inline).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
      if (group.attached.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
      const members = (await users(tx).list({ prefix: accountPrefix(context.account) })).filter(({ value }) => value.groups.includes(group.name));
      if (members.length) throw deleteConflict('Cannot delete entity, must remove users from group first.');
      await groups(tx).delete(entityKey(context.account, group.name));
    });
  }

  async addUserToGroup(input: api.AddUserToGroupRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const group = await loadEntity(tx, 'group', context.account, input.GroupName);
      const user = await loadEntity(tx, 'user', context.account, input.UserName);
      if (user.groups.includes(group.name)) return;
      user.groups.push(group.name);
      await saveEntity(tx, 'user', user);
    });
  }

  async removeUserFromGroup(input: api.RemoveUserFromGroupRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const group = await loadEntity(tx, 'group', context.account, input.GroupName);
      const user = await loadEntity(tx, 'user', context.account, input.UserName);
      if (!user.groups.includes(group.name)) throw noSuchEntity(`The user with name ${input.UserName} cannot be found.`);
      user.groups = user.groups.filter((name) => name !== group.name);
      await saveEntity(tx, 'user', user);
    });
  }

  async listGroupsForUser(input: api.ListGroupsForUserRequest, context: CallContext): Promise<api.ListGroupsForUserResponse> {
    const user = await loadEntity(this.deps.store, 'user', context.account, input.UserName);
    const found: GroupRecord[] = [];
    for (const name of user.groups) {
      const group = await groups(this.deps.store).get(entityKey(context.account, name));
      if (group) found.push(group);
    }
    const { items, ...paging } = page(found, input.Marker, input.MaxItems);
    return { Groups: items.map(groupView), ...paging };
  }
}
