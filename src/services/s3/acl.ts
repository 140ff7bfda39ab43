import type { CallContext } from '../../common/call-context.js';
import type { Store } from '../../store/store.js';
import type * as Api from './api.generated.js';
import { ownerOf, requireBucket } from './buckets.js';
import { aclNotSupported, invalidArgument, invalidRequest, malformedAcl, missingSecurityHeader, unresolvableGrantByEmail } from './config-errors.js';
import { accessDenied, noSuchKey } from './errors.js';
import { objectKeyOf, type ObjectRecord, type S3State } from './state.js';
import type { BucketSubresources } from './subresources.js';

const GROUPS = 'http://acs.amazonaws.com/groups/global/';
const ALL_USERS = `${GROUPS}AllUsers`;
const AUTHENTICATED_USERS = `${GROUPS}AuthenticatedUsers`;
const OBJECT_ACLS = 's3.object-acls';

type CannedAcl = Api.ObjectCannedACL;

/** An object's ACL belongs to the object it was set on: the stamp tells a rewritten object apart. */
interface ObjectAclRecord {
  stamp: string;
  policy: Api.AccessControlPolicy;
}

const GRANT_HEADERS = {
  GrantFullControl: 'FULL_CONTROL',
  GrantRead: 'READ',
  GrantReadACP: 'READ_ACP',
  GrantWrite: 'WRITE',
  GrantWriteACP: 'WRITE_ACP',
} as const;

type GrantHeaders = Partial<Record<keyof typeof GRANT_HEADERS, string>>;

/** Access control lists of buckets and objects: canned ACLs, grant headers and AccessControlPolicy documents. */
export class AclOperations {
  constructor(
    private readonly state: S3State,
    private readonly store: Store,
    private readonly configs: BucketSubresources,
  ) {}

  async getBucketAcl(input: Api.GetBucketAclRequest, context: CallContext): Promise<Api.GetBucketAclOutput> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    return (await this.configs.get<Api.AccessControlPolicy>(input.Bucket, 'acl')) ?? cannedPolicy('private', bucket.account);
  }

  async putBucketAcl(input: Api.PutBucketAclRequest, context: CallContext): Promise<void> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    const policy = policyOf(input, bucket.account);
    await this.assertAclAllowed(input.Bucket, policy, bucket.account);
    await this.configs.put(input.Bucket, 'acl', policy);
  }

  async getObjectAcl(input: Api.GetObjectAclRequest, context: CallContext): Promise<Api.GetObjectAclOutput> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    const object = await this.requireObject(input.Bucket, input.Key);
    const stored = await this.store.collection<ObjectAclRecord>(OBJECT_ACLS).get(objectKeyOf(input.Bucket, input.Key));
    return stored?.stamp === stampOf(object) ? stored.policy : cannedPolicy('private', bucket.account);
  }

  async putObjectAcl(input: Api.PutObjectAclRequest, context: CallContext): Promise<Api.PutObjectAclOutput> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    const policy = policyOf(input, bucket.account);
    await this.assertAclAllowed(input.Bucket, policy, bucket.account);
    await this.state.transaction(async (tx) => {
      const object = await this.state.objects(tx).get(objectKeyOf(input.Bucket, input.Key));
      if (!object) throw noSuchKey(input.Key);
      await tx.collection<ObjectAclRecord>(OBJECT_ACLS).put(objectKeyOf(input.Bucket, input.Key), { stamp: stampOf(object), policy });
    });
    return {};
  }

  /** BucketOwnerEnforced turns ACLs off; a public access block refuses public grants. */
  private async assertAclAllowed(bucket: string, policy: Api.AccessControlPolicy, account: string): Promise<void> {
    const ownership = await this.configs.get<Api.OwnershipControls | string>(bucket, 'ownership-controls');
    const enforced = ownership === undefined || (typeof ownership === 'object' && ownership.Rules[0]?.ObjectOwnership === 'BucketOwnerEnforced');
    if (enforced && !isOwnerOnly(policy, account)) throw aclNotSupported();
    const block = await this.configs.get<Api.PublicAccessBlockConfiguration | string>(bucket, 'public-access-block');
    const blocksAcls = block === undefined || (typeof block === 'object' && block.BlockPublicAcls === true);
    if (blocksAcls && isPublic(policy)) throw accessDenied();
  }

  private async requireObject(bucket: string, key: string): Promise<ObjectRecord> {
    const object = await this.state.objects().get(objectKeyOf(bucket, key));
    if (!object) throw noSuchKey(key);
    return object;
  }
}

