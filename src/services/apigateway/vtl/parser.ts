/**
 * A parser for the Velocity Template Language as API Gateway's mapping templates use it: references
 * (`$input.path('$.a')`, `$!{x}`), `#set`, `#if/#elseif/#else/#end`, `#foreach`, comments.
 */
export type Node =
  | { kind: 'text'; text: string }
  | { kind: 'ref'; ref: Expr; silent: boolean; source: string }
  | { kind: 'set'; target: Expr; value: Expr }
  | { kind: 'if'; branches: Array<{ condition: Expr; body: Node[] }>; otherwise?: Node[] }
  | { kind: 'foreach'; variable: string; items: Expr; body: Node[] };

export type Expr =
  | { kind: 'literal'; value: unknown }
  | { kind: 'interpolated'; nodes: Node[] }
  | { kind: 'var'; name: string }
  | { kind: 'prop'; target: Expr; name: string }
  | { kind: 'call'; target: Expr; name: string; args: Expr[] }
  | { kind: 'index'; target: Expr; index: Expr }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'range'; from: Expr; to: Expr }
  | { kind: 'map'; entries: Array<[Expr, Expr]> }
  | { kind: 'unary'; op: string; operand: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr };

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const BINARY_LEVELS = [['||', 'or'], ['&&', 'and'], ['==', '!=', 'eq', 'ne'], ['<=', '>=', '<', '>', 'le', 'ge', 'lt', 'gt'], ['+', '-'], ['*', '/', '%']];
const WORD_OPS: Record<string, string> = { or: '||', and: '&&', eq: '==', ne: '!=', le: '<=', ge: '>=', lt: '<', gt: '>' };

export class VtlSyntaxError extends Error {}

export function parseTemplate(source: string): Node[] {
  const parser = new Parser(source);
  const nodes = parser.block([]);
  if (parser.pos < source.length) throw new VtlSyntaxError(`unexpected #${parser.pendingDirective ?? ''} at ${parser.pos}`);
  return nodes;
}

class Parser {
  pos = 0;
  pendingDirective: string | undefined;
  constructor(private readonly src: string) {}

