import { isAwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  APIErrorType, BatchGetSecretValueRequest, BatchGetSecretValueResponse, GetSecretValueRequest, GetSecretValueResponse,
  ListSecretVersionIdsRequest, ListSecretVersionIdsResponse, PutSecretValueRequest, PutSecretValueResponse, SecretValueEntry,
  UpdateSecretVersionStageRequest, UpdateSecretVersionStageResponse,
} from './api.generated.js';
import { invalidParameter, invalidRequest, versionNotFound } from './errors.js';
import { matchingSecrets, page } from './listing.js';
import { requireLiveSecret, requireSecret, saveSecret } from './lookup.js';
import type { Secrets } from './secrets.js';
import { AWSCURRENT, dayOf, versionWithStage, type SecretRecord, type VersionRecord } from './state.js';
import { addVersion, binaryOf, checkOneValue, hasValue, holdsValue, moveStage } from './versions.js';

/** Secret values: reading by version or label, new versions, and moving labels between versions. */
export class Values {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly secrets: Secrets,
  ) {}

  async getSecretValue(input: GetSecretValueRequest, context: CallContext): Promise<GetSecretValueResponse> {
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const secret = await requireLiveSecret(tx, input.SecretId, context, now);
      const version = selectVersion(secret, input.VersionId, input.VersionStage);
      if (!holdsValue(version)) throw input.VersionId === undefined ? versionNotFound('staging label', input.VersionStage ?? AWSCURRENT) : versionNotFound('VersionId', input.VersionId);
      if (secret.lastAccessedDate !== dayOf(now) || version.lastAccessedDate !== dayOf(now)) {
        secret.lastAccessedDate = version.lastAccessedDate = dayOf(now);
        await saveSecret(tx, secret);
      }
      return valueEntry(secret, version);
    });
  }

  async putSecretValue(input: PutSecretValueRequest, context: CallContext): Promise<PutSecretValueResponse> {
    checkOneValue(input);
    if (!hasValue(input)) throw invalidRequest('You must provide either SecretString or SecretBinary.');
    return this.secrets.change(input.SecretId, context, (secret, now) => {
      const { version } = addVersion(secret, input.ClientRequestToken, input, input.VersionStages ?? [AWSCURRENT], now);
      return { ARN: secret.arn, Name: secret.name, VersionId: version.versionId, VersionStages: version.stages };
    });
  }

  async updateSecretVersionStage(input: UpdateSecretVersionStageRequest, context: CallContext): Promise<UpdateSecretVersionStageResponse> {
    return this.secrets.change(input.SecretId, context, (secret) => {
      const stage = input.VersionStage;
      const holder = versionWithStage(secret, stage);
      const target = input.MoveToVersionId === undefined ? undefined : secret.versions[input.MoveToVersionId];
      if (input.MoveToVersionId !== undefined && !target) throw versionNotFound('VersionId', input.MoveToVersionId);
      if (input.RemoveFromVersionId !== undefined && holder?.versionId !== input.RemoveFromVersionId) {
        throw invalidParameter(`The staging label ${stage} is not attached to version ${input.RemoveFromVersionId}.`);
      }
      if (holder && target !== holder && input.RemoveFromVersionId === undefined) {
        throw invalidParameter(`The parameter RemoveFromVersionId can't be empty. Staging label ${stage} is currently attached to version ${holder.versionId}, so you must explicitly reference that version in RemoveFromVersionId.`);
      }
      if (stage === AWSCURRENT && !target) throw invalidParameter('You can only move staging label AWSCURRENT to a different secret version. It can\u2019t be completely removed.');
      moveStage(secret, stage, target);
      return { ARN: secret.arn, Name: secret.name };
    });
  }

  async listSecretVersionIds(input: ListSecretVersionIdsRequest, context: CallContext): Promise<ListSecretVersionIdsResponse> {
    const secret = await requireSecret(this.deps.store, input.SecretId, context, this.deps.clock.now());
    const versions = Object.values(secret.versions)
      .filter((version) => input.IncludeDeprecated || version.stages.length)
      .sort((a, b) => b.createdDate - a.createdDate);
    const { items, nextToken } = page(versions, input.MaxResults, input.NextToken);
    return {
      ARN: secret.arn,
      Name: secret.name,
      NextToken: nextToken,
      Versions: items.map((version) => ({
        VersionId: version.versionId,
        VersionStages: version.stages,
        CreatedDate: new Date(version.createdDate),
        LastAccessedDate: version.lastAccessedDate === undefined ? undefined : new Date(version.lastAccessedDate),
        KmsKeyIds: [secret.kmsKeyId ?? 'DefaultEncryptionKey'],
      })),
    };
  }

  async batchGetSecretValue(input: BatchGetSecretValueRequest, context: CallContext): Promise<BatchGetSecretValueResponse> {
    if ((input.SecretIdList === undefined) === (input.Filters === undefined)) {
      throw invalidParameter("Either 'SecretIdList' or 'Filters' must be provided, but not both.");
    }
    if (input.SecretIdList) {
      if (input.MaxResults !== undefined) throw invalidParameter("'Filters' not specified. 'Filters' must also be specified when 'MaxResults' is provided in a request.");
      const values: SecretValueEntry[] = [];
      const errors: APIErrorType[] = [];
      for (const secretId of input.SecretIdList) {
        try {
          values.push(await this.getSecretValue({ SecretId: secretId }, context));
        } catch (error) {
          if (!isAwsError(error)) throw error;
          errors.push({ SecretId: secretId, ErrorCode: error.code, Message: error.message });
        }
      }
      return { SecretValues: values, Errors: errors };
    }
    const matched = (await matchingSecrets(this.deps.store, context, input.Filters, false, this.deps.clock.now())).filter((secret) => versionWithStage(secret, AWSCURRENT));
    const { items, nextToken } = page(matched, input.MaxResults ?? 20, input.NextToken);
    const values: SecretValueEntry[] = [];
    for (const secret of items) values.push(await this.getSecretValue({ SecretId: secret.arn }, context));
    return { SecretValues: values, NextToken: nextToken, Errors: [] };
  }
}

/** The version a request names by id, label or both (they must agree); AWSCURRENT by default. */
function selectVersion(secret: SecretRecord, versionId: string | undefined, stage: string | undefined): VersionRecord {
  if (versionId !== undefined) {
    const version = secret.versions[versionId];
    if (!version || (stage !== undefined && !version.stages.includes(stage))) throw versionNotFound('VersionId', versionId);
    return version;
  }
  const label = stage ?? AWSCURRENT;
  const version = versionWithStage(secret, label);
  if (!version) throw versionNotFound('staging label', label);
  return version;
}

function valueEntry(secret: SecretRecord, version: VersionRecord): SecretValueEntry {
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: version.versionId,
    SecretString: version.secretString,
    SecretBinary: binaryOf(version),
    VersionStages: version.stages,
    CreatedDate: new Date(version.createdDate),
  };
}
