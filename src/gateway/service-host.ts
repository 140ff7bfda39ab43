import { RESUMED_AFTER_START, SERVICE_MODULES } from '../services/registry.js';
import type { Provider, ServiceDeps } from '../services/service-deps.js';

/** Creates each service's provider the first time it is called, and keeps it. */
export class ServiceHost {
  private readonly providers = new Map<string, Promise<Provider>>();

  constructor(private readonly deps: ServiceDeps) {}

  has(service: string): boolean {
    return service in SERVICE_MODULES;
  }

  names(): string[] {
    return Object.keys(SERVICE_MODULES);
  }

  provider(service: string): Promise<Provider> {
    let provider = this.providers.get(service);
    if (!provider) {
      provider = SERVICE_MODULES[service]!().then((module) => module.createProvider(this.deps));
      this.providers.set(service, provider);
    }
    return provider;
  }

  /** Loads the services that keep time on their own, so their timers resume after a restart. */
  async resumeTimekeepers(): Promise<void> {
    await Promise.all(RESUMED_AFTER_START.filter((name) => this.has(name)).map((name) => this.provider(name)));
  }

  /** Stops every provider that was started, before the store closes. */
  async stopAll(): Promise<void> {
    const started = await Promise.allSettled(this.providers.values());
    await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.stop?.() : undefined)));
  }
}