  /** Parses nodes until one of `stops` (a directive name) or the end; leaves `pendingDirective` set to the stop found. */
  block(stops: string[]): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const char = this.src[this.pos]!;
      if (char === '#' && this.src[this.pos + 1] === '#') {
        const end = this.src.indexOf('\n', this.pos);
        this.pos = end < 0 ? this.src.length : end + 1;
        continue;
      }
      if (char === '#' && this.src[this.pos + 1] === '*') {
        const end = this.src.indexOf('*#', this.pos + 2);
        this.pos = end < 0 ? this.src.length : end + 2;
        continue;
      }
      if (char === '#') {
        const name = this.directiveName();
        if (name) {
          text = trimDirectiveIndent(text);
          flush();
          if (stops.includes(name)) {
            this.pendingDirective = name;
            return nodes;
          }
          if (name === 'else' || name === 'elseif' || name === 'end') throw new VtlSyntaxError(`unexpected #${name}`);
          nodes.push(this.directive(name));
          continue;
        }
      }
      if (char === '\\' && this.src[this.pos + 1] === '$') {
        text += '$';
        this.pos += 2;
        continue;
      }
      if (char === '$') {
        const start = this.pos;
        const ref = this.tryReference();
        if (ref) {
          flush();
          nodes.push({ ...ref, source: this.src.slice(start, this.pos) });
          continue;
        }
      }
      text += char;
      this.pos++;
    }
    flush();
    this.pendingDirective = undefined;
    if (stops.length) throw new VtlSyntaxError(`missing #end`);
    return nodes;
  }

  /** Reads `#name` or `#{name}` if it is a directive, moving past it; otherwise leaves the position. */
  private directiveName(): string | undefined {
    const match = /#(?:\{(set|if|elseif|else|end|foreach)\}|(set|if|elseif|else|end|foreach))/y;
    match.lastIndex = this.pos;
    const found = match.exec(this.src);
    if (!found) return undefined;
    const name = (found[1] ?? found[2])!;
    const after = this.src[match.lastIndex];
    if ((name === 'else' || name === 'end') && after && /[A-Za-z]/.test(after)) return undefined;
    this.pos = match.lastIndex;
    return name;
  }

  private directive(name: string): Node {
    if (name === 'set') {
      this.expect('(');
      const target = this.expression();
      this.expect('=');
      const value = this.expression();
      this.expect(')');
      this.eatLineEnd();
      return { kind: 'set', target, value };
    }
    if (name === 'foreach') {
      this.expect('(');
      this.skipSpace();
      this.expect('$');
      const variable = this.identifier();
      this.skipSpace();
      if (!this.src.startsWith('in', this.pos)) throw new VtlSyntaxError('expected in');
      this.pos += 2;
      const items = this.expression();
      this.expect(')');
      this.eatLineEnd();
      const body = this.block(['end']);
      this.eatLineEnd();
      return { kind: 'foreach', variable, items, body };
    }
    const branches: Array<{ condition: Expr; body: Node[] }> = [];
    let otherwise: Node[] | undefined;
    let directive = 'if';
    while (directive === 'if' || directive === 'elseif') {
      this.expect('(');
      const condition = this.expression();
      this.expect(')');
      this.eatLineEnd();
      branches.push({ condition, body: this.block(['elseif', 'else', 'end']) });
      directive = this.pendingDirective!;
    }
    if (directive === 'else') {
      this.eatLineEnd();
      otherwise = this.block(['end']);
    }
    this.eatLineEnd();
    return { kind: 'if', branches, otherwise };
  }

  private tryReference(): { kind: 'ref'; ref: Expr; silent: boolean } | undefined {
    const start = this.pos;
    this.pos++;
    const silent = this.src[this.pos] === '!';
    if (silent) this.pos++;
    const braced = this.src[this.pos] === '{';
    if (braced) this.pos++;
    IDENT.lastIndex = this.pos;
    if (!IDENT.test(this.src)) {
      this.pos = start;
      return undefined;
    }
    const ref = this.referenceChain({ kind: 'var', name: this.identifier() }, true);
    if (braced) {
      if (this.src[this.pos] !== '}') {
        this.pos = start;
        return undefined;
      }
      this.pos++;
    }
    return { kind: 'ref', ref, silent };
  }

  /** `.name`, `.name(args)` and `[index]` after a variable; in text a trailing `.` not followed by a name stays text. */
  private referenceChain(base: Expr, inText: boolean): Expr {
    let expr = base;
    for (;;) {
      if (this.src[this.pos] === '.' && /[A-Za-z_]/.test(this.src[this.pos + 1] ?? '')) {
        this.pos++;
        const name = this.identifier();
        if (this.src[this.pos] === '(') {
          this.pos++;
          expr = { kind: 'call', target: expr, name, args: this.arguments(')') };
        } else {
          expr = { kind: 'prop', target: expr, name };
        }
      } else if (this.src[this.pos] === '[' && !inText) {
        this.pos++;
        const index = this.expression();
        this.expect(']');
        expr = { kind: 'index', target: expr, index };
      } else if (this.src[this.pos] === '[' && inText) {
        const save = this.pos;
        try {
          this.pos++;
          const index = this.expression();
          this.expect(']');
          expr = { kind: 'index', target: expr, index };
        } catch {
          this.pos = save;
          return expr;
        }
      } else {
        return expr;
      }
    }
  }

  private arguments(close: string): Expr[] {
    const args: Expr[] = [];
    this.skipSpace();
    if (this.src[this.pos] === close) {
      this.pos++;
      return args;
    }
    for (;;) {
      args.push(this.expression());
      this.skipSpace();
      const next = this.src[this.pos++];
      if (next === close) return args;
      if (next !== ',') throw new VtlSyntaxError(`expected , or ${close}`);
    }
  }

  expression(level = 0): Expr {
    if (level === BINARY_LEVELS.length) return this.unary();
    let left = this.expression(level + 1);
    for (;;) {
      this.skipSpace();
      const op = BINARY_LEVELS[level]!.find((candidate) => this.src.startsWith(candidate, this.pos) && !(/^[a-z]/.test(candidate) && /[A-Za-z0-9_]/.test(this.src[this.pos + candidate.length] ?? '')) && !(candidate === '<' && this.src[this.pos + 1] === '=') && !(candidate === '>' && this.src[this.pos + 1] === '='));
      if (!op || (op === '=' as string)) return left;
      if ((op === '<' || op === '>') && this.src[this.pos + 1] === '=') return left;
      this.pos += op.length;
      left = { kind: 'binary', op: WORD_OPS[op] ?? op, left, right: this.expression(level + 1) };
    }
  }

  private unary(): Expr {
    this.skipSpace();
    if (this.src[this.pos] === '!' && this.src[this.pos + 1] !== '=') {
      this.pos++;
      return { kind: 'unary', op: '!', operand: this.unary() };
    }
    if (this.src.startsWith('not ', this.pos)) {
      this.pos += 3;
      return { kind: 'unary', op: '!', operand: this.unary() };
    }
    if (this.src[this.pos] === '-' && !/\d/.test(this.src[this.pos + 1] ?? '')) {
      this.pos++;
      return { kind: 'unary', op: '-', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    this.skipSpace();
    const char = this.src[this.pos];
    if (char === '(') {
      this.pos++;
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    if (char === "'") return { kind: 'literal', value: this.quoted("'") };
    if (char === '"') return { kind: 'interpolated', nodes: parseTemplate(this.quoted('"')) };
    if (char === '[') return this.listOrRange();
    if (char === '{') {
      this.pos++;
      const entries: Array<[Expr, Expr]> = [];
      this.skipSpace();
      if (this.src[this.pos] === '}') this.pos++;
      else {
        for (;;) {
          const key = this.expression();
          this.expect(':');
          entries.push([key, this.expression()]);
          this.skipSpace();
          const next = this.src[this.pos++];
          if (next === '}') break;
          if (next !== ',') throw new VtlSyntaxError('expected , or }');
        }
      }
      return { kind: 'map', entries };
    }
    if (char === '$') {
      this.pos++;
      if (this.src[this.pos] === '!') this.pos++;
      const braced = this.src[this.pos] === '{';
      if (braced) this.pos++;
      const ref = this.referenceChain({ kind: 'var', name: this.identifier() }, false);
      if (braced) this.expect('}');
      return ref;
    }
    const number = /-?\d+(\.\d+)?/y;
    number.lastIndex = this.pos;
    const found = number.exec(this.src);
    if (found) {
      this.pos = number.lastIndex;
      return { kind: 'literal', value: Number(found[0]) };
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.src.startsWith(word, this.pos)) {
        this.pos += word.length;
        return { kind: 'literal', value };
      }
    }
    throw new VtlSyntaxError(`unexpected ${char ?? 'end'} at ${this.pos}`);
  }

  private listOrRange(): Expr {
    this.pos++;
    this.skipSpace();
    if (this.src[this.pos] === ']') {
      this.pos++;
      return { kind: 'list', items: [] };
    }
    const first = this.expression();
    this.skipSpace();
    if (this.src.startsWith('..', this.pos)) {
      this.pos += 2;
      const to = this.expression();
      this.expect(']');
      return { kind: 'range', from: first, to };
    }
    const rest = this.src[this.pos] === ',' ? (this.pos++, this.arguments(']')) : (this.expect(']'), []);
    return { kind: 'list', items: [first, ...rest] };
  }

  private quoted(quote: string): string {
    let value = '';
    this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== quote) {
      if (this.src[this.pos] === quote && this.src[this.pos + 1] === quote) this.pos++;
      value += this.src[this.pos++];
    }
    if (this.src[this.pos] !== quote) throw new VtlSyntaxError('unterminated string');
    this.pos++;
    return value;
  }

  private identifier(): string {
    IDENT.lastIndex = this.pos;
    const found = IDENT.exec(this.src);
    if (!found) throw new VtlSyntaxError(`expected a name at ${this.pos}`);
    let name = found[0];
    // A trailing dash belongs to the text after it (`$a-$b`), not to the name.
    while (name.endsWith('-')) name = name.slice(0, -1);
    this.pos += name.length;
    return name;
  }

  private expect(token: string): void {
    this.skipSpace();
    if (!this.src.startsWith(token, this.pos)) throw new VtlSyntaxError(`expected ${token} at ${this.pos}`);
    this.pos += token.length;
  }

  private skipSpace(): void {
    while (/\s/.test(this.src[this.pos] ?? '')) this.pos++;
  }

  /** A directive alone on its line takes the line's end with it, as Velocity's space gobbling does. */
  private eatLineEnd(): void {
    const rest = /[ \t]*\r?\n/y;
    rest.lastIndex = this.pos;
    if (rest.test(this.src)) this.pos = rest.lastIndex;
  }
}

function trimDirectiveIndent(text: string): string {
  const lineStart = text.lastIndexOf('\n') + 1;
  return /^[ \t]*$/.test(text.slice(lineStart)) ? text.slice(0, lineStart) : text;
}
