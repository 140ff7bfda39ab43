import type { CallContext } from '../../common/call-context.js';
import type * as Api from './api.generated.js';
import { bucketArn, requireBucket } from './buckets.js';
import {
  encryptionNotFound, invalidArgument, invalidRequest, invalidTag, malformedPolicy, malformedXml, noSuchBucketPolicy, noSuchCorsConfiguration, noSuchPublicAccessBlock,
  noSuchTagSet, objectLockConfigurationNotFound, ownershipControlsNotFound,
} from './config-errors.js';
import type { S3State } from './state.js';
import type { BucketSubresources } from './subresources.js';

const CORS_METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'HEAD']);
const MAX_BUCKET_TAGS = 50;

/** New buckets are encrypted with SSE-S3, and deleting the configuration brings that default back. */
const DEFAULT_ENCRYPTION: Api.ServerSideEncryptionConfiguration = {
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
};
/** New buckets enforce bucket ownership and block public access until told otherwise; a deleted setting is gone. */
const DEFAULT_OWNERSHIP: Api.OwnershipControls = { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] };
const DEFAULT_PUBLIC_ACCESS_BLOCK: Api.PublicAccessBlockConfiguration = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};
const REMOVED = 'removed';

/** Tagging, CORS, policy, encryption, ownership controls, public access block and Object Lock of a bucket. */
export class BucketConfigOperations {
  constructor(
    private readonly state: S3State,
    private readonly configs: BucketSubresources,
  ) {}

  async putBucketTagging(input: Api.PutBucketTaggingRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    assertValidTagSet(input.Tagging.TagSet ?? []);
    await this.configs.put(input.Bucket, 'tagging', { TagSet: input.Tagging.TagSet ?? [] });
  }

  async getBucketTagging(input: Api.GetBucketTaggingRequest, context: CallContext): Promise<Api.GetBucketTaggingOutput> {
    await requireBucket(this.state, input.Bucket, context);
    return this.configs.require<Api.Tagging>(input.Bucket, 'tagging', () => noSuchTagSet(input.Bucket));
  }

  async deleteBucketTagging(input: Api.DeleteBucketTaggingRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    await this.configs.delete(input.Bucket, 'tagging');
  }

  async putBucketCors(input: Api.PutBucketCorsRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    const rules = input.CORSConfiguration.CORSRules ?? [];
    rules.forEach(assertValidCorsRule);
    await this.configs.put(input.Bucket, 'cors', { CORSRules: rules });
  }

  async getBucketCors(input: Api.GetBucketCorsRequest, context: CallContext): Promise<Api.GetBucketCorsOutput> {
    await requireBucket(this.state, input.Bucket, context);
    return this.configs.require<Api.CORSConfiguration>(input.Bucket, 'cors', () => noSuchCorsConfiguration(input.Bucket));
  }

  async deleteBucketCors(input: Api.DeleteBucketCorsRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    await this.configs.delete(input.Bucket, 'cors');
  }

  async putBucketPolicy(input: Api.PutBucketPolicyRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    assertValidPolicy(input.Policy, input.Bucket);
    await this.configs.put(input.Bucket, 'policy', input.Policy);
  }

  async getBucketPolicy(input: Api.GetBucketPolicyRequest, context: CallContext): Promise<Api.GetBucketPolicyOutput> {
    await requireBucket(this.state, input.Bucket, context);
    return { Policy: await this.configs.require<string>(input.Bucket, 'policy', () => noSuchBucketPolicy(input.Bucket)) };
  }

