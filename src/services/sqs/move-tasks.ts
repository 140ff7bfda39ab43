import { randomUUID } from 'node:crypto';
import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CancelMessageMoveTaskRequest, CancelMessageMoveTaskResult, ListMessageMoveTasksRequest, ListMessageMoveTasksResult,
  ListMessageMoveTasksResultEntry, StartMessageMoveTaskRequest, StartMessageMoveTaskResult,
} from './api.generated.js';
import { invalidParameter, invalidParameterValue } from './errors.js';
import { isExpired, isVisible } from './message-state.js';
import { indexedQueue, MessageWrites } from './message-store.js';
import { parseRedrivePolicy } from './queue-attributes.js';
import { queueArn, type QueueAddress } from './queue-url.js';
import { availableTopic } from './receive.js';
import {
  addressOf, messageKey, messages, messagesPrefix, queueKey, queues, queuesPrefix, type Collections, type MessageRecord,
} from './state.js';

const MAX_RATE = 500;
const MAX_LISTED = 10;
const STEP_MS = 1000;

type Status = 'RUNNING' | 'COMPLETED' | 'CANCELLING' | 'CANCELLED' | 'FAILED';

/** A message movement task as stored: what it moves, how fast, and how far it got. */
interface MoveTaskRecord {
  taskId: string;
  taskHandle: string;
  status: Status;
  source: QueueAddress;
  destinationArn?: string;
  maxNumberOfMessagesPerSecond?: number;
  approximateNumberOfMessagesMoved: number;
  approximateNumberOfMessagesToMove: number;
  /** Epoch milliseconds. */
  startedTimestamp: number;
  /** The task moves the messages that were in the source when it started: keys up to this one. */
  lastKeyToMove: string;
  failureReason?: string;
}

const moveTasks = (source: Collections) => source.collection<MoveTaskRecord>('sqs.move-tasks');

function taskKey(source: QueueAddress, startedTimestamp: number, taskId: string): string {
  return `${queueKey(source)}/${String(startedTimestamp).padStart(15, '0')}/${taskId}`;
}

function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 404);
}

/**
 * StartMessageMoveTask, ListMessageMoveTasks, CancelMessageMoveTask: redrive from a dead-letter
 * queue back to each message's source queue or to one destination, at most a given number of
 * messages per second of clock time.
 */
export class MoveTasks {
  constructor(private readonly deps: ServiceDeps) {
    void this.resumeRunning();
  }

  async startMessageMoveTask(input: StartMessageMoveTaskRequest, context: CallContext): Promise<StartMessageMoveTaskResult> {
    const rate = input.MaxNumberOfMessagesPerSecond;
    if (rate !== undefined && (!Number.isInteger(rate) || rate < 1 || rate > MAX_RATE)) {
      throw invalidParameter('MaxNumberOfMessagesPerSecond', rate, `Must be between 1 and ${MAX_RATE}.`);
    }
    const source = addressOfArn(input.SourceArn, context);
    const task = await this.deps.store.transaction(async (tx) => {
      if (!(await queues(tx).get(queueKey(source)))) throw resourceNotFound('The resource that you specified for the SourceArn parameter doesn\'t exist.');
      if (input.DestinationArn && !(await queues(tx).get(queueKey(addressOfArn(input.DestinationArn, context))))) {
        throw resourceNotFound('The resource that you specified for the DestinationArn parameter doesn\'t exist.');
      }
      if (!(await isDeadLetterQueue(tx, source))) throw invalidParameterValue('Source queue must be configured as a Dead Letter Queue.');
      const earlier = await moveTasks(tx).list({ prefix: `${queueKey(source)}/` });
      if (earlier.some(({ value }) => value.status === 'RUNNING')) {
        throw invalidParameterValue('There is already a task running. Only one active task is allowed for a source queue arn at a given time.');
      }
      const waiting = await messages(tx).list({ prefix: messagesPrefix(source) });
      const now = this.deps.clock.now();
      const taskId = randomUUID();
      const record: MoveTaskRecord = {
        taskId,
        taskHandle: Buffer.from(JSON.stringify({ taskId, sourceArn: queueArn(source) })).toString('base64'),
        status: 'RUNNING',
        source,
        approximateNumberOfMessagesMoved: 0,
        approximateNumberOfMessagesToMove: waiting.length,
        startedTimestamp: now,
        lastKeyToMove: waiting.at(-1)?.key ?? '',
      };
      if (input.DestinationArn) record.destinationArn = input.DestinationArn;
      if (rate !== undefined) record.maxNumberOfMessagesPerSecond = rate;
      await moveTasks(tx).put(taskKey(source, now, taskId), record);
      return record;
    });
    this.schedule(taskKey(source, task.startedTimestamp, task.taskId), 0);
    return { TaskHandle: task.taskHandle };
  }

