import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Timer } from '../../clock/clock.js';
import type { PutObjectDelivery } from '../s3/put-object-delivery.js';
import type { ServiceDeps } from '../service-deps.js';
import type { CloudTrailRecord } from './record.js';
import type { Recorder } from './recorder.js';
import { selects } from './selectors.js';
import { eventKeyAt, events, trailKey, trails, type TrailRecord } from './state.js';

export const S3_PUT_OBJECT = 's3.put-object';
const DELIVERY_INTERVAL_MS = 5 * 60_000;
const PAGE = 500;

/**
 * Every five minutes of clock time, each logging trail gets the events recorded since its last
 * delivery as one gzipped `{"Records":[…]}` file per region, written to its bucket through S3's
 * `s3.put-object` delivery in the transaction that moves the trail's cursor.
 */
export class LogFileDelivery {
  private timer: Timer | undefined;
  private stopped = false;
  private running = false;
  private again = false;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly recorder: Recorder,
  ) {
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
  }

  /** Delivers every logging trail's new events now. */
  async deliverAll(): Promise<void> {
    await this.recorder.flush();
    const now = this.deps.clock.now();
    for (const { value: trail } of await trails(this.deps.store).list()) {
      if (trail.isLogging) await this.deliver(trail, now);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.deps.clock.after(DELIVERY_INTERVAL_MS, () => {
      this.schedule();
      this.kick();
    });
  }

  /** One delivery at a time: a clock moved by days fires many ticks, and they must not share a cursor. */
  private kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.deliverAll()
      .catch((error: unknown) => console.error('nimbus: CloudTrail log delivery failed', error))
      .finally(() => {
        this.running = false;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async deliver(trail: TrailRecord, now: number): Promise<void> {
    const since = trail.deliveredUpTo ?? trail.startLoggingTime ?? now;
    const byRegion = new Map<string, CloudTrailRecord[]>();
    for (const { region, record } of await this.eventsBetween(trail.account, since, now)) {
      if (region !== trail.homeRegion && !trail.isMultiRegionTrail) continue;
      if (!selects(trail, record)) continue;
      const list = byRegion.get(region) ?? [];
      list.push(record);
      byRegion.set(region, list);
    }
    await this.deps.store.transaction(async (tx) => {
      const key = trailKey(trail.account, trail.homeRegion, trail.name);
      const current = await trails(tx).get(key);
      if (!current?.isLogging) return;
      for (const [region, records] of byRegion) {
        const delivery: PutObjectDelivery = {
          account: trail.account,
          region: trail.homeRegion,
          bucket: current.s3BucketName,
          key: logFileKey(current, region, now),
          body: gzipSync(JSON.stringify({ Records: records })).toString('base64'),
          contentType: 'application/json',
          contentEncoding: 'gzip',
        };
        await this.deps.bus.enqueue(tx, S3_PUT_OBJECT, delivery);
      }
      const delivered = byRegion.size ? { latestDeliveryTime: now } : {};
      await trails(tx).put(key, { ...current, ...delivered, deliveredUpTo: now, latestDeliveryAttemptTime: byRegion.size ? now : current.latestDeliveryAttemptTime });
    });
  }

  /** Events with `since < at <= until`, oldest first. */
  private async eventsBetween(account: string, since: number, until: number) {
    const prefix = `${account}/`;
    const found = [];
    let after = eventKeyAt(account, until).slice(0, -1);
    for (;;) {
      const page = await events(this.deps.store).list({ prefix, after, limit: PAGE });
      for (const { value } of page) {
        if (value.at <= since) return found.reverse();
        found.push(value);
      }
      if (page.length < PAGE) return found.reverse();
      after = page[page.length - 1]!.key;
    }
  }
}

/** `<prefix>/AWSLogs/<account>/CloudTrail/<region>/<yyyy>/<mm>/<dd>/<account>_CloudTrail_<region>_<yyyymmddThhmmZ>_<random>.json.gz` */
export function logFileKey(trail: TrailRecord, region: string, at: number): string {
  const iso = new Date(at).toISOString();
  const [yyyy, mm, dd] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const stamp = `${yyyy}${mm}${dd}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
  const unique = randomBytes(12).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 16).padEnd(16, '0');
  const prefix = trail.s3KeyPrefix ? `${trail.s3KeyPrefix.replace(/\/+$/, '')}/` : '';
  return `${prefix}AWSLogs/${trail.account}/CloudTrail/${region}/${yyyy}/${mm}/${dd}/${trail.account}_CloudTrail_${region}_${stamp}_${unique}.json.gz`;
}