  async getBucketPolicyStatus(input: Api.GetBucketPolicyStatusRequest, context: CallContext): Promise<Api.GetBucketPolicyStatusOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const policy = await this.configs.require<string>(input.Bucket, 'policy', () => noSuchBucketPolicy(input.Bucket));
    return { PolicyStatus: { IsPublic: isPublicPolicy(policy) } };
  }

  async deleteBucketPolicy(input: Api.DeleteBucketPolicyRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    await this.configs.delete(input.Bucket, 'policy');
  }

  async putBucketEncryption(input: Api.PutBucketEncryptionRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    const rules = input.ServerSideEncryptionConfiguration.Rules ?? [];
    if (rules.length !== 1 || !rules[0]!.ApplyServerSideEncryptionByDefault) throw malformedXml();
    const rule = rules[0]!;
    const byDefault = rule.ApplyServerSideEncryptionByDefault!;
    if (byDefault.SSEAlgorithm === 'AES256' && byDefault.KMSMasterKeyID) {
      throw invalidArgument('a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse');
    }
    await this.configs.put(input.Bucket, 'encryption', { Rules: [{ ...rule, BucketKeyEnabled: rule.BucketKeyEnabled ?? false }] });
  }

  async getBucketEncryption(input: Api.GetBucketEncryptionRequest, context: CallContext): Promise<Api.GetBucketEncryptionOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const configuration = (await this.configs.get<Api.ServerSideEncryptionConfiguration>(input.Bucket, 'encryption')) ?? DEFAULT_ENCRYPTION;
    if (!configuration.Rules.length) throw encryptionNotFound(input.Bucket);
    return { ServerSideEncryptionConfiguration: configuration };
  }

  async deleteBucketEncryption(input: Api.DeleteBucketEncryptionRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    await this.configs.delete(input.Bucket, 'encryption');
  }

  async putBucketOwnershipControls(input: Api.PutBucketOwnershipControlsRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    if (input.OwnershipControls.Rules?.length !== 1) throw malformedXml();
    await this.configs.put(input.Bucket, 'ownership-controls', input.OwnershipControls);
  }

  async getBucketOwnershipControls(input: Api.GetBucketOwnershipControlsRequest, context: CallContext): Promise<Api.GetBucketOwnershipControlsOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const controls = await this.configs.get<Api.OwnershipControls | typeof REMOVED>(input.Bucket, 'ownership-controls');
    if (controls === REMOVED) throw ownershipControlsNotFound(input.Bucket);
    return { OwnershipControls: controls ?? DEFAULT_OWNERSHIP };
  }

  async deleteBucketOwnershipControls(input: Api.DeleteBucketOwnershipControlsRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    await this.configs.put(input.Bucket, 'ownership-controls', REMOVED);
  }

  async putPublicAccessBlock(input: Api.PutPublicAccessBlockRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    const given = input.PublicAccessBlockConfiguration;
    await this.configs.put(input.Bucket, 'public-access-block', {
      BlockPublicAcls: given.BlockPublicAcls ?? false,
      IgnorePublicAcls: given.IgnorePublicAcls ?? false,
      BlockPublicPolicy: given.BlockPublicPolicy ?? false,
      RestrictPublicBuckets: given.RestrictPublicBuckets ?? false,
    });
  }

  async getPublicAccessBlock(input: Api.GetPublicAccessBlockRequest, context: CallContext): Promise<Api.GetPublicAccessBlockOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const block = await this.configs.get<Api.PublicAccessBlockConfiguration | typeof REMOVED>(input.Bucket, 'public-access-block');
    if (block === REMOVED) throw noSuchPublicAccessBlock(input.Bucket);
    return { PublicAccessBlockConfiguration: block ?? DEFAULT_PUBLIC_ACCESS_BLOCK };
  }

  async deletePublicAccessBlock(input: Api.DeletePublicAccessBlockRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    await this.configs.put(input.Bucket, 'public-access-block', REMOVED);
  }

  async putObjectLockConfiguration(input: Api.PutObjectLockConfigurationRequest, context: CallContext): Promise<Api.PutObjectLockConfigurationOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const configuration = input.ObjectLockConfiguration ?? {};
    if (configuration.ObjectLockEnabled !== 'Enabled') throw malformedXml();
    const retention = configuration.Rule?.DefaultRetention;
    if (retention) {
      if (!retention.Mode) throw malformedXml();
      if ((retention.Days === undefined) === (retention.Years === undefined)) throw malformedXml();
      if ((retention.Days ?? retention.Years ?? 0) <= 0) {
        throw invalidRequest('Default retention period must be a positive integer value');
      }
    }
    await this.configs.put(input.Bucket, 'object-lock', configuration);
    return {};
  }

  async getObjectLockConfiguration(input: Api.GetObjectLockConfigurationRequest, context: CallContext): Promise<Api.GetObjectLockConfigurationOutput> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    const configuration = await this.configs.get<Api.ObjectLockConfiguration>(input.Bucket, 'object-lock');
    if (configuration) return { ObjectLockConfiguration: configuration };
    // A bucket created with Object Lock has it enabled before any default retention is configured.
    if (bucket.objectLockEnabled) return { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } };
    throw objectLockConfigurationNotFound(input.Bucket);
  }
}

