import type { CallContext } from '../../common/call-context.js';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type { Message, ReceiveMessageRequest, ReceiveMessageResult } from './api.generated.js';
import { moveToDeadLetterQueue, shouldRedrive } from './dead-letter.js';
import { invalidParameter, queueDoesNotExist } from './errors.js';
import { messagesOfGroup } from './fifo-groups.js';
import { isExpired, isVisible } from './message-state.js';
import { indexedQueue, MessageWrites } from './message-store.js';
import { selectMessageAttributes, selectSystemAttributes } from './message-view.js';
import { sqsMetrics } from './metrics.js';
import type { Queues } from './queues.js';
import { encodeReceiptHandle, newReceiptToken } from './receipt-handle.js';
import { forEachReadyLane, ready } from './ready-index.js';
import { addressOf, messages, queueKey, queues, type MessageRecord, type QueueRecord } from './state.js';
import type { QueueAddress } from './queue-url.js';

const MAX_WAIT_SECONDS = 20;
const MAX_MESSAGES = 10;
const MAX_VISIBILITY_TIMEOUT = 43200;

/** The bus signal that a queue may have a message to give: sent, made visible, or the queue changed. */
export function availableTopic(address: QueueAddress): string {
  return `sqs.available:${queueKey(address)}`;
}

interface Take {
  received: Message[];
  /** When the next message not visible now becomes visible (Infinity when none will). */
  nextVisibleAt: number;
}

/** ReceiveMessage: short and long polling, visibility timeouts, redrive to a dead-letter queue. */
export class Receiver {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly queues: Queues,
  ) {}

  async receiveMessage(input: ReceiveMessageRequest, context: CallContext): Promise<ReceiveMessageResult> {
    const max = checkRange('MaxNumberOfMessages', input.MaxNumberOfMessages, 1, MAX_MESSAGES) ?? 1;
    const requestedVisibility = checkRange('VisibilityTimeout', input.VisibilityTimeout, 0, MAX_VISIBILITY_TIMEOUT);
    const requestedWait = checkRange('WaitTimeSeconds', input.WaitTimeSeconds, 0, MAX_WAIT_SECONDS);
    const queue = await this.queues.find(input.QueueUrl, context);
    const address = addressOf(queue);
    const wait = requestedWait ?? Number(queue.attributes.ReceiveMessageWaitTimeSeconds ?? 0);
    const deadline = this.deps.clock.now() + wait * 1000;
    const wakeup = new Wakeup();
    const unsubscribe = this.deps.bus.on(availableTopic(address), () => wakeup.signal());
    try {
      for (;;) {
        const take = await this.deps.store.transaction((tx) => this.take(tx, address, max, requestedVisibility, input));
        if (take.received.length || this.deps.clock.now() >= deadline) {
          sqsMetrics(this.deps).received(queue, take.received.length);
          return take.received.length ? { Messages: take.received } : {};
        }
        await wakeup.wait(this.deps, Math.min(deadline, take.nextVisibleAt));
      }
    } finally {
      unsubscribe();
    }
  }

  /**
   * Receives up to `max` visible messages in one transaction, walking the ready index (so the cost
   * follows what is received, not the backlog): in order of becoming visible, then of sending.
   */
  private async take(tx: Transaction, address: QueueAddress, max: number, visibility: number | undefined, input: ReceiveMessageRequest): Promise<Take> {
    const stored = await queues(tx).get(queueKey(address));
    if (!stored) throw queueDoesNotExist();
    const queue = await indexedQueue(tx, stored);
    const now = this.deps.clock.now();
    const timeout = visibility ?? Number(queue.attributes.VisibilityTimeout ?? 30);
    const received: Message[] = [];
    const receive = (key: string, message: MessageRecord): MessageRecord => {
      const token = newReceiptToken();
      const after = {
        ...message,
        receiveCount: message.receiveCount + 1,
        firstReceiveTimestamp: message.firstReceiveTimestamp ?? now,
        visibleAt: now + timeout * 1000,
        receiptToken: token,
      };
      received.push(view(queue, after, encodeReceiptHandle({ messageKey: key, token }), input));
      return after;
    };
    const writes = new MessageWrites(tx, queue);
    const nextVisibleAt = await forEachReadyLane(tx, address, now, async (lane) => {
      if (lane.entry.group === undefined) {
        const message = await messages(tx).get(lane.messageKey);
        if (!message) await ready(tx).delete(lane.key);
        else if (await this.deliverable(tx, writes, lane.messageKey, message, now)) {
          await writes.replace(lane.messageKey, message, receive(lane.messageKey, message));
        }
      } else {
        // A ready group has nothing in flight: take from its front while its messages are visible.
        for await (const { key, message } of messagesOfGroup(tx, address, lane.entry.group)) {
          if (received.length >= max) break;
          if (!isExpired(message, queue, now) && !isVisible(message, now)) break;
          if (await this.deliverable(tx, writes, key, message, now)) await writes.replace(key, message, receive(key, message));
        }
      }
      return received.length >= max ? 'done' : 'more';
    });
    await writes.finish();
    return { received, nextVisibleAt };
  }

  /** Whether a visible message may be received: an expired one is deleted, one received too often is redriven. */
  private async deliverable(tx: Transaction, writes: MessageWrites, key: string, message: MessageRecord, now: number): Promise<boolean> {
    const queue = writes.queue;
    if (isExpired(message, queue, now)) {
      await writes.remove(key, message);
      return false;
    }
    if (!shouldRedrive(queue, message)) return true;
    const deadLetterQueue = await moveToDeadLetterQueue(tx, writes, key, message, now);
    if (deadLetterQueue) tx.afterCommit(() => this.deps.bus.emit(availableTopic(deadLetterQueue), undefined));
    return !deadLetterQueue;
  }
}

function view(queue: QueueRecord, message: Parameters<typeof selectSystemAttributes>[1], receiptHandle: string, input: ReceiveMessageRequest): Message {
  const out: Message = { MessageId: message.messageId, ReceiptHandle: receiptHandle, MD5OfBody: message.md5OfBody, Body: message.body };
  const attributes = selectSystemAttributes(queue, message, [...(input.AttributeNames ?? []), ...(input.MessageSystemAttributeNames ?? [])]);
  if (attributes) out.Attributes = attributes;
  const selected = selectMessageAttributes(message, input.MessageAttributeNames ?? []);
  if (selected) {
    out.MessageAttributes = selected.attributes;
    out.MD5OfMessageAttributes = selected.md5;
  }
  return out;
}

function checkRange(name: string, value: number | undefined, min: number, max: number): number | undefined {
  if (value !== undefined && (value < min || value > max)) {
    throw invalidParameter(name, value, `Must be >= ${min} and <= ${max}, if provided.`);
  }
  return value;
}

/** Waits for a bus signal or a clock time; a signal that came while no one waited is not lost. */
class Wakeup {
  private pending = false;
  private resume: (() => void) | undefined;

  signal(): void {
    this.pending = true;
    this.resume?.();
  }

  async wait(deps: Pick<ServiceDeps, 'clock'>, until: number): Promise<void> {
    if (!this.pending) {
      const abort = new AbortController();
      await new Promise<void>((resolve) => {
        this.resume = resolve;
        void deps.clock.sleep(Math.max(0, until - deps.clock.now()), abort.signal).then(resolve);
      });
      abort.abort();
      this.resume = undefined;
    }
    this.pending = false;
  }
}
