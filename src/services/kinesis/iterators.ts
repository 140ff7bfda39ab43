import { expiredIterator, invalidArgument } from './errors.js';

/** Shard iterators are good for five minutes of clock time, as in AWS. */
export const ITERATOR_LIFETIME_MS = 300_000;

/** A position in a shard: read the records whose sequence numbers are above `after`. */
export interface ShardIterator {
  streamArn: string;
  shardId: string;
  after: string;
  issuedAt: number;
}

const MARK = 'nimbus-kinesis-1';

/** Self-describing and opaque to clients: nothing about iterators is kept on the server. */
export function encodeShardIterator(iterator: ShardIterator): string {
  const text = [MARK, iterator.streamArn, iterator.shardId, iterator.after, String(iterator.issuedAt)].join('\n');
  return Buffer.from(text, 'utf8').toString('base64');
}

export function decodeShardIterator(token: string, now: number): ShardIterator {
  const parts = /^[A-Za-z0-9+/]+={0,2}$/.test(token) ? Buffer.from(token, 'base64').toString('utf8').split('\n') : [];
  const [mark, streamArn, shardId, after, issuedAt] = parts;
  if (parts.length !== 5 || mark !== MARK || !streamArn || !shardId || !/^\d+$/.test(after ?? '') || !/^\d+$/.test(issuedAt ?? '')) {
    throw invalidArgument(`Invalid ShardIterator.`);
  }
  const issued = Number(issuedAt);
  if (now - issued > ITERATOR_LIFETIME_MS) {
    throw expiredIterator(`Iterator expired. The iterator was created at time ${new Date(issued).toUTCString()} while right now it is ${new Date(now).toUTCString()} which is further in the future than the tolerated delay of ${ITERATOR_LIFETIME_MS} milliseconds.`);
  }
  return { streamArn, shardId, after: after!, issuedAt: issued };
}