function assertValidTagSet(tags: Api.Tag[]): void {
  if (tags.length > MAX_BUCKET_TAGS) throw invalidTag('Bucket tag count cannot be greater than 50');
  const seen = new Set<string>();
  for (const { Key, Value } of tags) {
    if (seen.has(Key)) throw invalidTag('Cannot provide multiple Tags with the same key');
    seen.add(Key);
    if (Key.toLowerCase().startsWith('aws:')) throw invalidTag('System tags cannot be added/updated by requester');
    if (!Key.length || [...Key].length > 128) throw invalidTag('The TagKey you have provided is invalid');
    if ([...(Value ?? '')].length > 256) throw invalidTag('The TagValue you have provided is invalid');
  }
}

function assertValidCorsRule(rule: Api.CORSRule): void {
  for (const method of rule.AllowedMethods ?? []) {
    if (!CORS_METHODS.has(method)) throw invalidRequest(`Found unsupported HTTP method in CORS config. Unsupported method is ${method}`);
  }
  for (const origin of rule.AllowedOrigins ?? []) {
    if (origin.split('*').length > 2) throw invalidRequest(`AllowedOrigin "${origin}" can not have more than one wildcard.`);
  }
  for (const name of rule.AllowedHeaders ?? []) {
    if (name.split('*').length > 2) throw invalidRequest(`AllowedHeader "${name}" can not have more than one wildcard.`);
  }
}

interface PolicyStatement {
  Effect?: string;
  Principal?: unknown;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  Condition?: unknown;
}

/** The checks S3 makes of a bucket policy; enforcing it is IAM's work. */
function assertValidPolicy(text: string, bucket: string): void {
  let document: { Statement?: PolicyStatement | PolicyStatement[]; Version?: string };
  try {
    document = JSON.parse(text) as typeof document;
  } catch {
    throw malformedPolicy("Policies must be valid JSON and the first byte must be '{'");
  }
  if (!text.trimStart().startsWith('{') || typeof document !== 'object' || document === null) {
    throw malformedPolicy("Policies must be valid JSON and the first byte must be '{'");
  }
  if (document.Version !== undefined && document.Version !== '2012-10-17' && document.Version !== '2008-10-17') {
    throw malformedPolicy('Invalid policy document Version');
  }
  if (document.Statement === undefined) throw malformedPolicy('Missing required field Statement');
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  for (const statement of statements) {
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') throw malformedPolicy('Invalid effect: ' + String(statement.Effect));
    if (statement.Principal === undefined) throw malformedPolicy('Missing required field Principal');
    if (statement.Action === undefined && statement.NotAction === undefined) throw malformedPolicy('Missing required field Action');
    const resources = ([] as unknown[]).concat(statement.Resource ?? []);
    if (!resources.length) throw malformedPolicy('Missing required field Resource');
    const arn = bucketArn(bucket);
    if (!resources.every((resource) => typeof resource === 'string' && (resource === arn || resource.startsWith(`${arn}/`) || resource === '*'))) {
      throw malformedPolicy('Policy has invalid resource');
    }
  }
}

function isPublicPolicy(text: string): boolean {
  const document = JSON.parse(text) as { Statement: PolicyStatement | PolicyStatement[] };
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  return statements.some((statement) => {
    if (statement.Effect !== 'Allow' || statement.Condition !== undefined) return false;
    const principal = statement.Principal as string | { AWS?: unknown };
    const aws = typeof principal === 'string' ? principal : ([] as unknown[]).concat(principal.AWS ?? []);
    return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
  });
}
