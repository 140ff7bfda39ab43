import { AwsError } from '../common/aws-error.js';
import { header, type HttpRequest } from './http-message.js';
import type { OperationModel, ServiceModel, Shape, ShapeRef } from './model.js';
import { ShapeReader } from './shape-reader.js';
import { formatTimestamp } from './timestamps.js';

/**
 * The REST protocols' bindings of members to the HTTP message, shared by rest-xml and rest-json:
 * which operation a method and URI name, members from the URI, query string, headers and status
 * code, and the reverse for responses. Bodies are the codecs' own business.
 */

type Segment = { literal: string } | { label: string; greedy: boolean };

interface Route {
  operation: OperationModel;
  segments: Segment[];
  /** Query literals of the template: `?uploads` requires the name, `?list-type=2` the value too. */
  query: Array<[string, string | undefined]>;
  required: { query: string[]; headers: string[] };
}

const routesByModel = new WeakMap<ServiceModel, Map<string, Route[]>>();

/** The operation whose URI template matches the request most specifically. */
export function matchOperation(request: HttpRequest, model: ServiceModel): OperationModel | undefined {
  const routes = routesOf(model).get(request.method.toUpperCase()) ?? [];
  const path = request.rawPath.split('/').slice(1);
  let best: { route: Route; score: number } | undefined;
  for (const route of routes) {
    const score = scoreOf(route, path, request);
    if (score !== undefined && (!best || score > best.score)) best = { route, score };
  }
  return best?.route.operation;
}

function scoreOf(route: Route, path: string[], request: HttpRequest): number | undefined {
  if (matchPath(route.segments, path) === undefined) return undefined;
  for (const [name, value] of route.query) {
    if (!request.query.has(name) || (value !== undefined && request.query.get(name) !== value)) return undefined;
  }
  const literals = route.segments.filter((segment) => 'literal' in segment).length;
  const queryPresent = route.required.query.filter((name) => request.query.has(name)).length;
  const headersPresent = route.required.headers.filter((name) => request.headers[name] !== undefined).length;
  // A route whose required query or header members are missing is only a last resort.
  const complete = queryPresent === route.required.query.length && headersPresent === route.required.headers.length;
  // SDKs generated from Smithy models add `x-id=<Operation>` where templates alone are ambiguous.
  const named = request.query.get('x-id') === route.operation.name ? 1 : 0;
  // A deprecated operation bound like its successor (PutBucketLifecycle, PutBucketNotification) loses the tie.
  const current = route.operation.deprecated ? 0 : 1;
  return (complete ? 1_000_000 : 0) + literals * 10_000 + route.query.length * 1_000 + named * 100 + (queryPresent + headersPresent) * 10 + current;
}

/** The raw (still percent-encoded) text each label captured, or undefined when the path does not fit. */
function matchPath(segments: Segment[], path: string[]): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  // `/bucket/` is `/bucket`; a greedy label keeps its trailing slash (`/bucket/dir/` is key `dir/`).
  const greedy = segments.some((segment) => 'greedy' in segment && segment.greedy);
  const parts = !greedy && path.length > segments.length && path[path.length - 1] === '' ? path.slice(0, -1) : path;
  if (segments.length === 0) return parts.length === 0 || (parts.length === 1 && parts[0] === '') ? labels : undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if ('literal' in segment) {
      if (parts[i] !== segment.literal) return undefined;
    } else if (segment.greedy) {
      const rest = parts.slice(i).join('/');
      if (rest === '' || i < segments.length - 1) return undefined;
      labels[segment.label] = rest;
      return labels;
    } else {
      if (!parts[i]) return undefined;
      labels[segment.label] = parts[i]!;
    }
  }
  return parts.length === segments.length ? labels : undefined;
}

function routesOf(model: ServiceModel): Map<string, Route[]> {
  let routes = routesByModel.get(model);
  if (routes) return routes;
  routes = new Map();
  for (const operation of Object.values(model.operations)) {
    const route = parseRoute(operation, model);
    const method = operation.http.method.toUpperCase();
    routes.set(method, [...(routes.get(method) ?? []), route]);
  }
  routesByModel.set(model, routes);
  return routes;
}

function parseRoute(operation: OperationModel, model: ServiceModel): Route {
  const [pathPart, queryPart = ''] = operation.http.requestUri.split('?', 2) as [string, string?];
  const segments: Segment[] = pathPart.split('/').slice(1).filter((part, i, all) => part !== '' || i < all.length - 1).map((part) => {
    const label = /^\{([^}+]+)(\+?)\}$/.exec(part);
    return label ? { label: label[1]!, greedy: label[2] === '+' } : { literal: part };
  });
  const query = queryPart.split('&').filter(Boolean).map((pair): [string, string | undefined] => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [pair, undefined] : [pair.slice(0, eq), pair.slice(eq + 1)];
  });
  const required = { query: [] as string[], headers: [] as string[] };
  const input = operation.input && model.shapes[operation.input.shape];
  for (const name of input?.required ?? []) {
    const ref = input!.members![name]!;
    if (ref.location === 'querystring') required.query.push(ref.locationName ?? name);
    if (ref.location === 'header') required.headers.push((ref.locationName ?? name).toLowerCase());
  }
  return { operation, segments, query, required };
}

