import { MathError } from './values.js';

/** What a SEARCH expression is matched against: one stored metric. */
export interface SearchableMetric {
  namespace: string;
  metricName: string;
  dimensions: Array<{ Name: string; Value: string }>;
}

type Term =
  | { type: 'word'; text: string }
  | { type: 'property'; name: string; value: string; exact: boolean }
  | { type: 'and' | 'or'; left: Term; right: Term }
  | { type: 'not'; operand: Term }
  | { type: 'all' };

/**
 * A SEARCH expression, `{Namespace,DimensionName…} terms`: the optional schema keeps metrics of that
 * namespace with exactly those dimension names; terms are words and phrases matched partially
 * against every name and value, `Name="value"` matched exactly (`Name=value` partially), joined by
 * AND (or nothing), OR and NOT, with parentheses.
 */
export function parseSearch(source: string): (metric: SearchableMetric) => boolean {
  let rest = source.trim();
  let schema: { namespace: string; dimensionNames: string[] } | undefined;
  if (rest.startsWith('{')) {
    const close = rest.indexOf('}');
    if (close < 0) throw new MathError('Invalid search expression: the schema has no closing }');
    const parts = splitSchema(rest.slice(1, close));
    if (!parts.length || !parts[0]) throw new MathError('Invalid search expression: the schema needs a namespace');
    schema = { namespace: parts[0], dimensionNames: parts.slice(1).sort() };
    rest = rest.slice(close + 1);
  }
  const term = parseTerms(tokens(rest));
  return (metric) => {
    if (schema) {
      if (metric.namespace !== schema.namespace) return false;
      const names = metric.dimensions.map((d) => d.Name).sort();
      if (names.length !== schema.dimensionNames.length || names.some((n, i) => n !== schema!.dimensionNames[i])) return false;
    }
    return matches(term, metric);
  };
}

function splitSchema(text: string): string[] {
  return (text.match(/"(?:[^"\\]|\\.)*"|[^,]+/g) ?? []).map((part) => unquote(part.trim()));
}

function unquote(text: string): string {
  return text.startsWith('"') && text.endsWith('"') && text.length >= 2 ? text.slice(1, -1).replace(/\\(.)/g, '$1') : text;
}

function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9_.\-/:#*]+=(?:"(?:[^"\\]|\\.)*"|[^\s()]+)|"(?:[^"\\]|\\.)*"|[()]|[^\s()]+/g) ?? [];
}

function parseTerms(list: string[]): Term {
  let index = 0;
  const orExpr = (): Term => {
    let left = andExpr();
    while (list[index] === 'OR') {
      index++;
      left = { type: 'or', left, right: andExpr() };
    }
    return left;
  };
  const andExpr = (): Term => {
    let left = unary();
    while (index < list.length && list[index] !== 'OR' && list[index] !== ')') {
      if (list[index] === 'AND') index++;
      left = { type: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): Term => {
    const token = list[index++];
    if (token === undefined) throw new MathError('Invalid search expression: a term is missing');
    if (token === 'NOT') return { type: 'not', operand: unary() };
    if (token === '(') {
      const inner = orExpr();
      if (list[index++] !== ')') throw new MathError('Invalid search expression: unbalanced parentheses');
      return inner;
    }
    const property = /^([^=]+)=(.*)$/.exec(token);
    if (property && !token.startsWith('"')) {
      const exact = property[2]!.startsWith('"');
      return { type: 'property', name: property[1]!, value: unquote(property[2]!), exact };
    }
    return { type: 'word', text: unquote(token) };
  };
  if (!list.length) return { type: 'all' };
  const term = orExpr();
  if (index < list.length) throw new MathError(`Invalid search expression: unexpected ${list[index]}`);
  return term;
}

function matches(term: Term, metric: SearchableMetric): boolean {
  switch (term.type) {
    case 'all':
      return true;
    case 'and':
      return matches(term.left, metric) && matches(term.right, metric);
    case 'or':
      return matches(term.left, metric) || matches(term.right, metric);
    case 'not':
      return !matches(term.operand, metric);
    case 'word': {
      const word = term.text.toLowerCase();
      return searchableText(metric).some((text) => text.toLowerCase().includes(word));
    }
    case 'property': {
      const candidates = propertyValues(term.name, metric);
      return candidates.some((value) => (term.exact ? value === term.value : value.toLowerCase().includes(term.value.toLowerCase())));
    }
  }
}

function searchableText(metric: SearchableMetric): string[] {
  return [metric.namespace, metric.metricName, ...metric.dimensions.flatMap((d) => [d.Name, d.Value])];
}

function propertyValues(name: string, metric: SearchableMetric): string[] {
  if (name === 'MetricName') return [metric.metricName];
  if (name === 'Namespace') return [metric.namespace];
  return metric.dimensions.filter((d) => d.Name === name).map((d) => d.Value);
}
