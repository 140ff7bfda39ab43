import { randomUUID } from 'node:crypto';
import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidParameter, resourceNotFound } from './errors.js';
import { requireGroup } from './groups.js';
import { runQuery, type QueryEvent, type QueryOutcome } from './insights/engine.js';
import { parseQuery } from './insights/parser.js';
import { QuerySyntaxError } from './insights/tokens.js';
import { parseGroupArn } from './names.js';
import { page } from './paging.js';
import { childrenPrefix, events, retainedFrom, type GroupAddress } from './state.js';

/** How long a query reports Running, in Nimbus time, before its results show. */
const RUNNING_MS = 2000;
const MAX_RESULTS = 10_000;

interface QueryRecord {
  queryId: string;
  queryString: string;
  logGroupNames: string[];
  createTime: number;
  completesAt: number;
  cancelled?: boolean;
  outcome: QueryOutcome;
}

const queries = (deps: ServiceDeps) => deps.store.collection<QueryRecord>('logs.queries');

/**
 * Logs Insights. A query runs over the events as they are when it starts; it shows Running until
 * the clock passes `RUNNING_MS`, then Complete with its rows and statistics.
 */
export class Queries {
  constructor(private readonly deps: ServiceDeps) {}

  async startQuery(input: api.StartQueryRequest, context: CallContext): Promise<api.StartQueryResponse> {
    const addresses = this.targets(input, context);
    if (input.endTime < input.startTime) throw invalidParameter('End time should not be before the start time.');
    let commands;
    try {
      commands = parseQuery(input.queryString);
    } catch (error) {
      if (!(error instanceof QuerySyntaxError) && !(error instanceof SyntaxError)) throw error;
      throw new AwsError('MalformedQueryException', `Query syntax error: ${error.message}`, 400, { fields: { queryCompileError: { message: error.message } } });
    }
    const now = this.deps.clock.now();
    const scanned: QueryEvent[] = [];
    for (const address of addresses) {
      const group = await requireGroup(this.deps.store, address).catch(() => {
        throw resourceNotFound(`Log group '${address.logGroupName}' does not exist for account ID '${address.account}'`);
      });
      const oldest = Math.max(retainedFrom(group, now), input.startTime * 1000);
      for (const { value } of await events(this.deps.store).list({ prefix: childrenPrefix(address) })) {
        if (value.timestamp < oldest || value.timestamp >= (input.endTime + 1) * 1000) continue;
        scanned.push({ ...value, account: address.account, logGroupName: address.logGroupName });
      }
    }
    scanned.sort((a, b) => a.timestamp - b.timestamp);
    let outcome: QueryOutcome;
    try {
      outcome = runQuery(commands, scanned, Math.min(input.limit ?? MAX_RESULTS, MAX_RESULTS));
    } catch (error) {
      if (!(error instanceof QuerySyntaxError)) throw error;
      throw new AwsError('MalformedQueryException', `Query syntax error: ${error.message}`, 400, { fields: { queryCompileError: { message: error.message } } });
    }
    const queryId = randomUUID();
    const finished = this.deps.clock.now();
    await queries(this.deps).put(`${context.account}/${context.region}/${queryId}`, {
      queryId, queryString: input.queryString, logGroupNames: addresses.map((a) => a.logGroupName), createTime: now, completesAt: finished + RUNNING_MS, outcome,
    });
    return { queryId };
  }

  async getQueryResults(input: api.GetQueryResultsRequest, context: CallContext): Promise<api.GetQueryResultsResponse> {
    const query = await this.find(input.queryId, context);
    const status = this.status(query);
    if (status !== 'Complete') return { queryLanguage: 'CWLI', results: [], statistics: { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 }, status };
    return { queryLanguage: 'CWLI', results: query.outcome.results, statistics: query.outcome.statistics, status };
  }

  async stopQuery(input: api.StopQueryRequest, context: CallContext): Promise<api.StopQueryResponse> {
    const query = await this.find(input.queryId, context);
    if (this.status(query) !== 'Running') return { success: false };
    await queries(this.deps).put(`${context.account}/${context.region}/${query.queryId}`, { ...query, cancelled: true });
    return { success: true };
  }

  async describeQueries(input: api.DescribeQueriesRequest, context: CallContext): Promise<api.DescribeQueriesResponse> {
    const found = (await queries(this.deps).list({ prefix: `${context.account}/${context.region}/` }))
      .map((entry) => entry.value)
      .filter((query) => input.logGroupName === undefined || query.logGroupNames.includes(input.logGroupName))
      .filter((query) => input.status === undefined || this.status(query) === input.status)
      .sort((a, b) => b.createTime - a.createTime);
    const { items, nextToken } = page(found, input.maxResults, input.nextToken, 1000);
    return {
      queries: items.map((query) => ({
        queryLanguage: 'CWLI', queryId: query.queryId, queryString: query.queryString, status: this.status(query),
        createTime: query.createTime, logGroupName: query.logGroupNames[0],
      })),
      nextToken,
    };
  }

  private status(query: QueryRecord): api.QueryStatus {
    if (query.cancelled) return 'Cancelled';
    return this.deps.clock.now() >= query.completesAt ? 'Complete' : 'Running';
  }

  private async find(queryId: string, context: CallContext): Promise<QueryRecord> {
    const query = await queries(this.deps).get(`${context.account}/${context.region}/${queryId}`);
    if (!query) throw resourceNotFound('Query does not exist.');
    return query;
  }

  private targets(input: api.StartQueryRequest, context: CallContext): GroupAddress[] {
    const given = [input.logGroupName, input.logGroupNames, input.logGroupIdentifiers].filter((value) => value !== undefined);
    if (given.length !== 1) throw invalidParameter('Exactly one of logGroupName, logGroupNames or logGroupIdentifiers must be specified.');
    const names = input.logGroupIdentifiers ?? input.logGroupNames ?? [input.logGroupName!];
    return names.map((name) => (name.startsWith('arn:') ? parseGroupArn(name) : { account: context.account, region: context.region, logGroupName: name }));
  }
}
