import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { promisify } from 'node:util';
import { cliEnv } from '../support/nimbus.js';

const run = promisify(execFile);

/** What a CLI call printed and how it ended; a failed call is an answer too, not a thrown error. */
export interface CliAnswer {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs an AWS CLI binary against Nimbus, with `--endpoint-url` given too, since CLIs before 2.13 ignore AWS_ENDPOINT_URL. */
export async function cli(binary: string, endpoint: string, args: string[]): Promise<CliAnswer> {
  try {
    const { stdout, stderr } = await run(binary, ['--endpoint-url', endpoint, ...args], { env: { ...cliEnv(endpoint), TZ: 'UTC' }, encoding: 'utf8' });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

/** The `aws` on the PATH (the CLI v1 of pip on these machines). */
export const AWS = 'aws';

/**
 * An AWS CLI v2, for commands only v2 has (`aws logs tail`): `aws` itself when it is v2, else Debian's
 * package at /usr/bin/aws (`apt-get install awscli`); undefined when this machine has none.
 */
export async function awsV2(): Promise<string | undefined> {
  for (const candidate of [AWS, '/usr/bin/aws']) {
    if (candidate.startsWith('/') && !(await access(candidate).then(() => true, () => false))) continue;
    const version = await run(candidate, ['--version'], { encoding: 'utf8' }).then(({ stdout, stderr }) => stdout + stderr, () => '');
    if (/^aws-cli\/2\./.test(version)) return candidate;
  }
  return undefined;
}
