/**
 * Sequence numbers are 56 decimal digits, as AWS's are: `49`, the clock's milliseconds (15 digits),
 * the shard's index (9 digits) and a counter (30 digits). Fixed width keeps their text in numeric
 * order, and the shard digits let GetShardIterator tell which shard a number belongs to.
 */
interface Parts {
  millis: bigint;
  shardIndex: number;
  counter: bigint;
}

const COUNTER = 10n ** 30n;
const SHARD = 10n ** 9n;
const MILLIS = 10n ** 15n;
const PREFIX = 49n * MILLIS * SHARD * COUNTER;

function compose(millis: bigint, shardIndex: number, counter: bigint): string {
  return (PREFIX + (millis * SHARD + BigInt(shardIndex)) * COUNTER + counter).toString();
}

/** The parts of a sequence number Nimbus issued; undefined for anything else. */
export function decodeSequenceNumber(value: string): Parts | undefined {
  if (!/^49\d{54}$/.test(value)) return undefined;
  const rest = BigInt(value) - PREFIX;
  return { millis: rest / (SHARD * COUNTER), shardIndex: Number((rest / COUNTER) % SHARD), counter: rest % COUNTER };
}

/**
 * The number after `last` in a shard: stamped with the clock, or — when the clock reads no later
 * than `last` (the same millisecond, or an earlier clock after a restart) — with `last`'s time and
 * the next count. A new shard's first number follows its parents' last: its index is higher.
 */
export function nextSequenceNumber(last: string, now: number, shardIndex: number): string {
  const parts = decodeSequenceNumber(last);
  if (!parts || BigInt(now) > parts.millis) return compose(BigInt(now), shardIndex, 0n);
  return compose(parts.millis, shardIndex, parts.shardIndex === shardIndex ? parts.counter + 1n : 0n);
}

/** The number just before `value`, for a shard that has handed out none yet. */
export function previousSequenceNumber(value: string): string {
  return (BigInt(value) - 1n).toString();
}

/** The number in a shard id (`shardId-000000000007` → 7). */
export function shardIndex(shardId: string): number {
  return Number(shardId.slice(shardId.lastIndexOf('-') + 1));
}

export function shardIdFor(index: number): string {
  return `shardId-${String(index).padStart(12, '0')}`;
}

/** A sequence number as a client sent it; undefined when it is not a decimal number. */
export function parseSequenceNumber(value: string): bigint | undefined {
  return /^(0|[1-9]\d{0,128})$/.test(value) ? BigInt(value) : undefined;
}

/** Fixed width, so that stored record keys compare in sequence order. */
export function padSequenceNumber(value: bigint | string): string {
  return value.toString().padStart(56, '0');
}
