/** A Logs Insights token; `regex` carries its source, `string` its unquoted text. */
export interface Token {
  kind: 'string' | 'regex' | 'number' | 'duration' | 'name' | 'op' | 'pipe';
  text: string;
  flags?: string;
}

export class QuerySyntaxError extends Error {}

const OPERATORS = ['!=', '<=', '>=', '=~', '=', '<', '>', '+', '-', '*', '/', '%', '(', ')', '[', ']', ','];
/** After these a `/` starts a regular expression rather than a division. */
const REGEX_FOLLOWS = new Set(['=', '!=', '=~', '(', ',', '[', 'like', 'parse', 'and', 'or', 'not', '|']);

/** Splits a query into tokens; `|` outside strings and regular expressions separates commands. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '#') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (char === '|') {
      tokens.push({ kind: 'pipe', text: '|' });
      i++;
    } else if (char === '"' || char === "'") {
      const [text, next] = delimited(query, i, char);
      tokens.push({ kind: 'string', text });
      i = next;
    } else if (char === '`') {
      const [text, next] = delimited(query, i, '`');
      tokens.push({ kind: 'name', text });
      i = next;
    } else if (char === '/' && regexMayStart(tokens)) {
      const [text, next] = delimited(query, i, '/');
      const flags = /^[a-z]*/.exec(query.slice(next))![0];
      tokens.push({ kind: 'regex', text, flags });
      i = next + flags.length;
    } else if (/\d/.test(char) || (char === '.' && /\d/.test(query[i + 1] ?? ''))) {
      const match = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?([a-z]+)?/.exec(query.slice(i))!;
      tokens.push({ kind: match[3] ? 'duration' : 'number', text: match[0] });
      i += match[0].length;
    } else if (/[@A-Za-z_$]/.test(char)) {
      const match = /^[@A-Za-z_$][\w.@$]*/.exec(query.slice(i))!;
      let text = match[0];
      while (text.endsWith('.')) text = text.slice(0, -1);
      tokens.push({ kind: 'name', text });
      i += text.length;
    } else {
      const op = OPERATORS.find((candidate) => query.startsWith(candidate, i));
      if (!op) throw new QuerySyntaxError(`unexpected character '${char}' at ${i}`);
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    }
  }
  return tokens;
}

function regexMayStart(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || REGEX_FOLLOWS.has(last.text.toLowerCase())) return true;
  return last.kind === 'name' && tokens[tokens.length - 2]?.text.toLowerCase() === 'parse';
}

function delimited(query: string, start: number, delimiter: string): [string, number] {
  let text = '';
  for (let i = start + 1; i < query.length; i++) {
    const char = query[i]!;
    if (char === '\\' && delimiter !== '/' && i + 1 < query.length) text += query[++i];
    else if (char === '\\' && delimiter === '/' && query[i + 1] === '/') text += query[++i];
    else if (char === delimiter) return [text, i + 1];
    else text += char;
  }
  throw new QuerySyntaxError(`unterminated ${delimiter} at ${start}`);
}

/** A cursor over one command's tokens. */
export class Cursor {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  next(): Token {
    const token = this.tokens[this.index++];
    if (!token) throw new QuerySyntaxError('unexpected end of command');
    return token;
  }

  /** Consumes the next token when its text is `text` (case-insensitive for words). */
  accept(text: string): boolean {
    const token = this.peek();
    if (!token || token.kind === 'string' || token.kind === 'regex' || token.text.toLowerCase() !== text.toLowerCase()) return false;
    this.index++;
    return true;
  }

  expect(text: string): void {
    if (!this.accept(text)) throw new QuerySyntaxError(`expected '${text}' but found '${this.peek()?.text ?? 'end of command'}'`);
  }

  done(): boolean {
    return this.index >= this.tokens.length;
  }
}