/** Reads the members bound to the URI, query string and headers into input values. */
export function bindRequest(request: HttpRequest, operation: OperationModel, model: ServiceModel, invalid: (message: string) => AwsError): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (!operation.input) return input;
  const shape = model.shapes[operation.input.shape]!;
  const route = routesOf(model).get(operation.http.method.toUpperCase())!.find((candidate) => candidate.operation === operation)!;
  const labels = matchPath(route.segments, request.rawPath.split('/').slice(1)) ?? {};
  const reader = new ShapeReader(model, invalid);
  const bound = new Set<string>(route.query.map(([name]) => name));
  let queryMap: [string, ShapeRef] | undefined;
  for (const [member, ref] of Object.entries(shape.members ?? {})) {
    const name = ref.locationName ?? member;
    let wire: unknown;
    switch (ref.location) {
      case 'uri':
        wire = labels[name] === undefined ? undefined : decodeLabel(labels[name]!);
        break;
      case 'querystring':
        if (model.shapes[ref.shape]!.type === 'map') {
          queryMap = [member, ref];
          continue;
        }
        bound.add(name);
        wire = queryValue(request.query.getAll(name), model.shapes[ref.shape]!);
        break;
      case 'header':
        wire = headerValue(header(request, name.toLowerCase()), ref, model);
        break;
      case 'headers':
        wire = prefixedHeaders(request, name.toLowerCase());
        break;
      default:
        continue;
    }
    const value = reader.read(wire, ref, member);
    if (value !== undefined) input[member] = value;
  }
  if (queryMap) {
    const rest = [...request.query.keys()].filter((name) => !bound.has(name));
    if (rest.length) input[queryMap[0]] = Object.fromEntries(rest.map((name) => [name, request.query.get(name)]));
  }
  return input;
}

function decodeLabel(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new AwsError('InvalidURI', "Couldn't parse the specified URI.", 400);
  }
}

function queryValue(values: string[], shape: Shape): unknown {
  if (!values.length) return undefined;
  return shape.type === 'list' ? values : values[0];
}

function headerValue(value: string | undefined, ref: ShapeRef, model: ServiceModel): unknown {
  if (value === undefined) return undefined;
  const shape = model.shapes[ref.shape]!;
  if (ref.jsonvalue || (shape as { jsonvalue?: boolean }).jsonvalue) {
    try {
      return JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    } catch {
      return undefined;
    }
  }
  if (shape.type === 'list') return value.split(',').map((item) => item.trim());
  if (shape.type === 'blob') return value;
  return value;
}

function prefixedHeaders(request: HttpRequest, prefix: string): Record<string, string> | undefined {
  const entries = Object.keys(request.headers).filter((name) => name.startsWith(prefix)).map((name) => [name.slice(prefix.length), header(request, name)!]);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** A response's status and headers from the output members bound to them. */
export function bindResponse(output: Record<string, unknown>, operation: OperationModel, model: ServiceModel): { status: number; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  let status = operation.http.responseCode ?? 200;
  if (!operation.output) return { status, headers };
  const shape = model.shapes[operation.output.shape]!;
  for (const [member, ref] of Object.entries(shape.members ?? {})) {
    const value = output[member];
    if (value === undefined || value === null) continue;
    const name = (ref.locationName ?? member).toLowerCase();
    if (ref.location === 'statusCode') status = Number(value);
    else if (ref.location === 'header') headers[name] = formatHeader(value, ref, model);
    else if (ref.location === 'headers') {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) headers[`${name}${key.toLowerCase()}`] = String(item);
    }
  }
  return { status, headers };
}

function formatHeader(value: unknown, ref: ShapeRef, model: ServiceModel): string {
  const shape = model.shapes[ref.shape]!;
  if (ref.jsonvalue || (shape as { jsonvalue?: boolean }).jsonvalue) return Buffer.from(JSON.stringify(value)).toString('base64');
  switch (shape.type) {
    case 'timestamp':
      return String(formatTimestamp(value as Date, ref.timestampFormat ?? shape.timestampFormat ?? 'rfc822'));
    case 'list':
      return (value as unknown[]).map((item) => formatHeader(item, shape.member!, model)).join(', ');
    case 'blob':
      return Buffer.from(value as Uint8Array).toString('base64');
    default:
      return String(value);
  }
}

/** The members that travel in the body: the `payload` member alone, or every unbound member. */
export function bodyMembers(ref: ShapeRef | undefined, model: ServiceModel): { payload?: [string, ShapeRef]; members: Array<[string, ShapeRef]> } {
  if (!ref) return { members: [] };
  const shape = model.shapes[ref.shape]!;
  if (shape.payload) return { payload: [shape.payload, shape.members![shape.payload]!], members: [] };
  return { members: Object.entries(shape.members ?? {}).filter(([, member]) => !member.location) };
}

/** Binds trailing headers (an aws-chunked body's checksum) to the header members they name. */
export function bindTrailers(trailers: Record<string, string>, ref: ShapeRef, model: ServiceModel, invalid: (message: string) => AwsError): Record<string, unknown> {
  const bound: Record<string, unknown> = {};
  const reader = new ShapeReader(model, invalid);
  for (const [member, memberRef] of Object.entries(model.shapes[ref.shape]!.members ?? {})) {
    if (memberRef.location !== 'header') continue;
    const value = trailers[(memberRef.locationName ?? member).toLowerCase()];
    if (value !== undefined) bound[member] = reader.read(headerValue(value, memberRef, model), memberRef, member);
  }
  return bound;
}
