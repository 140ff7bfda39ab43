import { parseTemplate, type Expr, type Node } from './parser.js';

/** Variables a template sees: `$input`, `$util`, `$context`, `$stageVariables`, … */
export type Variables = Record<string, unknown>;

const MAX_ITERATIONS = 1000;

/** Renders a mapping template as API Gateway's Velocity engine would. */
export function renderTemplate(template: string, variables: Variables): string {
  return new Renderer({ ...variables }).nodes(parseTemplate(template));
}

class Renderer {
  constructor(private readonly scope: Variables) {}

  nodes(nodes: Node[]): string {
    let out = '';
    for (const node of nodes) out += this.node(node);
    return out;
  }

  private node(node: Node): string {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'ref': {
        const value = this.evaluate(node.ref);
        if (value === undefined || value === null) return node.silent ? '' : node.source;
        return stringify(value);
      }
      case 'set':
        this.assign(node.target, this.evaluate(node.value));
        return '';
      case 'if': {
        for (const branch of node.branches) if (truthy(this.evaluate(branch.condition))) return this.nodes(branch.body);
        return node.otherwise ? this.nodes(node.otherwise) : '';
      }
      case 'foreach':
        return this.foreach(node);
    }
  }

  private foreach(node: Extract<Node, { kind: 'foreach' }>): string {
    const source = this.evaluate(node.items);
    const items = Array.isArray(source) ? source : source instanceof Map ? [...source.values()] : source && typeof source === 'object' ? Object.values(source) : [];
    const saved = { item: this.scope[node.variable], foreach: this.scope.foreach, count: this.scope.velocityCount };
    let out = '';
    items.slice(0, MAX_ITERATIONS).forEach((item, index) => {
      this.scope[node.variable] = item;
      this.scope.foreach = { index, count: index + 1, hasNext: index < items.length - 1, first: index === 0, last: index === items.length - 1 };
      this.scope.velocityCount = index + 1;
      out += this.nodes(node.body);
    });
    Object.assign(this.scope, { [node.variable]: saved.item, foreach: saved.foreach, velocityCount: saved.count });
    return out;
  }

  private assign(target: Expr, value: unknown): void {
    if (target.kind === 'var') this.scope[target.name] = value;
    else if (target.kind === 'prop') {
      const owner = this.evaluate(target.target);
      if (owner && typeof owner === 'object') (owner as Record<string, unknown>)[target.name] = value;
    } else if (target.kind === 'index') {
      const owner = this.evaluate(target.target);
      if (owner && typeof owner === 'object') (owner as Record<string, unknown>)[String(this.evaluate(target.index))] = value;
    }
  }

  evaluate(expr: Expr): unknown {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'interpolated':
        return this.nodes(expr.nodes);
      case 'var':
        return this.scope[expr.name];
      case 'prop':
        return property(this.evaluate(expr.target), expr.name);
      case 'index': {
        const target = this.evaluate(expr.target);
        const index = this.evaluate(expr.index);
        if (Array.isArray(target)) return target[Number(index) < 0 ? target.length + Number(index) : Number(index)];
        return target && typeof target === 'object' ? (target as Record<string, unknown>)[String(index)] : undefined;
      }
      case 'call':
        return call(this.evaluate(expr.target), expr.name, expr.args.map((arg) => this.evaluate(arg)));
      case 'list':
        return expr.items.map((item) => this.evaluate(item));
      case 'range': {
        const from = Number(this.evaluate(expr.from));
        const to = Number(this.evaluate(expr.to));
        const step = from <= to ? 1 : -1;
        return Array.from({ length: Math.min(Math.abs(to - from) + 1, MAX_ITERATIONS) }, (_, i) => from + i * step);
      }
      case 'map':
        return Object.fromEntries(expr.entries.map(([key, value]) => [String(this.evaluate(key)), this.evaluate(value)]));
      case 'unary': {
        const operand = this.evaluate(expr.operand);
        return expr.op === '!' ? !truthy(operand) : -Number(operand);
      }
      case 'binary':
        return this.binary(expr.op, expr.left, expr.right);
    }
  }

  private binary(op: string, leftExpr: Expr, rightExpr: Expr): unknown {
    if (op === '&&') return truthy(this.evaluate(leftExpr)) && truthy(this.evaluate(rightExpr));
    if (op === '||') return truthy(this.evaluate(leftExpr)) || truthy(this.evaluate(rightExpr));
    const left = this.evaluate(leftExpr);
    const right = this.evaluate(rightExpr);
    switch (op) {
      case '==': return equal(left, right);
      case '!=': return !equal(left, right);
      case '<': return Number(left) < Number(right);
      case '>': return Number(left) > Number(right);
      case '<=': return Number(left) <= Number(right);
      case '>=': return Number(left) >= Number(right);
      case '+': return typeof left === 'number' && typeof right === 'number' ? left + right : stringify(left ?? '') + stringify(right ?? '');
      case '-': return Number(left) - Number(right);
      case '*': return Number(left) * Number(right);
      case '/': return Number.isInteger(left) && Number.isInteger(right) ? Math.trunc(Number(left) / Number(right)) : Number(left) / Number(right);
      case '%': return Number(left) % Number(right);
      default: return undefined;
    }
  }
}

