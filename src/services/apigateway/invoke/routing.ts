import type { Method } from '../api.generated.js';
import type { ApiDefinition, ResourceRecord } from '../state.js';

export interface Route {
  resource: ResourceRecord;
  method: Method;
  pathParameters: Record<string, string>;
}

/**
 * The resource and method a request path selects: literal path parts before `{variables}`, those
 * before a greedy `{name+}`; a method of the request's verb before `ANY`.
 */
export function matchRoute(definition: ApiDefinition, verb: string, path: string): Route | undefined {
  const parts = path.split('/').filter(Boolean);
  const children = new Map<string | undefined, ResourceRecord[]>();
  for (const resource of Object.values(definition.resources)) {
    children.set(resource.parentId, [...(children.get(resource.parentId) ?? []), resource]);
  }
  const root = children.get(undefined)?.[0];
  if (!root) return undefined;
  for (const candidate of walk(root, parts, 0, {}, children)) {
    const method = candidate.resource.resourceMethods[verb] ?? candidate.resource.resourceMethods.ANY;
    if (method) return { ...candidate, method };
  }
  return undefined;
}

function* walk(
  resource: ResourceRecord, parts: string[], index: number, params: Record<string, string>, children: Map<string | undefined, ResourceRecord[]>,
): Generator<{ resource: ResourceRecord; pathParameters: Record<string, string> }> {
  if (index === parts.length) {
    yield { resource, pathParameters: params };
    return;
  }
  const kids = children.get(resource.id) ?? [];
  const part = parts[index]!;
  const literal = kids.find((kid) => kid.pathPart === part);
  if (literal) yield* walk(literal, parts, index + 1, params, children);
  const variable = kids.find((kid) => /^\{[^+]+\}$/.test(kid.pathPart ?? ''));
  if (variable) yield* walk(variable, parts, index + 1, { ...params, [variable.pathPart!.slice(1, -1)]: part }, children);
  const greedy = kids.find((kid) => /^\{.+\+\}$/.test(kid.pathPart ?? ''));
  if (greedy) yield { resource: greedy, pathParameters: { ...params, [greedy.pathPart!.slice(1, -2)]: parts.slice(index).join('/') } };
}
