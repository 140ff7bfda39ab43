import type { Route } from '../api.generated.js';

export interface RouteMatch {
  route: Route;
  pathParameters: Record<string, string>;
}

interface Candidate extends RouteMatch {
  rank: number[];
}

/**
 * The route a request takes: exact segments beat `{param}` segments, which beat a greedy
 * `{proxy+}`; a method named beats ANY; `$default` catches what nothing else matched.
 */
export function matchRoute(routes: Route[], method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/').slice(1);
  const candidates: Candidate[] = [];
  for (const route of routes) {
    if (route.RouteKey === '$default') continue;
    const [routeMethod, routePath = ''] = route.RouteKey.split(' ');
    if (routeMethod !== 'ANY' && routeMethod !== method) continue;
    const matched = matchPath(routePath.split('/').slice(1), segments);
    if (matched) candidates.push({ route, pathParameters: matched.parameters, rank: [...matched.rank, routeMethod === 'ANY' ? 0 : 1] });
  }
  candidates.sort((a, b) => compareRanks(b.rank, a.rank));
  if (candidates[0]) return { route: candidates[0].route, pathParameters: candidates[0].pathParameters };
  const fallback = routes.find((route) => route.RouteKey === '$default');
  return fallback && { route: fallback, pathParameters: {} };
}

function matchPath(pattern: string[], segments: string[]): { parameters: Record<string, string>; rank: number[] } | undefined {
  const parameters: Record<string, string> = {};
  let literals = 0;
  for (let index = 0; index < pattern.length; index++) {
    const part = pattern[index]!;
    const greedy = /^\{(.+)\+\}$/.exec(part);
    if (greedy) {
      const rest = segments.slice(index);
      if (!rest.length || rest.join('/') === '') return undefined;
      parameters[greedy[1]!] = rest.join('/');
      return { parameters, rank: [0, literals, index] };
    }
    const segment = segments[index];
    if (segment === undefined) return undefined;
    const parameter = /^\{(.+)\}$/.exec(part);
    if (parameter) {
      if (segment === '') return undefined;
      parameters[parameter[1]!] = segment;
    } else if (part !== segment) {
      return undefined;
    } else {
      literals++;
    }
  }
  if (segments.length !== pattern.length) return undefined;
  return { parameters, rank: [1, literals, pattern.length] };
}

function compareRanks(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
}
