import { randomBytes } from 'node:crypto';
import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateGrantRequest, CreateGrantResponse, GrantConstraints, GrantListEntry, GrantOperation, ListGrantsRequest, ListGrantsResponse,
  ListRetirableGrantsRequest, RetireGrantRequest, RevokeGrantRequest,
} from './api.generated.js';
import { invalidState, notFound, validation } from './errors.js';
import type { KeyLookup } from './lookup.js';
import { grants, scopedKey, type GrantRecord, type KeyRecord } from './state.js';

const ALWAYS: GrantOperation[] = ['CreateGrant', 'RetireGrant', 'DescribeKey'];
const SYMMETRIC: GrantOperation[] = ['Encrypt', 'Decrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext'];
const ASYMMETRIC_ENCRYPTION: GrantOperation[] = ['Encrypt', 'Decrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GetPublicKey'];
const SIGNING: GrantOperation[] = ['Sign', 'Verify', 'GetPublicKey'];
const MAC: GrantOperation[] = ['GenerateMac', 'VerifyMac'];
const GRANT_ID = /^[0-9a-f]{64}$/;

/**
 * Grants: delegations of a key's operations to a principal, kept beside the key policy. Under IAM
 * enforcement each grant reads as an Allow statement of the key's policy (see `grantStatements`).
 */
export class Grants {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly lookup: KeyLookup,
  ) {}

  async createGrant(input: CreateGrantRequest, context: CallContext): Promise<CreateGrantResponse> {
    const key = await this.lookup.find(input.KeyId, context);
    if (key.keyState === 'PendingDeletion') throw invalidState(`${key.arn} is pending deletion.`);
    checkPrincipal(input.GranteePrincipal, 'GranteePrincipal');
    if (input.RetiringPrincipal !== undefined) checkPrincipal(input.RetiringPrincipal, 'RetiringPrincipal');
    checkOperations(key, input.Operations ?? [], input.Constraints);
    if (input.DryRun) throw new AwsError('DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.');
    const operations = [...new Set(input.Operations)];
    return this.deps.store.transaction(async (tx) => {
      const existing = input.Name === undefined ? undefined
        : (await grants(tx).list({ prefix: grantPrefix(key) })).map((entry) => entry.value).find((grant) => sameGrant(grant, input, operations));
      const grant: GrantRecord = existing ?? {
        keyArn: key.arn, grantId: randomBytes(32).toString('hex'), name: input.Name, creationDate: this.deps.clock.now(),
        granteePrincipal: input.GranteePrincipal, retiringPrincipal: input.RetiringPrincipal, issuingAccount: context.account,
        operations, constraints: input.Constraints,
      };
      if (!existing) await grants(tx).put(grantKey(key, grant.grantId), grant);
      return { GrantId: grant.grantId, GrantToken: grantToken(grant) };
    });
  }

  async listGrants(input: ListGrantsRequest, context: CallContext): Promise<ListGrantsResponse> {
    const key = await this.lookup.find(input.KeyId, context);
    const all = (await grants(this.deps.store).list({ prefix: grantPrefix(key) })).map((entry) => entry.value)
      .filter((grant) => (input.GrantId === undefined || grant.grantId === input.GrantId)
        && (input.GranteePrincipal === undefined || grant.granteePrincipal === input.GranteePrincipal));
    return page(all, input.Limit, input.Marker);
  }

  async listRetirableGrants(input: ListRetirableGrantsRequest, context: CallContext): Promise<ListGrantsResponse> {
    checkPrincipal(input.RetiringPrincipal, 'RetiringPrincipal');
    const all = (await grants(this.deps.store).list({ prefix: `${context.account}/${context.region}/` })).map((entry) => entry.value)
      .filter((grant) => grant.retiringPrincipal === input.RetiringPrincipal);
    return page(all, input.Limit, input.Marker);
  }

  async retireGrant(input: RetireGrantRequest, context: CallContext): Promise<void> {
    if (input.GrantToken !== undefined) {
      const { keyArn, grantId } = parseToken(input.GrantToken);
      return this.remove(keyArn, grantId, context, 'InvalidGrantTokenException');
    }
    if (input.KeyId === undefined || input.GrantId === undefined) throw validation('Grant token OR (grant ID, key ID) must be specified');
    return this.remove(input.KeyId, input.GrantId, context, 'InvalidGrantIdException');
  }

  revokeGrant(input: RevokeGrantRequest, context: CallContext): Promise<void> {
    return this.remove(input.KeyId, input.GrantId, context, 'InvalidGrantIdException');
  }

  /** The grants of a key, for the policy IAM enforcement reads. */
  async of(key: KeyRecord): Promise<GrantRecord[]> {
    return (await grants(this.deps.store).list({ prefix: grantPrefix(key) })).map((entry) => entry.value);
  }

  private async remove(keyId: string, grantId: string, context: CallContext, invalidCode: string): Promise<void> {
    if (!GRANT_ID.test(grantId)) throw new AwsError(invalidCode, invalidCode === 'InvalidGrantTokenException' ? 'Invalid grant token.' : 'Invalid grant ID.');
    const key = await this.lookup.find(keyId, context);
    await this.deps.store.transaction(async (tx) => {
      if (!(await grants(tx).get(grantKey(key, grantId)))) throw notFound(`Grant ID ${grantId} not found`);
      await grants(tx).delete(grantKey(key, grantId));
    });
  }
}

