import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerSpec } from './server.js';

const CLI = fileURLToPath(new URL('../nimbus/cli.js', import.meta.url));

export const nimbus: ServerSpec = {
  name: 'Nimbus',
  command: process.execPath,
  args: (port) => [CLI, 'start', '--ephemeral', '--port', String(port)],
};

// A pyenv shim re-execs through bash twice; time moto itself, not the shim.
function motoExecutable(): string {
  try {
    return execFileSync('pyenv', ['which', 'moto_server'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'moto_server';
  }
}

export const moto: ServerSpec = {
  name: 'moto_server',
  command: motoExecutable(),
  args: (port) => ['-H', '127.0.0.1', '-p', String(port)],
};

export function motoVersion(): string {
  try {
    return execFileSync('python3', ['-c', 'import moto; print(moto.__version__)'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
