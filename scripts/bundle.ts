import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * CommonJS packages the start-up path loads: bundled, because Node's ESM loader reads an external
 * CommonJS file twice and scans it for its exports before running it. better-sqlite3's JavaScript
 * is bundled too; its compiled addon stays in node_modules, named by path when a store opens.
 */
const BUNDLED = new Set(['sorted-btree', 'better-sqlite3']);
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

/**
 * Bundles the compiled `dist/src` into `dist/nimbus`: the CLI and the library entry, each service and
 * codec still in its own chunk, loaded on first use. Node's ESM loader spends about half a
 * millisecond per module file, so `nimbus start` loads a few chunks instead of some sixty modules.
 * Other packages stay external (the SDK is resolved from node_modules).
 */
await build({
  entryPoints: { cli: 'dist/src/cli.js', index: 'dist/src/index.js' },
  outdir: 'dist/nimbus',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS requires Node's built-ins (better-sqlite3 needs fs and path); ES modules have no `require`.
  banner: { js: "import { createRequire as __nimbusCreateRequire } from 'node:module'; const require = __nimbusCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
