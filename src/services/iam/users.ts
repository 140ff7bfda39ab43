import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { callerOf } from './callers.js';
import { asDate, entityArn, loadEntity, mergeTags, saveEntity } from './entities.js';
import { deleteConflict, entityAlreadyExists } from './errors.js';
import { uniqueId } from './ids.js';
import { page, underPath } from './paging.js';
import { validPath } from './errors.js';
import { accessKeys, accountPrefix, entityKey, users, type UserRecord } from './state.js';

export function userView(user: UserRecord): api.User {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: user.arn,
    CreateDate: asDate(user.createDate),
    PermissionsBoundary: user.permissionsBoundary ? { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: user.permissionsBoundary } : undefined,
    Tags: user.tags.length ? user.tags : undefined,
  };
}

/** IAM users: the people and programs with long-term credentials. */
export class Users {
  constructor(private readonly deps: ServiceDeps) {}

  async createUser(input: api.CreateUserRequest, context: CallContext): Promise<api.CreateUserResponse> {
    const path = validPath(input.Path);
    return this.deps.store.transaction(async (tx) => {
      if (await users(tx).get(entityKey(context.account, input.UserName))) throw entityAlreadyExists(`User with name ${input.UserName} already exists.`);
      const user: UserRecord = {
        account: context.account,
        name: input.UserName,
        id: uniqueId('AIDA'),
        path,
        arn: entityArn(context.account, 'user', path, input.UserName),
        createDate: this.deps.clock.now(),
        tags: input.Tags ?? [],
        inline: {},
        attached: [],
        groups: [],
        permissionsBoundary: input.PermissionsBoundary,
      };
      await saveEntity(tx, 'user', user);
      return { User: userView(user) };
    });
  }

  /** Without a name, the caller itself: a user, or the account's root. */
  async getUser(input: api.GetUserRequest, context: CallContext): Promise<api.GetUserResponse> {
    if (input.UserName) return { User: userView(await loadEntity(this.deps.store, 'user', context.account, input.UserName)) };
    const caller = await callerOf(this.deps, context);
    if (caller.kind === 'user') return { User: userView(await loadEntity(this.deps.store, 'user', context.account, caller.userName!)) };
    return { User: { Path: '/', UserName: '', UserId: context.account, Arn: `arn:aws:iam::${context.account}:root`, CreateDate: asDate(0) } };
  }

  async listUsers(input: api.ListUsersRequest, context: CallContext): Promise<api.ListUsersResponse> {
    const all = (await users(this.deps.store).list({ prefix: accountPrefix(context.account) })).map((entry) => entry.value);
    const { items, ...paging } = page(underPath(all, input.PathPrefix), input.Marker, input.MaxItems);
    return { Users: items.map((user) => ({ ...userView(user), Tags: undefined })), ...paging };
  }

  async updateUser(input: api.UpdateUserRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const user = await loadEntity(tx, 'user', context.account, input.UserName);
      const name = input.NewUserName ?? user.name;
      if (name.toLowerCase() !== user.name.toLowerCase() && (await users(tx).get(entityKey(context.account, name)))) {
        throw entityAlreadyExists(`User with name ${name} already exists.`);
      }
      await users(tx).delete(entityKey(context.account, user.name));
      user.name = name;
      user.path = input.NewPath ? validPath(input.NewPath) : user.path;
      user.arn = entityArn(context.account, 'user', user.path, name);
      await saveEntity(tx, 'user', user);
      for (const { key, value } of await accessKeys(tx).list()) {
        if (value.account === context.account && value.userName?.toLowerCase() === input.UserName.toLowerCase()) await accessKeys(tx).put(key, { ...value, userName: name });
      }
    });
  }

  async deleteUser(input: api.DeleteUserRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const user = await loadEntity(tx, 'user', context.account, input.UserName);
      if (Object.keys(user.inline).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
      if (user.attached.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
      if (user.groups.length) throw deleteConflict('Cannot delete entity, must remove users from group first.');
      const keys = (await accessKeys(tx).list()).filter(({ value }) => value.account === context.account && value.userName === user.name);
      if (keys.length) throw deleteConflict('Cannot delete entity, must delete access keys first.');
      await users(tx).delete(entityKey(context.account, user.name));
    });
  }

  async tagUser(input: api.TagUserRequest, context: CallContext): Promise<void> {
    await this.update(context, input.UserName, (user) => mergeTags(user, input.Tags));
  }

  async untagUser(input: api.UntagUserRequest, context: CallContext): Promise<void> {
    await this.update(context, input.UserName, (user) => {
      user.tags = user.tags.filter((tag) => !input.TagKeys.includes(tag.Key));
    });
  }

  async listUserTags(input: api.ListUserTagsRequest, context: CallContext): Promise<api.ListUserTagsResponse> {
    const user = await loadEntity(this.deps.store, 'user', context.account, input.UserName);
    const { items, ...paging } = page(user.tags, input.Marker, input.MaxItems);
    return { Tags: items, ...paging };
  }

  async putUserPermissionsBoundary(input: api.PutUserPermissionsBoundaryRequest, context: CallContext): Promise<void> {
    await this.update(context, input.UserName, (user) => {
      user.permissionsBoundary = input.PermissionsBoundary;
    });
  }

  async deleteUserPermissionsBoundary(input: api.DeleteUserPermissionsBoundaryRequest, context: CallContext): Promise<void> {
    await this.update(context, input.UserName, (user) => {
      delete user.permissionsBoundary;
    });
  }

  private async update(context: CallContext, name: string, change: (user: UserRecord) => void): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const user = await loadEntity(tx, 'user', context.account, name);
      change(user);
      await saveEntity(tx, 'user', user);
    });
  }
}
