import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateBucketOutput, CreateBucketRequest, DeleteBucketRequest, DeleteObjectOutput, DeleteObjectRequest, GetObjectOutput,
  GetObjectRequest, HeadBucketOutput, HeadBucketRequest, HeadObjectOutput, HeadObjectRequest, ListBucketsOutput,
  ListBucketsRequest, ListObjectsV2Output, ListObjectsV2Request, PutObjectOutput, PutObjectRequest, S3Operations,
} from './api.generated.js';
import type { WebEndpoints, WebRequest, WebResponse } from '../../common/web-request.js';
import type { ResourcePolicySource } from '../../common/policy/resource-policy.js';
import { BucketFeatures } from './bucket-features.js';
import { BucketOperations } from './buckets.js';
import { EventPublisher } from './notifications.js';
import { BucketSubresources } from './subresources.js';
import { ListingOperations } from './listing.js';
import { ObjectFeatures } from './object-features.js';
import { ObjectOperations } from './objects.js';
import { S3State } from './state.js';
import { ObjectVersions } from './versions.js';

/** S3: buckets, objects and listings; each concern lives in its own file, this class only routes. */
export class S3Provider implements Partial<S3Operations>, WebEndpoints, ResourcePolicySource {
  private readonly buckets: BucketOperations;
  private readonly objects: ObjectOperations;
  private readonly listing: ListingOperations;
  private readonly features: ObjectFeatures;
  private readonly bucketFeatures: BucketFeatures;
  private readonly subresources: BucketSubresources;

  constructor(deps: ServiceDeps) {
    const { store, clock } = deps;
    const state = new S3State(store);
    this.buckets = new BucketOperations(state, clock);
    const versions = new ObjectVersions(state);
    const subresources = new BucketSubresources(store);
    this.subresources = subresources;
    const events = new EventPublisher(subresources, deps.bus, clock);
    this.objects = new ObjectOperations(state, store, clock, versions, events);
    this.listing = new ListingOperations(state);
    this.features = new ObjectFeatures(state, store, clock, versions, this.objects, this.listing);
    this.bucketFeatures = new BucketFeatures(deps, state, versions, subresources, events, (input, context) => this.objects.putObject(input, context, 'ObjectCreated:Post'));
  }

