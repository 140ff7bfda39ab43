import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateBucketOutput, CreateBucketRequest, DeleteBucketRequest, DeleteObjectOutput, DeleteObjectRequest, GetObjectOutput,
  GetObjectRequest, HeadBucketOutput, HeadBucketRequest, HeadObjectOutput, HeadObjectRequest, ListBucketsOutput,
  ListBucketsRequest, ListObjectsV2Output, ListObjectsV2Request, PutObjectOutput, PutObjectRequest, S3Operations,
} from './api.generated.js';
import { BucketOperations } from './buckets.js';
import { ListingOperations } from './listing.js';
import { ObjectOperations } from './objects.js';
import { S3State } from './state.js';

/** S3: buckets, objects and listings; each concern lives in its own file, this class only routes. */
export class S3Provider implements Partial<S3Operations> {
  private readonly buckets: BucketOperations;
  private readonly objects: ObjectOperations;
  private readonly listing: ListingOperations;

  constructor({ store, clock }: ServiceDeps) {
    const state = new S3State(store);
    this.buckets = new BucketOperations(state, clock);
    this.objects = new ObjectOperations(state, store, clock);
    this.listing = new ListingOperations(state);
  }

  createBucket(input: CreateBucketRequest, context: CallContext): Promise<CreateBucketOutput> {
    return this.buckets.createBucket(input, context);
  }

  headBucket(input: HeadBucketRequest, context: CallContext): Promise<HeadBucketOutput> {
    return this.buckets.headBucket(input, context);
  }

  listBuckets(input: ListBucketsRequest, context: CallContext): Promise<ListBucketsOutput> {
    return this.buckets.listBuckets(input, context);
  }

  deleteBucket(input: DeleteBucketRequest, context: CallContext): Promise<void> {
    return this.buckets.deleteBucket(input, context);
  }

  putObject(input: PutObjectRequest, context: CallContext): Promise<PutObjectOutput> {
    return this.objects.putObject(input, context);
  }

  getObject(input: GetObjectRequest, context: CallContext): Promise<GetObjectOutput> {
    return this.objects.getObject(input, context);
  }

  headObject(input: HeadObjectRequest, context: CallContext): Promise<HeadObjectOutput> {
    return this.objects.headObject(input, context);
  }

  deleteObject(input: DeleteObjectRequest, context: CallContext): Promise<DeleteObjectOutput> {
    return this.objects.deleteObject(input, context);
  }

  listObjectsV2(input: ListObjectsV2Request, context: CallContext): Promise<ListObjectsV2Output> {
    return this.listing.listObjectsV2(input, context);
  }
}
