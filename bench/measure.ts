import type { Clients } from './clients.js';
import type { Fixture, Operation } from './operations.js';
import { cpuMs } from './proc.js';

export interface MeasureOptions {
  warmup: number;
  minCalls: number;
  maxCalls: number;
  /** Stop after this long once `minCalls` are done. */
  budgetMs: number;
  /** Stop after this long even short of `minCalls`: a slow server must not stretch the run. */
  maxMs: number;
  concurrency: number;
}

export interface Measured {
  ok: true;
  calls: number;
  serverCpuMsPerOp: number;
  clientCpuMsPerOp: number;
  opsPerSec: number;
  /** Nearest-rank percentiles of each call's latency (or of the span the call timed itself). */
  p50Ms: number;
  p99Ms: number;
}

export type OperationResult = Measured | { ok: false; reason: string };

function reasonOf(error: unknown): string {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
  return `${e.name ?? 'Error'}: ${e.message ?? String(error)}`.slice(0, 120) + status;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Drives one operation against one server and charges the server's CPU time (all its threads and
 * child processes, read from /proc) to the calls made in between, including the work an operation's
 * `settle` waits for. A failing operation is reported, not thrown.
 */
export async function measureOperation(
  pid: number, clients: Clients, fixture: Fixture, op: Operation, options: MeasureOptions,
): Promise<OperationResult> {
  let next = 0;
  try {
    await op.setup?.(clients, fixture);
    for (; next < options.warmup; next++) await op.run(clients, fixture, next);
    const cap = Math.min(options.warmup + options.maxCalls, op.limit?.(fixture) ?? Infinity);
    const samples: number[] = [];
    const cpuBefore = cpuMs(pid);
    const clientBefore = process.cpuUsage();
    const started = performance.now();
    const worker = async () => {
      while (next < cap) {
        const done = next - options.warmup;
        const running = performance.now() - started;
        if ((done >= options.minCalls && running > options.budgetMs) || running > options.maxMs) return;
        const began = performance.now();
        const timed = await op.run(clients, fixture, next++);
        samples.push(typeof timed === 'number' ? timed : performance.now() - began);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const elapsed = performance.now() - started;
    await op.settle?.(clients, fixture, next);
    const calls = next - options.warmup;
    const client = process.cpuUsage(clientBefore);
    if (calls <= 0) return { ok: false, reason: 'no calls possible' };
    return {
      ok: true,
      calls,
      serverCpuMsPerOp: (cpuMs(pid) - cpuBefore) / calls,
      clientCpuMsPerOp: (client.user + client.system) / 1000 / calls,
      opsPerSec: calls / (elapsed / 1000),
      p50Ms: percentile(samples, 50),
      p99Ms: percentile(samples, 99),
    };
  } catch (error) {
    return { ok: false, reason: `failed at call ${next}: ${reasonOf(error)}` };
  }
}
