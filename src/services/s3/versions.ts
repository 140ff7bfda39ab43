import { randomBytes } from 'node:crypto';
import type { Transaction } from '../../store/store.js';
import { invalidVersionId } from './errors.js';
import { objectKeyOf, versionKeyOf, versionsPrefixOf, type BucketRecord, type ObjectRecord, type S3State } from './state.js';

export const NULL_VERSION = 'null';

/** The order of a key's first version; every later one takes a smaller number, so a listing runs newest first. */
const FIRST_ORDER = 1e15;
const VERSION_ID = /^[A-Za-z0-9_-]{32}$/;

export const versionIdOf = (record: ObjectRecord) => record.versionId ?? NULL_VERSION;
const orderOf = (record: ObjectRecord) => record.order ?? FIRST_ORDER;

export interface FoundVersion {
  record: ObjectRecord;
  current: boolean;
}

/** Every blob a version's body is made of. */
export function blobsOf(record: ObjectRecord): string[] {
  if (record.parts) return record.parts.map((part) => part.blobId);
  return record.blobId ? [record.blobId] : [];
}

export async function retainBlobs(tx: Transaction, record: ObjectRecord): Promise<void> {
  for (const id of blobsOf(record)) await tx.retainBlob(id);
}

export async function releaseBlobs(tx: Transaction, record: ObjectRecord): Promise<void> {
  for (const id of blobsOf(record)) await tx.releaseBlob(id);
}

/**
 * The versions of S3 objects. The current version of a key (an object or a delete marker) is in
 * the objects collection; older ones are in the versions collection under `<key>\u0001<order>`.
 * A bucket that never had versioning holds only `null` versions, each replacing the last.
 */
export class ObjectVersions {
  constructor(private readonly state: S3State) {}

  /** The version a request names: the current one when `versionId` is absent. */
  async find(bucket: string, key: string, versionId: string | undefined, tx?: Transaction): Promise<FoundVersion | undefined> {
    const current = await this.state.objects(tx).get(objectKeyOf(bucket, key));
    if (versionId === undefined) return current && { record: current, current: true };
    if (versionId !== NULL_VERSION && !VERSION_ID.test(versionId)) throw invalidVersionId(versionId);
    if (current && versionIdOf(current) === versionId) return { record: current, current: true };
    const older = await this.noncurrent(bucket, key, tx);
    const record = older.find((version) => versionIdOf(version) === versionId);
    return record && { record, current: false };
  }

  /** A key's noncurrent versions, newest first. */
  async noncurrent(bucket: string, key: string, tx?: Transaction): Promise<ObjectRecord[]> {
    return (await this.state.versions(tx).list({ prefix: versionsPrefixOf(bucket, key) })).map((entry) => entry.value);
  }

  /**
   * Makes `record` the current version of its key as the bucket's versioning says: a new version id
   * when Enabled, else the `null` version, which replaces the previous `null` version wherever it is.
   * Retains the new version's blobs and releases those of what it replaced.
   */
  async commit(tx: Transaction, bucket: BucketRecord, record: ObjectRecord): Promise<ObjectRecord> {
    const objects = this.state.objects(tx);
    const id = objectKeyOf(bucket.name, record.key);
    const previous = await objects.get(id);
    const versionId = bucket.versioning === 'Enabled' ? randomBytes(24).toString('base64url') : NULL_VERSION;
    const committed: ObjectRecord = { ...record, versionId, order: previous ? orderOf(previous) - 1 : FIRST_ORDER };
    await retainBlobs(tx, committed);
    if (previous) {
      if (versionIdOf(previous) === NULL_VERSION && versionId === NULL_VERSION) await releaseBlobs(tx, previous);
      else await this.state.versions(tx).put(versionKeyOf(bucket.name, record.key, orderOf(previous)), { ...previous, order: orderOf(previous) });
    }
    if (versionId === NULL_VERSION && bucket.versioning === 'Suspended') {
      for (const older of await this.noncurrent(bucket.name, record.key, tx)) {
        if (versionIdOf(older) !== NULL_VERSION) continue;
        await this.state.versions(tx).delete(versionKeyOf(bucket.name, record.key, orderOf(older)));
        await releaseBlobs(tx, older);
      }
    }
    await objects.put(id, committed);
    return committed;
  }

  /** Replaces a version's record in place (tags, retention, legal hold), keeping its blobs. */
  async update(tx: Transaction, bucket: string, found: FoundVersion, record: ObjectRecord): Promise<void> {
    if (found.current) await this.state.objects(tx).put(objectKeyOf(bucket, record.key), record);
    else await this.state.versions(tx).put(versionKeyOf(bucket, record.key, orderOf(record)), record);
  }

  /** Deletes one version for good; when it was current, the newest older version becomes current. */
  async remove(tx: Transaction, bucket: string, found: FoundVersion): Promise<void> {
    const { record } = found;
    if (found.current) {
      await this.state.objects(tx).delete(objectKeyOf(bucket, record.key));
      const [newest] = await this.state.versions(tx).list({ prefix: versionsPrefixOf(bucket, record.key), limit: 1 });
      if (newest) {
        await this.state.versions(tx).delete(newest.key);
        await this.state.objects(tx).put(objectKeyOf(bucket, record.key), newest.value);
      }
    } else {
      await this.state.versions(tx).delete(versionKeyOf(bucket, record.key, orderOf(record)));
    }
    await releaseBlobs(tx, record);
  }
}

/** A delete marker: a version with no body that makes its key read as absent. */
export function deleteMarkerOf(key: string, now: number): ObjectRecord {
  return { key, blobId: '', size: 0, etag: '', lastModified: Math.floor(now / 1000) * 1000, contentType: '', metadata: {}, storageClass: 'STANDARD', deleteMarker: true };
}
