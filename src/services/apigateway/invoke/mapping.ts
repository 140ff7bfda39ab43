import type { Variables } from '../vtl/render.js';
import { requestContextOf, type Invocation } from './invocation.js';
import { jsonPath } from './json-path.js';

/** What an integration answered, for response parameter mappings and templates. */
export interface IntegrationOutput {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** `$input`, `$util`, `$context` and `$stageVariables` for a template over `body`. */
export function templateVariables(invocation: Invocation, body: string, contextExtras: Record<string, unknown> = {}): Variables {
  const parsed = () => parseJsonOrUndefined(body);
  const params = paramsOf(invocation);
  return {
    input: {
      body,
      json: (path: string) => {
        const document = parsed();
        if (document === undefined) return path.trim() === '$' ? body : '';
        return JSON.stringify(jsonPath(document, path) ?? null);
      },
      path: (path: string) => jsonPath(parsed() ?? {}, path),
      params: (name?: string) => name === undefined ? params : params.path[name] ?? params.querystring[name] ?? headerValue(params.header, name),
    },
    util: UTIL,
    context: { ...requestContextOf(invocation), ...contextExtras },
    stageVariables: invocation.stage.variables ?? {},
  };
}

const UTIL = {
  escapeJavaScript: (value: unknown) => String(value ?? '')
    .replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t'),
  parseJson: (value: unknown) => JSON.parse(String(value)),
  urlEncode: (value: unknown) => encodeURIComponent(String(value ?? '')),
  urlDecode: (value: unknown) => decodeURIComponent(String(value ?? '').replace(/\+/g, ' ')),
  base64Encode: (value: unknown) => Buffer.from(String(value ?? '')).toString('base64'),
  base64Decode: (value: unknown) => Buffer.from(String(value ?? ''), 'base64').toString('utf8'),
};

function paramsOf(invocation: Invocation): { path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> } {
  const querystring: Record<string, string> = {};
  for (const [name, value] of invocation.request.query) querystring[name] = value;
  return { path: { ...invocation.route?.pathParameters }, querystring, header: { ...invocation.request.headers } };
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  return headers[name.toLowerCase()];
}

export function parseJsonOrUndefined(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The value of a mapping expression: `'literal'`, `method.request.{header|querystring|path}.name`,
 * `method.request.body[.path]`, `integration.response.{header.name|body[.path]}`, `stageVariables.name`, `context.name`.
 */
export function mappingValue(expression: string, invocation: Invocation, output?: IntegrationOutput): string | undefined {
  if (expression.startsWith("'") && expression.endsWith("'") && expression.length >= 2) return expression.slice(1, -1);
  const [scope, ...rest] = expression.split('.');
  const dotted = rest.join('.');
  if (scope === 'stageVariables') return invocation.stage.variables?.[dotted];
  if (scope === 'context') return stringOf(dig(requestContextOf(invocation), rest));
  const location = `${scope}.${rest[0]}.${rest[1]}`;
  const name = rest.slice(2).join('.');
  const { request } = invocation;
  switch (location) {
    case 'method.request.header': return request.headers[name.toLowerCase()];
    case 'method.request.multivalueheader': return request.headers[name.toLowerCase()];
    case 'method.request.querystring': return request.query.get(name) ?? undefined;
    case 'method.request.multivaluequerystring': return request.query.has(name) ? request.query.getAll(name).join(',') : undefined;
    case 'method.request.path': return invocation.route?.pathParameters[name];
    case 'integration.response.header':
    case 'integration.response.multivalueheader': return output?.headers[name.toLowerCase()];
    default: break;
  }
  if (expression === 'method.request.body') return request.body.toString('utf8');
  if (expression.startsWith('method.request.body.')) return stringOf(jsonPath(parseJsonOrUndefined(request.body.toString('utf8')), `$.${expression.slice(20)}`));
  if (expression === 'integration.response.body') return output?.body;
  if (expression.startsWith('integration.response.body.') && output) return stringOf(jsonPath(parseJsonOrUndefined(output.body), `$.${expression.slice(26)}`));
  return undefined;
}

function dig(value: unknown, path: string[]): unknown {
  let current = value;
  for (const step of path) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[step] : undefined;
  return current;
}

function stringOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The template for a content type among `templates`; undefined when none applies. */
export function templateFor(templates: Record<string, string> | undefined, contentType: string): string | undefined {
  if (!templates) return undefined;
  return templates[contentType] ?? Object.entries(templates).find(([type]) => type.toLowerCase() === contentType.toLowerCase())?.[1];
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? 'application/json').split(';')[0]!.trim() || 'application/json';
}