function equal(left: unknown, right: unknown): boolean {
  if (typeof left === 'number' || typeof right === 'number') return Number(left) === Number(right) && left !== null && right !== null;
  if (left === undefined) left = null;
  if (right === undefined) right = null;
  return left === right || (left !== null && right !== null && stringify(left) === stringify(right));
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

function property(target: unknown, name: string): unknown {
  if (target === undefined || target === null) return undefined;
  if (typeof target === 'string' && name === 'length') return undefined;
  const value = (target as Record<string, unknown>)[name];
  if (typeof value === 'function') return undefined;
  if (value !== undefined) return value;
  const getter = (target as Record<string, unknown>)[`get${name[0]!.toUpperCase()}${name.slice(1)}`];
  return typeof getter === 'function' ? (getter as () => unknown).call(target) : undefined;
}

/** Java methods templates call on strings, lists and maps, and the functions `$input` and `$util` provide. */
function call(target: unknown, name: string, args: unknown[]): unknown {
  if (target === undefined || target === null) return undefined;
  const own = (target as Record<string, unknown>)[name];
  if (typeof own === 'function' && !Array.isArray(target) && typeof target !== 'string') return (own as (...a: unknown[]) => unknown).apply(target, args);
  const [a, b] = args;
  if (typeof target === 'string') return stringMethod(target, name, args);
  if (Array.isArray(target)) {
    switch (name) {
      case 'size': return target.length;
      case 'isEmpty': return target.length === 0;
      case 'get': return target[Number(a)];
      case 'contains': return target.some((item) => equal(item, a));
      case 'add': target.push(a); return true;
      default: return undefined;
    }
  }
  if (typeof target === 'object') {
    const map = target as Record<string, unknown>;
    switch (name) {
      case 'get': return map[String(a)];
      case 'put': { const previous = map[String(a)]; map[String(a)] = b; return previous; }
      case 'containsKey': return Object.hasOwn(map, String(a));
      case 'keySet': return Object.keys(map);
      case 'values': return Object.values(map);
      case 'entrySet': return Object.entries(map).map(([key, value]) => ({ key, value }));
      case 'size': return Object.keys(map).length;
      case 'isEmpty': return Object.keys(map).length === 0;
      case 'remove': { const previous = map[String(a)]; delete map[String(a)]; return previous; }
      default: return undefined;
    }
  }
  if (name === 'toString') return stringify(target);
  return undefined;
}

function stringMethod(target: string, name: string, [a, b]: unknown[]): unknown {
  switch (name) {
    case 'length': return target.length;
    case 'isEmpty': return target.length === 0;
    case 'contains': return target.includes(String(a));
    case 'startsWith': return target.startsWith(String(a));
    case 'endsWith': return target.endsWith(String(a));
    case 'indexOf': return target.indexOf(String(a));
    case 'equals': return target === stringify(a);
    case 'equalsIgnoreCase': return target.toLowerCase() === stringify(a).toLowerCase();
    case 'toLowerCase': return target.toLowerCase();
    case 'toUpperCase': return target.toUpperCase();
    case 'trim': return target.trim();
    case 'substring': return target.substring(Number(a), b === undefined ? undefined : Number(b));
    case 'replace': return target.split(String(a)).join(String(b));
    case 'replaceAll': return target.replace(new RegExp(String(a), 'g'), String(b).replace(/\$(\d)/g, '$$$1'));
    case 'split': return target.split(new RegExp(String(a)));
    case 'charAt': return target.charAt(Number(a));
    case 'matches': return new RegExp(`^(?:${String(a)})$`).test(target);
    case 'toString': return target;
    default: return undefined;
  }
}

/** How Velocity prints a value: Java's toString for lists and maps. */
export function stringify(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(stringify).join(', ')}]`;
  if (typeof value === 'object') return `{${Object.entries(value).map(([key, item]) => `${key}=${stringify(item)}`).join(', ')}}`;
  return String(value);
}
