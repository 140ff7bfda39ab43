import { randomUUID } from 'node:crypto';
import { DeliveryRefused } from '../../events/delivery-refused.js';
import { NOTICE, type Notice } from '../../events/notice.js';
import type { ServiceDeps } from '../service-deps.js';
import { endpointEnabled } from './platform-applications.js';
import { captured, type CapturedMessage } from './state.js';
import type { InvokeAsyncDelivery } from '../lambda/invoke.js';

/** The bus topic of SNS's own deliveries: POSTs to http/s endpoints, Lambda invocations, captures of email, email-json and sms. */
export const DELIVER = 'sns.deliver';
const HTTP_TIMEOUT_MS = 15_000;

export interface HttpDelivery {
  kind: 'http';
  url: string;
  body: string;
  headers: Record<string, string>;
  /** Seconds to wait before each retry, from the delivery policy; `attempt` counts the ones used. */
  retryDelays: number[];
  attempt: number;
  /** The subscription's dead-letter queue, for a message no retry delivered. */
  deadLetterQueueArn?: string;
}

export interface CaptureDelivery {
  kind: 'capture';
  message: CapturedMessage;
}

export interface LambdaDelivery {
  kind: 'lambda';
  functionArn: string;
  topicArn: string;
  /** The SNS event the function is invoked with. */
  event: string;
  endpoint: string;
  /** The subscription's dead-letter queue, and what it gets: the notification as SQS would receive it. */
  deadLetterQueueArn?: string;
  envelope: string;
}

export type SnsDelivery = HttpDelivery | CaptureDelivery | LambdaDelivery;

interface RetryRecord {
  dueAt: number;
  delivery: HttpDelivery;
}

const retries = (deps: ServiceDeps) => deps.store.collection<RetryRecord>('sns.http-retries');

let captureSequence = 0;

/**
 * SNS's deliveries. An http/s POST that fails (no 2xx answer) is retried on the clock after the
 * delays its delivery policy gives; each waiting retry is a record in the store, so a restart
 * resumes it. When no retry is left the message goes to the subscription's dead-letter queue.
 * A Lambda invocation is queued with Lambda (`lambda.invoke-async`); a function that does not exist
 * is a client-side error SNS does not retry: the message goes to the dead-letter queue at once.
 */
export function registerDeliveries(deps: ServiceDeps): void {
  const schedule = (key: string, record: RetryRecord) => {
    deps.clock.at(record.dueAt, () => {
      void deps.store.transaction(async (tx) => {
        const waiting = tx.collection<RetryRecord>('sns.http-retries');
        if (!(await waiting.get(key))) return;
        await waiting.delete(key);
        await deps.bus.enqueue(tx, DELIVER, record.delivery);
      }).catch((error: unknown) => console.error('nimbus: an SNS retry could not be queued', error));
    });
  };

  const post = async (delivery: HttpDelivery) => {
    if (await postOnce(delivery)) return;
    if (delivery.attempt < delivery.retryDelays.length) {
      const dueAt = deps.clock.now() + delivery.retryDelays[delivery.attempt]! * 1000;
      const key = `${String(dueAt).padStart(15, '0')}-${randomUUID()}`;
      const record = { dueAt, delivery: { ...delivery, attempt: delivery.attempt + 1 } };
      await retries(deps).put(key, record);
      schedule(key, record);
      return;
    }
    if (delivery.deadLetterQueueArn) {
      await deps.store.transaction((tx) => deps.bus.enqueue(tx, 'sqs.send-message', { queueArn: delivery.deadLetterQueueArn, body: delivery.body }));
    }
  };

  const invoke = async (delivery: LambdaDelivery) => {
    try {
      const invocation: InvokeAsyncDelivery = {
        functionArn: delivery.functionArn, payload: delivery.event, endpoint: delivery.endpoint, caller: { principal: 'sns.amazonaws.com', sourceArn: delivery.topicArn },
      };
      await deps.bus.deliver('lambda.invoke-async', invocation);
    } catch (error) {
      if (!(error instanceof DeliveryRefused)) throw error;
      if (!delivery.deadLetterQueueArn) return;
      await deps.store.transaction((tx) => deps.bus.enqueue(tx, 'sqs.send-message', { queueArn: delivery.deadLetterQueueArn, body: delivery.envelope }));
    }
  };

  deps.bus.handle(DELIVER, async (payload) => {
    const delivery = payload as SnsDelivery;
    if (delivery.kind === 'http') return post(delivery);
    if (delivery.kind === 'lambda') return invoke(delivery);
    // A topic's notification for a platform endpoint that was deleted or disabled meanwhile goes nowhere.
    if (delivery.message.protocol === 'application' && delivery.message.topicArn && !(await endpointEnabled(deps.store, delivery.message.endpoint))) return;
    captureSequence = (captureSequence + 1) % 1_000_000;
    await captured(deps.store).put(`${String(deps.clock.now()).padStart(15, '0')}-${String(captureSequence).padStart(6, '0')}`, delivery.message);
    deps.bus.emit(NOTICE, { message: capturedLine(delivery.message) } satisfies Notice);
  });

  void retries(deps).list().then((waiting) => {
    for (const { key, value } of waiting) schedule(key, value);
  });
}

/** How the `nimbus start` console shows a message that reaches no one outside: email, SMS, push. */
function capturedLine(message: CapturedMessage): string {
  const subject = message.subject ? ` "${message.subject}"` : '';
  const text = message.message.length > 200 ? `${message.message.slice(0, 200)}…` : message.message;
  return `SNS ${message.protocol} to ${message.endpoint}${subject}: ${text.replace(/\s+/g, ' ')}`;
}

async function postOnce(delivery: HttpDelivery): Promise<boolean> {
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.body,
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    await response.arrayBuffer().catch(() => undefined);
    return response.status >= 200 && response.status < 300;
  } catch {
    return false;
  }
}

interface RetryPolicy {
  minDelayTarget?: number;
  maxDelayTarget?: number;
  numRetries?: number;
  numNoDelayRetries?: number;
  numMinDelayRetries?: number;
  numMaxDelayRetries?: number;
  backoffFunction?: string;
}

/**
 * The wait before each retry, as the SNS delivery policy's phases define them: immediate retries,
 * retries at the minimum delay, a backoff from minimum to maximum, then retries at the maximum.
 */
export function retryDelays(policy: RetryPolicy): number[] {
  const min = policy.minDelayTarget ?? 20;
  const max = Math.max(min, policy.maxDelayTarget ?? 20);
  const total = policy.numRetries ?? 3;
  const noDelay = policy.numNoDelayRetries ?? 0;
  const atMin = policy.numMinDelayRetries ?? 0;
  const atMax = policy.numMaxDelayRetries ?? 0;
  const backoff = Math.max(0, total - noDelay - atMin - atMax);
  const delays = [...Array<number>(noDelay).fill(0), ...Array<number>(atMin).fill(min)];
  for (let i = 1; i <= backoff; i++) delays.push(backoffDelay(policy.backoffFunction ?? 'linear', min, max, i, backoff));
  delays.push(...Array<number>(atMax).fill(max));
  return delays.slice(0, total);
}

function backoffDelay(fn: string, min: number, max: number, step: number, steps: number): number {
  const fraction = steps === 1 ? 1 : (step - 1) / (steps - 1);
  const shaped = fn === 'arithmetic' ? fraction ** 2 : fn === 'geometric' ? fraction ** 3 : fn === 'exponential' ? (2 ** (fraction * 10) - 1) / 1023 : fraction;
  return Math.round(min + (max - min) * shaped);
}
