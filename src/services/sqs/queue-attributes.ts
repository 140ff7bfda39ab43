import { invalidAttributeName, invalidAttributeValue } from './errors.js';

/** An attribute a client may set, with the rule its value must meet. */
interface Settable {
  /** true when valid, else false or the reason SQS gives. */
  check(value: string): string | boolean;
  fifoOnly?: boolean;
  /** Only at creation (a queue's type never changes). */
  createOnly?: boolean;
  /** Stored as a plain integer ("030" is 30). */
  numeric?: boolean;
}

const range = (min: number, max: number): Settable['check'] => (value) =>
  /^-?\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;
const oneOf = (...values: string[]): Settable['check'] => (value) => values.includes(value);
const json: Settable['check'] = (value) => parsesAsObject(value);
const anyString: Settable['check'] = () => true;

const SETTABLE: Record<string, Settable> = {
  DelaySeconds: { check: range(0, 900), numeric: true },
  MaximumMessageSize: { check: range(1024, 1048576), numeric: true },
  MessageRetentionPeriod: { check: range(60, 1209600), numeric: true },
  ReceiveMessageWaitTimeSeconds: { check: range(0, 20), numeric: true },
  VisibilityTimeout: { check: range(0, 43200), numeric: true },
  Policy: { check: json },
  RedrivePolicy: { check: redrivePolicy },
  RedriveAllowPolicy: { check: redriveAllowPolicy },
  KmsMasterKeyId: { check: anyString },
  KmsDataKeyReusePeriodSeconds: { check: range(60, 86400), numeric: true },
  SqsManagedSseEnabled: { check: oneOf('true', 'false') },
  FifoQueue: { check: oneOf('true', 'false'), fifoOnly: true, createOnly: true },
  ContentBasedDeduplication: { check: oneOf('true', 'false'), fifoOnly: true },
  DeduplicationScope: { check: oneOf('messageGroup', 'queue'), fifoOnly: true },
  FifoThroughputLimit: { check: oneOf('perQueue', 'perMessageGroupId'), fifoOnly: true },
};

/** Set to the empty string, these attributes are removed (no policy, no redrive, SSE-SQS keys). */
const CLEARABLE = new Set(['Policy', 'RedrivePolicy', 'RedriveAllowPolicy', 'KmsMasterKeyId']);

/** What GetQueueAttributes can name beyond the settable ones; computed on every read. */
export const COMPUTED_ATTRIBUTES = [
  'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed',
  'CreatedTimestamp', 'LastModifiedTimestamp', 'QueueArn',
] as const;

export type ComputedAttribute = (typeof COMPUTED_ATTRIBUTES)[number];

/** The attributes SQS gives a new queue that the request left out. */
export function defaultAttributes(fifo: boolean, requested: Record<string, string>): Record<string, string> {
  const defaults: Record<string, string> = {
    DelaySeconds: '0',
    MaximumMessageSize: '1048576',
    MessageRetentionPeriod: '345600',
    ReceiveMessageWaitTimeSeconds: '0',
    VisibilityTimeout: '30',
  };
  if (requested.KmsMasterKeyId) {
    defaults.KmsDataKeyReusePeriodSeconds = '300';
    defaults.SqsManagedSseEnabled = 'false';
  } else {
    defaults.SqsManagedSseEnabled = 'true';
  }
  if (fifo) {
    Object.assign(defaults, { FifoQueue: 'true', ContentBasedDeduplication: 'false', DeduplicationScope: 'queue', FifoThroughputLimit: 'perQueue' });
  }
  return { ...defaults, ...requested };
}

/**
 * Checks attributes a client sends to CreateQueue or SetQueueAttributes and returns them
 * normalised (numbers without padding; '' for a policy being removed). Unknown names, read-only names and FIFO attributes on a
 * standard queue are InvalidAttributeName; values out of range are InvalidAttributeValue.
 */
export function checkAttributes(attributes: Record<string, string>, options: { fifo: boolean; creating: boolean }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(attributes)) {
    const rule = SETTABLE[name];
    if (!rule || (rule.fifoOnly && !options.fifo) || (rule.createOnly && !options.creating)) throw invalidAttributeName(name);
    if (raw === '' && CLEARABLE.has(name)) {
      out[name] = '';
      continue;
    }
    const verdict = rule.check(raw);
    if (verdict !== true) throw invalidAttributeValue(name, verdict || undefined);
    out[name] = rule.numeric ? String(Number(raw)) : raw;
  }
  return out;
}

/** Whether GetQueueAttributes knows the name (`All` included). */
export function isQueueAttributeName(name: string): boolean {
  return name === 'All' || name in SETTABLE || (COMPUTED_ATTRIBUTES as readonly string[]).includes(name);
}

export function assertQueueAttributeNames(names: readonly string[]): void {
  for (const name of names) if (!isQueueAttributeName(name)) throw invalidAttributeName(name);
}

export interface RedrivePolicy {
  deadLetterTargetArn: string;
  maxReceiveCount: number;
}

export function parseRedrivePolicy(value: string | undefined): RedrivePolicy | undefined {
  if (!value) return undefined;
  const policy = JSON.parse(value) as { deadLetterTargetArn: string; maxReceiveCount: number | string };
  return { deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount: Number(policy.maxReceiveCount) };
}

function redrivePolicy(value: string): string | true {
  const policy = parseObject(value);
  if (!policy) return 'Redrive policy is not a valid JSON map.';
  if (typeof policy.deadLetterTargetArn !== 'string' || !policy.deadLetterTargetArn.startsWith('arn:')) {
    return 'Value for deadLetterTargetArn is invalid.';
  }
  const count = Number(policy.maxReceiveCount);
  if (!Number.isInteger(count) || count < 1 || count > 1000) return 'Value for maxReceiveCount is invalid.';
  return true;
}

function redriveAllowPolicy(value: string): string | true {
  const policy = parseObject(value);
  if (!policy) return 'Redrive allow policy is not a valid JSON map.';
  if (!['allowAll', 'denyAll', 'byQueue'].includes(policy.redrivePermission as string)) return 'Value for redrivePermission is invalid.';
  const sources = policy.sourceQueueArns;
  if (policy.redrivePermission !== 'byQueue') {
    return sources === undefined ? true : 'Value for sourceQueueArns is allowed only when redrivePermission is byQueue.';
  }
  const valid = Array.isArray(sources) && sources.length >= 1 && sources.length <= 10 && sources.every((arn) => typeof arn === 'string' && arn.startsWith('arn:'));
  return valid || 'Value for sourceQueueArns is invalid: byQueue takes 1 to 10 queue ARNs.';
}

/** Whether a dead-letter queue's RedriveAllowPolicy lets the source queue send it messages (no policy allows all). */
export function allowsSource(deadLetterQueue: Record<string, string>, sourceArn: string): boolean {
  const policy = parseObject(deadLetterQueue.RedriveAllowPolicy ?? '');
  if (!policy || policy.redrivePermission === 'allowAll') return true;
  if (policy.redrivePermission === 'denyAll') return false;
  return (policy.sourceQueueArns as string[]).includes(sourceArn);
}

function parsesAsObject(value: string): boolean {
  return parseObject(value) !== undefined;
}

function parseObject(value: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
