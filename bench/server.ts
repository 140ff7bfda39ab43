import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { createClients } from './clients.js';

/** How to launch one server under test. */
export interface ServerSpec {
  name: string;
  command: string;
  args(port: number): string[];
  /** The environment it runs with; the bench's own when absent. */
  env?: NodeJS.ProcessEnv;
}

/** A running server process, ready for requests. */
export interface RunningServer {
  spec: ServerSpec;
  pid: number;
  endpoint: string;
  /** Milliseconds from spawn to the first successful STS GetCallerIdentity. */
  readyMs: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Polls with the SDK until STS answers; a failed attempt warms the client just as a success would. */
async function waitReady(endpoint: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const clients = createClients(endpoint);
  const deadline = performance.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await clients.sts.send(new GetCallerIdentityCommand({}));
        return;
      } catch (error) {
        if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output().slice(-400)}`, { cause: error });
        if (performance.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms: ${(error as Error).message}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  } finally {
    clients.destroy();
  }
}

export async function launch(spec: ServerSpec, timeoutMs = 20_000): Promise<RunningServer> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(spec.command, spec.args(port), { stdio: ['ignore', 'pipe', 'pipe'], env: spec.env ?? process.env });
  let output = '';
  const keep = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4000); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => { output += String(error); });
  try {
    await waitReady(endpoint, child, () => output, timeoutMs);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return {
    spec, endpoint,
    pid: child.pid ?? -1,
    readyMs: performance.now() - started,
    stop: () => stopProcess(child),
  };
}
