import { AwsError, notImplemented } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import { UNKNOWN_OPERATION_ERROR, VALIDATION_ERROR_CODE } from '../../protocol/codecs.js';
import { header } from '../../protocol/http-message.js';
import { formParams } from '../../protocol/query.js';
import { quirksOf } from '../../protocol/quirks/index.js';
import { validateInput } from '../../protocol/validate.js';
import type { RequestContext } from '../context.js';
import type { ServiceHost } from '../service-host.js';

/** Finds the operation, decodes and validates the input. */
export async function decode(context: RequestContext): Promise<void> {
  const { codec, model, request } = context;
  const operation = await codec!.resolveOperation(request, model!);
  if (!operation) throw UNKNOWN_OPERATION_ERROR[codec!.protocol](await requestedOperation(context), model!.metadata.apiVersion);
  context.operation = operation;
  const input = await codec!.decodeRequest(request, operation, model!);
  const quirks = quirksOf(context.service!);
  quirks.completeInput?.(input, request, operation);
  const problem = validateInput(model!, input, operation.input, { enums: quirks.validateEnums ?? false });
  if (problem) throw new AwsError(quirks.validationErrorCode ?? VALIDATION_ERROR_CODE[codec!.protocol], problem, 400);
  context.input = input;
}

/** The operation a request names, whether or not the model has it. */
async function requestedOperation({ request, codec }: RequestContext): Promise<string | undefined> {
  if (codec!.protocol === 'query' || codec!.protocol === 'ec2') return (await formParams(request)).get('Action') || undefined;
  const target = header(request, 'x-amz-target');
  return target ? target.slice(target.lastIndexOf('.') + 1) : undefined;
}

/** Calls the provider's method for the operation. */
export function dispatch(services: ServiceHost) {
  return async (context: RequestContext): Promise<void> => {
    const { service, operation } = context;
    if (!services.has(service!)) throw notImplemented(service!, operation!.name);
    const provider = (await services.provider(service!)) as Record<string, unknown>;
    const method = provider[operation!.name.charAt(0).toLowerCase() + operation!.name.slice(1)];
    if (typeof method !== 'function') throw notImplemented(service!, operation!.name);
    context.call = callContextOf(context);
    const output = (await method.call(provider, context.input, context.call)) as Record<string, unknown> | undefined;
    context.output = output ?? {};
  };
}

/** Who is calling and where, as providers see it. */
export function callContextOf(context: RequestContext): CallContext {
  const { request } = context;
  const host = header(request, 'host') ?? '127.0.0.1';
  return {
    requestId: context.requestId,
    account: context.account,
    region: context.region,
    accessKeyId: context.scope?.accessKeyId ?? '',
    endpoint: `${header(request, 'x-forwarded-proto') ?? 'http'}://${host}`,
    sourceIp: request.remoteAddress,
    hostBucket: context.hostBucket,
  };
}

/** Encodes the output, or the error, in the request's protocol. */
export function encode(context: RequestContext): void {
  const { codec, model, operation, service } = context;
  const responseContext = { requestId: context.requestId, service: service!, model: model! };
  context.response = codec!.encodeResponse(context.output!, operation!, responseContext);
}
