import type { Clock } from '../clock/clock.js';
import type { EventBus } from '../events/bus.js';
import type { Store } from '../store/store.js';

/** What every provider is built from: state, the bus and the clock. Nothing of HTTP. */
export interface ServiceDeps {
  store: Store;
  bus: EventBus;
  clock: Clock;
  /** Where clients reach this Nimbus (`http://127.0.0.1:4566`): for work that starts without a request, like a queued invoke. */
  endpoint(): string;
  /** IAM enforcement is on: a service calling another on a customer's behalf needs the resource policy's leave too. */
  enforceIam?: boolean;
}

/**
 * A provider: one async method per operation it serves, named as the operation in lower camel case,
 * and optionally `stop()` to release what it holds outside the store (child processes, sockets).
 */
export type Provider = object & { stop?(): void | Promise<void> };

export interface ServiceModule {
  createProvider(deps: ServiceDeps): Provider | Promise<Provider>;
}
