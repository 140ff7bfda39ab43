import { isAwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type {
  BatchResultErrorEntry, ChangeMessageVisibilityBatchRequest, ChangeMessageVisibilityBatchResult, DeleteMessageBatchRequest,
  DeleteMessageBatchResult, SendMessageBatchRequest, SendMessageBatchResult, SendMessageBatchResultEntry,
} from './api.generated.js';
import { batchEntryIdsNotDistinct, batchRequestTooLong, emptyBatchRequest, invalidBatchEntryId, tooManyEntriesInBatchRequest } from './errors.js';
import type { Messages } from './messages.js';
import type { Queues } from './queues.js';

const MAX_ENTRIES = 10;
const MAX_BATCH_BYTES = 1048576;

/** The batch operations: each entry succeeds or fails on its own, after checks on the batch as a whole. */
export class Batches {
  constructor(
    private readonly queues: Queues,
    private readonly messages: Messages,
  ) {}

  async sendMessageBatch(input: SendMessageBatchRequest, context: CallContext): Promise<SendMessageBatchResult> {
    const queue = await this.queues.find(input.QueueUrl, context);
    checkEntries(input.Entries, 'SendMessageBatchRequestEntry');
    const bytes = input.Entries.reduce((sum, entry) => sum + Buffer.byteLength(entry.MessageBody ?? ''), 0);
    if (bytes > MAX_BATCH_BYTES) throw batchRequestTooLong(MAX_BATCH_BYTES);
    return settle(input.Entries, async (entry): Promise<SendMessageBatchResultEntry> => {
      const sent = await this.messages.send(queue, entry, context);
      return { Id: entry.Id, MessageId: sent.MessageId!, MD5OfMessageBody: sent.MD5OfMessageBody!, ...optional(sent) };
    });
  }

  async deleteMessageBatch(input: DeleteMessageBatchRequest, context: CallContext): Promise<DeleteMessageBatchResult> {
    const queue = await this.queues.find(input.QueueUrl, context);
    checkEntries(input.Entries, 'DeleteMessageBatchRequestEntry');
    return settle(input.Entries, async (entry) => {
      await this.messages.delete(queue, entry.ReceiptHandle);
      return { Id: entry.Id };
    });
  }

  async changeMessageVisibilityBatch(input: ChangeMessageVisibilityBatchRequest, context: CallContext): Promise<ChangeMessageVisibilityBatchResult> {
    const queue = await this.queues.find(input.QueueUrl, context);
    checkEntries(input.Entries, 'ChangeMessageVisibilityBatchRequestEntry');
    return settle(input.Entries, async (entry) => {
      await this.messages.changeVisibility(queue, entry.ReceiptHandle, entry.VisibilityTimeout);
      return { Id: entry.Id };
    });
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
