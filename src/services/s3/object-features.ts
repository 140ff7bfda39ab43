import type { Clock } from '../../clock/clock.js';
import type { Store } from '../../store/store.js';
import { AttributesOperations } from './attributes.js';
import { CopyOperations } from './copy.js';
import { DeleteObjectsOperations } from './delete-objects.js';
import { ListV1Operations } from './list-v1.js';
import type { ListingOperations } from './listing.js';
import { CompleteOperations } from './multipart-complete.js';
import { MultipartListingOperations } from './multipart-listing.js';
import { MultipartOperations } from './multipart.js';
import { ObjectLockOperations } from './object-lock.js';
import { ObjectTaggingOperations } from './object-tagging.js';
import type { ObjectOperations } from './objects.js';
import type { S3State } from './state.js';
import { VersioningOperations } from './versioning.js';
import type { ObjectVersions } from './versions.js';

/** The operations on objects beyond put, get, head and delete, built once for the provider to route to. */
export class ObjectFeatures {
  readonly versioning: VersioningOperations;
  readonly copy: CopyOperations;
  readonly deleteObjects: DeleteObjectsOperations;
  readonly listV1: ListV1Operations;
  readonly attributes: AttributesOperations;
  readonly tagging: ObjectTaggingOperations;
  readonly lock: ObjectLockOperations;
  readonly multipart: MultipartOperations;
  readonly complete: CompleteOperations;
  readonly multipartListing: MultipartListingOperations;

  constructor(state: S3State, store: Store, clock: Clock, versions: ObjectVersions, objects: ObjectOperations, listing: ListingOperations) {
    this.versioning = new VersioningOperations(state, versions);
    this.copy = new CopyOperations(state, store, clock, versions, objects);
    this.deleteObjects = new DeleteObjectsOperations(state, objects);
    this.listV1 = new ListV1Operations(state, listing);
    this.attributes = new AttributesOperations(state, versions);
    this.tagging = new ObjectTaggingOperations(state, versions);
    this.lock = new ObjectLockOperations(state, versions, clock);
    this.multipart = new MultipartOperations(state, store, clock, versions, objects);
    this.complete = new CompleteOperations(state, clock, objects);
    this.multipartListing = new MultipartListingOperations(state);
  }
}