  /** The bucket policy, for IAM enforcement: objects are governed by their bucket's policy. */
  async resourcePolicy(arn: string): Promise<{ policy?: string } | undefined> {
    const bucket = /^arn:aws:s3:::([^/]+)/.exec(arn)?.[1];
    return bucket ? { policy: await this.subresources.get<string>(bucket, 'policy') } : undefined;
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

  // Versioning, copies, batch deletes, ListObjects v1, attributes, object tagging and lock, multipart uploads.
  putBucketVersioning: S3Operations['putBucketVersioning'] = (input, context) => this.features.versioning.putBucketVersioning(input, context);
  getBucketVersioning: S3Operations['getBucketVersioning'] = (input, context) => this.features.versioning.getBucketVersioning(input, context);
  listObjectVersions: S3Operations['listObjectVersions'] = (input, context) => this.features.versioning.listObjectVersions(input, context);
  copyObject: S3Operations['copyObject'] = (input, context) => this.features.copy.copyObject(input, context);
  deleteObjects: S3Operations['deleteObjects'] = (input, context) => this.features.deleteObjects.deleteObjects(input, context);
  listObjects: S3Operations['listObjects'] = (input, context) => this.features.listV1.listObjects(input, context);
  getObjectAttributes: S3Operations['getObjectAttributes'] = (input, context) => this.features.attributes.getObjectAttributes(input, context);
  getObjectTagging: S3Operations['getObjectTagging'] = (input, context) => this.features.tagging.getObjectTagging(input, context);
  putObjectTagging: S3Operations['putObjectTagging'] = (input, context) => this.features.tagging.putObjectTagging(input, context);
  deleteObjectTagging: S3Operations['deleteObjectTagging'] = (input, context) => this.features.tagging.deleteObjectTagging(input, context);
  putObjectRetention: S3Operations['putObjectRetention'] = (input, context) => this.features.lock.putObjectRetention(input, context);
  getObjectRetention: S3Operations['getObjectRetention'] = (input, context) => this.features.lock.getObjectRetention(input, context);
  putObjectLegalHold: S3Operations['putObjectLegalHold'] = (input, context) => this.features.lock.putObjectLegalHold(input, context);
  getObjectLegalHold: S3Operations['getObjectLegalHold'] = (input, context) => this.features.lock.getObjectLegalHold(input, context);
  createMultipartUpload: S3Operations['createMultipartUpload'] = (input, context) => this.features.multipart.createMultipartUpload(input, context);
  uploadPart: S3Operations['uploadPart'] = (input, context) => this.features.multipart.uploadPart(input, context);
  uploadPartCopy: S3Operations['uploadPartCopy'] = (input, context) => this.features.multipart.uploadPartCopy(input, context);
  abortMultipartUpload: S3Operations['abortMultipartUpload'] = (input, context) => this.features.multipart.abortMultipartUpload(input, context);
  completeMultipartUpload: S3Operations['completeMultipartUpload'] = (input, context) => this.features.complete.completeMultipartUpload(input, context);
  listParts: S3Operations['listParts'] = (input, context) => this.features.multipartListing.listParts(input, context);
  listMultipartUploads: S3Operations['listMultipartUploads'] = (input, context) => this.features.multipartListing.listMultipartUploads(input, context);

  // Bucket subresources (configuration, ACLs, lifecycle, notifications, website) and browser access.
  putBucketTagging: S3Operations['putBucketTagging'] = (input, context) => this.bucketFeatures.config.putBucketTagging(input, context);
  getBucketTagging: S3Operations['getBucketTagging'] = (input, context) => this.bucketFeatures.config.getBucketTagging(input, context);
  deleteBucketTagging: S3Operations['deleteBucketTagging'] = (input, context) => this.bucketFeatures.config.deleteBucketTagging(input, context);
  putBucketCors: S3Operations['putBucketCors'] = (input, context) => this.bucketFeatures.config.putBucketCors(input, context);
  getBucketCors: S3Operations['getBucketCors'] = (input, context) => this.bucketFeatures.config.getBucketCors(input, context);
  deleteBucketCors: S3Operations['deleteBucketCors'] = (input, context) => this.bucketFeatures.config.deleteBucketCors(input, context);
  putBucketPolicy: S3Operations['putBucketPolicy'] = (input, context) => this.bucketFeatures.config.putBucketPolicy(input, context);
  getBucketPolicy: S3Operations['getBucketPolicy'] = (input, context) => this.bucketFeatures.config.getBucketPolicy(input, context);
  getBucketPolicyStatus: S3Operations['getBucketPolicyStatus'] = (input, context) => this.bucketFeatures.config.getBucketPolicyStatus(input, context);
  deleteBucketPolicy: S3Operations['deleteBucketPolicy'] = (input, context) => this.bucketFeatures.config.deleteBucketPolicy(input, context);
  putBucketEncryption: S3Operations['putBucketEncryption'] = (input, context) => this.bucketFeatures.config.putBucketEncryption(input, context);
  getBucketEncryption: S3Operations['getBucketEncryption'] = (input, context) => this.bucketFeatures.config.getBucketEncryption(input, context);
  deleteBucketEncryption: S3Operations['deleteBucketEncryption'] = (input, context) => this.bucketFeatures.config.deleteBucketEncryption(input, context);
  putBucketOwnershipControls: S3Operations['putBucketOwnershipControls'] = (input, context) => this.bucketFeatures.config.putBucketOwnershipControls(input, context);
  getBucketOwnershipControls: S3Operations['getBucketOwnershipControls'] = (input, context) => this.bucketFeatures.config.getBucketOwnershipControls(input, context);
  deleteBucketOwnershipControls: S3Operations['deleteBucketOwnershipControls'] = (input, context) => this.bucketFeatures.config.deleteBucketOwnershipControls(input, context);
  putPublicAccessBlock: S3Operations['putPublicAccessBlock'] = (input, context) => this.bucketFeatures.config.putPublicAccessBlock(input, context);
  getPublicAccessBlock: S3Operations['getPublicAccessBlock'] = (input, context) => this.bucketFeatures.config.getPublicAccessBlock(input, context);
  deletePublicAccessBlock: S3Operations['deletePublicAccessBlock'] = (input, context) => this.bucketFeatures.config.deletePublicAccessBlock(input, context);
  putObjectLockConfiguration: S3Operations['putObjectLockConfiguration'] = (input, context) => this.bucketFeatures.config.putObjectLockConfiguration(input, context);
  getObjectLockConfiguration: S3Operations['getObjectLockConfiguration'] = (input, context) => this.bucketFeatures.config.getObjectLockConfiguration(input, context);
  getBucketAcl: S3Operations['getBucketAcl'] = (input, context) => this.bucketFeatures.acl.getBucketAcl(input, context);
  putBucketAcl: S3Operations['putBucketAcl'] = (input, context) => this.bucketFeatures.acl.putBucketAcl(input, context);
  getObjectAcl: S3Operations['getObjectAcl'] = (input, context) => this.bucketFeatures.acl.getObjectAcl(input, context);
  putObjectAcl: S3Operations['putObjectAcl'] = (input, context) => this.bucketFeatures.acl.putObjectAcl(input, context);
  putBucketLifecycleConfiguration: S3Operations['putBucketLifecycleConfiguration'] = (input, context) => this.bucketFeatures.lifecycle.putBucketLifecycleConfiguration(input, context);
  getBucketLifecycleConfiguration: S3Operations['getBucketLifecycleConfiguration'] = (input, context) => this.bucketFeatures.lifecycle.getBucketLifecycleConfiguration(input, context);
  deleteBucketLifecycle: S3Operations['deleteBucketLifecycle'] = (input, context) => this.bucketFeatures.lifecycle.deleteBucketLifecycle(input, context);
  putBucketNotificationConfiguration: S3Operations['putBucketNotificationConfiguration'] = (input, context) => this.bucketFeatures.notifications.putBucketNotificationConfiguration(input, context);
  getBucketNotificationConfiguration: S3Operations['getBucketNotificationConfiguration'] = (input, context) => this.bucketFeatures.notifications.getBucketNotificationConfiguration(input, context);
  putBucketWebsite: S3Operations['putBucketWebsite'] = (input, context) => this.bucketFeatures.website.putBucketWebsite(input, context);
  getBucketWebsite: S3Operations['getBucketWebsite'] = (input, context) => this.bucketFeatures.website.getBucketWebsite(input, context);
  deleteBucketWebsite: S3Operations['deleteBucketWebsite'] = (input, context) => this.bucketFeatures.website.deleteBucketWebsite(input, context);

  serveWeb(request: WebRequest, call: CallContext): Promise<WebResponse | undefined> {
    return this.bucketFeatures.serveWeb(request, call);
  }

  corsHeaders(request: WebRequest): Promise<Record<string, string>> {
    return this.bucketFeatures.corsHeaders(request);
  }
}
