import { dimension, type GaugeReading, type ServiceMetrics, serviceMetrics } from '../metrics-emitter.js';
import type { ServiceDeps } from '../service-deps.js';
import { isDelayed, isExpired, isInFlight, isVisible } from './message-state.js';
import { addressOf, messages, messagesPrefix, queueKey, queues, type QueueRecord } from './state.js';

/** SQS reports the gauges of a queue that holds messages or was used within the last six hours. */
const ACTIVE_FOR_MS = 6 * 3600_000;

/** AWS/SQS: what SQS publishes per queue, under the QueueName dimension. */
export class SqsMetrics {
  private readonly lastActive = new Map<string, number>();

  constructor(
    private readonly deps: ServiceDeps,
    private readonly metrics: ServiceMetrics,
  ) {}

  sent(queue: QueueRecord, bytes: number): void {
    this.count(queue, 'NumberOfMessagesSent', 1);
    this.metrics.record(queue, 'SentMessageSize', [dimension('QueueName', queue.name)], bytes, 'Bytes');
  }

  /** A ReceiveMessage answered: its messages, or one empty receive. */
  received(queue: QueueRecord, count: number): void {
    if (count) this.count(queue, 'NumberOfMessagesReceived', count);
    else this.count(queue, 'NumberOfEmptyReceives', 1);
  }

  deleted(queue: QueueRecord): void {
    this.count(queue, 'NumberOfMessagesDeleted', 1);
  }

  /** The minute's gauges of every active queue, read from its messages. */
  async sample(): Promise<GaugeReading[]> {
    const now = this.deps.clock.now();
    const readings: GaugeReading[] = [];
    for (const { value: queue } of await queues(this.deps.store).list()) {
      const counts = { visible: 0, notVisible: 0, delayed: 0, oldest: Infinity };
      for (const { value: message } of await messages(this.deps.store).list({ prefix: messagesPrefix(addressOf(queue)) })) {
        if (isExpired(message, queue, now)) continue;
        if (isVisible(message, now)) counts.visible++;
        else if (isDelayed(message, now)) counts.delayed++;
        else if (isInFlight(message, now)) counts.notVisible++;
        if (!isDelayed(message, now)) counts.oldest = Math.min(counts.oldest, message.sentTimestamp);
      }
      const busy = counts.visible + counts.notVisible + counts.delayed > 0;
      if (!busy && !(now - (this.lastActive.get(queueKey(queue)) ?? -Infinity) < ACTIVE_FOR_MS)) continue;
      const gauge = (metricName: string, value: number, unit: GaugeReading['unit'] = 'Count'): GaugeReading =>
        ({ account: queue.account, region: queue.region, metricName, dimensions: dimension('QueueName', queue.name), value, unit });
      readings.push(
        gauge('ApproximateNumberOfMessagesVisible', counts.visible),
        gauge('ApproximateNumberOfMessagesNotVisible', counts.notVisible),
        gauge('ApproximateNumberOfMessagesDelayed', counts.delayed),
        gauge('ApproximateAgeOfOldestMessage', counts.oldest === Infinity ? 0 : Math.floor((now - counts.oldest) / 1000), 'Seconds'),
      );
    }
    return readings;
  }

  private count(queue: QueueRecord, metricName: string, value: number): void {
    this.lastActive.set(queueKey(queue), this.deps.clock.now());
    this.metrics.record(queue, metricName, [dimension('QueueName', queue.name)], value);
  }
}

const instances = new WeakMap<object, SqsMetrics>();

/** This Nimbus's SQS metrics; the first call starts the per-minute gauges. */
export function sqsMetrics(deps: ServiceDeps): SqsMetrics {
  let metrics = instances.get(deps.bus);
  if (!metrics) {
    const emitter = serviceMetrics(deps, 'AWS/SQS');
    metrics = new SqsMetrics(deps, emitter);
    instances.set(deps.bus, metrics);
    const sqs = metrics;
    emitter.sampleEachMinute(() => sqs.sample());
  }
  return metrics;
}

/** Stops the per-minute gauges (the provider's `stop`). */
export function stopSqsMetrics(deps: ServiceDeps): Promise<void> {
  return serviceMetrics(deps, 'AWS/SQS').stop();
}
