import type { Collection } from '../../store/store.js';
import { noSuchEntity } from './errors.js';
import { entityKey, groups, roles, users, type Collections, type GroupRecord, type PrincipalEntity, type RoleRecord, type UserRecord } from './state.js';

export type EntityKind = 'user' | 'group' | 'role';

export interface EntityTypes {
  user: UserRecord;
  group: GroupRecord;
  role: RoleRecord;
}

const COLLECTIONS: { [K in EntityKind]: (source: Collections) => Collection<EntityTypes[K]> } = { user: users, group: groups, role: roles };

export function entities<K extends EntityKind>(source: Collections, kind: K): Collection<EntityTypes[K]> {
  return COLLECTIONS[kind](source);
}

/** Loads a user, group or role by name, or answers NoSuchEntity as IAM words it. */
export async function loadEntity<K extends EntityKind>(source: Collections, kind: K, account: string, name: string): Promise<EntityTypes[K]> {
  const record = await entities(source, kind).get(entityKey(account, name));
  if (!record) throw noSuchEntity(`The ${kind} with name ${name} cannot be found.`);
  return record;
}

export async function saveEntity<K extends EntityKind>(source: Collections, kind: K, record: EntityTypes[K]): Promise<void> {
  await entities(source, kind).put(entityKey(record.account, record.name), record);
}

export function entityArn(account: string, kind: EntityKind, path: string, name: string): string {
  return `arn:aws:iam::${account}:${kind}${path}${name}`;
}

export const asDate = (epochMs: number) => new Date(epochMs);

/** The tags of an entity after TagXxx: a new value for a known key replaces the old one. */
export function mergeTags(entity: PrincipalEntity | { tags: Array<{ Key: string; Value: string }> }, tags: Array<{ Key: string; Value: string }>): void {
  for (const tag of tags) {
    const existing = entity.tags.find((item) => item.Key === tag.Key);
    if (existing) existing.Value = tag.Value;
    else entity.tags.push({ Key: tag.Key, Value: tag.Value });
  }
}
