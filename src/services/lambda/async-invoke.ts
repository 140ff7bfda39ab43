import { isAwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { Timer } from '../../clock/clock.js';
import { DeliveryRefused } from '../../events/delivery-refused.js';
import type { Transaction } from '../../store/store.js';
import { sendToDeadLetter, sendToDestination, type InvocationRecord } from './destinations.js';
import { execute, type Execution } from './executor.js';
import { INVOKE_ASYNC, type InvokeAsyncDelivery, type Invoker } from './invoke.js';
import { resolveFunction, type LambdaDeps, type ResolvedFunction } from './lookup.js';
import { checkServiceCaller } from './service-callers.js';
import { eventQueue, type EventInvokeConfigRecord, type QueuedEvent } from './state.js';

/** After a failed attempt Lambda waits one minute, then two, before its two retries. */
const RETRY_DELAYS_MS = [60_000, 120_000];
const THROTTLE_RETRY_MS = 1_000;
const DEFAULT_MAXIMUM_EVENT_AGE_S = 6 * 3600;
const FALLBACK_ENDPOINT = 'http://127.0.0.1:4566';

/**
 * Lambda's internal event queue. `lambda.invoke-async` deliveries (from Invoke with
 * InvocationType Event, or from other services) land here durably; each runs as soon as a worker
 * is free, is retried on the clock after a function error, and when retries or the maximum event
 * age run out goes to the on-failure destination or dead-letter queue. Successes go to the
 * on-success destination (a queue, topic, function or event bus).
 */
export class EventQueue {
  private readonly running = new Set<string>();
  private timer: Timer | undefined;
  private timerAt = Infinity;

  constructor(
    private readonly deps: LambdaDeps,
    private readonly invoker: Invoker,
  ) {}

  register(): void {
    this.deps.bus.handle(INVOKE_ASYNC, async (payload) => {
      const delivery = payload as InvokeAsyncDelivery;
      await this.refuseUndeliverable(delivery);
      const now = this.deps.clock.now();
      const requestId = delivery.requestId ?? crypto.randomUUID();
      await eventQueue(this.deps.store).put(`${String(now).padStart(15, '0')}-${requestId}`, {
        functionArn: delivery.functionArn, qualifier: delivery.qualifier, payload: delivery.payload, requestId,
        endpoint: delivery.endpoint, attempts: 0, enqueuedAt: now, dueAt: now,
      });
      this.kick();
    });
    this.kick();
  }

  /**
   * Refuses an event for a function that does not exist (ResourceNotFoundException), or that the
   * sending service may not invoke under IAM enforcement, so its sender learns of it.
   */
  private async refuseUndeliverable(delivery: InvokeAsyncDelivery): Promise<void> {
    try {
      const target = await resolveFunction(this.deps.store, delivery.functionArn, systemContext({ functionArn: delivery.functionArn, requestId: '', endpoint: delivery.endpoint }), delivery.qualifier);
      checkServiceCaller(this.deps, target, delivery.caller);
    } catch (error) {
      if (isAwsError(error)) throw new DeliveryRefused(error.code, error.message);
      throw error;
    }
  }

  kick(): void {
    void this.drain().catch((error: unknown) => console.error('nimbus: lambda event queue failed', error));
  }

  private async drain(): Promise<void> {
    const now = this.deps.clock.now();
    let next = Infinity;
    for (const { key, value } of await eventQueue(this.deps.store).list()) {
      if (this.running.has(key)) continue;
      if (value.dueAt > now) {
        next = Math.min(next, value.dueAt);
        continue;
      }
      this.running.add(key);
      void this.attempt(key, value).finally(() => {
        this.running.delete(key);
        this.kick();
      });
    }
    if (next < this.timerAt) {
      this.timer?.cancel();
      this.timerAt = next;
      this.timer = this.deps.clock.at(next, () => {
        this.timerAt = Infinity;
        this.kick();
      });
    }
  }

  private async attempt(key: string, event: QueuedEvent): Promise<void> {
    const startedAt = this.deps.clock.now();
    let target: ResolvedFunction;
    try {
      target = await this.invoker.route(await resolveFunction(this.deps.store, event.functionArn, systemContext(event), event.qualifier));
    } catch (error) {
      if (!isAwsError(error)) throw error;
      await eventQueue(this.deps.store).delete(key);
      return;
    }
    const config = target.fn.eventInvokeConfigs[event.qualifier ?? '$LATEST'] ?? target.fn.eventInvokeConfigs[target.version];
    let execution: Execution;
    try {
      execution = await execute(this.deps, target, Buffer.from(event.payload), event.endpoint ?? this.deps.endpoint(), { requestId: event.requestId });
    } catch (error) {
      if (!isAwsError(error) || error.code !== 'TooManyRequestsException') throw error;
      return this.retryLater(key, event, startedAt + THROTTLE_RETRY_MS, false, target, config);
    }
    if (execution.outcome.status === 'success') {
      await this.deps.store.transaction(async (tx) => {
        await eventQueue(tx).delete(key);
        if (config?.onSuccess) await this.sendRecord(tx, config.onSuccess, event, target, execution, 'Success');
      });
      return;
    }
    const retries = config?.maximumRetryAttempts ?? 2;
    if (event.attempts < retries) return this.retryLater(key, event, startedAt + RETRY_DELAYS_MS[Math.min(event.attempts, 1)]!, true, target, config, execution);
    await this.fail(key, event, target, config, execution, 'RetriesExhausted');
  }

  private async retryLater(key: string, event: QueuedEvent, dueAt: number, counted: boolean, target: ResolvedFunction, config: EventInvokeConfigRecord | undefined, execution?: Execution): Promise<void> {
    const maximumAge = (config?.maximumEventAgeInSeconds ?? DEFAULT_MAXIMUM_EVENT_AGE_S) * 1000;
    if (dueAt - event.enqueuedAt > maximumAge) return this.fail(key, event, target, config, execution, 'EventAgeExceeded');
    await eventQueue(this.deps.store).put(key, { ...event, attempts: event.attempts + (counted ? 1 : 0), dueAt });
  }

  private async fail(key: string, event: QueuedEvent, target: ResolvedFunction, config: EventInvokeConfigRecord | undefined, execution: Execution | undefined, condition: string): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      await eventQueue(tx).delete(key);
      if (config?.onFailure) return this.sendRecord(tx, config.onFailure, event, target, execution, condition);
      const deadLetter = target.snapshot.deadLetterTargetArn;
      if (!deadLetter) return;
      const error = execution ? errorOf(execution) : { errorType: condition, errorMessage: condition };
      await sendToDeadLetter(this.deps, tx, deadLetter, event.payload, event.requestId, error.errorMessage ?? '');
    });
  }

  /** The invocation record Lambda sends to a destination. */
  private async sendRecord(tx: Transaction, destination: string, event: QueuedEvent, target: ResolvedFunction, execution: Execution | undefined, condition: string): Promise<void> {
    const record: InvocationRecord = {
      version: '1.0',
      timestamp: new Date(this.deps.clock.now()).toISOString(),
      requestContext: {
        requestId: event.requestId,
        functionArn: `${event.functionArn}:${event.qualifier ?? '$LATEST'}`,
        condition,
        approximateInvokeCount: event.attempts + 1,
      },
      requestPayload: parseOrText(event.payload),
      responseContext: {
        statusCode: 200,
        executedVersion: execution?.executedVersion ?? target.version,
        ...(execution?.outcome.status === 'error' ? { functionError: 'Unhandled' } : {}),
      },
      responsePayload: execution ? parseOrText(execution.outcome.payload.toString('utf8')) : null,
    };
    await sendToDestination(this.deps, tx, destination, record);
  }
}

function errorOf(execution: Execution): { errorType?: string; errorMessage?: string } {
  const parsed = parseOrText(execution.outcome.payload.toString('utf8'));
  return typeof parsed === 'object' && parsed ? (parsed as { errorMessage?: string }) : { errorMessage: String(parsed) };
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function systemContext(event: Pick<QueuedEvent, 'functionArn' | 'requestId' | 'endpoint'>): CallContext {
  const [, , , region, account] = event.functionArn.split(':');
  return { requestId: event.requestId, account: account!, region: region!, accessKeyId: account!, endpoint: event.endpoint ?? FALLBACK_ENDPOINT, sourceIp: '' };
}
