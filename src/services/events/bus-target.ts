import { DeliveryRefused } from '../../events/delivery-refused.js';
import type { ServiceDeps } from '../service-deps.js';
import { parseBusArn } from './arns.js';
import type { Buses } from './buses.js';
import type { PutEventDelivery } from './deliveries.js';
import type { Router } from './router.js';

/**
 * Delivers an event that a rule (or S3) sent to an event bus: the event is routed on that bus as it
 * was. A bus that does not exist refuses it, so the sending target's dead-letter queue gets it.
 */
export function createBusTargetHandler(deps: ServiceDeps, buses: Buses, router: Router): (payload: unknown) => Promise<void> {
  return async (payload) => {
    const { busArn, event } = payload as PutEventDelivery;
    await deps.store.transaction(async (tx) => {
      const address = parseBusArn(busArn);
      const bus = address && (await buses.find(tx, address.account, address.region, address.name));
      if (!bus) throw new DeliveryRefused('ResourceNotFoundException', `Event bus ${address?.name ?? busArn} does not exist.`);
      await router.route(tx, bus, event);
    });
  };
}
