import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type { Target } from './api.generated.js';
import { parseArn } from './arns.js';
import { type MatchedRule, selectPath, targetInput } from './input.js';
import { eventsMetrics } from './metrics.js';
import type { EventEnvelope } from './state.js';

/** The outbox topic through which one bus hands an event to another (an event bus target). */
export const PUT_EVENT_TOPIC = 'events.put-event';

export interface PutEventDelivery {
  busArn: string;
  event: EventEnvelope;
  /** The target's dead-letter queue, for when the bus it names does not exist. */
  deadLetterArn?: string;
}

/**
 * Writes one outbox delivery per target of a matched rule, in the transaction that accepted the
 * event. Targets of services Nimbus cannot deliver to yet (Lambda, CloudWatch Logs, …) are kept on
 * the rule and skipped here.
 */
export async function deliverToTargets(deps: ServiceDeps, tx: Transaction, rule: MatchedRule & { targets: Target[] }, event: EventEnvelope): Promise<void> {
  const ingestionTime = new Date(deps.clock.now()).toISOString();
  let invoked = 0;
  for (const target of rule.targets) {
    const delivery = deliveryFor(target, event, targetInput(target, event, rule, ingestionTime));
    if (delivery) await deps.bus.enqueue(tx, delivery.topic, delivery.payload).then(() => invoked++);
  }
  tx.afterCommit(() => eventsMetrics(deps).triggered(rule, invoked));
}

function deliveryFor(target: Target, event: EventEnvelope, input: string): { topic: string; payload: unknown } | undefined {
  const arn = parseArn(target.Arn);
  switch (arn?.service) {
    case 'sqs':
      return {
        topic: 'sqs.send-message',
        payload: {
          queueArn: target.Arn,
          body: input,
          ...(target.SqsParameters?.MessageGroupId ? { messageGroupId: target.SqsParameters.MessageGroupId } : {}),
          ...(target.DeadLetterConfig?.Arn ? { deadLetterQueueArn: target.DeadLetterConfig.Arn } : {}),
        },
      };
    case 'sns':
      return { topic: 'sns.publish', payload: { topicArn: target.Arn, message: input } };
    case 'kinesis':
      return { topic: 'kinesis.put-record', payload: { streamArn: target.Arn, partitionKey: partitionKey(target, event), data: Buffer.from(input).toString('base64') } };
    case 'events': {
      // A bus target receives the event itself; AWS does not transform input between buses.
      const payload: PutEventDelivery = { busArn: target.Arn, event, deadLetterArn: target.DeadLetterConfig?.Arn };
      return { topic: PUT_EVENT_TOPIC, payload };
    }
    default:
      return undefined;
  }
}

function partitionKey(target: Target, event: EventEnvelope): string {
  const path = target.KinesisParameters?.PartitionKeyPath;
  const selected = path ? selectPath(event, path) : undefined;
  if (selected === undefined || selected === null) return event.id;
  return typeof selected === 'string' ? selected : JSON.stringify(selected);
}
