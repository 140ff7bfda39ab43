import { randomUUID } from 'node:crypto';
import { AwsError, internalError, isAwsError } from '../common/aws-error.js';
import type { Clock } from '../clock/clock.js';
import type { EventBus } from '../events/bus.js';
import { header, type HttpRequest, type HttpResponse } from '../protocol/http-message.js';
import { escapeXml } from '../protocol/xml-writer.js';
import type { RequestContext } from './context.js';
import type { Logger } from './logger.js';
import type { ServiceHost } from './service-host.js';
import { authenticate } from './stages/authenticate.js';
import { authorize } from './stages/authorize.js';
import { credentials } from './stages/credentials.js';
import { identify } from './stages/identify.js';
import { decode, dispatch, encode } from './stages/invoke.js';
import { internalRoutes, type InternalRoutes } from './stages/internal-routes.js';
import { sharedHost } from './stages/shared-host.js';
import { addCorsHeaders, web } from './stages/web.js';

export interface Stage {
  name: string;
  /** Runs the stage; a stage that sets `context.response` ends the pipeline early. */
  run(context: RequestContext): Promise<void> | void;
}

export interface GatewayDeps {
  services: ServiceHost;
  bus: EventBus;
  clock: Clock;
  internal: InternalRoutes;
  logger: Logger;
  enforceSigV4: boolean;
  /** Evaluate IAM policies on every request (NIMBUS_ENFORCE_IAM=1); `adminAccessKey` may do anything. */
  enforceIam?: boolean;
  adminAccessKey?: string;
}

/** The request pipeline: one ordered list of named stages, the same for every service. */
export function createPipeline(deps: GatewayDeps): (request: HttpRequest) => Promise<HttpResponse> {
  const stages: Stage[] = [
    { name: 'internal-routes', run: internalRoutes(deps.internal) },
    { name: 'identify', run: identify },
    { name: 'shared-host', run: sharedHost(deps.bus) },
    { name: 'credentials', run: credentials(deps.bus, deps.clock, deps.enforceIam ?? false) },
    { name: 'web', run: web(deps.services, deps.enforceSigV4) },
    { name: 'authenticate', run: authenticate(deps.enforceSigV4, deps.clock) },
    { name: 'decode', run: decode },
    { name: 'authorize', run: authorize(deps.enforceIam ?? false, deps.services, deps.clock, deps.adminAccessKey ?? 'test') },
    { name: 'dispatch', run: dispatch(deps.services) },
    { name: 'encode', run: encode },
  ];

  return async (request) => {
    const context: RequestContext = { requestId: randomUUID(), request, startedAt: deps.clock.now(), account: '000000000000', region: 'us-east-1' };
    try {
      for (const stage of stages) {
        await stage.run(context);
        if (context.response) break;
      }
    } catch (error) {
      context.error = error;
      if (!isAwsError(error)) deps.logger.error(`${context.service ?? '?'} ${context.operation?.name ?? '?'} failed`, error);
      context.response = encodeError(context, isAwsError(error) ? error : internalError());
    }
    await addCorsHeaders(deps.services, context).catch((error: unknown) => deps.logger.error('CORS headers failed', error));
    record(context, deps);
    return context.response!;
  };
}

function encodeError(context: RequestContext, error: AwsError): HttpResponse {
  if (context.codec && context.model) {
    return context.codec.encodeError(error, { requestId: context.requestId, service: context.service!, model: context.model });
  }
  const wantsJson = Boolean(header(context.request, 'x-amz-target')) || (header(context.request, 'content-type') ?? '').includes('json');
  const headers = { 'x-amzn-requestid': context.requestId };
  if (wantsJson) {
    return { status: error.status, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ __type: error.code, message: error.message }) };
  }
  const body = `<ErrorResponse><Error><Type>Sender</Type><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${context.requestId}</RequestId></ErrorResponse>`;
  return { status: error.status, headers: { ...headers, 'content-type': 'text/xml' }, body };
}

/** Every served call goes on the bus for the audit trail (CloudTrail) and the console. */
function record(context: RequestContext, deps: GatewayDeps): void {
  if (!context.service) return;
  deps.bus.emit('api-call', {
    requestId: context.requestId,
    service: context.service,
    endpointPrefix: context.model?.metadata.endpointPrefix,
    operation: context.operation?.name,
    account: context.account,
    region: context.region,
    accessKeyId: context.scope?.accessKeyId,
    principal: context.principal && { kind: context.principal.kind, arn: context.principal.arn, userId: context.principal.userId, userName: context.principal.userName, roleArn: context.principal.roleArn, issuedAt: context.principal.issuedAt },
    sourceIp: context.request.remoteAddress,
    userAgent: header(context.request, 'user-agent'),
    input: context.input,
    output: context.output,
    errorCode: isAwsError(context.error) ? context.error.code : context.error ? 'InternalError' : undefined,
    errorMessage: context.error instanceof Error ? context.error.message : undefined,
    at: context.startedAt,
  });
  deps.logger.debug(`${context.service} ${context.operation?.name ?? '-'} ${context.response?.status}`);
}
