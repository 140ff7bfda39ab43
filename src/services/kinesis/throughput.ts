import type { StreamRecord } from './state.js';

/** A provisioned shard takes 1,000 records and 1 MiB of data (partition keys included) a second. */
const RECORDS_PER_SECOND = 1000;
const BYTES_PER_SECOND = 1024 * 1024;

interface Window {
  second: number;
  records: number;
  bytes: number;
}

/**
 * Per-shard write quotas over one-second windows of the clock, as AWS meters provisioned streams.
 * On-demand streams scale for their writers in AWS, so Nimbus does not meter them. The windows live
 * in memory: they only matter for the current second.
 */
export class WriteThroughput {
  private readonly windows = new Map<string, Window>();

  /** Counts a write against its shard and answers whether the shard's quota had room for it. */
  admit(stream: StreamRecord, shardId: string, bytes: number, now: number): boolean {
    if (stream.mode === 'ON_DEMAND') return true;
    const key = `${stream.arn}/${shardId}`;
    const second = Math.floor(now / 1000);
    let window = this.windows.get(key);
    if (!window || window.second !== second) {
      this.prune(second);
      window = { second, records: 0, bytes: 0 };
      this.windows.set(key, window);
    }
    if (window.records + 1 > RECORDS_PER_SECOND || window.bytes + bytes > BYTES_PER_SECOND) return false;
    window.records += 1;
    window.bytes += bytes;
    return true;
  }

  private prune(second: number): void {
    for (const [key, window] of this.windows) if (window.second < second) this.windows.delete(key);
  }
}
