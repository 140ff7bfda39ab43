import { cpus, loadavg } from 'node:os';
import { createClients } from './clients.js';
import { measureOperation, type MeasureOptions, type OperationResult } from './measure.js';
import { operations, type Fixture } from './operations.js';
import { rssMiB } from './proc.js';
import { renderReport, type ServerReport } from './report.js';
import { launch, type ServerSpec } from './server.js';
import { moto, motoVersion, nimbus } from './specs.js';
import { coldStart, inProcessStart, startupFloor } from './startup.js';

const COLD_RUNS = 5;
const IN_PROCESS_RUNS = 6;
const IDLE_SETTLE_MS = 1000;
const MEASURE: MeasureOptions = { warmup: 20, minCalls: 200, maxCalls: 3000, budgetMs: 3000, maxMs: 10_000, concurrency: 4 };

// The SDK's notice about future Node versions is noise in a benchmark's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const began = performance.now();
const progress = (message: string) => process.stderr.write(`bench: [${((performance.now() - began) / 1000).toFixed(0)} s] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** `BENCH_ONLY=<regex>` measures only the operations whose names match: for an A/B of one path. */
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : undefined;
const selected = () => operations().filter((op) => !only || only.test(op.name));

/** Cold starts, then one long-lived server process for memory and the per-operation CPU cost. */
async function benchServer(spec: ServerSpec): Promise<ServerReport> {
  progress(`${spec.name}: ${COLD_RUNS} cold starts`);
  const report: ServerReport = { coldStart: await coldStart(spec, COLD_RUNS), operations: new Map<string, OperationResult>() };
  let server;
  try {
    server = await launch(spec);
  } catch (error) {
    report.skipped = (error as Error).message.slice(0, 160);
    progress(`${spec.name}: could not start: ${report.skipped}`);
    return report;
  }
  await sleep(IDLE_SETTLE_MS);
  report.idleRssMiB = rssMiB(server.pid);
  const clients = createClients(server.endpoint);
  const fixture: Fixture = { bucket: 'nimbus-bench', sent: 0 };
  for (const op of selected()) {
    if (op.motoLacks && spec === moto) continue;
    progress(`${spec.name}: ${op.name}`);
    const result = await measureOperation(server.pid, clients, fixture, op, { ...MEASURE, ...op.measure });
    if (!result.ok) progress(`${spec.name}: ${op.name} skipped: ${result.reason}`);
    report.operations.set(op.name, result);
  }
  report.loadedRssMiB = rssMiB(server.pid);
  clients.destroy();
  await server.stop();
  return report;
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  const nimbusReport = await benchServer(nimbus);
  progress('Node.js boot and Nimbus without NODE_EXTRA_CA_CERTS');
  const floor = await startupFloor(nimbus, COLD_RUNS);
  const motoReport = await benchServer(moto);
  progress(`in-process startNimbus() x${IN_PROCESS_RUNS}`);
  const inProcess = await inProcessStart(IN_PROCESS_RUNS);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`Nimbus vs moto_server ${motoVersion()} — node ${process.version}, ${cpus().length} CPUs, ${seconds} s, load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
  console.log(`Server CPU = utime+stime of the server process from /proc; ${MEASURE.concurrency} requests in flight from one SDK v3 client process; ` +
    `${MEASURE.minCalls}–${MEASURE.maxCalls} calls or ${MEASURE.budgetMs / 1000} s (at most ${MEASURE.maxMs / 1000} s) per operation after ${MEASURE.warmup} warm-up calls; ` +
    'latency rows one call at a time. ' +
    'When the client CPU/op approaches 1000 ms / (ops/s), throughput is bound by the client, not the server.\n');
  console.log(renderReport({ nimbus: nimbusReport, moto: motoReport, floor, inProcess, operations: selected() }));
}

// Exit explicitly: an in-process Nimbus or SDK agent must not keep the bench alive.
main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
