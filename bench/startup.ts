import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { createClients } from './clients.js';
import { launch, type ServerSpec } from './server.js';

export type Sample = { ok: true; ms: number; runs: number } | { ok: false; reason: string };

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median time from spawning the server to its first successful request. */
export async function coldStart(spec: ServerSpec, runs: number): Promise<Sample> {
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const server = await launch(spec);
      times.push(server.readyMs);
      await server.stop();
    }
    return { ok: true, ms: median(times), runs };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.slice(0, 160) };
  }
}

/**
 * In-process start: `startNimbus()` resolving, then the first request answered. The first run also
 * pays for importing Nimbus, so it is reported apart from the median of the rest.
 */
export async function inProcessStart(runs: number): Promise<{ first: Sample; warm: Sample; firstRequest: Sample }> {
  const fail = (error: unknown): Sample => ({ ok: false, reason: (error as Error).message.slice(0, 160) });
  const ready: number[] = [];
  const requests: number[] = [];
  let first = 0;
  try {
    const importStarted = performance.now();
    // Imported here, not at the top, so that the import is timed and a broken build skips only this.
    const { startNimbus } = await import('../src/index.js');
    const importMs = performance.now() - importStarted;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const nimbus = await startNimbus({ port: 0, ephemeral: true });
      ready.push(performance.now() - started);
      const clients = createClients(nimbus.endpoint);
      const requested = performance.now();
      await clients.sts.send(new GetCallerIdentityCommand({}));
      requests.push(performance.now() - requested);
      clients.destroy();
      await nimbus.stop();
      if (i === 0) first = importMs + ready[0];
    }
  } catch (error) {
    return { first: fail(error), warm: fail(error), firstRequest: fail(error) };
  }
  return {
    first: { ok: true, ms: first, runs: 1 },
    warm: { ok: true, ms: median(ready.slice(1)), runs: runs - 1 },
    firstRequest: { ok: true, ms: median(requests), runs },
  };
}
