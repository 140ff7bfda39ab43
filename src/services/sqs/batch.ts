import { isAwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { Store } from '../../store/store.js';
import type {
  BatchResultErrorEntry, ChangeMessageVisibilityBatchRequest, ChangeMessageVisibilityBatchResult, DeleteMessageBatchRequest,
  DeleteMessageBatchResult, SendMessageBatchRequest, SendMessageBatchResult, SendMessageBatchResultEntry,
} from './api.generated.js';
import { batchEntryIdsNotDistinct, batchRequestTooLong, emptyBatchRequest, invalidBatchEntryId, tooManyEntriesInBatchRequest } from './errors.js';
import { MessageWrites } from './message-store.js';
import { checkMessage, checkVisibilityChange, type CheckedMessage, type Messages } from './messages.js';
import type { Queues } from './queues.js';
import { decodeReceiptHandle } from './receipt-handle.js';
import { addressOf, messagesPrefix } from './state.js';

const MAX_ENTRIES = 10;
const MAX_BATCH_BYTES = 1048576;

/**
 * The batch operations: each entry succeeds or fails on its own, after checks on the batch as a
 * whole; the entries that succeed commit together, in one transaction.
 */
export class Batches {
  constructor(
    private readonly store: Store,
    private readonly queues: Queues,
    private readonly messages: Messages,
  ) {}

  async sendMessageBatch(input: SendMessageBatchRequest, context: CallContext): Promise<SendMessageBatchResult> {
    const queue = await this.queues.find(input.QueueUrl, context);
    checkEntries(input.Entries, 'SendMessageBatchRequestEntry');
    const bytes = input.Entries.reduce((sum, entry) => sum + Buffer.byteLength(entry.MessageBody ?? ''), 0);
    if (bytes > MAX_BATCH_BYTES) throw batchRequestTooLong(MAX_BATCH_BYTES);
    const checked: CheckedMessage[] = [];
    const result = await this.store.transaction(async (tx) => {
      const writes = new MessageWrites(tx, await this.queues.current(queue, tx));
      const settled = await settle(input.Entries, async (entry): Promise<SendMessageBatchResultEntry> => {
        const message = checkMessage(queue, entry);
        const sent = await this.messages.store(tx, writes, message, context);
        checked.push(message);
        return { Id: entry.Id, MessageId: sent.MessageId!, MD5OfMessageBody: sent.MD5OfMessageBody!, ...optional(sent) };
      });
      await writes.finish();
      return settled;
    });
    this.messages.sent(queue, checked);
    return result;
  }

  async deleteMessageBatch(input: DeleteMessageBatchRequest, context: CallContext): Promise<DeleteMessageBatchResult> {
    const queue = await this.queues.find(input.QueueUrl, context);
    checkEntries(input.Entries, 'DeleteMessageBatchRequestEntry');
    const result = await this.store.transaction(async (tx) => {
      const writes = new MessageWrites(tx, queue);
      const settled = await settle(input.Entries, async (entry) => {
        await this.messages.remove(tx, writes, decodeReceiptHandle(entry.ReceiptHandle, messagesPrefix(addressOf(queue))));
        return { Id: entry.Id };
      });
      await writes.finish();
      return settled;
    });
    this.messages.deleted(queue, result.Successful.length);
    return result;
  }

  async changeMessageVisibilityBatch(input: ChangeMessageVisibilityBatchRequest, context: CallContext): Promise<ChangeMessageVisibilityBatchResult> {
    const queue = await this.queues.find(input.QueueUrl, context);
    checkEntries(input.Entries, 'ChangeMessageVisibilityBatchRequestEntry');
    const result = await this.store.transaction(async (tx) => {
      const writes = new MessageWrites(tx, queue);
      const settled = await settle(input.Entries, async (entry) => {
        const receipt = checkVisibilityChange(queue, entry.ReceiptHandle, entry.VisibilityTimeout);
        await this.messages.moveVisibility(tx, writes, receipt, entry.ReceiptHandle, entry.VisibilityTimeout!);
        return { Id: entry.Id };
      });
      await writes.finish();
      return settled;
    });
    this.messages.visibilityChanged(queue);
    return result;
  }
}

/** 1–10 entries, each with a distinct id of alphanumerics, hyphens and underscores. */
function checkEntries(entries: ReadonlyArray<{ Id: string }> | undefined, entryName: string): void {
  if (!entries?.length) throw emptyBatchRequest(entryName);
  if (entries.length > MAX_ENTRIES) throw tooManyEntriesInBatchRequest(entries.length);
  const seen = new Set<string>();
  for (const { Id } of entries) {
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(Id ?? '')) throw invalidBatchEntryId();
    if (seen.has(Id)) throw batchEntryIdsNotDistinct(Id);
    seen.add(Id);
  }
}

/** Runs every entry in order; an entry's AwsError becomes its Failed entry, anything else fails the call. */
async function settle<E extends { Id: string }, R>(entries: readonly E[], run: (entry: E) => Promise<R>): Promise<{ Successful: R[]; Failed: BatchResultErrorEntry[] }> {
  const Successful: R[] = [];
  const Failed: BatchResultErrorEntry[] = [];
  for (const entry of entries) {
    try {
      Successful.push(await run(entry));
    } catch (error) {
      if (!isAwsError(error)) throw error;
      Failed.push({ Id: entry.Id, SenderFault: error.senderFault, Code: error.code, Message: error.message });
    }
  }
  return { Successful, Failed };
}

function optional(sent: { MD5OfMessageAttributes?: string; MD5OfMessageSystemAttributes?: string; SequenceNumber?: string }) {
  return Object.fromEntries(Object.entries({
    MD5OfMessageAttributes: sent.MD5OfMessageAttributes,
    MD5OfMessageSystemAttributes: sent.MD5OfMessageSystemAttributes,
    SequenceNumber: sent.SequenceNumber,
  }).filter(([, value]) => value !== undefined));
}
