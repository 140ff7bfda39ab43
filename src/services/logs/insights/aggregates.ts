import { toNumber, type Value } from './functions.js';
import { QuerySyntaxError } from './tokens.js';

/** One stats function over the values its argument takes in a group's rows (in time order). */
export function aggregate(name: string, values: Value[], extra: Value[]): Value {
  const present = values.filter((value) => value !== undefined && value !== null && value !== '');
  const numbers = present.map(toNumber).filter((value): value is number => value !== undefined);
  switch (name) {
    case 'count': return present.length;
    case 'count_distinct': return new Set(present.map(String)).size;
    case 'sum': return numbers.reduce((sum, value) => sum + value, 0);
    case 'avg': return numbers.length ? numbers.reduce((sum, value) => sum + value, 0) / numbers.length : undefined;
    case 'min': return numbers.length ? Math.min(...numbers) : undefined;
    case 'max': return numbers.length ? Math.max(...numbers) : undefined;
    case 'earliest': return present[0];
    case 'latest': return present[present.length - 1];
    case 'stddev': {
      if (!numbers.length) return undefined;
      const mean = numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
      return Math.sqrt(numbers.reduce((sum, value) => sum + (value - mean) ** 2, 0) / numbers.length);
    }
    case 'pct': {
      if (!numbers.length) return undefined;
      const sorted = [...numbers].sort((a, b) => a - b);
      const percentile = Number(extra[0] ?? 50);
      return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((percentile / 100) * sorted.length) - 1))];
    }
    default:
      throw new QuerySyntaxError(`unknown stats function ${name}`);
  }
}

export const AGGREGATES = new Set(['count', 'count_distinct', 'sum', 'avg', 'min', 'max', 'earliest', 'latest', 'stddev', 'pct']);
