import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import { disabled, invalidState, notFound } from './errors.js';
import { aliases, defaultKeyPolicy, keys, scopedKey, type KeyRecord } from './state.js';
import { generateMaterial } from './material.js';

/**
 * Finds keys by id, key ARN, alias name or alias ARN. An `alias/aws/<service>` alias names the AWS
 * managed key of that service, made the first time anything asks for it. A key whose deletion date
 * has passed is gone.
 */
export class KeyLookup {
  constructor(private readonly deps: ServiceDeps) {}

  async find(keyId: string, context: CallContext): Promise<KeyRecord> {
    const { account, region, id } = parse(keyId, context);
    if (id.startsWith('alias/')) return this.byAlias(account, region, id, keyId);
    const key = await keys(this.deps.store).get(scopedKey(account, region, id));
    if (!key || this.gone(key)) throw notFound(`Key '${keyArn(account, region, id)}' does not exist`);
    return key;
  }

  /** A key that may be used for cryptography: enabled and not pending deletion. */
  async usable(keyId: string, context: CallContext): Promise<KeyRecord> {
    const key = await this.find(keyId, context);
    checkUsable(key);
    return key;
  }

  gone(key: KeyRecord): boolean {
    return key.deletionDate !== undefined && key.deletionDate <= this.deps.clock.now();
  }

  private async byAlias(account: string, region: string, aliasName: string, asked: string): Promise<KeyRecord> {
    const alias = await aliases(this.deps.store).get(scopedKey(account, region, aliasName));
    if (alias) return this.find(alias.targetKeyId, { account, region } as CallContext);
    if (aliasName.startsWith('alias/aws/')) return this.createManagedKey(account, region, aliasName);
    throw notFound(`Alias ${asked.startsWith('arn:') ? asked : `arn:aws:kms:${region}:${account}:${aliasName}`} is not found.`);
  }

  private async createManagedKey(account: string, region: string, aliasName: string): Promise<KeyRecord> {
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const existing = await aliases(tx).get(scopedKey(account, region, aliasName));
      if (existing) return (await keys(tx).get(scopedKey(account, region, existing.targetKeyId)))!;
      const keyId = randomUUID();
      const key: KeyRecord = {
        account, region, keyId, arn: keyArn(account, region, keyId),
        description: `Default key that protects my ${aliasName.slice('alias/aws/'.length)} data when no other key is defined`,
        keyUsage: 'ENCRYPT_DECRYPT', keySpec: 'SYMMETRIC_DEFAULT', keyState: 'Enabled', keyManager: 'AWS',
        creationDate: now, ...generateMaterial('SYMMETRIC_DEFAULT'), policy: defaultKeyPolicy(account), tags: [],
        rotationEnabled: true, rotationPeriodInDays: 365, multiRegion: false,
      };
      await keys(tx).put(scopedKey(account, region, keyId), key);
      await aliases(tx).put(scopedKey(account, region, aliasName), {
        aliasName, aliasArn: `arn:aws:kms:${region}:${account}:${aliasName}`, targetKeyId: keyId, creationDate: now, lastUpdatedDate: now,
      });
      return key;
    });
  }
}

export function checkUsable(key: KeyRecord): void {
  if (key.keyState === 'Disabled') throw disabled(key.arn);
  if (key.keyState === 'PendingDeletion') throw invalidState(`${key.arn} is pending deletion.`);
}

export function keyArn(account: string, region: string, keyId: string): string {
  return `arn:aws:kms:${region}:${account}:key/${keyId}`;
}

/** The account, region and bare id (or alias name) a key reference points at. */
function parse(reference: string, context: Pick<CallContext, 'account' | 'region'>): { account: string; region: string; id: string } {
  if (!reference.startsWith('arn:')) return { account: context.account, region: context.region, id: reference };
  const [, , , region, account, ...resource] = reference.split(':');
  const path = resource.join(':');
  return { account: account ?? '', region: region ?? '', id: path.startsWith('key/') ? path.slice(4) : path };
}
