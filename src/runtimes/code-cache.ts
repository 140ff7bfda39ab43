import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { NIMBUS_NODE_MODULES } from './launch.js';

/**
 * Deployment packages and layers unpacked on disk, once per content address, where execution
 * environments find them: the code as LAMBDA_TASK_ROOT, a function's layers merged in order as its
 * `/opt`. Beside the unpacked code sits a `node_modules` link to Nimbus's own, so that ES module
 * handlers (which ignore NODE_PATH) resolve the AWS SDK as they do on Lambda.
 */
export class CodeCache {
  readonly root = join(tmpdir(), `nimbus-lambda-${createHash('sha256').update(NIMBUS_NODE_MODULES ?? '').digest('hex').slice(0, 12)}`);
  private readonly unpacking = new Map<string, Promise<string>>();
  /** Targets this process has seen on disk: every warm invoke asks again, and need not touch the disk. */
  private readonly unpacked = new Set<string>();

  /** The directory holding the unpacked zip with content address `id`; `read` supplies its bytes. */
  code(id: string, read: () => Promise<Buffer>): Promise<string> {
    return this.unpack(join(this.root, 'code', id), read);
  }

  layer(id: string, read: () => Promise<Buffer>): Promise<string> {
    return this.unpack(join(this.root, 'layers', id), read);
  }

  /** The `/opt` of a function: its layers' directories copied over each other, later layers winning. */
  async opt(layerDirs: string[]): Promise<string | undefined> {
    if (!layerDirs.length) return undefined;
    const id = createHash('sha256').update(layerDirs.join('\n')).digest('hex').slice(0, 32);
    const target = join(this.root, 'opt', id);
    if (existsSync(target)) return target;
    const staging = `${target}.${process.pid}.${Date.now()}`;
    await mkdir(staging, { recursive: true });
    for (const dir of layerDirs) await cp(dir, staging, { recursive: true, force: true });
    await rename(staging, target).catch(() => rm(staging, { recursive: true, force: true }));
    return target;
  }

  private unpack(target: string, read: () => Promise<Buffer>): Promise<string> {
    if (this.unpacked.has(target)) return Promise.resolve(target);
    let pending = this.unpacking.get(target);
    if (!pending) {
      pending = this.extract(target, read)
        .then((done) => (this.unpacked.add(done), done))
        .finally(() => this.unpacking.delete(target));
      this.unpacking.set(target, pending);
    }
    return pending;
  }

  private async extract(target: string, read: () => Promise<Buffer>): Promise<string> {
    await this.linkSdk();
    if (existsSync(target)) return target;
    const staging = `${target}.${process.pid}.${Date.now()}`;
    const entries = unzipSync(await read());
    for (const [name, data] of Object.entries(entries)) {
      const path = normalize(join(staging, name));
      if (!path.startsWith(staging + sep)) continue;
      if (name.endsWith('/')) {
        await mkdir(path, { recursive: true });
        continue;
      }
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data, { mode: 0o755 });
    }
    await mkdir(staging, { recursive: true });
    await rename(staging, target).catch(() => rm(staging, { recursive: true, force: true }));
    return target;
  }

  private async linkSdk(): Promise<void> {
    const link = join(this.root, 'code', 'node_modules');
    if (!NIMBUS_NODE_MODULES || existsSync(link)) return;
    await mkdir(dirname(link), { recursive: true });
    await symlink(NIMBUS_NODE_MODULES, link, 'dir').catch(() => undefined);
  }
}

/** Whether `zip` is a readable zip archive, and its unpacked size. */
export function inspectZip(zip: Uint8Array): { ok: true; unzippedSize: number } | { ok: false } {
  try {
    const entries = unzipSync(zip);
    return { ok: true, unzippedSize: Object.values(entries).reduce((sum, data) => sum + data.length, 0) };
  } catch {
    return { ok: false };
  }
}
