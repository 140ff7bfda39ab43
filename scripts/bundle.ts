import { build } from 'esbuild';

/**
 * Bundles the compiled `dist/src` into `dist/nimbus`: the CLI and the library entry, each service and
 * codec still in its own chunk, loaded on first use. Node's ESM loader spends about half a
 * millisecond per module file, so `nimbus start` loads a few chunks instead of some sixty modules.
 * Packages stay external (better-sqlite3 is native; the SDK is resolved from node_modules).
 */
await build({
  entryPoints: { cli: 'dist/src/cli.js', index: 'dist/src/index.js' },
  outdir: 'dist/nimbus',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
