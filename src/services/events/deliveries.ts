import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type { Target } from './api.generated.js';
import { parseArn } from './arns.js';
import { type MatchedRule, selectPath, targetInput } from './input.js';
import { eventsMetrics } from './metrics.js';
import type { EventEnvelope } from './state.js';
import { DELIVER_TARGET, type TargetDelivery } from './target-delivery.js';
import type { InvokeAsyncDelivery } from '../lambda/invoke.js';

/** The outbox topic through which one bus hands an event to another (an event bus target). */
export const PUT_EVENT_TOPIC = 'events.put-event';

export interface PutEventDelivery {
  busArn: string;
  event: EventEnvelope;
}

/** A delivery to another service's outbox topic, before EventBridge wraps it with its retry policy. */
interface Delivery {
  topic: string;
  payload: unknown;
}

/**
 * Writes one outbox delivery per target of a matched rule, in the transaction that accepted the
 * event. Each goes through `events.deliver-target`, which carries the target's retry policy and
 * dead-letter queue; targets of services Nimbus cannot deliver to are kept on the rule and skipped.
 */
export async function deliverToTargets(deps: ServiceDeps, tx: Transaction, rule: MatchedRule & { targets: Target[] }, event: EventEnvelope): Promise<void> {
  const now = deps.clock.now();
  const ingestionTime = new Date(now).toISOString();
  for (const target of rule.targets) {
    const delivery = deliveryFor(target, event, targetInput(target, event, rule, ingestionTime), rule.arn);
    if (!delivery) continue;
    const wrapped: TargetDelivery = {
      ruleArn: rule.arn,
      targetArn: target.Arn,
      ...(target.RetryPolicy ? { retryPolicy: target.RetryPolicy } : {}),
      ...(target.DeadLetterConfig?.Arn ? { deadLetterArn: target.DeadLetterConfig.Arn } : {}),
      event,
      ...delivery,
      retries: 0,
      receivedAt: now,
    };
    await deps.bus.enqueue(tx, DELIVER_TARGET, wrapped);
  }
  tx.afterCommit(() => eventsMetrics(deps).triggered(rule, rule.targets.filter((target) => deliveryFor(target, event, '')).length));
}

function deliveryFor(target: Target, event: EventEnvelope, input: string, ruleArn = ''): Delivery | undefined {
  const arn = parseArn(target.Arn);
  switch (arn?.service) {
    case 'sqs':
      return {
        topic: 'sqs.send-message',
        payload: { queueArn: target.Arn, body: input, ...(target.SqsParameters?.MessageGroupId ? { messageGroupId: target.SqsParameters.MessageGroupId } : {}) },
      };
    case 'sns':
      return { topic: 'sns.publish', payload: { topicArn: target.Arn, message: input } };
    case 'kinesis':
      return { topic: 'kinesis.put-record', payload: { streamArn: target.Arn, partitionKey: partitionKey(target, event), data: Buffer.from(input).toString('base64') } };
    case 'lambda':
      return { topic: 'lambda.invoke-async', payload: { functionArn: target.Arn, payload: input, caller: { principal: 'events.amazonaws.com', sourceArn: ruleArn } } satisfies InvokeAsyncDelivery };
    case 'logs':
      return logGroupDelivery(arn.account, arn.region, arn.resource, event, input);
    case 'events': {
      // A bus target receives the event itself; AWS does not transform input between buses.
      const payload: PutEventDelivery = { busArn: target.Arn, event };
      return { topic: PUT_EVENT_TOPIC, payload };
    }
    default:
      return undefined;
  }
}

/**
 * A log group target: each event becomes one log event, in a stream named by the event's id, stamped
 * with the event's time. An input transformer may shape `{"timestamp": …, "message": …}` itself.
 */
function logGroupDelivery(account: string, region: string, resource: string, event: EventEnvelope, input: string): Delivery | undefined {
  const match = /^log-group:([^:]+)(?::\*)?$/.exec(resource);
  if (!match) return undefined;
  let timestamp = Date.parse(event.time);
  let message = input;
  const shaped = parseObject(input);
  if (shaped && typeof shaped.message === 'string' && typeof shaped.timestamp === 'number' && Object.keys(shaped).length === 2) {
    timestamp = shaped.timestamp;
    message = shaped.message;
  }
  return {
    topic: 'logs.put-log-events',
    payload: { account, region, logGroupName: match[1], logStreamName: event.id, events: [{ timestamp, message }], createGroup: false },
  };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function partitionKey(target: Target, event: EventEnvelope): string {
  const path = target.KinesisParameters?.PartitionKeyPath;
  const selected = path ? selectPath(event, path) : undefined;
  if (selected === undefined || selected === null) return event.id;
  return typeof selected === 'string' ? selected : JSON.stringify(selected);
}
