import { createHash } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { Clock } from '../../clock/clock.js';
import type {
  CreateBucketOutput, CreateBucketRequest, DeleteBucketRequest, HeadBucketOutput, HeadBucketRequest, ListBucketsOutput,
  ListBucketsRequest, Owner,
} from './api.generated.js';
import {
  accessDenied, bucketAlreadyExists, bucketAlreadyOwnedByYou, bucketNotEmpty, illegalLocationConstraint, invalidArgument,
  invalidLocationConstraint, noSuchBucket,
} from './errors.js';
import { assertValidBucketName } from './names.js';
import type { BucketRecord, S3State } from './state.js';
import { applyCreateSettings } from './bucket-defaults.js';
import { deleteSubresources } from './subresources.js';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const MAX_BUCKETS = 10_000;

/** The bucket a request names, if the caller's account owns it. */
export async function requireBucket(state: S3State, name: string, context: CallContext): Promise<BucketRecord> {
  const bucket = await state.buckets().get(name);
  if (!bucket) throw noSuchBucket(name);
  if (bucket.account !== context.account) throw accessDenied();
  return bucket;
}

/** S3 names an account by its 64-hex-digit canonical user id. */
export function ownerOf(account: string): Owner {
  return { ID: createHash('sha256').update(`nimbus:${account}`).digest('hex') };
}

export const bucketArn = (name: string) => `arn:aws:s3:::${name}`;

export class BucketOperations {
  constructor(
    private readonly state: S3State,
    private readonly clock: Clock,
  ) {}

  async createBucket(input: CreateBucketRequest, context: CallContext): Promise<CreateBucketOutput> {
    assertValidBucketName(input.Bucket);
    const region = regionOfNewBucket(input.CreateBucketConfiguration?.LocationConstraint, context.region);
    return this.state.transaction(async (tx) => {
      const existing = await this.state.buckets(tx).get(input.Bucket);
      if (existing && existing.account !== context.account) throw bucketAlreadyExists(input.Bucket);
      // For compatibility with its oldest clients, S3 in us-east-1 answers a repeated create with success.
      if (existing && !(existing.region === 'us-east-1' && region === 'us-east-1')) throw bucketAlreadyOwnedByYou(input.Bucket);
      if (!existing) {
        // A bucket created with Object Lock is versioned for good.
        const locked = input.ObjectLockEnabledForBucket === true;
        await this.state.buckets(tx).put(input.Bucket, {
          name: input.Bucket, account: context.account, region, createdAt: this.clock.now(),
          ...(locked ? { objectLockEnabled: true, versioning: 'Enabled' as const } : {}),
        });
        await applyCreateSettings(tx, input, context.account);
      }
      return { Location: `/${input.Bucket}`, BucketArn: bucketArn(input.Bucket) };
    });
  }

  async headBucket(input: HeadBucketRequest, context: CallContext): Promise<HeadBucketOutput> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    return { BucketRegion: bucket.region, AccessPointAlias: false, BucketArn: bucketArn(bucket.name) };
  }

  async deleteBucket(input: DeleteBucketRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    await this.state.transaction(async (tx) => {
      if ((await this.state.objects(tx).count(`${input.Bucket}/`)) > 0) throw bucketNotEmpty(input.Bucket);
      await this.state.buckets(tx).delete(input.Bucket);
      await deleteSubresources(tx, input.Bucket);
    });
  }

  async listBuckets(input: ListBucketsRequest, context: CallContext): Promise<ListBucketsOutput> {
    const max = input.MaxBuckets ?? MAX_BUCKETS;
    if (max < 1 || max > MAX_BUCKETS) throw invalidArgument('Argument max-buckets must be an integer between 1 and 10000', 'max-buckets', max);
    const after = input.ContinuationToken === undefined ? undefined : decodeToken(input.ContinuationToken);
    const owned = (await this.state.buckets().list({ prefix: input.Prefix ?? '', after }))
      .map((entry) => entry.value)
      .filter((bucket) => bucket.account === context.account && (!input.BucketRegion || bucket.region === input.BucketRegion));
    const page = owned.slice(0, max);
    const truncated = owned.length > max;
    return {
      Buckets: page.map((bucket) => ({
        Name: bucket.name,
        CreationDate: new Date(bucket.createdAt),
        BucketRegion: bucket.region,
        BucketArn: bucketArn(bucket.name),
      })),
      Owner: ownerOf(context.account),
      Prefix: input.Prefix,
      ContinuationToken: truncated ? Buffer.from(page[page.length - 1]!.name).toString('base64') : undefined,
    };
  }
}

/** Where a new bucket lives: its LocationConstraint, which must agree with the endpoint's region. */
function regionOfNewBucket(constraint: string | undefined, endpointRegion: string): string {
  if (constraint === undefined || constraint === '') {
    if (endpointRegion !== 'us-east-1') throw illegalLocationConstraint(undefined);
    return 'us-east-1';
  }
  const region = constraint === 'EU' ? 'eu-west-1' : constraint;
  // us-east-1 is the default and may not be named; the global endpoint creates buckets anywhere.
  if (constraint === 'us-east-1' || !REGION.test(region)) throw invalidLocationConstraint(constraint);
  if (endpointRegion !== 'us-east-1' && region !== endpointRegion) throw illegalLocationConstraint(constraint);
  return region;
}

function decodeToken(token: string): string {
  const name = Buffer.from(token, 'base64').toString('utf8');
  if (!name) throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
  return name;
}
