import { Clock } from '../../src/clock/clock.js';
import { EventBus } from '../../src/events/bus.js';
import { loadModel } from '../../src/protocol/model.js';
import { SERVICE_MODULES } from '../../src/services/registry.js';
import { openStore } from '../../src/store/open-store.js';

/** What one registered service serves, read from its provider and its model. */
export interface ServiceCoverage {
  name: string;
  fullName: string;
  protocols: string[];
  operations: string[];
  implemented: string[];
}

function methodName(operation: string): string {
  return operation.charAt(0).toLowerCase() + operation.slice(1);
}

/** Builds every provider against a throwaway ephemeral store and lists the operations it has a method for. */
export async function collectCoverage(): Promise<ServiceCoverage[]> {
  const store = await openStore({ ephemeral: true, dataDir: '' });
  const clock = new Clock();
  const bus = new EventBus(store, clock);
  try {
    const result: ServiceCoverage[] = [];
    for (const name of Object.keys(SERVICE_MODULES).sort()) {
      const module = await SERVICE_MODULES[name]();
      const provider = (await module.createProvider({ store, bus, clock, endpoint: () => 'http://127.0.0.1:4566' })) as Record<string, unknown> & { stop?(): unknown };
      const model = loadModel(name);
      const operations = Object.keys(model.operations).sort();
      const metadata = model.metadata as typeof model.metadata & { serviceFullName?: string };
      result.push({
        name,
        fullName: metadata.serviceFullName ?? metadata.serviceId,
        protocols: metadata.protocols ?? [metadata.protocol],
        operations,
        implemented: operations.filter((op) => typeof provider[methodName(op)] === 'function'),
      });
    }
    return result;
  } finally {
    await store.close();
  }
}
