import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** The floor under every cold start: spawning Node.js itself until it has run `0` and exited. */
export async function nodeBoot(runs: number, env: NodeJS.ProcessEnv = process.env): Promise<Sample> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore', env });
    await once(child, 'exit');
    times.push(performance.now() - started);
  }
  return { ok: true, ms: median(times), runs };
}

/** The environment without NODE_EXTRA_CA_CERTS, when it has one: Node.js parses that whole file as it boots. */
export function withoutExtraCaCerts(): NodeJS.ProcessEnv | undefined {
  if (!process.env.NODE_EXTRA_CA_CERTS) return undefined;
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/** What a cold start stands on: Node.js's own boot, and Nimbus's cold start without the machine's extra CA bundle. */
export interface StartupFloor {
  nodeBoot: Sample;
  /** Present when the environment sets NODE_EXTRA_CA_CERTS. */
  withoutExtraCa?: { nodeBoot: Sample; coldStart: Sample };
}

export async function startupFloor(spec: ServerSpec, runs: number): Promise<StartupFloor> {
  const floor: StartupFloor = { nodeBoot: await nodeBoot(runs) };
  const env = withoutExtraCaCerts();
  if (env) floor.withoutExtraCa = { nodeBoot: await nodeBoot(runs, env), coldStart: await coldStart({ ...spec, env }, runs) };
  return floor;
}

export interface InProcessStart {
  /** `import('nimbus')`, once. */
  importMs: Sample;
  /** The first `startNimbus()` of the process, which opens what later starts reuse. */
  first: Sample;
  warm: Sample;
  firstRequest: Sample;
  /** The same with the SQLite default in a new data directory: first (which loads better-sqlite3) and warm. */
  sqliteFirst: Sample;
  sqliteWarm: Sample;
}

/**
 * In-process start: importing Nimbus, `startNimbus()` resolving, then the first request answered.
 * The first start is reported apart from the median of the rest.
 */
export async function inProcessStart(runs: number): Promise<InProcessStart> {
  const fail = (error: unknown): Sample => ({ ok: false, reason: (error as Error).message.slice(0, 160) });
  const ready: number[] = [];
  const requests: number[] = [];
  const onDisk: number[] = [];
  let importMs: number;
  try {
    const importStarted = performance.now();
    // Imported here, not at the top, so that the import is timed and a broken build skips only this.
    // The package's own entry (package.json "main"): the bundle `npm run build` writes.
    const { startNimbus } = await import(new URL('../nimbus/index.js', import.meta.url).href) as typeof import('../src/index.js');
    importMs = performance.now() - importStarted;
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
    }
    for (let i = 0; i < runs; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-bench-start-'));
      const started = performance.now();
      const nimbus = await startNimbus({ port: 0, dataDir });
      onDisk.push(performance.now() - started);
      await nimbus.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  } catch (error) {
    return { importMs: fail(error), first: fail(error), warm: fail(error), firstRequest: fail(error), sqliteFirst: fail(error), sqliteWarm: fail(error) };
  }
  return {
    importMs: { ok: true, ms: importMs, runs: 1 },
    first: { ok: true, ms: ready[0]!, runs: 1 },
    warm: { ok: true, ms: median(ready.slice(1)), runs: runs - 1 },
    firstRequest: { ok: true, ms: median(requests), runs },
    sqliteFirst: { ok: true, ms: onDisk[0]!, runs: 1 },
    sqliteWarm: { ok: true, ms: median(onDisk.slice(1)), runs: runs - 1 },
  };
}
