import type { OperationResult } from './measure.js';
import type { Sample } from './startup.js';
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
  inProcess: { first: Sample; warm: Sample; firstRequest: Sample };
  operations: string[];
}

const sampleMs = (s: Sample) => (s.ok ? s.ms : undefined);
const showSample = (s: Sample) => (s.ok ? ms(s.ms) : `skipped: ${s.reason}`);
const mib = (v: number | undefined, skipped?: string) => (v === undefined ? `skipped${skipped ? `: ${skipped}` : ''}` : `${v.toFixed(1)} MiB`);

function startupTable(r: BenchReport): string {
  const runs = (s: Sample) => (s.ok ? ` (median of ${s.runs})` : '');
  const rows = [
    [`cold start → first request${runs(r.nimbus.coldStart)}`, showSample(r.nimbus.coldStart), showSample(r.moto.coldStart),
      ratio(sampleMs(r.nimbus.coldStart), sampleMs(r.moto.coldStart))],
    ['startNimbus() in-process, first (incl. import)', showSample(r.inProcess.first), '—', '—'],
    [`startNimbus() in-process, warm${runs(r.inProcess.warm)}`, showSample(r.inProcess.warm), '—', '—'],
    [`in-process first request after ready${runs(r.inProcess.firstRequest)}`, showSample(r.inProcess.firstRequest), '—', '—'],
    ['idle RSS after first request', mib(r.nimbus.idleRssMiB, r.nimbus.skipped), mib(r.moto.idleRssMiB, r.moto.skipped),
      ratio(r.nimbus.idleRssMiB, r.moto.idleRssMiB)],
    ['RSS after the operations below', mib(r.nimbus.loadedRssMiB, r.nimbus.skipped), mib(r.moto.loadedRssMiB, r.moto.skipped),
      ratio(r.nimbus.loadedRssMiB, r.moto.loadedRssMiB)],
  ];
  return renderTable(['Start-up and memory', 'Nimbus', 'moto_server', 'Nimbus/moto'], rows);
}

function operationsTable(r: BenchReport): string {
  const skipped: string[] = [];
  const cell = (result: OperationResult | undefined, show: (ok: Extract<OperationResult, { ok: true }>) => string) =>
    (result?.ok ? show(result) : 'skipped');
  const rows = r.operations.map((name) => {
    const n = r.nimbus.operations.get(name);
    const m = r.moto.operations.get(name);
    for (const [server, result, report] of [['Nimbus', n, r.nimbus], ['moto_server', m, r.moto]] as const) {
      if (!result?.ok) skipped.push(`${name} on ${server}: ${result ? result.reason : report.skipped ?? 'not run'}`);
    }
    const nOk = n?.ok ? n : undefined;
    const mOk = m?.ok ? m : undefined;
    return [
      name,
      cell(n, (x) => ms(x.serverCpuMsPerOp)),
      cell(m, (x) => ms(x.serverCpuMsPerOp)),
      ratio(nOk?.serverCpuMsPerOp, mOk?.serverCpuMsPerOp),
      cell(n, (x) => `${x.opsPerSec.toFixed(0)}/s`),
      cell(m, (x) => `${x.opsPerSec.toFixed(0)}/s`),
      ratio(nOk?.opsPerSec, mOk?.opsPerSec),
      cell(n, (x) => `${x.calls}`),
      cell(m, (x) => `${x.calls}`),
      cell(n, (x) => ms(x.clientCpuMsPerOp)),
    ];
  });
  const table = renderTable(
    ['Operation', 'Nimbus CPU/op', 'moto CPU/op', 'CPU ratio', 'Nimbus ops/s', 'moto ops/s', 'ops/s ratio', 'Nimbus calls', 'moto calls', 'client CPU/op vs Nimbus'],
    rows,
  );
  return skipped.length ? `${table}\n\nSkipped:\n${skipped.map((s) => `- ${s}`).join('\n')}` : table;
}

export function renderReport(report: BenchReport): string {
  return `${startupTable(report)}\n\n${operationsTable(report)}`;
}
