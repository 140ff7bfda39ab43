import type { Clock } from '../clock/clock.js';
import type { EventBus } from '../events/bus.js';
import type { Store } from '../store/store.js';

/** What every provider is built from: state, the bus and the clock. Nothing of HTTP. */
export interface ServiceDeps {
  store: Store;
  bus: EventBus;
  clock: Clock;
}

/** A provider: one async method per operation it serves, named as the operation in lower camel case. */
export type Provider = object;

export interface ServiceModule {
  createProvider(deps: ServiceDeps): Provider | Promise<Provider>;
}
