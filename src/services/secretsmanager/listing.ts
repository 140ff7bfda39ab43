import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { Filter, ListSecretsRequest, ListSecretsResponse, SecretListEntry } from './api.generated.js';
import { invalidParameter } from './errors.js';
import { describe } from './secrets.js';
import { secrets, type Collections, type SecretRecord } from './state.js';

/** ListSecrets: filters (AND across keys, OR across values, `!` negates), sorting and paging. */
export class Listing {
  constructor(private readonly deps: ServiceDeps) {}

  async listSecrets(input: ListSecretsRequest, context: CallContext): Promise<ListSecretsResponse> {
    const matched = await matchingSecrets(this.deps.store, context, input.Filters, input.IncludePlannedDeletion === true, this.deps.clock.now());
    const sorted = matched.sort(comparator(input.SortBy ?? 'created-date'));
    if (input.SortOrder === 'desc') sorted.reverse();
    const { items, nextToken } = page(sorted, input.MaxResults, input.NextToken);
    return { SecretList: items.map(listEntry), NextToken: nextToken };
  }
}

export async function matchingSecrets(store: Collections, context: CallContext, filters: Filter[] | undefined, includePlannedDeletion: boolean, now: number): Promise<SecretRecord[]> {
  const prefix = `${context.account}/${context.region}/`;
  const all = (await secrets(store).list({ prefix })).map((entry) => entry.value);
  return all.filter((secret) =>
    (secret.deletionDate === undefined || secret.deletionDate > now)
    && (includePlannedDeletion || secret.deletedDate === undefined)
    && (filters ?? []).every((filter) => matchesFilter(secret, filter)));
}

/** Pages by position; the token is the offset of the next item. */
export function page<T>(items: T[], maxResults: number | undefined, nextToken: string | undefined): { items: T[]; nextToken?: string } {
  const start = nextToken === undefined ? 0 : Number.parseInt(Buffer.from(nextToken, 'base64').toString('utf8'), 10);
  if (!Number.isInteger(start) || start < 0) throw invalidParameter('Invalid NextToken.');
  const size = maxResults ?? 100;
  const end = start + size;
  return { items: items.slice(start, end), nextToken: end < items.length ? Buffer.from(String(end)).toString('base64') : undefined };
}

function matchesFilter(secret: SecretRecord, filter: Filter): boolean {
  const values = filter.Values ?? [];
  return values.some((raw) => {
    const negated = raw.startsWith('!');
    const value = negated ? raw.slice(1) : raw;
    return matchesValue(secret, filter.Key, value) !== negated;
  });
}

function matchesValue(secret: SecretRecord, key: Filter['Key'], value: string): boolean {
  switch (key) {
    case 'name':
      return secret.name.startsWith(value);
    case 'description':
      return (secret.description ?? '').toLowerCase().startsWith(value.toLowerCase());
    case 'tag-key':
      return secret.tags.some((tag) => (tag.Key ?? '').startsWith(value));
    case 'tag-value':
      return secret.tags.some((tag) => (tag.Value ?? '').startsWith(value));
    case 'primary-region':
      return secret.region.startsWith(value) && secret.replicas.length > 0;
    case 'owning-service':
      return false;
    default:
      return matchesWords(secret, value);
  }
}

/** `all`: every word of the value starts some word of the name, description, tag keys or values; case is ignored. */
function matchesWords(secret: SecretRecord, value: string): boolean {
  const haystack = [secret.name, secret.description ?? '', ...secret.tags.flatMap((tag) => [tag.Key ?? '', tag.Value ?? ''])].flatMap(words);
  return words(value).every((word) => haystack.some((candidate) => candidate.startsWith(word)));
}

/** Words split at punctuation, lower-to-upper case changes and letter/digit changes, lower-cased. */
function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)|(\d)([A-Za-z])/g, (_match, a?: string, b?: string, c?: string, d?: string) => (a ? `${a} ${b}` : `${c} ${d}`))
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

function comparator(sortBy: NonNullable<ListSecretsRequest['SortBy']>): (a: SecretRecord, b: SecretRecord) => number {
  const byName = (a: SecretRecord, b: SecretRecord) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const by = (field: (secret: SecretRecord) => number) => (a: SecretRecord, b: SecretRecord) => field(a) - field(b) || byName(a, b);
  switch (sortBy) {
    case 'name':
      return byName;
    case 'last-accessed-date':
      return by((secret) => secret.lastAccessedDate ?? 0);
    case 'last-changed-date':
      return by((secret) => secret.lastChangedDate);
    default:
      return by((secret) => secret.createdDate);
  }
}

function listEntry(secret: SecretRecord): SecretListEntry {
  const { VersionIdsToStages, ReplicationStatus: _replication, ...rest } = describe(secret);
  return { ...rest, SecretVersionsToStages: VersionIdsToStages };
}
