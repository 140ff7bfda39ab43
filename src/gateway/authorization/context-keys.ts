import type { ResolvedPrincipal } from '../../common/policy/identity.js';
import type { ContextKeys } from '../../common/policy/matching.js';
import { header } from '../../protocol/http-message.js';
import type { RequestContext } from '../context.js';

const PRINCIPAL_TYPE: Record<ResolvedPrincipal['kind'], string> = { root: 'Account', user: 'User', 'assumed-role': 'AssumedRole', 'federated-user': 'FederatedUser' };

/** The global and service condition keys of a request, lower-cased as policies compare them. */
export function contextKeysOf(context: RequestContext, principal: ResolvedPrincipal, now: number): ContextKeys {
  const input = context.input ?? {};
  const keys: ContextKeys = {
    'aws:principalarn': [principal.roleArn ?? principal.arn],
    'aws:principalaccount': [principal.account],
    'aws:principaltype': [PRINCIPAL_TYPE[principal.kind]],
    'aws:userid': [principal.userId],
    'aws:sourceip': [context.request.remoteAddress.replace(/^::ffff:/, '')],
    'aws:currenttime': [new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z')],
    'aws:epochtime': [String(Math.floor(now / 1000))],
    'aws:securetransport': [header(context.request, 'x-forwarded-proto') === 'https' ? 'true' : 'false'],
    'aws:requestedregion': [context.region],
    'aws:useragent': [header(context.request, 'user-agent') ?? ''],
  };
  if (principal.userName) keys['aws:username'] = [principal.userName];
  if (principal.issuedAt !== undefined) {
    keys['aws:tokenissuetime'] = [new Date(principal.issuedAt).toISOString()];
    keys['aws:multifactorauthpresent'] = ['false'];
  }
  const referer = header(context.request, 'referer');
  if (referer) keys['aws:referer'] = [referer];
  for (const [key, value] of Object.entries(principal.tags)) keys[`aws:principaltag/${key}`.toLowerCase()] = [value];
  const tags = requestTags(input);
  if (tags.length) {
    keys['aws:tagkeys'] = tags.map(([key]) => key);
    for (const [key, value] of tags) keys[`aws:requesttag/${key}`.toLowerCase()] = [value];
  }
  SERVICE_KEYS[context.service ?? '']?.(keys, input, context, principal);
  return keys;
}

function requestTags(input: Record<string, unknown>): Array<[string, string]> {
  const tags = input['Tags'] ?? input['tags'];
  if (Array.isArray(tags)) return tags.flatMap((tag: { Key?: string; Value?: string }) => (tag.Key ? [[tag.Key, tag.Value ?? ''] as [string, string]] : []));
  if (tags && typeof tags === 'object') return Object.entries(tags as Record<string, string>);
  return [];
}

function addS3Keys(keys: ContextKeys, input: Record<string, unknown>, context: RequestContext): void {
  const set = (name: string, value: unknown) => {
    if (value !== undefined && value !== null) keys[name] = [String(value)];
  };
  set('s3:prefix', input['Prefix']);
  set('s3:delimiter', input['Delimiter']);
  set('s3:max-keys', input['MaxKeys']);
  set('s3:x-amz-acl', input['ACL']);
  set('s3:versionid', input['VersionId']);
  set('s3:x-amz-server-side-encryption', input['ServerSideEncryption']);
  set('s3:x-amz-content-sha256', header(context.request, 'x-amz-content-sha256'));
  set('s3:signatureversion', 'AWS4-HMAC-SHA256');
}

/** KMS's request keys: the encryption context (ReEncrypt's source and destination both), algorithm, grant operations. */
function addKmsKeys(keys: ContextKeys, input: Record<string, unknown>, _context: RequestContext, principal: ResolvedPrincipal): void {
  keys['kms:calleraccount'] = [principal.account];
  const contexts = ['EncryptionContext', 'SourceEncryptionContext', 'DestinationEncryptionContext']
    .map((member) => input[member])
    .filter((value): value is Record<string, string> => !!value && typeof value === 'object');
  const pairs = contexts.flatMap((context) => Object.entries(context));
  if (pairs.length) keys['kms:encryptioncontextkeys'] = [...new Set(pairs.map(([key]) => key))];
  for (const [key, value] of pairs) (keys[`kms:encryptioncontext:${key}`.toLowerCase()] ??= []).push(value);
  for (const [member, name] of [['EncryptionAlgorithm', 'kms:encryptionalgorithm'], ['SigningAlgorithm', 'kms:signingalgorithm'], ['KeySpec', 'kms:keyspec'], ['KeyUsage', 'kms:keyusage']] as const) {
    if (typeof input[member] === 'string') keys[name] = [input[member] as string];
  }
  if (Array.isArray(input['Operations'])) keys['kms:grantoperations'] = input['Operations'] as string[];
  if (typeof input['GranteePrincipal'] === 'string') keys['kms:granteeprincipal'] = [input['GranteePrincipal'] as string];
}

type ServiceKeys = (keys: ContextKeys, input: Record<string, unknown>, context: RequestContext, principal: ResolvedPrincipal) => void;

/** The services whose requests carry condition keys of their own, beside the global ones. */
const SERVICE_KEYS: Record<string, ServiceKeys> = { s3: addS3Keys, kms: addKmsKeys };
