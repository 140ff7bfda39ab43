import type { WebResponse } from '../../../common/web-request.js';
import type { Cors } from '../api.generated.js';
import type { Inbound } from './inbound.js';

/** A preflight (OPTIONS with Origin and Access-Control-Request-Method) that the API's CORS configuration answers. */
export function isPreflight(inbound: Inbound, cors: Cors | undefined): boolean {
  return Boolean(cors && inbound.method === 'OPTIONS' && inbound.headers.origin && inbound.headers['access-control-request-method']);
}

export function preflight(inbound: Inbound, cors: Cors): WebResponse {
  const origin = allowedOrigin(inbound, cors);
  const method = inbound.headers['access-control-request-method']!.toUpperCase();
  const methods = (cors.AllowMethods ?? []).map((name) => name.toUpperCase());
  if (!origin || !(methods.includes('*') || methods.includes(method))) return { status: 204, headers: {} };
  const headers: Record<string, string> = { 'access-control-allow-origin': origin, 'access-control-allow-methods': methods.join(',') };
  const requested = inbound.headers['access-control-request-headers'];
  const allowHeaders = (cors.AllowHeaders ?? []).map((name) => name.toLowerCase());
  if (requested && allowHeaders.length) headers['access-control-allow-headers'] = allowHeaders.includes('*') ? requested : allowHeaders.join(',');
  if (cors.MaxAge !== undefined) headers['access-control-max-age'] = String(cors.MaxAge);
  if (cors.AllowCredentials) headers['access-control-allow-credentials'] = 'true';
  return { status: 204, headers };
}

/** The CORS headers every answer to a cross-origin request carries. */
export function corsHeaders(inbound: Inbound, cors: Cors | undefined): Record<string, string> {
  const origin = cors && allowedOrigin(inbound, cors);
  if (!cors || !origin) return {};
  const headers: Record<string, string> = { 'access-control-allow-origin': origin };
  if (cors.ExposeHeaders?.length) headers['access-control-expose-headers'] = cors.ExposeHeaders.join(',');
  if (cors.AllowCredentials) headers['access-control-allow-credentials'] = 'true';
  return headers;
}

function allowedOrigin(inbound: Inbound, cors: Cors): string | undefined {
  const origin = inbound.headers.origin;
  if (!origin) return undefined;
  const origins = cors.AllowOrigins ?? [];
  if (origins.includes('*')) return cors.AllowCredentials ? origin : '*';
  return origins.find((allowed) => allowed.toLowerCase() === origin.toLowerCase()) && origin;
}
