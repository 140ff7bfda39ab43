import { AwsError } from '../../common/aws-error.js';
import { codecFor } from '../../protocol/codecs.js';
import { header } from '../../protocol/http-message.js';
import { loadCatalog, loadModel, type ProtocolName } from '../../protocol/model.js';
import { formParams } from '../../protocol/query.js';
import type { RequestContext } from '../context.js';
import { accountOf, signatureScope } from '../credentials.js';
import { identifyService } from '../identify-service.js';

/** Names the service, account and region; rewrites S3 virtual-hosted requests to path style. */
export async function identify(context: RequestContext): Promise<void> {
  const { request } = context;
  context.scope = signatureScope(request);
  const form = isForm(request.headers['content-type']) || request.query.has('Action') ? await formParams(request) : undefined;
  const match = identifyService(request, context.scope, form);
  if (!match) throw new AwsError('UnknownService', 'Nimbus could not tell which AWS service this request is for.', 400);
  context.service = match.service;
  context.hostRegion = match.hostRegion;
  context.account = accountOf(context.scope?.accessKeyId);
  context.region = context.scope?.region ?? match.hostRegion ?? 'us-east-1';
  context.website = match.website;
  if (match.rewrittenPath) request.rawPath = match.rewrittenPath;
  if (match.hostBucket) {
    context.hostBucket = match.hostBucket;
    request.rawPath = `/${match.hostBucket}${request.rawPath === '/' && !match.website ? '' : request.rawPath}`;
  }
  context.model = loadModel(match.service);
  context.codec = await codecFor(chooseProtocol(match.service, match.protocol));
}

function chooseProtocol(service: string, declared: ProtocolName | undefined): ProtocolName {
  const supported = loadCatalog()[service]!.protocols;
  if (declared && supported.includes(declared)) return declared;
  if (declared === 'query' && supported.includes('ec2')) return 'ec2';
  return supported[0]!;
}

function isForm(contentType: string | undefined): boolean {
  return (contentType ?? '').startsWith('application/x-www-form-urlencoded');
}

export function userAgent(context: RequestContext): string {
  return header(context.request, 'user-agent') ?? '';
}
