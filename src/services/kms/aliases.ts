import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { CreateAliasRequest, DeleteAliasRequest, ListAliasesRequest, ListAliasesResponse, UpdateAliasRequest } from './api.generated.js';
import { notFound } from './errors.js';
import type { KeyLookup } from './lookup.js';
import { aliases, scopedKey } from './state.js';

const ALIAS_NAME = /^alias\/[a-zA-Z0-9/_-]{1,250}$/;

/** Aliases: friendly names that point at one customer managed key each. */
export class Aliases {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly lookup: KeyLookup,
  ) {}

  async createAlias(input: CreateAliasRequest, context: CallContext): Promise<void> {
    checkName(input.AliasName);
    const target = await this.lookup.find(input.TargetKeyId, context);
    const now = this.deps.clock.now();
    await this.deps.store.transaction(async (tx) => {
      const id = scopedKey(context.account, context.region, input.AliasName);
      if (await aliases(tx).get(id)) {
        throw new AwsError('AlreadyExistsException', `An alias with the name arn:aws:kms:${context.region}:${context.account}:${input.AliasName} already exists`);
      }
      await aliases(tx).put(id, {
        aliasName: input.AliasName, aliasArn: `arn:aws:kms:${context.region}:${context.account}:${input.AliasName}`,
        targetKeyId: target.keyId, creationDate: now, lastUpdatedDate: now,
      });
    });
  }

  async updateAlias(input: UpdateAliasRequest, context: CallContext): Promise<void> {
    const target = await this.lookup.find(input.TargetKeyId, context);
    await this.deps.store.transaction(async (tx) => {
      const id = scopedKey(context.account, context.region, input.AliasName);
      const alias = await aliases(tx).get(id);
      if (!alias) throw notFound(`Alias arn:aws:kms:${context.region}:${context.account}:${input.AliasName} is not found.`);
      await aliases(tx).put(id, { ...alias, targetKeyId: target.keyId, lastUpdatedDate: this.deps.clock.now() });
    });
  }

  async deleteAlias(input: DeleteAliasRequest, context: CallContext): Promise<void> {
    if (!(await aliases(this.deps.store).delete(scopedKey(context.account, context.region, input.AliasName)))) {
      throw notFound(`Alias arn:aws:kms:${context.region}:${context.account}:${input.AliasName} is not found.`);
    }
  }

  async listAliases(input: ListAliasesRequest, context: CallContext): Promise<ListAliasesResponse> {
    const keyId = input.KeyId ? (await this.lookup.find(input.KeyId, context)).keyId : undefined;
    const all = (await aliases(this.deps.store).list({ prefix: `${context.account}/${context.region}/` }))
      .map((entry) => entry.value).filter((alias) => !keyId || alias.targetKeyId === keyId);
    const start = input.Marker ? Number(Buffer.from(input.Marker, 'base64').toString('utf8')) : 0;
    const end = start + (input.Limit ?? 100);
    const truncated = end < all.length;
    return {
      Aliases: all.slice(start, end).map((alias) => ({
        AliasName: alias.aliasName, AliasArn: alias.aliasArn, TargetKeyId: alias.targetKeyId,
        CreationDate: new Date(alias.creationDate), LastUpdatedDate: new Date(alias.lastUpdatedDate),
      })),
      Truncated: truncated,
      NextMarker: truncated ? Buffer.from(String(end)).toString('base64') : undefined,
    };
  }
}

function checkName(name: string): void {
  if (name.startsWith('alias/aws/')) throw new AwsError('NotAuthorizedException', `Cannot create alias with prefix 'alias/aws/'`);
  if (!ALIAS_NAME.test(name)) throw new AwsError('ValidationException', `Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html`);
}
