import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli.js', import.meta.url));

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** The real server as a child process (`nimbus start`), so that it can be killed like one. */
export class ServerProcess {
  private output = '';
  private exited: Promise<unknown>;

  private constructor(
    private readonly child: ChildProcess,
    readonly endpoint: string,
  ) {
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = once(child, 'exit');
  }

  static async start(port: number, dataDir: string): Promise<ServerProcess> {
    const child = spawn(process.execPath, [CLI, 'start', '--port', String(port), '--data-dir', dataDir, '--log-level', 'warn'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, `http://127.0.0.1:${port}`);
    await server.ready();
    return server;
  }

  /** Polls GET /_nimbus/health until it answers; gives up if the process dies or never answers. */
  private async ready(): Promise<void> {
    for (let attempt = 0; attempt < 600; attempt++) {
      if (this.child.exitCode !== null) throw new Error(`nimbus exited with ${this.child.exitCode}:\n${this.output}`);
      try {
        const response = await fetch(`${this.endpoint}/_nimbus/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    this.child.kill('SIGKILL');
    throw new Error(`nimbus never became healthy:\n${this.output}`);
  }

  /** SIGKILL: no shutdown hook, no flush, no close. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  get log(): string {
    return this.output;
  }
}
