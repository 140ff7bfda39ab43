import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CancelKeyDeletionRequest, CancelKeyDeletionResponse, CreateKeyRequest, CreateKeyResponse, DescribeKeyRequest, DescribeKeyResponse,
  DisableKeyRequest, EnableKeyRequest, KeyMetadata, ListKeysRequest, ListKeysResponse, ScheduleKeyDeletionRequest,
  ScheduleKeyDeletionResponse, UpdateKeyDescriptionRequest,
} from './api.generated.js';
import { invalidState, validation } from './errors.js';
import { keyArn, type KeyLookup } from './lookup.js';
import { checkKeyPolicy } from './policy-lockout.js';
import { checkUsage, encryptionAlgorithms, generateMaterial, macAlgorithms, signingAlgorithms } from './material.js';
import { defaultKeyPolicy, keys, scopedKey, type KeyRecord } from './state.js';

const DAY_MS = 86_400_000;

/** Keys as resources: creation, description, listing, enabling and scheduled deletion. */
export class Keys {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly lookup: KeyLookup,
  ) {}

  async createKey(input: CreateKeyRequest, context: CallContext): Promise<CreateKeyResponse> {
    const keySpec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    const keyUsage = input.KeyUsage ?? (keySpec.startsWith('HMAC') ? 'GENERATE_VERIFY_MAC' : keySpec.startsWith('ECC') ? 'SIGN_VERIFY' : 'ENCRYPT_DECRYPT');
    checkUsage(keySpec, keyUsage);
    const keyId = input.MultiRegion ? `mrk-${randomUUID().replaceAll('-', '')}` : randomUUID();
    if (input.Policy !== undefined) await this.checkPolicy(input.Policy, keyArn(context.account, context.region, keyId), context, input.BypassPolicyLockoutSafetyCheck);
    const key: KeyRecord = {
      account: context.account, region: context.region, keyId, arn: keyArn(context.account, context.region, keyId),
      description: input.Description ?? '', keyUsage, keySpec, keyState: 'Enabled', keyManager: 'CUSTOMER',
      creationDate: this.deps.clock.now(), ...generateMaterial(keySpec), policy: input.Policy ?? defaultKeyPolicy(context.account),
      tags: (input.Tags ?? []).map((tag) => ({ TagKey: tag.TagKey, TagValue: tag.TagValue })), rotationEnabled: false,
      multiRegion: input.MultiRegion ?? false,
    };
    await keys(this.deps.store).put(scopedKey(key.account, key.region, keyId), key);
    return { KeyMetadata: keyMetadata(key) };
  }

  async describeKey(input: DescribeKeyRequest, context: CallContext): Promise<DescribeKeyResponse> {
    return { KeyMetadata: keyMetadata(await this.lookup.find(input.KeyId, context)) };
  }

  async listKeys(input: ListKeysRequest, context: CallContext): Promise<ListKeysResponse> {
    const all = (await keys(this.deps.store).list({ prefix: `${context.account}/${context.region}/` }))
      .map((entry) => entry.value).filter((key) => !this.lookup.gone(key));
    const start = input.Marker ? Number(Buffer.from(input.Marker, 'base64').toString('utf8')) : 0;
    const end = start + (input.Limit ?? 1000);
    const page = all.slice(start, end);
    const truncated = end < all.length;
    return {
      Keys: page.map((key) => ({ KeyId: key.keyId, KeyArn: key.arn })),
      Truncated: truncated,
      NextMarker: truncated ? Buffer.from(String(end)).toString('base64') : undefined,
    };
  }

  enableKey(input: EnableKeyRequest, context: CallContext): Promise<void> {
    return this.change(input.KeyId, context, (key) => {
      if (key.keyState === 'PendingDeletion') throw invalidState(`${key.arn} is pending deletion.`);
      key.keyState = 'Enabled';
    });
  }

  disableKey(input: DisableKeyRequest, context: CallContext): Promise<void> {
    return this.change(input.KeyId, context, (key) => {
      if (key.keyState === 'PendingDeletion') throw invalidState(`${key.arn} is pending deletion.`);
      key.keyState = 'Disabled';
    });
  }

  updateKeyDescription(input: UpdateKeyDescriptionRequest, context: CallContext): Promise<void> {
    return this.change(input.KeyId, context, (key) => {
      key.description = input.Description;
    });
  }

  scheduleKeyDeletion(input: ScheduleKeyDeletionRequest, context: CallContext): Promise<ScheduleKeyDeletionResponse> {
    const days = input.PendingWindowInDays ?? 30;
    if (days < 7 || days > 30) throw validation(`1 validation error detected: Value '${days}' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value less than or equal to 30`);
    return this.change(input.KeyId, context, (key) => {
      if (key.keyState === 'PendingDeletion') throw invalidState(`${key.arn} is pending deletion.`);
      key.keyState = 'PendingDeletion';
      key.pendingWindowInDays = days;
      key.deletionDate = this.deps.clock.now() + days * DAY_MS;
      return { KeyId: key.arn, DeletionDate: new Date(key.deletionDate), KeyState: key.keyState, PendingWindowInDays: days };
    });
  }

  cancelKeyDeletion(input: CancelKeyDeletionRequest, context: CallContext): Promise<CancelKeyDeletionResponse> {
    return this.change(input.KeyId, context, (key) => {
      if (key.keyState !== 'PendingDeletion') throw invalidState(`${key.arn} is not pending deletion.`);
      key.keyState = 'Disabled';
      delete key.deletionDate;
      delete key.pendingWindowInDays;
      return { KeyId: key.arn };
    });
  }

  /** A key policy must parse and, unless the caller bypasses the check, let the caller change it again. */
  checkPolicy(policy: string, arn: string, context: CallContext, bypass: boolean | undefined): Promise<void> {
    return checkKeyPolicy(this.deps.bus, policy, arn, context, bypass);
  }

  /** Applies `edit` to a stored key and saves it. */
  async change<R>(keyId: string, context: CallContext, edit: (key: KeyRecord) => R): Promise<R> {
    const found = await this.lookup.find(keyId, context);
    return this.deps.store.transaction(async (tx) => {
      const id = scopedKey(found.account, found.region, found.keyId);
      const key = (await keys(tx).get(id))!;
      const result = edit(key);
      await keys(tx).put(id, key);
      return result;
    });
  }
}

export function keyMetadata(key: KeyRecord): KeyMetadata {
  return {
    AWSAccountId: key.account,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.creationDate),
    Enabled: key.keyState === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.keyState,
    DeletionDate: key.deletionDate === undefined ? undefined : new Date(key.deletionDate),
    PendingDeletionWindowInDays: key.pendingWindowInDays,
    Origin: 'AWS_KMS',
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: key.keySpec as KeyMetadata['CustomerMasterKeySpec'],
    KeySpec: key.keySpec,
    EncryptionAlgorithms: encryptionAlgorithms(key.keySpec, key.keyUsage),
    SigningAlgorithms: signingAlgorithms(key.keySpec, key.keyUsage),
    MacAlgorithms: macAlgorithms(key.keySpec),
    MultiRegion: key.multiRegion,
  };
}

