import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';

const run = promisify(execFile);

describe('S3 through the AWS CLI', () => {
  let nimbus: Nimbus;
  let dir: string;
  const aws = (...args: string[]) => run('aws', ['--endpoint-url', nimbus.endpoint, ...args], { env: cliEnv(nimbus.endpoint), encoding: 'utf8' });
  before(async () => {
    nimbus = await startTestNimbus();
    dir = mkdtempSync(join(tmpdir(), 'nimbus-s3-cli-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await nimbus.stop();
  });

  it('makes a bucket, copies a file up and down, and lists it', async () => {
    await aws('s3', 'mb', 's3://cli-bucket');
    const source = join(dir, 'report.csv');
    const content = Array.from({ length: 5000 }, (_, i) => `${i},row ${i}`).join('\n');
    writeFileSync(source, content);
    await aws('s3', 'cp', source, 's3://cli-bucket/reports/2024/report.csv');
    const target = join(dir, 'downloaded.csv');
    await aws('s3', 'cp', 's3://cli-bucket/reports/2024/report.csv', target);
    assert.equal(readFileSync(target, 'utf8'), content);
    const { stdout: top } = await aws('s3', 'ls', 's3://cli-bucket/');
    assert.match(top, /PRE reports\//);
    const { stdout: deep } = await aws('s3', 'ls', 's3://cli-bucket/reports/2024/');
    assert.match(deep, new RegExp(`\\s${Buffer.byteLength(content)} report\\.csv`));
    const { stdout: buckets } = await aws('s3', 'ls');
    assert.match(buckets, /cli-bucket/);
  });

  it('reads an object with s3api and reports the CLI error for a missing key', async () => {
    const { stdout } = await aws('s3api', 'head-object', '--bucket', 'cli-bucket', '--key', 'reports/2024/report.csv', '--output', 'json');
    const head = JSON.parse(stdout) as { ContentType: string; ETag: string };
    assert.equal(head.ContentType, 'text/csv');
    assert.match(head.ETag, /^"[0-9a-f]{32}"$/);
    const failure = await aws('s3api', 'get-object', '--bucket', 'cli-bucket', '--key', 'missing', join(dir, 'missing')).catch((e: { stderr: string }) => e);
    assert.match((failure as { stderr: string }).stderr, /NoSuchKey/);
  });
});
