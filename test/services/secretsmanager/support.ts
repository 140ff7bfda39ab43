import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cliEnv } from '../../support/nimbus.js';

const run = promisify(execFile);
let counter = 0;

export function uniqueName(base: string): string {
  return `${base}-${process.pid}-${++counter}`;
}

/** The rejection of a call that must fail, with the SDK's error fields. */
export async function failure(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata: { httpStatusCode?: number } };
  }
  throw new Error('expected the call to fail');
}

/** Runs the AWS CLI against Nimbus and parses its JSON answer. */
export async function aws(endpoint: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('aws', ['--endpoint-url', endpoint, '--output', 'json', ...args], { env: cliEnv(endpoint) });
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

/** Runs a boto3 script against Nimbus; the script prints JSON. */
export async function boto3(endpoint: string, script: string): Promise<unknown> {
  const { stdout } = await run('python3', ['-c', script], { env: cliEnv(endpoint) });
  return JSON.parse(stdout);
}