/** Each grant as a key policy statement: the grantee may call the granted operations, within the constraints. */
export function grantStatements(list: GrantRecord[]): unknown[] {
  return list.map((grant) => {
    const actions = grant.operations.map((operation) => `kms:${operation}`);
    if (grant.operations.includes('ReEncryptFrom') || grant.operations.includes('ReEncryptTo')) actions.push('kms:ReEncrypt*');
    const principal = grant.granteePrincipal.startsWith('arn:') ? { AWS: grant.granteePrincipal } : { Service: grant.granteePrincipal };
    const equals = grant.constraints?.EncryptionContextEquals;
    const context = equals ?? grant.constraints?.EncryptionContextSubset;
    const condition = context && {
      StringEquals: Object.fromEntries(Object.entries(context).map(([k, v]) => [`kms:EncryptionContext:${k}`, v])),
      // Equals also rules out pairs the grant does not name; Subset lets the request carry more.
      ...(equals ? { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': Object.keys(equals) } } : {}),
    };
    return { Sid: `grant-${grant.grantId}`, Effect: 'Allow', Principal: principal, Action: actions, Resource: '*', ...(condition ? { Condition: condition } : {}) };
  });
}

function checkPrincipal(principal: string, member: string): void {
  const arn = /^arn:aws[a-z-]*:(iam|sts)::\d{12}:.+/.test(principal);
  const service = /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(principal);
  if (!arn && !service) throw new AwsError('InvalidArnException', `${member} ${principal} is not a valid principal.`);
}

function checkOperations(key: KeyRecord, operations: GrantOperation[], constraints: GrantConstraints | undefined): void {
  if (!operations.length) throw validation('1 validation error detected: Value \'[]\' at \'operations\' failed to satisfy constraint: Member must have length greater than or equal to 1');
  const allowed = [...ALWAYS, ...(key.keyUsage === 'GENERATE_VERIFY_MAC' ? MAC : key.keyUsage === 'SIGN_VERIFY' ? SIGNING
    : key.keySpec === 'SYMMETRIC_DEFAULT' ? SYMMETRIC : ASYMMETRIC_ENCRYPTION)];
  const refused = operations.filter((operation) => !allowed.includes(operation));
  if (refused.length) throw validation(`Grant operations ${refused.join(', ')} are not permitted for a KMS key with key spec ${key.keySpec} and key usage ${key.keyUsage}.`);
  if (constraints?.EncryptionContextEquals && constraints.EncryptionContextSubset) throw validation('Only one of EncryptionContextEquals and EncryptionContextSubset may be specified.');
  if (constraints && (constraints.EncryptionContextEquals || constraints.EncryptionContextSubset) && key.keySpec !== 'SYMMETRIC_DEFAULT') {
    throw validation('Encryption context grant constraints are supported only for symmetric encryption KMS keys.');
  }
}

/** A grant created again with the same name and the same terms is the same grant (CreateGrant is idempotent by name). */
function sameGrant(grant: GrantRecord, input: CreateGrantRequest, operations: GrantOperation[]): boolean {
  return grant.name === input.Name && grant.granteePrincipal === input.GranteePrincipal && grant.retiringPrincipal === input.RetiringPrincipal
    && JSON.stringify([...grant.operations].sort()) === JSON.stringify([...operations].sort())
    && JSON.stringify(grant.constraints ?? null) === JSON.stringify(input.Constraints ?? null);
}

function grantEntry(grant: GrantRecord): GrantListEntry {
  return {
    KeyId: grant.keyArn, GrantId: grant.grantId, Name: grant.name, CreationDate: new Date(grant.creationDate),
    GranteePrincipal: grant.granteePrincipal, RetiringPrincipal: grant.retiringPrincipal,
    IssuingAccount: `arn:aws:iam::${grant.issuingAccount}:root`, Operations: grant.operations, Constraints: grant.constraints,
  };
}

function page(all: GrantRecord[], limit = 50, marker?: string): ListGrantsResponse {
  if (limit < 1 || limit > 100) throw validation(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100`);
  const sorted = [...all].sort((a, b) => a.creationDate - b.creationDate || (a.grantId < b.grantId ? -1 : 1));
  const start = marker ? Number(Buffer.from(marker, 'base64').toString('utf8')) : 0;
  if (!Number.isInteger(start) || start < 0) throw new AwsError('InvalidMarkerException', 'Invalid marker.');
  const end = start + limit;
  const truncated = end < sorted.length;
  return { Grants: sorted.slice(start, end).map(grantEntry), Truncated: truncated, NextMarker: truncated ? Buffer.from(String(end)).toString('base64') : undefined };
}

/** An opaque token naming the key and grant, as RetireGrant accepts in place of both. */
function grantToken(grant: GrantRecord): string {
  return Buffer.from(JSON.stringify({ k: grant.keyArn, g: grant.grantId, n: randomBytes(16).toString('hex') })).toString('base64url');
}

function parseToken(token: string): { keyArn: string; grantId: string } {
  try {
    const { k, g } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { k?: unknown; g?: unknown };
    if (typeof k === 'string' && typeof g === 'string') return { keyArn: k, grantId: g };
  } catch {
    // falls through to the refusal
  }
  throw new AwsError('InvalidGrantTokenException', 'Invalid grant token.');
}

function grantPrefix(key: KeyRecord): string {
  return `${scopedKey(key.account, key.region, key.keyId)}/`;
}

function grantKey(key: KeyRecord, grantId: string): string {
  return `${grantPrefix(key)}${grantId}`;
}
