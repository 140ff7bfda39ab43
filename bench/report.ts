import type { OperationResult } from './measure.js';
import type { Operation } from './operations.js';
import type { InProcessStart, Sample, StartupFloor } from './startup.js';
import { ms, ratio, renderTable } from './table.js';

export interface ServerReport {
  coldStart: Sample;
  idleRssMiB?: number;
  loadedRssMiB?: number;
  operations: Map<string, OperationResult>;
  skipped?: string;
}

export interface BenchReport {
  nimbus: ServerReport;
  moto: ServerReport;
  floor: StartupFloor;
  inProcess: InProcessStart;
  operations: OperationRow[];
}

const sampleMs = (s: Sample) => (s.ok ? s.ms : undefined);
const showSample = (s: Sample) => (s.ok ? ms(s.ms) : `skipped: ${s.reason}`);
const mib = (v: number | undefined, skipped?: string) => (v === undefined ? `skipped${skipped ? `: ${skipped}` : ''}` : `${v.toFixed(1)} MiB`);

function startupTable(r: BenchReport): string {
  const runs = (s: Sample) => (s.ok ? ` (median of ${s.runs})` : '');
  const rows = [
    [`cold start → first request${runs(r.nimbus.coldStart)}`, showSample(r.nimbus.coldStart), showSample(r.moto.coldStart),
      ratio(sampleMs(r.nimbus.coldStart), sampleMs(r.moto.coldStart))],
    ...floorRows(r.floor, runs),
    ["import of 'nimbus' (the bundle), once", showSample(r.inProcess.importMs), '—', '—'],
    ['startNimbus({ ephemeral: true }) in-process, first after the import', showSample(r.inProcess.first), '—', '—'],
    [`startNimbus({ ephemeral: true }) in-process, warm${runs(r.inProcess.warm)}`, showSample(r.inProcess.warm), '—', '—'],
    [`in-process first request after ready${runs(r.inProcess.firstRequest)}`, showSample(r.inProcess.firstRequest), '—', '—'],
    ['startNimbus() with the SQLite default, new data directory, first (loads better-sqlite3)', showSample(r.inProcess.sqliteFirst), '—', '—'],
    [`startNimbus() with the SQLite default, new data directory, warm${runs(r.inProcess.sqliteWarm)}`, showSample(r.inProcess.sqliteWarm), '—', '—'],
    ['idle RSS after first request', mib(r.nimbus.idleRssMiB, r.nimbus.skipped), mib(r.moto.idleRssMiB, r.moto.skipped),
      ratio(r.nimbus.idleRssMiB, r.moto.idleRssMiB)],
    ['RSS after the operations below (with child processes)', mib(r.nimbus.loadedRssMiB, r.nimbus.skipped), mib(r.moto.loadedRssMiB, r.moto.skipped),
      ratio(r.nimbus.loadedRssMiB, r.moto.loadedRssMiB)],
  ];
  return renderTable(['Start-up and memory', 'Nimbus', 'moto_server', 'Nimbus/moto'], rows);
}

function floorRows(floor: StartupFloor, runs: (s: Sample) => string): string[][] {
  const rows = [[`Node.js boot alone, \`node -e 0\`${runs(floor.nodeBoot)}`, showSample(floor.nodeBoot), '—', '—']];
  const bare = floor.withoutExtraCa;
  if (bare) {
    rows.push(
      [`Node.js boot without NODE_EXTRA_CA_CERTS${runs(bare.nodeBoot)}`, showSample(bare.nodeBoot), '—', '—'],
      [`cold start without NODE_EXTRA_CA_CERTS${runs(bare.coldStart)}`, showSample(bare.coldStart), '—', '—'],
    );
  }
  return rows;
}

/** What the report needs to know of an operation besides its results. */
export type OperationRow = Pick<Operation, 'name' | 'kind' | 'motoLacks'>;

type Ok = Extract<OperationResult, { ok: true }>;

