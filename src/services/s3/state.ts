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
  /** Absent until versioning is first configured; a bucket never returns to unversioned. */
  versioning?: 'Enabled' | 'Suspended';
  /** Set at creation (`x-amz-bucket-object-lock-enabled`); makes retention and legal holds usable. */
  objectLockEnabled?: boolean;
}

export interface StoredChecksum {
  algorithm: ChecksumAlgorithm;
  /** Base64; a composite multipart checksum carries its `-<parts>` suffix. */
  value: string;
  type?: 'COMPOSITE' | 'FULL_OBJECT';
}

/** A part of a completed multipart object: the object's body is its parts' blobs in order. */
export interface PartRef {
  blobId: string;
  size: number;
  etag: string;
  checksum?: StoredChecksum;
}

export interface Tag {
  Key: string;
  Value: string;
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
  checksum?: StoredChecksum;
  storageClass: string;
  /** `null` (the string, as S3 writes it) for objects written while versioning was never enabled or suspended. */
  versionId?: string;
  /** Orders the versions of a key newest first: each new version takes a smaller number. */
  order?: number;
  deleteMarker?: boolean;
  /** Multipart objects only; `blobId` is then empty. */
  parts?: PartRef[];
  tags?: Tag[];
  sse?: { algorithm: string; kmsKeyId?: string; bucketKeyEnabled?: boolean };
  retention?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; retainUntil: number };
  legalHold?: boolean;
  websiteRedirectLocation?: string;
}

/** A multipart upload in progress, keyed `<bucket>/<key>\u0001<uploadId>` so listings come in key order. */
export interface UploadRecord {
  bucket: string;
  key: string;
  uploadId: string;
  initiated: number;
  /** What the completed object will carry, as CreateMultipartUpload asked. */
  object: Omit<ObjectRecord, 'key' | 'blobId' | 'size' | 'etag' | 'lastModified'>;
  checksumAlgorithm?: ChecksumAlgorithm;
  checksumType?: 'COMPOSITE' | 'FULL_OBJECT';
}

export interface PartRecord extends PartRef {
  partNumber: number;
  lastModified: number;
}

export const BUCKETS = 's3.buckets';
export const OBJECTS = 's3.objects';
/** Noncurrent versions and delete markers; the current one of each key lives in OBJECTS. */
export const VERSIONS = 's3.versions';
export const UPLOADS = 's3.uploads';
export const PARTS = 's3.parts';

export const objectKeyOf = (bucket: string, key: string) => `${bucket}/${key}`;
/** U+0001 sorts below every character a key may hold, so a key's versions follow it and precede longer keys. */
export const versionsPrefixOf = (bucket: string, key: string) => `${bucket}/${key}\u0001`;
export const versionKeyOf = (bucket: string, key: string, order: number) => versionsPrefixOf(bucket, key) + String(order).padStart(16, '0');
export const uploadKeyOf = (bucket: string, key: string, uploadId: string) => `${bucket}/${key}\u0001${uploadId}`;
export const partKeyOf = (bucket: string, uploadId: string, partNumber: number) => `${bucket}/${uploadId}/${String(partNumber).padStart(5, '0')}`;

export class S3State {
  constructor(private readonly store: Store) {}

  buckets(tx?: Transaction): Collection<BucketRecord> {
    return (tx ?? this.store).collection<BucketRecord>(BUCKETS);
  }

  objects(tx?: Transaction): Collection<ObjectRecord> {
    return (tx ?? this.store).collection<ObjectRecord>(OBJECTS);
  }

  versions(tx?: Transaction): Collection<ObjectRecord> {
    return (tx ?? this.store).collection<ObjectRecord>(VERSIONS);
  }

  uploads(tx?: Transaction): Collection<UploadRecord> {
    return (tx ?? this.store).collection<UploadRecord>(UPLOADS);
  }

  parts(tx?: Transaction): Collection<PartRecord> {
    return (tx ?? this.store).collection<PartRecord>(PARTS);
  }

  transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R> {
    return this.store.transaction(work);
  }
}
