import type { Clients } from './clients.js';
import type { Fixture, Operation } from './operations.js';
import { cpuMs } from './proc.js';

export interface MeasureOptions {
  warmup: number;
  minCalls: number;
  maxCalls: number;
  /** Stop after this long once `minCalls` are done. */
  budgetMs: number;
  concurrency: number;
}

export type OperationResult =
  | { ok: true; calls: number; serverCpuMsPerOp: number; clientCpuMsPerOp: number; opsPerSec: number }
  | { ok: false; reason: string };

function reasonOf(error: unknown): string {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
  return `${e.name ?? 'Error'}: ${e.message ?? String(error)}`.slice(0, 120) + status;
}

/**
 * Drives one operation against one server and charges the server's CPU time (all its threads, read
 * from /proc) to the calls made in between. A failing operation is reported, not thrown.
 */
export async function measureOperation(
  pid: number, clients: Clients, fixture: Fixture, op: Operation, options: MeasureOptions,
): Promise<OperationResult> {
  let next = 0;
  try {
    await op.setup?.(clients, fixture);
    for (; next < options.warmup; next++) await op.run(clients, fixture, next);
    const cap = Math.min(options.warmup + options.maxCalls, op.limit?.(fixture) ?? Infinity);
    const cpuBefore = cpuMs(pid);
    const clientBefore = process.cpuUsage();
    const started = performance.now();
    const worker = async () => {
      while (next < cap) {
        const done = next - options.warmup;
        if (done >= options.minCalls && performance.now() - started > options.budgetMs) return;
        await op.run(clients, fixture, next++);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const elapsed = performance.now() - started;
    const calls = next - options.warmup;
    const client = process.cpuUsage(clientBefore);
    if (calls <= 0) return { ok: false, reason: 'no calls possible' };
    return {
      ok: true,
      calls,
      serverCpuMsPerOp: (cpuMs(pid) - cpuBefore) / calls,
      clientCpuMsPerOp: (client.user + client.system) / 1000 / calls,
      opsPerSec: calls / (elapsed / 1000),
    };
  } catch (error) {
    return { ok: false, reason: `failed at call ${next}: ${reasonOf(error)}` };
  }
}
