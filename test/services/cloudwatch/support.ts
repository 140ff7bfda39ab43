import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { AwsSmithyRpcV2CborProtocol } from '@aws-sdk/core/protocols';
import { advanceClock, cliEnv, clientConfig } from '../../support/nimbus.js';

const run = promisify(execFile);

/** The protocols the v3 client speaks: its default (awsJson 1.0) and rpc-v2-cbor. Every SDK test runs under each. */
export const PROTOCOLS = [
  { protocol: 'json', extra: {} },
  { protocol: 'cbor', extra: { protocol: AwsSmithyRpcV2CborProtocol } },
] as const;

export function client(endpoint: string, extra: Record<string, unknown> = {}): CloudWatchClient {
  return new CloudWatchClient(clientConfig(endpoint, { maxAttempts: 1, ...extra }));
}

/** What a failed call reports: the SDK's error name, HTTP status, message and the query-compatible code. */
export async function failure(promise: Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string; code?: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; Code?: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message, code: e.Code };
  }
  throw new Error('expected the call to fail');
}

/** Asks again until `check` accepts the answer: work the clock set off finishes after the advance returns. */
export async function eventually<T>(ask: () => Promise<T>, check: (value: T) => boolean, attempts = 200): Promise<T> {
  let value = await ask();
  for (let i = 0; i < attempts && !check(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    value = await ask();
  }
  return value;
}

let counter = 0;
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

/** The Nimbus clock's now, read through its route. */
export async function nimbusNow(endpoint: string): Promise<number> {
  const response = await fetch(`${endpoint}/_nimbus/clock`);
  const body = (await response.json()) as { now?: number | string };
  return typeof body.now === 'string' ? Date.parse(body.now) : Number(body.now);
}

/**
 * Moves the Nimbus clock to one second past the next minute and returns that time, so a test's
 * periods do not straddle a minute boundary however long the machine takes between its steps.
 */
export async function alignedToMinute(endpoint: string): Promise<number> {
  const now = await nimbusNow(endpoint);
  const seconds = (60_000 - (now % 60_000)) / 1000 + 1;
  await advanceClock(endpoint, seconds);
  return now + seconds * 1000;
}

/**
 * A botocore data directory whose CloudWatch model names one protocol, so boto3 (and the AWS CLI)
 * speak query, json or cbor as asked: the same client, each wire protocol.
 */
async function dataPath(protocol: 'query' | 'json' | 'smithy-rpc-v2-cbor'): Promise<string> {
  const { stdout } = await run('python3', ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__))']);
  const file = join(stdout.trim(), 'data', 'cloudwatch', '2010-08-01', 'service-2.json');
  const text = await readFile(file, 'utf8').catch(async () => gunzipSync(await readFile(`${file}.gz`)).toString('utf8'));
  const model = JSON.parse(text) as { metadata: Record<string, unknown> };
  model.metadata.protocol = protocol;
  model.metadata.protocols = [protocol];
  const directory = join(tmpdir(), `nimbus-cloudwatch-${protocol}-${process.pid}`);
  await mkdir(join(directory, 'cloudwatch', '2010-08-01'), { recursive: true });
  await writeFile(join(directory, 'cloudwatch', '2010-08-01', 'service-2.json'), JSON.stringify(model));
  return directory;
}

/** Runs a boto3 script (with `cw`, a CloudWatch client, defined) under one protocol; returns its stdout as JSON. */
export async function boto3(endpoint: string, protocol: 'query' | 'json' | 'smithy-rpc-v2-cbor', script: string): Promise<unknown> {
  const env = { ...cliEnv(endpoint), AWS_DATA_PATH: await dataPath(protocol) };
  const program = `import boto3, json, datetime\ncw = boto3.client('cloudwatch')\n${script}`;
  const { stdout } = await run('python3', ['-c', program], { env });
  return JSON.parse(stdout) as unknown;
}

/** Runs the AWS CLI under one protocol; returns its JSON output. */
export async function awsCli(endpoint: string, protocol: 'query' | 'json' | 'smithy-rpc-v2-cbor', args: string[]): Promise<unknown> {
  const env = { ...cliEnv(endpoint), AWS_DATA_PATH: await dataPath(protocol) };
  const { stdout } = await run('aws', [...args, '--output', 'json'], { env });
  return stdout.trim() ? (JSON.parse(stdout) as unknown) : {};
}
