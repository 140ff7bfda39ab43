import type { AwsError } from '../../common/aws-error.js';
import type { Store, Transaction } from '../../store/store.js';

/** The configurations a bucket carries besides its objects, each stored as one record. */
export type Subresource =
  | 'tagging'
  | 'cors'
  | 'policy'
  | 'lifecycle'
  | 'notification'
  | 'website'
  | 'encryption'
  | 'ownership-controls'
  | 'public-access-block'
  | 'acl'
  | 'object-lock';

export const BUCKET_CONFIGS = 's3.bucket-configs';

const keyOf = (bucket: string, subresource: Subresource) => `${bucket}/${subresource}`;

/** Bucket subresources keyed `<bucket>/<subresource>`, so that a bucket's configurations go together. */
export class BucketSubresources {
  constructor(private readonly store: Store) {}

  get<T>(bucket: string, subresource: Subresource, tx?: Transaction): Promise<T | undefined> {
    return (tx ?? this.store).collection<T>(BUCKET_CONFIGS).get(keyOf(bucket, subresource));
  }

  /** The configuration, or the error S3 answers when a bucket has none (NoSuchCORSConfiguration …). */
  async require<T>(bucket: string, subresource: Subresource, missing: () => AwsError): Promise<T> {
    const value = await this.get<T>(bucket, subresource);
    if (value === undefined) throw missing();
    return value;
  }

  async put<T>(bucket: string, subresource: Subresource, value: T, tx?: Transaction): Promise<void> {
    await (tx ?? this.store).collection<T>(BUCKET_CONFIGS).put(keyOf(bucket, subresource), value);
  }

  async delete(bucket: string, subresource: Subresource, tx?: Transaction): Promise<void> {
    await (tx ?? this.store).collection(BUCKET_CONFIGS).delete(keyOf(bucket, subresource));
  }

  /** Every bucket that has this subresource, for work that runs over all of them (lifecycle). */
  async all<T>(subresource: Subresource): Promise<Array<{ bucket: string; value: T }>> {
    const entries = await this.store.collection<T>(BUCKET_CONFIGS).list();
    return entries
      .filter((entry) => entry.key.endsWith(`/${subresource}`))
      .map((entry) => ({ bucket: entry.key.slice(0, -subresource.length - 1), value: entry.value }));
  }

}

/** A deleted bucket takes its configurations with it. */
export async function deleteSubresources(tx: Transaction, bucket: string): Promise<void> {
  const collection = tx.collection(BUCKET_CONFIGS);
  for (const entry of await collection.list({ prefix: `${bucket}/` })) await collection.delete(entry.key);
}
