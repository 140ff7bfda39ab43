import type { MessageAttributeValue } from './api.generated.js';
import { md5OfAttributes } from './message-md5.js';
import type { MessageRecord, QueueRecord, StoredAttributeValue } from './state.js';

/** A message's system attributes as ReceiveMessage reports them, all as strings. */
function systemAttributes(queue: QueueRecord, message: MessageRecord): Record<string, string | undefined> {
  return {
    SenderId: message.senderId,
    SentTimestamp: String(message.sentTimestamp),
    ApproximateReceiveCount: String(message.receiveCount),
    ApproximateFirstReceiveTimestamp: message.firstReceiveTimestamp === undefined ? undefined : String(message.firstReceiveTimestamp),
    AWSTraceHeader: message.systemAttributes?.AWSTraceHeader?.StringValue,
    DeadLetterQueueSourceArn: message.deadLetterQueueSourceArn,
    SequenceNumber: queue.attributes.FifoQueue === 'true' ? message.sequenceNumber : undefined,
    MessageDeduplicationId: message.messageDeduplicationId,
    MessageGroupId: message.messageGroupId,
  };
}

/** The system attributes asked for by name, or all of them for `All`; undefined when none apply. */
export function selectSystemAttributes(queue: QueueRecord, message: MessageRecord, names: readonly string[]): Record<string, string> | undefined {
  const all = systemAttributes(queue, message);
  const wanted = names.includes('All') ? Object.keys(all) : names;
  const out: Record<string, string> = {};
  for (const name of wanted) {
    const value = all[name];
    if (value !== undefined) out[name] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The message attributes asked for: `All` or `.*` for every one, `prefix.*` for those under a
 * prefix, or exact names. The MD5 covers exactly the attributes returned.
 */
export function selectMessageAttributes(message: MessageRecord, names: readonly string[]): { attributes: Record<string, MessageAttributeValue>; md5: string } | undefined {
  const stored = message.messageAttributes ?? {};
  const matches = (name: string) => names.some((pattern) =>
    pattern === 'All' || pattern === '.*' || pattern === name || (pattern.endsWith('.*') && name.startsWith(pattern.slice(0, -1))));
  const chosen: Record<string, StoredAttributeValue> = {};
  for (const [name, value] of Object.entries(stored)) if (matches(name)) chosen[name] = value;
  const md5 = md5OfAttributes(chosen);
  if (!md5) return undefined;
  const attributes: Record<string, MessageAttributeValue> = {};
  for (const [name, value] of Object.entries(chosen)) attributes[name] = toWire(value);
  return { attributes, md5 };
}

function toWire(value: StoredAttributeValue): MessageAttributeValue {
  const out: MessageAttributeValue = { DataType: value.DataType };
  if (value.StringValue !== undefined) out.StringValue = value.StringValue;
  if (value.BinaryValue !== undefined) out.BinaryValue = Buffer.from(value.BinaryValue, 'base64');
  return out;
}
