import type { CallContext } from '../../common/call-context.js';
import type {
  DisableKeyRotationRequest, EnableKeyRotationRequest, GetKeyPolicyRequest, GetKeyPolicyResponse, GetKeyRotationStatusRequest,
  GetKeyRotationStatusResponse, ListKeyPoliciesRequest, ListKeyPoliciesResponse, ListResourceTagsRequest, ListResourceTagsResponse,
  PutKeyPolicyRequest, TagResourceRequest, UntagResourceRequest,
} from './api.generated.js';
import { unsupported } from './errors.js';
import type { Keys } from './keys.js';
import type { KeyLookup } from './lookup.js';
import type { KeyRecord } from './state.js';

const DAY_MS = 86_400_000;

/** What a key carries beside its material: policy, rotation flag, tags. */
export class KeySettings {
  constructor(
    private readonly keys: Keys,
    private readonly lookup: KeyLookup,
  ) {}

  async getKeyPolicy(input: GetKeyPolicyRequest, context: CallContext): Promise<GetKeyPolicyResponse> {
    const key = await this.lookup.find(input.KeyId, context);
    return { Policy: key.policy, PolicyName: 'default' };
  }

  async putKeyPolicy(input: PutKeyPolicyRequest, context: CallContext): Promise<void> {
    const target = await this.lookup.find(input.KeyId, context);
    await this.keys.checkPolicy(input.Policy, target.arn, context, input.BypassPolicyLockoutSafetyCheck);
    await this.keys.change(input.KeyId, context, (key) => {
      key.policy = input.Policy;
    });
  }

  async listKeyPolicies(input: ListKeyPoliciesRequest, context: CallContext): Promise<ListKeyPoliciesResponse> {
    await this.lookup.find(input.KeyId, context);
    return { PolicyNames: ['default'], Truncated: false };
  }

  enableKeyRotation(input: EnableKeyRotationRequest, context: CallContext): Promise<void> {
    return this.keys.change(input.KeyId, context, (key) => {
      requireSymmetric(key);
      key.rotationEnabled = true;
      key.rotationPeriodInDays = input.RotationPeriodInDays ?? 365;
    });
  }

  disableKeyRotation(input: DisableKeyRotationRequest, context: CallContext): Promise<void> {
    return this.keys.change(input.KeyId, context, (key) => {
      requireSymmetric(key);
      key.rotationEnabled = false;
    });
  }

  async getKeyRotationStatus(input: GetKeyRotationStatusRequest, context: CallContext): Promise<GetKeyRotationStatusResponse> {
    const key = await this.lookup.find(input.KeyId, context);
    const period = key.rotationPeriodInDays;
    return {
      KeyId: key.arn,
      KeyRotationEnabled: key.rotationEnabled,
      RotationPeriodInDays: key.rotationEnabled ? period : undefined,
      NextRotationDate: key.rotationEnabled && period ? new Date(key.creationDate + period * DAY_MS) : undefined,
    };
  }

  tagResource(input: TagResourceRequest, context: CallContext): Promise<void> {
    return this.keys.change(input.KeyId, context, (key) => {
      for (const tag of input.Tags) key.tags = [...key.tags.filter((existing) => existing.TagKey !== tag.TagKey), tag];
    });
  }

  untagResource(input: UntagResourceRequest, context: CallContext): Promise<void> {
    return this.keys.change(input.KeyId, context, (key) => {
      key.tags = key.tags.filter((tag) => !input.TagKeys.includes(tag.TagKey));
    });
  }

  async listResourceTags(input: ListResourceTagsRequest, context: CallContext): Promise<ListResourceTagsResponse> {
    const key = await this.lookup.find(input.KeyId, context);
    return { Tags: key.tags, Truncated: false };
  }
}

function requireSymmetric(key: KeyRecord): void {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') throw unsupported(`${key.arn} key usage and key spec do not support automatic key rotation.`);
}
