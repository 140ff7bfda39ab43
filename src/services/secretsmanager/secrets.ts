import { randomInt } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateSecretRequest, CreateSecretResponse, DescribeSecretRequest, DescribeSecretResponse, Tag, TagResourceRequest,
  UntagResourceRequest, UpdateSecretRequest, UpdateSecretResponse,
} from './api.generated.js';
import { invalidParameter, invalidRequest, resourceExists } from './errors.js';
import { requireLiveSecret, requireSecret, saveSecret } from './lookup.js';
import { replicationStatus } from './replication.js';
import { AWSCURRENT, secretKey, secrets, type SecretRecord } from './state.js';
import { addVersion, checkOneValue, hasValue } from './versions.js';

const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Secrets as resources: create, update, describe, tags. */
export class Secrets {
  constructor(private readonly deps: ServiceDeps) {}

  async createSecret(input: CreateSecretRequest, context: CallContext): Promise<CreateSecretResponse> {
    if (!NAME.test(input.Name)) {
      throw invalidParameter('Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!');
    }
    checkOneValue(input);
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const key = secretKey(context.account, context.region, input.Name);
      const existing = await secrets(tx).get(key);
      if (existing && (existing.deletionDate === undefined || existing.deletionDate > now)) {
        if (existing.deletedDate !== undefined) throw invalidRequest("You can't create this secret because a secret with this name is already scheduled for deletion.");
        if (input.ClientRequestToken && existing.versions[input.ClientRequestToken]) {
          const { version } = addVersion(existing, input.ClientRequestToken, input, [AWSCURRENT], now);
          return { ARN: existing.arn, Name: existing.name, VersionId: version.versionId };
        }
        throw resourceExists(`The operation failed because the secret ${input.Name} already exists.`);
      }
      const secret: SecretRecord = {
        account: context.account, region: context.region, name: input.Name,
        arn: `arn:aws:secretsmanager:${context.region}:${context.account}:secret:${input.Name}-${randomSuffix()}`,
        description: input.Description, kmsKeyId: input.KmsKeyId, type: input.Type, tags: input.Tags ?? [],
        createdDate: now, lastChangedDate: now, versions: {}, rotation: { enabled: false },
        replicas: input.AddReplicaRegions ?? [],
      };
      const version = hasValue(input) ? addVersion(secret, input.ClientRequestToken, input, [AWSCURRENT], now).version : undefined;
      await secrets(tx).put(key, secret);
      return {
        ARN: secret.arn, Name: secret.name, VersionId: version?.versionId,
        ...(secret.replicas.length ? { ReplicationStatus: replicationStatus(secret) } : {}),
      };
    });
  }

  async updateSecret(input: UpdateSecretRequest, context: CallContext): Promise<UpdateSecretResponse> {
    checkOneValue(input);
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const secret = await requireLiveSecret(tx, input.SecretId, context, now);
      if (input.Description !== undefined) secret.description = input.Description;
      if (input.KmsKeyId !== undefined) secret.kmsKeyId = input.KmsKeyId;
      if (input.Type !== undefined) secret.type = input.Type;
      const version = hasValue(input) ? addVersion(secret, input.ClientRequestToken, input, [AWSCURRENT], now).version : undefined;
      secret.lastChangedDate = now;
      await saveSecret(tx, secret);
      return { ARN: secret.arn, Name: secret.name, VersionId: version?.versionId };
    });
  }

  async describeSecret(input: DescribeSecretRequest, context: CallContext): Promise<DescribeSecretResponse> {
    const secret = await requireSecret(this.deps.store, input.SecretId, context, this.deps.clock.now());
    return describe(secret);
  }

  async tagResource(input: TagResourceRequest, context: CallContext): Promise<void> {
    await this.change(input.SecretId, context, (secret) => {
      for (const tag of input.Tags) {
        if (tag.Key === undefined) throw invalidParameter('You must provide a key for each tag.');
        secret.tags = [...secret.tags.filter((existing) => existing.Key !== tag.Key), { Key: tag.Key, Value: tag.Value ?? '' }];
      }
    });
  }

  async untagResource(input: UntagResourceRequest, context: CallContext): Promise<void> {
    await this.change(input.SecretId, context, (secret) => {
      secret.tags = secret.tags.filter((tag) => !input.TagKeys.includes(tag.Key ?? ''));
    });
  }

  /** Applies `edit` to a secret that is not waiting for deletion, in one transaction. */
  async change<R>(secretId: string, context: CallContext, edit: (secret: SecretRecord, now: number) => R): Promise<R> {
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const secret = await requireLiveSecret(tx, secretId, context, now);
      const result = edit(secret, now);
      secret.lastChangedDate = now;
      await saveSecret(tx, secret);
      return result;
    });
  }
}

/** DescribeSecret's answer; ListSecrets shows the same with SecretVersionsToStages. */
export function describe(secret: SecretRecord): DescribeSecretResponse {
  const rotation = secret.rotation;
  return {
    ARN: secret.arn,
    Name: secret.name,
    Type: secret.type,
    Description: secret.description,
    KmsKeyId: secret.kmsKeyId,
    RotationEnabled: rotation.enabled,
    RotationLambdaARN: rotation.lambdaArn,
    RotationRules: rotation.rules,
    LastRotatedDate: dateOf(rotation.lastRotatedDate),
    NextRotationDate: rotation.enabled ? dateOf(rotation.nextRotationDate) : undefined,
    LastChangedDate: new Date(secret.lastChangedDate),
    LastAccessedDate: dateOf(secret.lastAccessedDate),
    DeletedDate: dateOf(secret.deletedDate),
    Tags: secret.tags.length ? secret.tags.map((tag): Tag => ({ Key: tag.Key, Value: tag.Value })) : undefined,
    VersionIdsToStages: Object.keys(secret.versions).length ? versionIdsToStages(secret) : undefined,
    CreatedDate: new Date(secret.createdDate),
    PrimaryRegion: secret.replicas.length ? secret.region : undefined,
    ReplicationStatus: secret.replicas.length ? replicationStatus(secret) : undefined,
  };
}

function versionIdsToStages(secret: SecretRecord): Record<string, string[]> {
  return Object.fromEntries(Object.values(secret.versions).filter((version) => version.stages.length).map((version) => [version.versionId, version.stages]));
}

function dateOf(epochMs: number | undefined): Date | undefined {
  return epochMs === undefined ? undefined : new Date(epochMs);
}

function randomSuffix(): string {
  return Array.from({ length: 6 }, () => SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)]).join('');
}
