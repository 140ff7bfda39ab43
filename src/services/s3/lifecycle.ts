import type { Clock, Timer } from '../../clock/clock.js';
import type * as Api from './api.generated.js';
import type { StoredLifecycle } from './lifecycle-config.js';
import type { EventPublisher } from './notifications.js';
import { removeUpload } from './multipart.js';
import type { BucketRecord, ObjectRecord, S3State } from './state.js';
import type { BucketSubresources } from './subresources.js';
import { deleteMarkerOf, type ObjectVersions, versionIdOf } from './versions.js';

const DAY = 86_400_000;

type Rule = StoredLifecycle['rules'][number];

/** S3 counts lifecycle days from the object's time, rounded up to the next midnight UTC. */
const dueAfterDays = (from: number, days: number) => (Math.floor((from + days * DAY) / DAY) + 1) * DAY;

/**
 * Carries out lifecycle rules once a day at midnight UTC on the Nimbus clock, as S3 does
 * asynchronously: expires current versions (a delete marker in a versioned bucket), noncurrent
 * versions and delete markers left alone, and aborts incomplete multipart uploads.
 */
export class LifecycleExecutor {
  private timer: Timer | undefined;
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly state: S3State,
    private readonly configs: BucketSubresources,
    private readonly versions: ObjectVersions,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  /** Arms the daily run when some bucket has rules (at start-up, and when a configuration is put). */
  async wake(): Promise<void> {
    if (this.timer || !(await this.configs.all('lifecycle')).length) return;
    this.timer = this.clock.at((Math.floor(this.clock.now() / DAY) + 1) * DAY, () => {
      this.timer = undefined;
      this.work = this.work
        .then(() => this.runOnce())
        .catch((error: unknown) => console.error('nimbus: s3 lifecycle run failed', error))
        .then(() => this.wake());
    });
  }

  /** One pass over every bucket's rules at the clock's current time. */
  async runOnce(): Promise<void> {
    const now = this.clock.now();
    for (const { bucket: name, value } of await this.configs.all<StoredLifecycle>('lifecycle')) {
      const bucket = await this.state.buckets().get(name);
      if (!bucket) continue;
      const rules = value.rules.filter((rule) => rule.Status === 'Enabled');
      if (!rules.length) continue;
      await this.expireObjects(bucket, rules, now);
      await this.abortUploads(bucket, rules, now);
    }
  }

  private async expireObjects(bucket: BucketRecord, rules: Rule[], now: number): Promise<void> {
    for (const { value: current } of await this.state.objects().list({ prefix: `${bucket.name}/` })) {
      const applicable = rules.filter((rule) => appliesTo(rule, current));
      if (!applicable.length) continue;
      await this.expireNoncurrent(bucket, current, applicable, now);
      if (current.deleteMarker) {
        if (applicable.some((rule) => rule.Expiration?.ExpiredObjectDeleteMarker)) await this.removeLoneMarker(bucket, current);
        continue;
      }
      const expired = applicable.some((rule) => {
        const expiration = rule.Expiration;
        if (expiration?.Days !== undefined) return now >= dueAfterDays(current.lastModified, expiration.Days);
        return expiration?.Date !== undefined && now >= Date.parse(expiration.Date);
      });
      if (expired) await this.expireCurrent(bucket, current);
    }
  }

  private async expireCurrent(bucket: BucketRecord, object: ObjectRecord): Promise<void> {
    await this.state.transaction(async (tx) => {
      if (!bucket.versioning) {
        await this.versions.remove(tx, bucket.name, { record: object, current: true });
        await this.events.publish(tx, bucket, { eventName: 'LifecycleExpiration:Delete', key: object.key }, 'lifecycle');
        return;
      }
      const marker = await this.versions.commit(tx, bucket, deleteMarkerOf(object.key, this.clock.now()));
      await this.events.publish(tx, bucket, { eventName: 'LifecycleExpiration:DeleteMarkerCreated', key: object.key, versionId: versionIdOf(marker) }, 'lifecycle');
    });
  }

  /** A noncurrent version expires NoncurrentDays after it stopped being current, i.e. after its successor was written. */
  private async expireNoncurrent(bucket: BucketRecord, current: ObjectRecord, rules: Rule[], now: number): Promise<void> {
    const rule = rules.find((candidate) => candidate.NoncurrentVersionExpiration?.NoncurrentDays !== undefined);
    if (!rule) return;
    const { NoncurrentDays: days, NewerNoncurrentVersions: keep = 0 } = rule.NoncurrentVersionExpiration! as Api.NoncurrentVersionExpiration & { NoncurrentDays: number };
    const older = await this.versions.noncurrent(bucket.name, current.key);
    let successor = current;
    for (const [index, version] of older.entries()) {
      if (index >= keep && now >= dueAfterDays(successor.lastModified, days)) {
        await this.state.transaction(async (tx) => {
          await this.versions.remove(tx, bucket.name, { record: version, current: false });
          await this.events.publish(tx, bucket, { eventName: 'LifecycleExpiration:Delete', key: version.key, versionId: versionIdOf(version) }, 'lifecycle');
        });
      }
      successor = version;
    }
  }

  /** A delete marker with no older versions left has nothing to hide: ExpiredObjectDeleteMarker removes it. */
  private async removeLoneMarker(bucket: BucketRecord, marker: ObjectRecord): Promise<void> {
    await this.state.transaction(async (tx) => {
      if ((await this.versions.noncurrent(bucket.name, marker.key, tx)).length) return;
      await this.versions.remove(tx, bucket.name, { record: marker, current: true });
    });
  }

  private async abortUploads(bucket: BucketRecord, rules: Rule[], now: number): Promise<void> {
    const abortRules = rules.filter((rule) => rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation !== undefined);
    if (!abortRules.length) return;
    for (const { value: upload } of await this.state.uploads().list({ prefix: `${bucket.name}/` })) {
      const due = abortRules.some(
        (rule) => keyPrefixOf(rule).every((prefix) => upload.key.startsWith(prefix)) && now >= dueAfterDays(upload.initiated, rule.AbortIncompleteMultipartUpload!.DaysAfterInitiation!),
      );
      if (due) await this.state.transaction((tx) => removeUpload(this.state, tx, upload));
    }
  }
}

/** The prefixes a rule names (legacy Prefix, Filter.Prefix or Filter.And.Prefix); none means every key. */
function keyPrefixOf(rule: Rule): string[] {
  const prefix = rule.Prefix ?? rule.Filter?.Prefix ?? rule.Filter?.And?.Prefix;
  return prefix ? [prefix] : [];
}

function appliesTo(rule: Rule, object: ObjectRecord): boolean {
  if (!keyPrefixOf(rule).every((prefix) => object.key.startsWith(prefix))) return false;
  const filter = rule.Filter;
  if (!filter) return true;
  const tags = [...(filter.Tag ? [filter.Tag] : []), ...(filter.And?.Tags ?? [])];
  if (!tags.every((tag) => object.tags?.some((own) => own.Key === tag.Key && own.Value === tag.Value))) return false;
  const greater = filter.ObjectSizeGreaterThan ?? filter.And?.ObjectSizeGreaterThan;
  const less = filter.ObjectSizeLessThan ?? filter.And?.ObjectSizeLessThan;
  if (!object.deleteMarker && greater !== undefined && !(object.size > greater)) return false;
  if (!object.deleteMarker && less !== undefined && !(object.size < less)) return false;
  return true;
}
