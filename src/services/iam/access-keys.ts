import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { callerOf } from './callers.js';
import { asDate, loadEntity } from './entities.js';
import { limitExceeded, noSuchEntity } from './errors.js';
import { accessKeyId, secretAccessKey } from './ids.js';
import { page } from './paging.js';
import { accessKeys, type AccessKeyRecord, type Collections } from './state.js';

const KEYS_PER_USER = 2;

/** Long-term access keys of users (and of the root): each one names its account and owner. */
export class AccessKeys {
  constructor(private readonly deps: ServiceDeps) {}

  async createAccessKey(input: api.CreateAccessKeyRequest, context: CallContext): Promise<api.CreateAccessKeyResponse> {
    const owner = await this.ownerOf(input.UserName, context);
    return this.deps.store.transaction(async (tx) => {
      if (owner) await loadEntity(tx, 'user', context.account, owner);
      const existing = await this.keysOf(tx, context.account, owner);
      if (existing.length >= KEYS_PER_USER) throw limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${KEYS_PER_USER}`);
      const record: AccessKeyRecord = {
        account: context.account,
        userName: owner,
        accessKeyId: accessKeyId('AKIA'),
        secretAccessKey: secretAccessKey(),
        status: 'Active',
        createDate: this.deps.clock.now(),
      };
      await accessKeys(tx).put(record.accessKeyId, record);
      return { AccessKey: { UserName: owner ?? context.account, AccessKeyId: record.accessKeyId, Status: 'Active', SecretAccessKey: record.secretAccessKey, CreateDate: asDate(record.createDate) } };
    });
  }

  async listAccessKeys(input: api.ListAccessKeysRequest, context: CallContext): Promise<api.ListAccessKeysResponse> {
    const owner = await this.ownerOf(input.UserName, context);
    if (owner) await loadEntity(this.deps.store, 'user', context.account, owner);
    const keys = await this.keysOf(this.deps.store, context.account, owner);
    const { items, ...paging } = page(keys, input.Marker, input.MaxItems);
    return {
      AccessKeyMetadata: items.map((key) => ({ UserName: key.userName ?? context.account, AccessKeyId: key.accessKeyId, Status: key.status, CreateDate: asDate(key.createDate) })),
      ...paging,
    };
  }

  async updateAccessKey(input: api.UpdateAccessKeyRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const key = await this.load(tx, input.AccessKeyId, context);
      await accessKeys(tx).put(key.accessKeyId, { ...key, status: input.Status });
    });
  }

  async deleteAccessKey(input: api.DeleteAccessKeyRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const key = await this.load(tx, input.AccessKeyId, context);
      await accessKeys(tx).delete(key.accessKeyId);
    });
  }

  async getAccessKeyLastUsed(input: api.GetAccessKeyLastUsedRequest, context: CallContext): Promise<api.GetAccessKeyLastUsedResponse> {
    const key = await this.load(this.deps.store, input.AccessKeyId, context);
    return { UserName: key.userName ?? context.account, AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' } };
  }

  /** Without a user name, the keys belong to the caller: its user, or the root. */
  private async ownerOf(userName: string | undefined, context: CallContext): Promise<string | undefined> {
    if (userName) return userName;
    const caller = await callerOf(this.deps, context);
    return caller.kind === 'user' ? caller.userName : undefined;
  }

  private async keysOf(source: Collections, account: string, userName: string | undefined): Promise<AccessKeyRecord[]> {
    return (await accessKeys(source).list()).map((entry) => entry.value).filter((key) => key.account === account && key.userName?.toLowerCase() === userName?.toLowerCase());
  }

  private async load(source: Collections, id: string, context: CallContext): Promise<AccessKeyRecord> {
    const key = await accessKeys(source).get(id);
    if (!key || key.account !== context.account) throw noSuchEntity(`The Access Key with id ${id} cannot be found.`);
    return key;
  }
}