  async listMessageMoveTasks(input: ListMessageMoveTasksRequest, context: CallContext): Promise<ListMessageMoveTasksResult> {
    const max = input.MaxResults ?? 1;
    if (!Number.isInteger(max) || max < 1 || max > MAX_LISTED) throw invalidParameter('MaxResults', max, `Must be between 1 and ${MAX_LISTED}.`);
    const source = addressOfArn(input.SourceArn, context);
    if (!(await queues(this.deps.store).get(queueKey(source)))) {
      throw resourceNotFound('The resource that you specified for the SourceArn parameter doesn\'t exist.');
    }
    const tasks = await moveTasks(this.deps.store).list({ prefix: `${queueKey(source)}/` });
    return { Results: tasks.reverse().slice(0, max).map(({ value }) => entry(value)) };
  }

  async cancelMessageMoveTask(input: CancelMessageMoveTaskRequest, context: CallContext): Promise<CancelMessageMoveTaskResult> {
    const { taskId, source } = parseTaskHandle(input.TaskHandle, context);
    return this.deps.store.transaction(async (tx) => {
      const found = (await moveTasks(tx).list({ prefix: `${queueKey(source)}/` })).find(({ value }) => value.taskId === taskId);
      if (!found) throw resourceNotFound('Task does not exist.');
      if (found.value.status !== 'RUNNING') throw invalidParameterValue('Only active tasks can be cancelled.');
      await moveTasks(tx).put(found.key, { ...found.value, status: 'CANCELLED' });
      return { ApproximateNumberOfMessagesMoved: found.value.approximateNumberOfMessagesMoved };
    });
  }

  private schedule(key: string, delay: number): void {
    this.deps.clock.after(delay, () => {
      this.step(key).then(
        (running) => running && this.schedule(key, STEP_MS),
        (error: unknown) => console.error('nimbus: an SQS message move task step failed', error),
      );
    });
  }

  /** Moves what the rate allows up to now; returns whether the task is still running. */
  private async step(key: string): Promise<boolean> {
    const woken: QueueAddress[] = [];
    const running = await this.deps.store.transaction(async (tx) => {
      const task = await moveTasks(tx).get(key);
      if (!task || task.status !== 'RUNNING') return false;
      const source = await queues(tx).get(queueKey(task.source));
      if (!source) return this.finish(tx, key, task, 'FAILED', 'AWS.SimpleQueueService.NonExistentQueue');
      const now = this.deps.clock.now();
      const elapsedSeconds = Math.floor((now - task.startedTimestamp) / STEP_MS) + 1;
      let allowance = (task.maxNumberOfMessagesPerSecond ?? MAX_RATE) * elapsedSeconds - task.approximateNumberOfMessagesMoved;
      let remaining = 0;
      let moved = 0;
      const departures = new MessageWrites(tx, await indexedQueue(tx, source));
      for (const { key: messageAt, value: message } of await messages(tx).list({ prefix: messagesPrefix(task.source) })) {
        if (messageAt > task.lastKeyToMove) break;
        if (isExpired(message, source, now)) continue;
        if (allowance <= 0 || !isVisible(message, now)) {
          remaining++;
          continue;
        }
        const destinationArn = task.destinationArn ?? message.deadLetterQueueSourceArn;
        const destination = destinationArn ? await queues(tx).get(queueKey(addressOfArn(destinationArn, task.source))) : undefined;
        if (!destination) {
          await departures.finish();
          const progressed = { ...task, approximateNumberOfMessagesMoved: task.approximateNumberOfMessagesMoved + moved };
          return this.finish(tx, key, progressed, 'FAILED', 'CouldNotDetermineMessageSource');
        }
        await departures.remove(messageAt, message);
        const arrivals = new MessageWrites(tx, await indexedQueue(tx, destination));
        await arrivals.add(messageKey(addressOf(destination), now), redriven(message, now));
        await arrivals.finish();
        woken.push(addressOf(destination));
        moved++;
        allowance--;
      }
      await departures.finish();
      const progressed = { ...task, approximateNumberOfMessagesMoved: task.approximateNumberOfMessagesMoved + moved };
      if (remaining === 0) return this.finish(tx, key, progressed, 'COMPLETED');
      await moveTasks(tx).put(key, progressed);
      return true;
    });
    for (const address of woken) this.deps.bus.emit(availableTopic(address), undefined);
    return running;
  }

