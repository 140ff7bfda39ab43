/**
 * Thrown by a delivery handler when its target can never take the delivery: the resource does not
 * exist, or the payload breaks its rules. The outbox drops such an entry instead of retrying it, and
 * a caller of `EventBus.deliver` learns why (EventBridge puts the event on a target's dead-letter
 * queue with the code and message). `code` and `message` are the target service's own error.
 */
export class DeliveryRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DeliveryRefused';
  }
}