const stampOf = (object: ObjectRecord) => `${object.etag}@${object.lastModified}@${object.blobId}`;

/** The ACL a request asks for: a canned ACL, grant headers, or an AccessControlPolicy document, only one of them. */
function policyOf(input: { ACL?: CannedAcl; AccessControlPolicy?: Api.AccessControlPolicy } & GrantHeaders, account: string): Api.AccessControlPolicy {
  const headers = (Object.keys(GRANT_HEADERS) as Array<keyof typeof GRANT_HEADERS>).filter((name) => input[name] !== undefined);
  const ways = [input.ACL !== undefined, headers.length > 0, input.AccessControlPolicy !== undefined].filter(Boolean).length;
  if (ways > 1) throw invalidRequest('Specifying both Canned ACLs and Header Grants is not allowed');
  if (input.ACL !== undefined) return cannedPolicy(input.ACL, account);
  if (headers.length) {
    return { Owner: ownerOf(account), Grants: headers.flatMap((name) => parseGrantHeader(input[name]!, GRANT_HEADERS[name])) };
  }
  const policy = input.AccessControlPolicy;
  if (!policy) throw missingSecurityHeader();
  if (!policy.Owner?.ID) throw malformedAcl();
  if (policy.Owner.ID !== ownerOf(account).ID) throw accessDenied();
  for (const grant of policy.Grants ?? []) assertValidGrantee(grant);
  return { Owner: { ID: policy.Owner.ID }, Grants: policy.Grants ?? [] };
}

function assertValidGrantee(grant: Api.Grant): void {
  const grantee = grant.Grantee;
  if (!grantee || !grant.Permission) throw malformedAcl();
  if (grantee.Type === 'CanonicalUser' && !grantee.ID) throw invalidArgument('Invalid id', 'CanonicalUser/ID', grantee.ID ?? '');
  if (grantee.Type === 'Group' && !grantee.URI?.startsWith(GROUPS)) throw invalidArgument('Invalid group uri', 'Group/URI', grantee.URI ?? '');
  if (grantee.Type === 'AmazonCustomerByEmail') throw unresolvableGrantByEmail(grantee.EmailAddress ?? '');
}

/** `id="…", uri="…"`: the grantees of one `x-amz-grant-*` header. */
function parseGrantHeader(value: string, permission: Api.Permission): Api.Grant[] {
  return value.split(',').map((part) => {
    const match = /^\s*(id|uri|emailAddress)\s*=\s*"?([^"]*)"?\s*$/i.exec(part);
    if (!match) throw invalidArgument('Invalid grant header', permission, value);
    const [, kind, id] = match;
    const grantee: Api.Grantee =
      kind!.toLowerCase() === 'id' ? { Type: 'CanonicalUser', ID: id } : kind!.toLowerCase() === 'uri' ? { Type: 'Group', URI: id } : { Type: 'AmazonCustomerByEmail', EmailAddress: id };
    const grant = { Grantee: grantee, Permission: permission };
    assertValidGrantee(grant);
    return grant;
  });
}

/** The grants a canned ACL stands for; the bucket owner and the object writer are one account here. */
export function cannedPolicy(acl: CannedAcl, account: string): Api.AccessControlPolicy {
  const owner = ownerOf(account);
  const grants: Api.Grant[] = [{ Grantee: { Type: 'CanonicalUser', ID: owner.ID }, Permission: 'FULL_CONTROL' }];
  const group = (uri: string, permission: Api.Permission) => grants.push({ Grantee: { Type: 'Group', URI: uri }, Permission: permission });
  if (acl === 'public-read' || acl === 'public-read-write') group(ALL_USERS, 'READ');
  if (acl === 'public-read-write') group(ALL_USERS, 'WRITE');
  if (acl === 'authenticated-read') group(AUTHENTICATED_USERS, 'READ');
  return { Owner: owner, Grants: grants };
}

function isOwnerOnly(policy: Api.AccessControlPolicy, account: string): boolean {
  const id = ownerOf(account).ID;
  const grants = policy.Grants ?? [];
  return grants.length === 1 && grants[0]!.Grantee?.ID === id && grants[0]!.Permission === 'FULL_CONTROL';
}

function isPublic(policy: Api.AccessControlPolicy): boolean {
  return (policy.Grants ?? []).some((grant) => grant.Grantee?.URI === ALL_USERS || grant.Grantee?.URI === AUTHENTICATED_USERS);
}
