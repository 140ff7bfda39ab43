import type { AddressInfo } from 'node:net';
import { Clock } from './clock/clock.js';
import { EventBus } from './events/bus.js';
import { NOTICE, type Notice } from './events/notice.js';
import { createPipeline } from './gateway/pipeline.js';
import { createLogger, type LogLevel } from './gateway/logger.js';
import { ServiceHost } from './gateway/service-host.js';
import type { SnsInternals } from './services/sns/provider.js';
import { createEdgeServer } from './http/adapter.js';
import { openStore } from './store/open-store.js';
import { VERSION } from './version.js';

export interface NimbusOptions {
  /** 4566 by default; 0 picks a free port. */
  port?: number;
  host?: string;
  dataDir?: string;
  /** Keep state in memory only; nothing survives `stop()`. */
  ephemeral?: boolean;
  logLevel?: LogLevel;
  /** Verify every request's SigV4 signature (also NIMBUS_ENFORCE_SIGV4=1). */
  enforceSigV4?: boolean;
  /** Evaluate IAM policies on every request, as AWS does (also NIMBUS_ENFORCE_IAM=1); implies SigV4 verification. */
  enforceIam?: boolean;
}

export interface Nimbus {
  endpoint: string;
  port: number;
  clock: Clock;
  stop(): Promise<void>;
}

/** Starts a Nimbus server: the composition root where store, bus, clock, services and gateway meet. */
export async function startNimbus(options: NimbusOptions = {}): Promise<Nimbus> {
  const startedAt = Date.now();
  const logger = createLogger(options.logLevel ?? 'warn');
  const ephemeral = options.ephemeral ?? false;
  const store = await openStore({ dataDir: options.dataDir ?? '.nimbus', ephemeral });
  const clock = new Clock();
  const bus = new EventBus(store, clock);
  let endpoint = '';
  const enforceIam = options.enforceIam ?? process.env.NIMBUS_ENFORCE_IAM === '1';
  const services = new ServiceHost({ store, bus, clock, endpoint: () => endpoint, enforceIam });
  bus.setServiceLoader(async (service) => (services.has(service) ? services.provider(service) : undefined));
  const handle = createPipeline({
    services,
    bus,
    clock,
    logger,
    enforceSigV4: (options.enforceSigV4 ?? process.env.NIMBUS_ENFORCE_SIGV4 === '1') || enforceIam,
    enforceIam,
    adminAccessKey: process.env.NIMBUS_ADMIN_ACCESS_KEY ?? 'test',
    internal: {
      health: () => ({
        version: VERSION,
        services: Object.fromEntries(services.names().map((name) => [name, 'available'])),
        state: { backend: store.backend, ephemeral },
        uptimeSeconds: (Date.now() - startedAt) / 1000,
      }),
      services: () => services.names(),
      reset: (service) => store.clear(service ? `${service}.` : undefined),
      snsOutbox: async () => ((await services.provider('sns')) as SnsInternals).capturedMessages(),
      snsCertificate: async () => ((await services.provider('sns')) as SnsInternals).signingCertificate(),
      advanceClock: (milliseconds) => {
        clock.advance(milliseconds);
        return clock.now();
      },
    },
  });
  // CloudTrail listens to the api-call signal, which is not durable: the bus holds the calls served
  // before CloudTrail has loaded (just after start-up, off the first request's path) and hands them over.
  bus.holdUntilHeard('api-call', 10_000);
  // What services tell the operator (SNS's email, SMS and push messages, which reach no one outside).
  bus.on(NOTICE, (payload) => logger.info((payload as Notice).message));
  const { server, destroyConnections } = createEdgeServer(handle, (error) => logger.error('HTTP layer error', error));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4566, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  bus.kick();
  // After start-up, so that the first requests are not kept waiting for services they may not need;
  // an ephemeral store starts empty, with no timers to resume.
  clock.after(250, () => void services.provider('cloudtrail').catch((error: unknown) => logger.error('starting CloudTrail failed', error)));
  if (!ephemeral) clock.after(1000, () => void services.resumeTimekeepers().catch((error: unknown) => logger.error('resuming services failed', error)));
  logger.info(`Nimbus ${VERSION} ready on ${endpoint} (${store.backend})`);
  return {
    endpoint,
    port,
    clock,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        destroyConnections();
      });
      bus.stop();
      await services.stopAll();
      clock.stop();
      await store.close();
    },
  };
}

