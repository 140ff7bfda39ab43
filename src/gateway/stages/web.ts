import { Readable } from 'node:stream';
import type { WebEndpoints, WebRequest } from '../../common/web-request.js';
import { quirksOf } from '../../protocol/quirks/index.js';
import type { RequestContext } from '../context.js';
import type { ServiceHost } from '../service-host.js';
import { callContextOf } from './invoke.js';

/**
 * Lets the identified service answer what a browser sends outside its API model (preflights, form
 * uploads, website pages) before authentication, since such requests carry no SigV4 header.
 */
export function web(services: ServiceHost, enforceSigV4: boolean) {
  return async (context: RequestContext): Promise<void> => {
    const endpoints = await webEndpointsOf(services, context);
    if (!endpoints?.serveWeb) return;
    const request = webRequestOf(context);
    // Loaded on demand, as authentication loads it: the signing library is heavy.
    if (enforceSigV4) request.signingSecret = (await import('../sigv4.js')).secretFor();
    const response = await endpoints.serveWeb(request, callContextOf(context));
    if (!response) return;
    const requestIds = quirksOf(context.service!).responseHeaders?.(context.requestId) ?? { 'x-amzn-requestid': context.requestId };
    context.response = { ...response, headers: { ...requestIds, ...response.headers } };
  };
}

/** Adds the CORS headers the service grants to an answer for a cross-origin request, errors included. */
export async function addCorsHeaders(services: ServiceHost, context: RequestContext): Promise<void> {
  if (!context.response || !context.request.headers.origin) return;
  const endpoints = await webEndpointsOf(services, context);
  if (!endpoints?.corsHeaders) return;
  const headers = await endpoints.corsHeaders(webRequestOf(context), callContextOf(context));
  context.response.headers = { ...context.response.headers, ...headers };
}

async function webEndpointsOf(services: ServiceHost, context: RequestContext): Promise<WebEndpoints | undefined> {
  if (!context.service || !services.has(context.service)) return undefined;
  return (await services.provider(context.service)) as WebEndpoints;
}

function webRequestOf({ request, website }: RequestContext): WebRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(',') : value;
  // A form body the identify stage already read (to look for a query Action) is handed on whole.
  const body = request.bodyBuffer ? Readable.from([request.bodyBuffer]) : request.body;
  return { method: request.method, rawPath: request.rawPath, query: request.query, headers, rawHeaders: request.rawHeaders, body, website };
}
