#!/usr/bin/env node
import { parseArgs } from 'node:util';
import type { LogLevel } from './gateway/logger.js';
import { startNimbus } from './server.js';

const USAGE = `usage: nimbus <command> [options]

commands:
  start    serve the AWS APIs     --port 4566 --host 127.0.0.1 --data-dir ./.nimbus --ephemeral --log-level info
  status   show a running Nimbus  --port 4566 --host 127.0.0.1
  reset    erase state            --port 4566 --host 127.0.0.1 [--service s3]
`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: process.env.NIMBUS_PORT ?? '4566' },
      host: { type: 'string', default: process.env.NIMBUS_HOST ?? '127.0.0.1' },
      'data-dir': { type: 'string', default: process.env.NIMBUS_DATA_DIR ?? '.nimbus' },
      ephemeral: { type: 'boolean', default: false },
      'log-level': { type: 'string', default: 'info' },
      service: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  const base = `http://${values.host}:${values.port}`;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 1;
  }
  switch (command) {
    case 'start': {
      const nimbus = await startNimbus({
        port: Number(values.port),
        host: values.host,
        dataDir: values['data-dir'],
        ephemeral: values.ephemeral,
        logLevel: values['log-level'] as LogLevel,
      });
      process.stdout.write(`Nimbus listening on ${nimbus.endpoint}\n`);
      const stop = () => void nimbus.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1;
    }
    case 'status':
      return call(`${base}/_nimbus/health`, 'GET');
    case 'reset':
      return call(`${base}/_nimbus/reset${values.service ? `?service=${encodeURIComponent(values.service)}` : ''}`, 'POST');
    default:
      process.stderr.write(`unknown command ${command}\n${USAGE}`);
      return 1;
  }
}

async function call(url: string, method: string): Promise<number> {
  try {
    const response = await fetch(url, { method });
    process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
    return response.ok ? 0 : 1;
  } catch {
    process.stderr.write(`Nimbus is not running at ${new URL(url).origin}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
