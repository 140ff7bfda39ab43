import { FilterPatternError } from './filter-errors.js';
import { regex } from './filter-lexer.js';
import { evaluateJson, parseJsonPattern, select } from './filter-pattern-json.js';
import { matchSpacePattern, parseSpacePattern } from './filter-pattern-space.js';

export { FilterPatternError };

/** What a matching event yields: the named fields of a space-delimited pattern, and any value a metric asks for. */
export interface FilterMatch {
  /** `$name` → field, as TestMetricFilter reports them. */
  extractedValues: Record<string, string>;
  /** A metric value reference (`$.latency`, `$bytes`) resolved against this event. */
  valueOf(reference: string): string | undefined;
}

/** A compiled filter pattern, as metric filters, subscription filters and FilterLogEvents use them. */
export interface FilterPattern {
  readonly kind: 'all' | 'terms' | 'json' | 'space';
  match(message: string): FilterMatch | undefined;
}

interface Term {
  mode: 'required' | 'optional' | 'excluded';
  test: (message: string) => boolean;
}

const NOTHING_EXTRACTED: FilterMatch = { extractedValues: {}, valueOf: () => undefined };

/**
 * Compiles CloudWatch Logs filter pattern syntax: an empty pattern matches everything; terms and
 * quoted phrases must all occur (case-sensitive), `?term`s need one of them, `-term`s must not
 * occur, `%regex%` terms match a regular expression; `{ … }` patterns test JSON events; `[ … ]`
 * patterns bind space-delimited fields. Throws FilterPatternError for a pattern AWS would reject.
 */
export function parseFilterPattern(pattern: string): FilterPattern {
  const text = pattern.trim();
  if (text === '') return { kind: 'all', match: () => NOTHING_EXTRACTED };
  if (text.startsWith('{')) {
    const condition = parseJsonPattern(text);
    return {
      kind: 'json',
      match: (message) => {
        const document = parseJson(message);
        if (document === undefined || !evaluateJson(condition, document)) return undefined;
        return { extractedValues: {}, valueOf: (reference) => scalar(select(document, reference)[0]) };
      },
    };
  }
  if (text.startsWith('[')) {
    const elements = parseSpacePattern(text);
    return {
      kind: 'space',
      match: (message) => {
        const bound = matchSpacePattern(elements, message);
        if (!bound) return undefined;
        const extractedValues = Object.fromEntries(Object.entries(bound).map(([name, value]) => [`$${name}`, value]));
        return { extractedValues, valueOf: (reference) => bound[reference.replace(/^\$/, '')] };
      },
    };
  }
  const terms = parseTerms(text);
  const optional = terms.filter((term) => term.mode === 'optional');
  return {
    kind: 'terms',
    match: (message) => {
      const ok = terms.every((term) => term.mode === 'optional' || (term.mode === 'required') === term.test(message))
        && (optional.length === 0 || optional.some((term) => term.test(message)));
      return ok ? NOTHING_EXTRACTED : undefined;
    },
  };
}

function parseTerms(text: string): Term[] {
  const terms: Term[] = [];
  let index = 0;
  while (index < text.length) {
    if (/\s/.test(text[index]!)) {
      index++;
      continue;
    }
    let mode: Term['mode'] = 'required';
    if (text[index] === '?') mode = 'optional';
    else if (text[index] === '-' && index + 1 < text.length && !/\s/.test(text[index + 1]!)) mode = 'excluded';
    if (mode !== 'required') index++;
    const [test, next] = readTerm(text, index);
    terms.push({ mode, test });
    index = next;
  }
  return terms;
}

function readTerm(text: string, index: number): [(message: string) => boolean, number] {
  const delimiter = text[index];
  if (delimiter === '"' || delimiter === '%') {
    const end = text.indexOf(delimiter, index + 1);
    if (end < 0) throw new FilterPatternError(`Invalid filter pattern '${text}': unterminated ${delimiter === '"' ? 'quoted phrase' : 'regular expression'}`);
    const body = text.slice(index + 1, end);
    if (delimiter === '%') {
      const expression = regex(body);
      return [(message) => expression.test(message), end + 1];
    }
    return [(message) => message.includes(body), end + 1];
  }
  let end = index;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  const word = text.slice(index, end);
  if (/["{}[\]]/.test(word)) throw new FilterPatternError(`Invalid character(s) in term '${word}'`);
  return [(message) => message.includes(word), end];
}

function parseJson(message: string): unknown {
  const trimmed = message.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

function scalar(value: unknown): string | undefined {
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  return String(value);
}
