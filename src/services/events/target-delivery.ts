import { isAwsError } from '../../common/aws-error.js';
import { DeliveryRefused } from '../../events/delivery-refused.js';
import type { ServiceDeps } from '../service-deps.js';
import type { RetryPolicy } from './api.generated.js';
import { deadLetter, type DeliveryFailure } from './dead-letter.js';
import { TargetRetries } from './target-retries.js';
import type { EventEnvelope } from './state.js';

/** EventBridge's own outbox topic: one event on its way to one target, under the target's retry policy. */
export const DELIVER_TARGET = 'events.deliver-target';

/** AWS's defaults: 185 retries within 24 hours. */
const DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 185;
const DEFAULT_MAXIMUM_EVENT_AGE_S = 86_400;
/** Backoff between retries: 10 s doubling up to 8 minutes, so 185 retries take about the default 24 hours. */
const FIRST_RETRY_DELAY_MS = 10_000;
const MAX_RETRY_DELAY_MS = 8 * 60_000;

export interface TargetDelivery {
  ruleArn: string;
  targetArn: string;
  retryPolicy?: RetryPolicy;
  deadLetterArn?: string;
  /** The event as it matched: what the dead-letter queue receives. */
  event: EventEnvelope;
  /** The target service's outbox topic and payload (`sqs.send-message`, `lambda.invoke-async` …). */
  topic: string;
  payload: unknown;
  /** Retries made so far, this attempt included when it is one. */
  retries: number;
  /** Epoch ms EventBridge took the event; its age, which the retry policy bounds, counts from here. */
  receivedAt: number;
  /** Why the previous attempt failed. */
  lastFailure?: DeliveryFailure;
}

/**
 * Registers `events.deliver-target`. The target service's handler runs directly, so EventBridge
 * learns of a failure: one no retry can cure (the target does not exist, the payload breaks its
 * rules) goes to the dead-letter queue at once, as AWS sends it; others (throttling) are retried with
 * backoff on the clock until the target's MaximumRetryAttempts or MaximumEventAgeInSeconds run out.
 */
export function registerTargetDeliveries(deps: ServiceDeps): TargetRetries {
  const retries = new TargetRetries(deps, DELIVER_TARGET);
  deps.bus.handle(DELIVER_TARGET, async (payload) => {
    const delivery = payload as TargetDelivery;
    const policy = policyOf(delivery.retryPolicy);
    // A retry that comes due past the event's maximum age (the clock jumped, or Nimbus was stopped) is not made.
    if (delivery.lastFailure && deps.clock.now() - delivery.receivedAt > policy.maximumAgeMs) {
      return deadLetter(deps, { ...delivery, retries: delivery.retries - 1 }, delivery.lastFailure, 'MaximumEventAgeInSeconds');
    }
    try {
      await deps.bus.deliver(delivery.topic, delivery.payload);
      return;
    } catch (error) {
      const failure = failureOf(error);
      if (!failure.retriable) return deadLetter(deps, delivery, failure);
      if (delivery.retries >= policy.maximumRetryAttempts) return deadLetter(deps, delivery, failure, 'MaximumRetryAttempts');
      const dueAt = deps.clock.now() + Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** delivery.retries);
      if (dueAt - delivery.receivedAt > policy.maximumAgeMs) return deadLetter(deps, delivery, failure, 'MaximumEventAgeInSeconds');
      await retries.add(dueAt, { ...delivery, retries: delivery.retries + 1, lastFailure: failure });
    }
  });
  return retries;
}

function policyOf(policy: RetryPolicy | undefined): { maximumRetryAttempts: number; maximumAgeMs: number } {
  return {
    maximumRetryAttempts: policy?.MaximumRetryAttempts ?? DEFAULT_MAXIMUM_RETRY_ATTEMPTS,
    maximumAgeMs: (policy?.MaximumEventAgeInSeconds ?? DEFAULT_MAXIMUM_EVENT_AGE_S) * 1000,
  };
}

/** The ERROR_CODE EventBridge reports for what the target answered, and whether a retry may cure it. */
function failureOf(error: unknown): DeliveryFailure & { retriable: boolean } {
  if (error instanceof DeliveryRefused) {
    const missing = /NotFound|NonExistent|DoesNotExist/i.test(error.code);
    return { code: missing ? 'NO_RESOURCE' : 'INVALID_PARAMETER', message: error.message, retriable: false };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (isAwsError(error) && /Throttl|TooManyRequests|ProvisionedThroughputExceeded|LimitExceeded/.test(error.code)) {
    return { code: 'THROTTLING', message, retriable: true };
  }
  return { code: 'INTERNAL_ERROR', message, retriable: true };
}
