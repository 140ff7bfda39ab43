import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type MathEnvironment } from '../../../src/services/cloudwatch/metric-math/evaluate.js';
import { MathSyntaxError, parseExpression, referencesOf } from '../../../src/services/cloudwatch/metric-math/parser.js';
import { parseSearch } from '../../../src/services/cloudwatch/metric-math/search-expression.js';
import type { MathValue, TimeSeries } from '../../../src/services/cloudwatch/metric-math/values.js';

const M = 60_000;
const ts = (values: Array<number | undefined>, label = 'x'): TimeSeries => {
  const series: TimeSeries = { label, timestamps: [], values: [] };
  values.forEach((v, i) => {
    if (v === undefined) return;
    series.timestamps.push(i * M);
    series.values.push(v);
  });
  return series;
};

function env(queries: Record<string, TimeSeries>, searched: TimeSeries[] = []): MathEnvironment {
  return {
    period: 60,
    resolve: (id) => (queries[id] ? { kind: 'series', series: queries[id] } : undefined),
    metrics: () => Object.values(queries),
    search: async () => searched,
    grid: () => [0, M, 2 * M, 3 * M],
  };
}

async function run(expression: string, queries: Record<string, TimeSeries>, searched?: TimeSeries[]): Promise<MathValue> {
  return evaluate(parseExpression(expression), env(queries, searched));
}

const valuesOf = (value: MathValue) => (value.kind === 'series' ? value.series.values : value.kind === 'scalar' ? value.value : value.kind === 'array' ? value.items.map((s) => s.values) : value);

describe('metric math', () => {
  const m1 = ts([1, 2, 3, 4]);
  const m2 = ts([10, undefined, 30, 40]);

  it('does arithmetic with precedence, unary minus and right-associative powers', async () => {
    assert.deepEqual(valuesOf(await run('m1 + m2 * 2', { m1, m2 })), [21, 63, 84]);
    assert.deepEqual(valuesOf(await run('(m1 + 1) / 2', { m1 })), [1, 1.5, 2, 2.5]);
    assert.deepEqual(valuesOf(await run('-m1 ^ 2', { m1 })), [-1, -4, -9, -16]);
    assert.equal(valuesOf(await run('2 ^ 3 ^ 2', {})), 512);
    assert.deepEqual(valuesOf(await run('m1 / 0', { m1 })), [], 'division by zero leaves the points out');
  });

  it('reduces a series to a scalar and an array to a series (SUM, AVG, MIN, MAX)', async () => {
    assert.equal(valuesOf(await run('SUM(m1)', { m1 })), 10);
    assert.equal(valuesOf(await run('AVG(m1)', { m1 })), 2.5);
    assert.deepEqual(valuesOf(await run('SUM([m1, m2])', { m1, m2 })), [11, 2, 33, 44]);
    assert.deepEqual(valuesOf(await run('MAX(METRICS())', { m1, m2 })), [10, 2, 30, 40]);
    assert.deepEqual(valuesOf(await run('MIN([m1, m2])', { m1, m2 })), [1, 2, 3, 4]);
    assert.deepEqual(valuesOf(await run('AVG([m1, m2])', { m1, m2 })), [5.5, 2, 16.5, 22]);
  });

  it('fills gaps with a value, REPEAT or LINEAR over the whole range', async () => {
    const gappy = ts([undefined, 2, undefined, 6]);
    assert.deepEqual(valuesOf(await run('FILL(m, 0)', { m: gappy })), [0, 2, 0, 6]);
    assert.deepEqual(valuesOf(await run('FILL(m, REPEAT)', { m: gappy })), [2, 2, 2, 6]);
    assert.deepEqual(valuesOf(await run('FILL(m, LINEAR)', { m: gappy })), [2, 2, 4, 6]);
  });

  it('computes RATE per second and DIFF between points', async () => {
    assert.deepEqual(valuesOf(await run('RATE(m)', { m: ts([0, 60, 180]) })), [1, 2]);
    assert.deepEqual(valuesOf(await run('DIFF(m)', { m: ts([5, 3, 10]) })), [-2, 7]);
    assert.equal(valuesOf(await run('PERIOD(m1)', { m1 })), 60);
  });

  it('chooses with IF, comparisons and logical operators', async () => {
    assert.deepEqual(valuesOf(await run('IF(m1 > 2, m1, 0)', { m1 })), [0, 0, 3, 4]);
    assert.deepEqual(valuesOf(await run('IF(m1 >= 2 AND m1 < 4, 1)', { m1 })), [1, 1]);
    assert.deepEqual(valuesOf(await run('IF(m1 == 1 || !(m1 != 4), m1 * 100, m1)', { m1 })), [100, 2, 3, 400]);
  });

  it('returns SEARCH results as an array that functions accept', async () => {
    const found = [ts([1, 1], 'a'), ts([2, 2], 'b')];
    const value = await run("SEARCH('{App,Host} MetricName=\"Load\"', 'Average', 60)", {}, found);
    assert.equal(value.kind, 'array');
    assert.deepEqual(valuesOf(await run("SUM(SEARCH('Load', 'Sum'))", {}, found)), [3, 3]);
  });

  it('reports syntax errors with their position, and the ids an expression needs', () => {
    assert.throws(() => parseExpression('m1 +'), (error: unknown) => error instanceof MathSyntaxError && error.position === 4);
    assert.throws(() => parseExpression('SUM(m1'), MathSyntaxError);
    assert.throws(() => parseExpression('m1 $ 2'), MathSyntaxError);
    assert.deepEqual(referencesOf(parseExpression('IF(a > 1, SUM([b, c]), FILL(d, 0))')), ['a', 'b', 'c', 'd']);
  });

  it('matches SEARCH expressions: schema, exact and partial properties, words, AND/OR/NOT', () => {
    const metric = (namespace: string, metricName: string, dims: Record<string, string>) => ({ namespace, metricName, dimensions: Object.entries(dims).map(([Name, Value]) => ({ Name, Value })) });
    const web = metric('App', 'Latency', { Host: 'web-1' });
    const db = metric('App', 'Latency', { Host: 'db-1', Role: 'primary' });
    const other = metric('Other', 'Errors', {});
    const search = (q: string) => [web, db, other].filter(parseSearch(q)).map((m) => m.dimensions[0]?.Value ?? m.metricName);
    assert.deepEqual(search('{App,Host} MetricName="Latency"'), ['web-1']);
    assert.deepEqual(search('{App,Host,Role}'), ['db-1']);
    assert.deepEqual(search('Host=web'), ['web-1']);
    assert.deepEqual(search('Host="web"'), []);
    assert.deepEqual(search('Latency NOT primary'), ['web-1']);
    assert.deepEqual(search('Errors OR (Latency AND primary)'), ['db-1', 'Errors']);
  });
});
