import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

const run = promisify(execFile);
const FILES = 500;
const BUCKET = 'sync-tree';

/** Folder and file names a real tree holds: spaces, `+`, unicode, deep nesting. */
const FOLDERS = ['', 'a/b/c/', 'photos 2024/', 'c++/src/', 'café/naïve/', '日本語/データ/', 'x/y/z/deep/er/', 'a+b/c d/'];
const NAMES = (i: number) => [`file-${i}.txt`, `report ${i}.csv`, `v1+${i}.bin`, `résumé-${i}.md`, `ファイル${i}.json`][i % 5];

/**
 * Writes the tree with modification times a minute old, as a tree that existed before its upload has:
 * S3 lists LastModified in whole seconds, and the CLI uploads again a file modified after it, so a
 * file written in the same second as its upload would be uploaded again on the next sync, by AWS too.
 */
function buildTree(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const aMinuteAgo = new Date(Date.now() - 60_000);
  for (let i = 0; i < FILES; i++) {
    const path = `${FOLDERS[i % FOLDERS.length]}${NAMES(i)}`;
    const body = i % 50 === 0 ? Buffer.alloc(0) : randomBytes(64 + (i % 7) * 300);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
    utimesSync(join(root, path), aMinuteAgo, aMinuteAgo);
    hashes.set(path, createHash('sha256').update(body).digest('hex'));
  }
  return hashes;
}

function hashTree(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

describe('S3 through `aws s3 sync`', () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  let dir: string;
  const aws = (...args: string[]) => run('aws', ['--endpoint-url', nimbus.endpoint, ...args], { env: cliEnv(nimbus.endpoint), encoding: 'utf8', maxBuffer: 64 << 20 });
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    dir = mkdtempSync(join(tmpdir(), 'nimbus-s3-sync-'));
    await aws('s3', 'mb', `s3://${BUCKET}`);
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    s3.destroy();
    await nimbus.stop();
  });

  it('syncs a tree of 500 files with awkward names up and back down byte-identical', async () => {
    const source = join(dir, 'source');
    const expected = buildTree(source);
    assert.equal(expected.size, FILES);
    await aws('s3', 'sync', '--no-progress', source, `s3://${BUCKET}/tree`);

    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'tree/', ContinuationToken: token }));
      keys.push(...(page.Contents ?? []).map((object) => object.Key!));
      token = page.NextContinuationToken;
    } while (token);
    assert.deepEqual(keys.map((key) => key.slice('tree/'.length)).sort(), [...expected.keys()].sort());

    const target = join(dir, 'target');
    await aws('s3', 'sync', '--no-progress', `s3://${BUCKET}/tree`, target);
    assert.deepEqual(hashTree(target), expected);
  });

  it('uploads nothing on a second sync of an unchanged tree, and only what changed after an edit', async () => {
    const source = join(dir, 'source');
    const { stdout: unchanged } = await aws('s3', 'sync', '--no-progress', source, `s3://${BUCKET}/tree`);
    assert.equal(unchanged.trim(), '');
    writeFileSync(join(source, 'a/b/c/file-25.txt'), 'edited, and longer than before so the size differs for sure');
    const { stdout: edited } = await aws('s3', 'sync', '--no-progress', source, `s3://${BUCKET}/tree`);
    assert.deepEqual(edited.trim().split('\n').map((line) => line.replace(/^upload: .* to /, 'upload to ')),
      [`upload to s3://${BUCKET}/tree/a/b/c/file-25.txt`]);
  });
});
