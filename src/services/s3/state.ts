import type { Collection, Store, Transaction } from '../../store/store.js';
import type { ChecksumAlgorithm } from './api.generated.js';

/**
 * S3's records. Bucket names are one namespace shared by every account and region, so buckets
 * are keyed by name alone and carry their owner and region; objects are keyed `<bucket>/<key>`
 * (a bucket name has no `/`), which keeps a bucket's objects together in key order for listing.
 */
export interface BucketRecord {
  name: string;
  account: string;
  region: string;
  createdAt: number;
}

export interface ObjectRecord {
  key: string;
  blobId: string;
  size: number;
  /** Quoted, as S3 sends it. */
  etag: string;
  lastModified: number;
  contentType: string;
  contentEncoding?: string;
  contentDisposition?: string;
  contentLanguage?: string;
  cacheControl?: string;
  expires?: string;
  metadata: Record<string, string>;
  checksum?: { algorithm: ChecksumAlgorithm; value: string };
  storageClass: string;
}

export const BUCKETS = 's3.buckets';
export const OBJECTS = 's3.objects';

export const objectKeyOf = (bucket: string, key: string) => `${bucket}/${key}`;

export class S3State {
  constructor(private readonly store: Store) {}

  buckets(tx?: Transaction): Collection<BucketRecord> {
    return (tx ?? this.store).collection<BucketRecord>(BUCKETS);
  }

  objects(tx?: Transaction): Collection<ObjectRecord> {
    return (tx ?? this.store).collection<ObjectRecord>(OBJECTS);
  }

  transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R> {
    return this.store.transaction(work);
  }
}
