import type { ServiceCoverage } from './coverage.js';

/** The README section: a summary row per service, then the implemented operations of each. */
export function renderTable(services: ServiceCoverage[]): string {
  const lines = [
    '| Service | Model | Protocols | Operations |',
    '| --- | --- | --- | --- |',
    ...services.map((s) =>
      `| ${s.fullName} | \`${s.name}\` | ${s.protocols.join(', ')} | ${s.implemented.length} / ${s.operations.length} |`),
    '',
  ];
  for (const s of services) {
    const list = s.implemented.length ? s.implemented.join(', ') : '_none yet_';
    lines.push(`- **${s.fullName}** (\`${s.name}\`): ${list}`);
  }
  return lines.join('\n');
}
