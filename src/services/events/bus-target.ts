import type { ServiceDeps } from '../service-deps.js';
import { parseBusArn } from './arns.js';
import type { Buses } from './buses.js';
import type { PutEventDelivery } from './deliveries.js';
import type { Router } from './router.js';

/**
 * Delivers an event that a rule sent to another event bus: the event is routed on that bus as it
 * was. When the bus does not exist the event goes to the target's dead-letter queue, if it has one.
 */
export function createBusTargetHandler(deps: ServiceDeps, buses: Buses, router: Router): (payload: unknown) => Promise<void> {
  return async (payload) => {
    const { busArn, event, deadLetterArn } = payload as PutEventDelivery;
    await deps.store.transaction(async (tx) => {
      const address = parseBusArn(busArn);
      const bus = address && (await buses.find(tx, address.account, address.region, address.name));
      if (bus) return router.route(tx, bus, event);
      if (deadLetterArn) await deps.bus.enqueue(tx, 'sqs.send-message', { queueArn: deadLetterArn, body: JSON.stringify(event) });
    });
  };
}