  private async finish(tx: Transaction, key: string, task: MoveTaskRecord, status: Status, failureReason?: string): Promise<false> {
    const done: MoveTaskRecord = { ...task, status };
    if (failureReason) done.failureReason = failureReason;
    await moveTasks(tx).put(key, done);
    return false;
  }

  /** Tasks stored as RUNNING when Nimbus stopped carry on where they were. */
  private async resumeRunning(): Promise<void> {
    try {
      for (const { key, value } of await moveTasks(this.deps.store).list()) if (value.status === 'RUNNING') this.schedule(key, 0);
    } catch (error) {
      console.error('nimbus: could not resume SQS message move tasks', error);
    }
  }
}

/** A redriven message starts over in its new queue: visible now, never received. */
function redriven(message: MessageRecord, now: number): MessageRecord {
  const fresh: MessageRecord = { ...message, visibleAt: now, receiveCount: 0 };
  delete fresh.receiptToken;
  delete fresh.firstReceiveTimestamp;
  delete fresh.deadLetterQueueSourceArn;
  return fresh;
}

function entry(task: MoveTaskRecord): ListMessageMoveTasksResultEntry {
  const out: ListMessageMoveTasksResultEntry = {
    Status: task.status,
    SourceArn: queueArn(task.source),
    ApproximateNumberOfMessagesMoved: task.approximateNumberOfMessagesMoved,
    StartedTimestamp: task.startedTimestamp,
  };
  if (task.status === 'RUNNING') {
    out.TaskHandle = task.taskHandle;
    out.ApproximateNumberOfMessagesToMove = task.approximateNumberOfMessagesToMove;
  }
  if (task.destinationArn) out.DestinationArn = task.destinationArn;
  if (task.maxNumberOfMessagesPerSecond !== undefined) out.MaxNumberOfMessagesPerSecond = task.maxNumberOfMessagesPerSecond;
  if (task.failureReason) out.FailureReason = task.failureReason;
  return out;
}

async function isDeadLetterQueue(tx: Transaction, address: QueueAddress): Promise<boolean> {
  const arn = queueArn(address);
  const all = await queues(tx).list({ prefix: queuesPrefix(address.account, address.region) });
  return all.some(({ value }) => parseRedrivePolicy(value.attributes.RedrivePolicy)?.deadLetterTargetArn === arn);
}

function addressOfArn(arn: string, fallback: { region: string }): QueueAddress {
  const [prefix, , service, region, account, name] = arn.split(':');
  if (prefix !== 'arn' || service !== 'sqs' || !account || !name) throw invalidParameterValue(`Value ${arn} for parameter SourceArn is invalid. Reason: Invalid ARN.`);
  return { account, region: region || fallback.region, name };
}

function parseTaskHandle(handle: string, context: CallContext): { taskId: string; source: QueueAddress } {
  try {
    const parsed = JSON.parse(Buffer.from(handle, 'base64').toString('utf8')) as { taskId?: unknown; sourceArn?: unknown };
    if (typeof parsed.taskId === 'string' && typeof parsed.sourceArn === 'string') {
      return { taskId: parsed.taskId, source: addressOfArn(parsed.sourceArn, context) };
    }
  } catch {
    // falls through to the error SQS gives for a handle it cannot read
  }
  throw resourceNotFound('Task does not exist.');
}
