import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectCoverage } from './services-table/coverage.js';
import { replaceSection } from './services-table/readme-section.js';
import { renderTable } from './services-table/render.js';

// Compiled to dist/scripts/, so the repository root is two levels up.
const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** Writes the supported-services table into README.md; with `--check`, fails when README is stale instead. */
async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const current = existsSync(README) ? readFileSync(README, 'utf8') : '';
  const next = replaceSection(current, renderTable(await collectCoverage()));
  if (next === current) {
    console.log('README.md services table is up to date.');
    return 0;
  }
  if (check) {
    console.error('README.md services table is stale: run `npm run docs:services` and commit README.md.');
    return 1;
  }
  writeFileSync(README, next);
  console.log('README.md services table updated.');
  return 0;
}

// Exit explicitly: a provider may have armed clock timers that would otherwise keep us alive.
main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(2);
});
