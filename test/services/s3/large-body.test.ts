import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

const GIB = 1024 ** 3;
const CHUNK = 1024 * 1024;
const ALLOWED_GROWTH = 64 * 1024 * 1024;

/** 1 GiB of varying bytes, made as it is read so the test itself holds only one chunk. */
function generated(size: number): Readable {
  const pattern = Buffer.alloc(CHUNK);
  for (let i = 0; i < CHUNK; i++) pattern[i] = (i * 2654435761) >>> 24;
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return void this.push(null);
      const chunk = Buffer.from(pattern);
      chunk.writeUInt32BE(sent / CHUNK, 0);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

/** The highest resident set size seen while `work` runs, sampled on every turn of the event loop. */
async function peakRss(work: () => Promise<void>): Promise<number> {
  let peak = process.memoryUsage().rss;
  let running = true;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
    if (running) setImmediate(sample);
  };
  setImmediate(sample);
  try {
    await work();
  } finally {
    running = false;
  }
  return Math.max(peak, process.memoryUsage().rss);
}

describe('S3 streams large bodies', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('PUTs and GETs 1 GiB through the SDK without holding it in memory', async (t) => {
    // Downloads skip the SDK's own checksum pass, which would only make the test slower.
    const s3 = s3Client(nimbus.endpoint, { responseChecksumValidation: 'WHEN_REQUIRED' });
    await s3.send(new CreateBucketCommand({ Bucket: 'large-bucket' }));
    const expected = createHash('md5');
    await pipeline(generated(GIB), new Writable({ write: (chunk: Buffer, _e, done) => (expected.update(chunk), done()) }));
    const md5 = expected.digest('hex');

    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let etag: string | undefined;
    const putPeak = await peakRss(async () => {
      const put = await s3.send(new PutObjectCommand({ Bucket: 'large-bucket', Key: 'one-gib', Body: generated(GIB), ContentLength: GIB }));
      etag = put.ETag;
      assert.ok(put.ChecksumCRC32, 'the SDK sent its default trailing CRC32');
    });
    assert.equal(etag, `"${md5}"`);

    let received = 0;
    const actual = createHash('md5');
    const getPeak = await peakRss(async () => {
      const got = await s3.send(new GetObjectCommand({ Bucket: 'large-bucket', Key: 'one-gib' }));
      assert.equal(got.ContentLength, GIB);
      await pipeline(got.Body as Readable, new Writable({
        write(chunk: Buffer, _encoding, done) {
          received += chunk.length;
          actual.update(chunk);
          done();
        },
      }));
    });
    assert.equal(received, GIB);
    assert.equal(actual.digest('hex'), md5);
    const growth = Math.max(putPeak, getPeak) - baseline;
    t.diagnostic(`peak resident growth: PUT ${Math.round((putPeak - baseline) / 2 ** 20)} MiB, GET ${Math.round((getPeak - baseline) / 2 ** 20)} MiB`);
    assert.ok(growth < ALLOWED_GROWTH, `resident memory grew by ${Math.round(growth / 1024 / 1024)} MiB`);
  });
});
