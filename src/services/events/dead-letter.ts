import type { ServiceDeps } from '../service-deps.js';
import type { TargetDelivery } from './target-delivery.js';

/** Why a delivery to a target failed, as EventBridge reports it on the dead-letter message. */
export interface DeliveryFailure {
  /** EventBridge's ERROR_CODE: NO_RESOURCE, INVALID_PARAMETER, THROTTLING, INTERNAL_ERROR. */
  code: string;
  message: string;
}

export type ExhaustedRetryCondition = 'MaximumRetryAttempts' | 'MaximumEventAgeInSeconds';

/**
 * Puts an event no attempt delivered on its target's dead-letter queue: the event as it matched,
 * with the attributes AWS adds (RULE_ARN, TARGET_ARN, ERROR_CODE, ERROR_MESSAGE, RETRY_ATTEMPTS, and
 * EXHAUSTED_RETRY_CONDITION when a retry limit ended it). Without a dead-letter queue it is dropped.
 */
export async function deadLetter(deps: ServiceDeps, delivery: TargetDelivery, failure: DeliveryFailure, exhausted?: ExhaustedRetryCondition): Promise<void> {
  if (!delivery.deadLetterArn) return;
  const attributes: Record<string, string> = {
    RULE_ARN: delivery.ruleArn,
    TARGET_ARN: delivery.targetArn,
    ERROR_CODE: failure.code,
    ERROR_MESSAGE: failure.message,
    RETRY_ATTEMPTS: String(delivery.retries),
    ...(exhausted ? { EXHAUSTED_RETRY_CONDITION: exhausted } : {}),
  };
  await deps.store.transaction((tx) => deps.bus.enqueue(tx, 'sqs.send-message', {
    queueArn: delivery.deadLetterArn,
    body: JSON.stringify(delivery.event),
    messageAttributes: Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }])),
  }));
}
