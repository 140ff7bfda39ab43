import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The Nimbus checkout or installed package: the directory holding `models/`. Found by walking up
 * from this module, so the same code works from `dist/src/…` and from the start-up bundle.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'models', 'index.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('nimbus: cannot find its models/ directory');
    dir = parent;
  }
  root = dir;
  return root;
}
