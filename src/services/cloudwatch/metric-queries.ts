import { AwsError } from '../../common/aws-error.js';
import type { Store } from '../../store/store.js';
import type { MetricDataQuery } from './api.generated.js';
import { evaluate, type MathEnvironment } from './metric-math/evaluate.js';
import { type Expression, MathSyntaxError, parseExpression, referencesOf } from './metric-math/parser.js';
import { parseSearch } from './metric-math/search-expression.js';
import { type MathValue, MathError, type TimeSeries } from './metric-math/values.js';
import { alignStart, statisticSeries } from './metric-reader.js';
import { metrics, regionPrefix } from './state.js';
import { isStatistic } from './statistics.js';

/** At most this many metrics answer one SEARCH. */
const SEARCH_LIMIT = 500;
const ID = /^[a-z][a-zA-Z0-9_]*$/;

/** Where and over which time the queries of one GetMetricData call (or one alarm evaluation) run. */
export interface QueryScope {
  store: Store;
  account: string;
  region: string;
  start: number;
  end: number;
}

/** A query's result: a series or several (SEARCH, arrays), or a scalar spread over the range. */
export interface QueryResult {
  query: MetricDataQuery;
  series: TimeSeries[];
}

export function expressionError(id: string, message: string): AwsError {
  return new AwsError('ValidationError', `Error in expression ${id}: ${message}`, 400);
}

/** Checks ids, the one-of MetricStat/Expression rule and statistics; parses the expressions. */
export function checkQueries(queries: MetricDataQuery[], path = 'MetricDataQueries'): Map<string, Expression> {
  const parsed = new Map<string, Expression>();
  const ids = new Set<string>();
  queries.forEach((query, index) => {
    const member = `${path}.member.${index + 1}`;
    if (!ID.test(query.Id)) throw new AwsError('ValidationError', `The value ${query.Id} for parameter ${member}.Id is invalid.`, 400);
    if (ids.has(query.Id)) throw new AwsError('ValidationError', `The values for parameter id in ${path} are not unique.`, 400);
    ids.add(query.Id);
    if ((query.MetricStat === undefined) === (query.Expression === undefined)) {
      throw new AwsError('ValidationError', `Exactly one element of the ${member} must be specified: MetricStat or Expression.`, 400);
    }
    if (query.MetricStat && !isStatistic(query.MetricStat.Stat)) {
      throw new AwsError('ValidationError', `The value ${query.MetricStat.Stat} for parameter ${member}.MetricStat.Stat is invalid.`, 400);
    }
    if (query.Expression !== undefined) {
      try {
        parsed.set(query.Id, parseExpression(query.Expression));
      } catch (error) {
        if (error instanceof MathSyntaxError) throw expressionError(query.Id, `${error.message} at position ${error.position}.`);
        throw error;
      }
    }
  });
  for (const [id, expression] of parsed) {
    for (const ref of referencesOf(expression)) {
      if (!ids.has(ref)) throw expressionError(id, `Unrecognized metric or expression ${ref}.`);
    }
  }
  return parsed;
}

/** Runs every query: metric statistics first, then expressions in the order their references need. */
export async function runQueries(scope: QueryScope, queries: MetricDataQuery[], parsed: Map<string, Expression>): Promise<Map<string, QueryResult>> {
  const results = new Map<string, QueryResult>();
  const values = new Map<string, MathValue>();
  const defaultPeriod = Math.min(...queries.map((q) => q.MetricStat?.Period ?? q.Period ?? Infinity).filter(Number.isFinite), Infinity);
  const fallbackPeriod = Number.isFinite(defaultPeriod) ? defaultPeriod : 60;
  for (const query of queries) {
    if (!query.MetricStat) continue;
    const stat = query.MetricStat;
    const found = await statisticSeries(scope.store, scope.account, scope.region, stat.Metric, stat.Stat, stat.Period, scope.start, scope.end, stat.Unit);
    const series: TimeSeries = { label: query.Label ?? stat.Metric.MetricName ?? query.Id, timestamps: found.timestamps, values: found.values };
    values.set(query.Id, { kind: 'series', series });
    results.set(query.Id, { query, series: [series] });
  }
  const pending = new Set(parsed.keys());
  const visiting = new Set<string>();
  const run = async (id: string): Promise<void> => {
    if (!pending.has(id)) return;
    if (visiting.has(id)) throw expressionError(id, 'Circular dependency between expressions.');
    visiting.add(id);
    const expression = parsed.get(id)!;
    for (const ref of referencesOf(expression)) await run(ref);
    const query = queries.find((q) => q.Id === id)!;
    const period = query.Period ?? fallbackPeriod;
    const env = environment(scope, values, results, period);
    let value: MathValue;
    try {
      value = await evaluate(expression, env);
    } catch (error) {
      if (error instanceof MathError) throw expressionError(id, error.message);
      throw error;
    }
    values.set(id, value);
    results.set(id, { query, series: asSeries(value, query, env.grid()) });
    pending.delete(id);
    visiting.delete(id);
  };
  for (const id of [...pending]) await run(id);
  return results;
}

function asSeries(value: MathValue, query: MetricDataQuery, grid: number[]): TimeSeries[] {
  const label = query.Label;
  switch (value.kind) {
    case 'series':
      return [{ ...value.series, label: label ?? query.Id }];
    case 'array':
      return value.items.map((s) => ({ ...s, label: label ? `${label} ${s.label}`.trim() : s.label }));
    case 'scalar':
      return [{ label: label ?? query.Id, timestamps: grid, values: grid.map(() => value.value) }];
    default:
      throw expressionError(query.Id, 'The expression does not evaluate to a time series.');
  }
}

function environment(scope: QueryScope, values: Map<string, MathValue>, results: Map<string, QueryResult>, period: number): MathEnvironment {
  return {
    period,
    resolve: (id) => values.get(id),
    metrics: () => [...results.values()].filter((r) => r.query.MetricStat).flatMap((r) => r.series),
    grid: () => {
      const grid: number[] = [];
      for (let at = alignStart(scope.start, period); at < scope.end; at += period * 1000) grid.push(at);
      return grid;
    },
    search: async (query, stat, searchPeriod) => {
      if (!isStatistic(stat)) throw new MathError(`Invalid statistic ${stat} in SEARCH`);
      const predicate = parseSearch(query);
      const found: TimeSeries[] = [];
      for (const { value: metric } of await metrics(scope.store).list({ prefix: regionPrefix(scope.account, scope.region) })) {
        if (!predicate(metric)) continue;
        const data = await statisticSeries(scope.store, scope.account, scope.region, { Namespace: metric.namespace, MetricName: metric.metricName, Dimensions: metric.dimensions }, stat, searchPeriod, scope.start, scope.end);
        const label = [metric.metricName, ...metric.dimensions.map((d) => d.Value)].join(' ');
        found.push({ label, timestamps: data.timestamps, values: data.values });
        if (found.length >= SEARCH_LIMIT) break;
      }
      return found;
    },
  };
}
