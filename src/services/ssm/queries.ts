import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  DescribeParametersRequest, DescribeParametersResult, GetParametersByPathRequest, GetParametersByPathResult, ParameterStringFilter,
  ParametersFilter,
} from './api.generated.js';
import { validation } from './errors.js';
import type { Parameters } from './parameters.js';
import { inlinePolicies } from './policies.js';
import { isPublicName, publicParameters } from './public-parameters.js';
import { latest, parameterArn, parameters, type ParameterRecord } from './state.js';

/** GetParametersByPath and DescribeParameters: the parameter filters, paths and paging. */
export class Queries {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly parameters: Parameters,
  ) {}

  async getParametersByPath(input: GetParametersByPathRequest, context: CallContext): Promise<GetParametersByPathResult> {
    if (!input.Path.startsWith('/')) throw validation('The parameter doesn\'t meet the parameter name requirements. The parameter name must begin with a forward slash "/".');
    const base = input.Path.endsWith('/') ? input.Path : `${input.Path}/`;
    const candidates = isPublicName(base) ? publicParameters(context.region) : await this.all(context);
    const matched = candidates.filter((record) => {
      if (!record.name.startsWith(base) || record.name === input.Path) return false;
      return input.Recursive || !record.name.slice(base.length).includes('/');
    }).filter((record) => (input.ParameterFilters ?? []).every((filter) => matchesFilter(record, filter)));
    const { items, nextToken } = page(matched, input.MaxResults ?? 10, input.NextToken);
    const views = [];
    for (const record of items) views.push(await this.parameters.view(record, latest(record), input.WithDecryption));
    return { Parameters: views, NextToken: nextToken };
  }

  async describeParameters(input: DescribeParametersRequest, context: CallContext): Promise<DescribeParametersResult> {
    const filters = [...(input.ParameterFilters ?? []), ...(input.Filters ?? []).map(legacyFilter)];
    const matched = (await this.all(context)).filter((record) => filters.every((filter) => matchesFilter(record, filter)));
    const { items, nextToken } = page(matched, input.MaxResults ?? 50, input.NextToken);
    return {
      Parameters: items.map((record) => {
        const version = latest(record);
        return {
          Name: record.name, ARN: parameterArn(record.account, record.region, record.name), Type: version.type, KeyId: version.keyId,
          LastModifiedDate: new Date(version.lastModifiedDate), LastModifiedUser: version.lastModifiedUser, Description: version.description,
          AllowedPattern: version.allowedPattern, Version: version.version, Tier: version.tier, Policies: inlinePolicies(version.policies), DataType: version.dataType,
        };
      }),
      NextToken: nextToken,
    };
  }

  private async all(context: CallContext): Promise<ParameterRecord[]> {
    return (await parameters(this.deps.store).list({ prefix: `${context.account}/${context.region}/` })).map((entry) => entry.value);
  }
}

function legacyFilter(filter: ParametersFilter): ParameterStringFilter {
  return { Key: filter.Key, Option: 'Equals', Values: filter.Values };
}

function matchesFilter(record: ParameterRecord, filter: ParameterStringFilter): boolean {
  const version = latest(record);
  const values = filter.Values ?? [];
  const option = filter.Option ?? 'Equals';
  const compare = (actual: string | undefined) => actual !== undefined && values.some((value) =>
    option === 'BeginsWith' ? actual.startsWith(value) : option === 'Contains' ? actual.includes(value) : actual === value);
  if (filter.Key.startsWith('tag:')) {
    const tag = record.tags.find((candidate) => candidate.Key === filter.Key.slice(4));
    return tag !== undefined && (!values.length || compare(tag.Value));
  }
  switch (filter.Key) {
    case 'Name':
      return compare(record.name) || (option !== 'Contains' && compare(record.name.replace(/^\//, '')));
    case 'Type':
      return compare(version.type);
    case 'KeyId':
      return compare(version.keyId);
    case 'Tier':
      return compare(version.tier);
    case 'DataType':
      return compare(version.dataType);
    case 'Label':
      return record.versions.some((candidate) => candidate.labels.some((label) => values.includes(label)));
    case 'Path': {
      const recursive = option === 'Recursive';
      return values.some((path) => {
        const base = path.endsWith('/') ? path : `${path}/`;
        return record.name.startsWith(base) && (recursive || !record.name.slice(base.length).includes('/'));
      });
    }
    default:
      throw validation(`The following filter key is not valid: ${filter.Key}. Valid filter keys include: [Path, Name, Type, KeyId, Tier, Label, DataType, tag:].`);
  }
}

function page<T>(items: T[], maxResults: number, nextToken: string | undefined): { items: T[]; nextToken?: string } {
  const start = nextToken ? Number(Buffer.from(nextToken, 'base64').toString('utf8')) : 0;
  const end = start + maxResults;
  return { items: items.slice(start, end), nextToken: end < items.length ? Buffer.from(String(end)).toString('base64') : undefined };
}
