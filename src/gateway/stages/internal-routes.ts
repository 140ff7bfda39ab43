import { AwsError, isAwsError } from '../../common/aws-error.js';
import { readBody, type HttpResponse } from '../../protocol/http-message.js';
import type { RequestContext } from '../context.js';
import { isServicePath } from '../identify-service.js';

/** What the `/_nimbus/` routes can see and do. */
export interface InternalRoutes {
  health(): Record<string, unknown>;
  reset(service?: string): Promise<void>;
  advanceClock(milliseconds: number): number;
  services(): string[];
  /** SNS's captured email, email-json and sms deliveries, oldest first. */
  snsOutbox(): Promise<unknown[]>;
  /** The PEM certificate SNS messages' SigningCertURL points at. */
  snsCertificate(): Promise<string>;
}

/** `/_nimbus/health`, `/_nimbus/reset`, `/_nimbus/clock`, `/_nimbus/console` and LocalStack's `/_localstack/health`. */
export function internalRoutes(routes: InternalRoutes) {
  const route = routeRequest(routes);
  return async (context: RequestContext): Promise<void> => {
    try {
      await route(context);
    } catch (error) {
      // These routes speak no AWS protocol: their refusals are JSON like their answers.
      if (!isAwsError(error)) throw error;
      context.response = json(error.status, { error: error.message, code: error.code });
    }
  };
}

function routeRequest(routes: InternalRoutes) {
  return async (context: RequestContext): Promise<void> => {
    const { request } = context;
    const path = request.rawPath;
    if (!path.startsWith('/_nimbus/') && !path.startsWith('/_localstack/')) return;
    if (isServicePath(path)) return;
    const route = `${request.method} ${path.replace(/\/$/, '')}`;
    switch (route) {
      case 'GET /_nimbus/health':
        context.response = json(200, routes.health());
        return;
      case 'GET /_localstack/health':
        context.response = json(200, {
          services: Object.fromEntries(routes.services().map((name) => [name, 'running'])),
          edition: 'community',
          version: String(routes.health().version),
        });
        return;
      case 'POST /_nimbus/reset': {
        const service = request.query.get('service') ?? (await jsonBody(context)).service;
        await routes.reset(typeof service === 'string' ? service : undefined);
        context.response = json(200, { reset: service ?? 'all' });
        return;
      }
      case 'POST /_nimbus/clock': {
        const body = await jsonBody(context);
        const seconds = Number(body.advanceSeconds ?? 0) + Number(body.advanceMilliseconds ?? 0) / 1000;
        if (!(seconds >= 0)) throw new AwsError('InvalidParameterValue', 'advanceSeconds must be a non-negative number', 400);
        context.response = json(200, { now: new Date(routes.advanceClock(seconds * 1000)).toISOString() });
        return;
      }
      case 'GET /_nimbus/clock':
        context.response = json(200, { now: new Date(routes.advanceClock(0)).toISOString() });
        return;
      case 'GET /_nimbus/console': {
        const { CONSOLE_PAGE } = await import('../../console/page.js');
        context.response = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: CONSOLE_PAGE };
        return;
      }
      case 'GET /_nimbus/sns/outbox':
        context.response = json(200, { messages: await routes.snsOutbox() });
        return;
      case 'GET /_nimbus/sns/SimpleNotificationService.pem':
        context.response = { status: 200, headers: { 'content-type': 'application/x-pem-file' }, body: await routes.snsCertificate() };
        return;
      default:
        context.response = json(404, { error: `no internal route ${route}` });
    }
  };
}

async function jsonBody(context: RequestContext): Promise<Record<string, unknown>> {
  const body = await readBody(context.request, 64 * 1024);
  if (!body.length) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AwsError('SerializationException', 'The body is not valid JSON', 400);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AwsError('SerializationException', 'The body must be a JSON object', 400);
  return parsed as Record<string, unknown>;
}

function json(status: number, body: unknown): HttpResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
