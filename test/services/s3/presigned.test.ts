import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { s3Client, xmlText } from './support.js';

// Signatures are off by default; a presigned link works, and expires, either way.
for (const enforceSigV4 of [false, true]) {
  describe(`S3 presigned URLs (signatures ${enforceSigV4 ? 'enforced' : 'not enforced'})`, () => {
    let nimbus: Nimbus;
    before(async () => {
      nimbus = await startTestNimbus({ enforceSigV4 });
      await s3Client(nimbus.endpoint).send(new CreateBucketCommand({ Bucket: 'presigned' }));
    });
    after(() => nimbus.stop());

    it('uploads with a presigned PUT and downloads with a presigned GET', async () => {
      const s3 = s3Client(nimbus.endpoint);
      const put = await getSignedUrl(s3, new PutObjectCommand({ Bucket: 'presigned', Key: 'photos/cat 1.jpg', ContentType: 'image/jpeg' }), { expiresIn: 300 });
      const uploaded = await fetch(put, { method: 'PUT', body: 'meow', headers: { 'content-type': 'image/jpeg' } });
      assert.equal(uploaded.status, 200);
      assert.equal(uploaded.headers.get('etag'), '"4a4be40c96ac6314e91d93f38043a634"');

      const get = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'presigned', Key: 'photos/cat 1.jpg' }), { expiresIn: 300 });
      const downloaded = await fetch(get);
      assert.equal(downloaded.status, 200);
      assert.equal(downloaded.headers.get('content-type'), 'image/jpeg');
      assert.equal(await downloaded.text(), 'meow');
    });

    it('refuses an expired URL with AccessDenied "Request has expired"', async () => {
      const s3 = s3Client(nimbus.endpoint);
      await s3.send(new PutObjectCommand({ Bucket: 'presigned', Key: 'soon.txt', Body: 'x' }));
      const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'presigned', Key: 'soon.txt' }), { expiresIn: 60 });
      assert.equal((await fetch(url)).status, 200);
      await advanceClock(nimbus.endpoint, 61);
      const expired = await fetch(url);
      assert.equal(expired.status, 403);
      const body = await expired.text();
      assert.equal(xmlText(body, 'Code'), 'AccessDenied');
      assert.equal(xmlText(body, 'Message'), 'Request has expired');
      assert.equal(xmlText(body, 'X-Amz-Expires'), '60');
      assert.ok(xmlText(body, 'Expires'));
      assert.ok(xmlText(body, 'ServerTime'));
    });
  });
}