/** Rows of one kind: cells for each measured result, '—' where moto is not measured, notes for the rest. */
function rowsOf(r: BenchReport, kind: 'throughput' | 'latency', cells: (n?: Ok, m?: Ok) => string[], notes: Notes): string[][] {
  return r.operations.filter((op) => (op.kind ?? 'throughput') === kind).map((op) => {
    const n = r.nimbus.operations.get(op.name);
    const m = r.moto.operations.get(op.name);
    if (!n?.ok) notes.skipped.push(`${op.name} on Nimbus: ${n ? n.reason : r.nimbus.skipped ?? 'not run'}`);
    if (op.motoLacks) notes.notMeasured.set(op.motoLacks, [...(notes.notMeasured.get(op.motoLacks) ?? []), op.name]);
    else if (!m?.ok) notes.skipped.push(`${op.name} on moto_server: ${m ? m.reason : r.moto.skipped ?? 'not run'}`);
    const row = cells(n?.ok ? n : undefined, m?.ok ? m : undefined);
    return [op.name, ...row.map((cell, c) => (cell === MISSING && op.motoLacks && MOTO_COLUMNS[kind].includes(c) ? '—' : cell))];
  });
}

interface Notes {
  skipped: string[];
  /** Reason → the operations moto_server is not measured for. */
  notMeasured: Map<string, string[]>;
}

const MISSING = 'skipped';
/** Which of the cells (after the name) belong to moto_server, per table. */
const MOTO_COLUMNS = { throughput: [1, 4, 7], latency: [2, 3, 5, 7] };
const show = <T>(value: T | undefined, format: (v: T) => string) => (value === undefined ? MISSING : format(value));

function operationsTable(r: BenchReport, notes: Notes): string {
  const rows = rowsOf(r, 'throughput', (n, m) => [
    show(n, (x) => ms(x.serverCpuMsPerOp)),
    show(m, (x) => ms(x.serverCpuMsPerOp)),
    ratio(n?.serverCpuMsPerOp, m?.serverCpuMsPerOp),
    show(n, (x) => `${x.opsPerSec.toFixed(0)}/s`),
    show(m, (x) => `${x.opsPerSec.toFixed(0)}/s`),
    ratio(n?.opsPerSec, m?.opsPerSec),
    show(n, (x) => `${x.calls}`),
    show(m, (x) => `${x.calls}`),
    show(n, (x) => ms(x.clientCpuMsPerOp)),
  ], notes);
  return renderTable(
    ['Operation', 'Nimbus CPU/op', 'moto CPU/op', 'CPU ratio', 'Nimbus ops/s', 'moto ops/s', 'ops/s ratio', 'Nimbus calls', 'moto calls', 'client CPU/op vs Nimbus'],
    rows,
  );
}

function latencyTable(r: BenchReport, notes: Notes): string {
  const rows = rowsOf(r, 'latency', (n, m) => [
    show(n, (x) => ms(x.p50Ms)),
    show(n, (x) => ms(x.p99Ms)),
    show(m, (x) => ms(x.p50Ms)),
    show(m, (x) => ms(x.p99Ms)),
    show(n, (x) => ms(x.serverCpuMsPerOp)),
    show(m, (x) => ms(x.serverCpuMsPerOp)),
    show(n, (x) => `${x.calls}`),
    show(m, (x) => `${x.calls}`),
  ], notes);
  return renderTable(
    ['Latency, one at a time', 'Nimbus p50', 'Nimbus p99', 'moto p50', 'moto p99', 'Nimbus CPU/sample', 'moto CPU/sample', 'Nimbus samples', 'moto samples'],
    rows,
  );
}

function footnotes(notes: Notes): string {
  const lines = [...notes.notMeasured].map(([reason, names]) => `— ${names.join('; ')}: ${reason}.`);
  if (notes.skipped.length) lines.push('', 'Skipped:', ...notes.skipped.map((s) => `- ${s}`));
  return lines.join('\n');
}

export function renderReport(report: BenchReport): string {
  const notes: Notes = { skipped: [], notMeasured: new Map() };
  const tables = [startupTable(report), operationsTable(report, notes), latencyTable(report, notes)];
  return `${tables.join('\n\n')}\n\n${footnotes(notes)}`.trimEnd();
}
