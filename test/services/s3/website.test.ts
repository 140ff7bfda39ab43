import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import * as S3 from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

interface Page {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('S3 static website hosting', () => {
  let nimbus: Nimbus;
  let s3: S3.S3Client;

  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'site' }));
    const pages: Record<string, string> = {
      'index.html': '<h1>home</h1>',
      'docs/index.html': '<h1>docs</h1>',
      'docs/guide.html': '<h1>guide</h1>',
      'error.html': '<h1>lost</h1>',
    };
    for (const [Key, Body] of Object.entries(pages)) await s3.send(new S3.PutObjectCommand({ Bucket: 'site', Key, Body, ContentType: 'text/html' }));
    await s3.send(
      new S3.PutBucketWebsiteCommand({
        Bucket: 'site',
        WebsiteConfiguration: {
          IndexDocument: { Suffix: 'index.html' },
          ErrorDocument: { Key: 'error.html' },
          RoutingRules: [{ Condition: { KeyPrefixEquals: 'old/' }, Redirect: { ReplaceKeyPrefixWith: 'docs/' } }],
        },
      }),
    );
  });
  after(() => nimbus.stop());

  /** A GET on the website endpoint `<bucket>.s3-website.localhost`, as a browser sends it. */
  function byHost(bucket: string, path: string, method = 'GET'): Promise<Page> {
    const { hostname, port } = new URL(nimbus.endpoint);
    return new Promise((resolve, reject) => {
      const req = request({ hostname, port, method, path, headers: { host: `${bucket}.s3-website.localhost:${port}` } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  async function byPath(bucket: string, path: string): Promise<Page> {
    const response = await fetch(`${nimbus.endpoint}/_nimbus/s3-website/${bucket}${path}`, { redirect: 'manual' });
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  }

  it('stores, returns and deletes the website configuration; NoSuchWebsiteConfiguration without one', async () => {
    const got = await s3.send(new S3.GetBucketWebsiteCommand({ Bucket: 'site' }));
    assert.deepEqual(got.IndexDocument, { Suffix: 'index.html' });
    assert.deepEqual(got.ErrorDocument, { Key: 'error.html' });
    assert.deepEqual(got.RoutingRules, [{ Condition: { KeyPrefixEquals: 'old/' }, Redirect: { ReplaceKeyPrefixWith: 'docs/' } }]);
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'site-config' }));
    const error = await s3.send(new S3.GetBucketWebsiteCommand({ Bucket: 'site-config' })).then(() => undefined, (e: unknown) => e as S3.S3ServiceException);
    assert.equal(error?.name, 'NoSuchWebsiteConfiguration');
    assert.equal(error?.$metadata.httpStatusCode, 404);
    const invalid = await s3
      .send(new S3.PutBucketWebsiteCommand({ Bucket: 'site-config', WebsiteConfiguration: { ErrorDocument: { Key: 'e.html' } } }))
      .then(() => undefined, (e: unknown) => e as S3.S3ServiceException);
    assert.equal(invalid?.name, 'InvalidArgument');
  });

  it('serves the index document for the root and for folders, on the host and the path form', async () => {
    for (const get of [byHost, byPath]) {
      const home = await get('site', '/');
      assert.equal(home.status, 200);
      assert.equal(home.body, '<h1>home</h1>');
      assert.equal(home.headers['content-type'], 'text/html');
      assert.equal((await get('site', '/docs/')).body, '<h1>docs</h1>');
      assert.equal((await get('site', '/docs/guide.html')).body, '<h1>guide</h1>');
    }
    assert.equal((await byPath('site', '')).body, '<h1>home</h1>');
  });

  it('redirects a folder named without its slash to folder/', async () => {
    const hosted = await byHost('site', '/docs');
    assert.equal(hosted.status, 302);
    assert.equal(hosted.headers.location, '/docs/');
    const pathForm = await byPath('site', '/docs');
    assert.equal(pathForm.status, 302);
    assert.equal(pathForm.headers.location, '/_nimbus/s3-website/site/docs/');
  });

  it('serves the error document with 404 for a missing page', async () => {
    const missing = await byHost('site', '/nothing-here.html');
    assert.equal(missing.status, 404);
    assert.equal(missing.body, '<h1>lost</h1>');
  });

  it('follows routing rules', async () => {
    const moved = await byHost('site', '/old/guide.html');
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.location, '/docs/guide.html');
  });

  it('answers S3 HTML error pages without an error document, without a configuration, and for missing buckets', async () => {
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'site-bare' }));
    await s3.send(new S3.PutBucketWebsiteCommand({ Bucket: 'site-bare', WebsiteConfiguration: { IndexDocument: { Suffix: 'index.html' } } }));
    const bare = await byHost('site-bare', '/');
    assert.equal(bare.status, 404);
    assert.match(bare.body, /<h1>404 Not Found<\/h1>/);
    assert.match(bare.body, /<li>Code: NoSuchKey<\/li>/);
    assert.match(bare.body, /<li>Key: index.html<\/li>/);

    const unconfigured = await byHost('site-config', '/');
    assert.equal(unconfigured.status, 404);
    assert.match(unconfigured.body, /<li>Code: NoSuchWebsiteConfiguration<\/li>/);

    const nowhere = await byPath('no-such-site', '/');
    assert.equal(nowhere.status, 404);
    assert.match(nowhere.body, /<li>Code: NoSuchBucket<\/li>/);
    assert.match(nowhere.body, /<li>BucketName: no-such-site<\/li>/);
  });

  it('redirects every request when RedirectAllRequestsTo is set', async () => {
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'site-moved' }));
    await s3.send(new S3.PutBucketWebsiteCommand({ Bucket: 'site-moved', WebsiteConfiguration: { RedirectAllRequestsTo: { HostName: 'example.com', Protocol: 'https' } } }));
    const moved = await byHost('site-moved', '/a/b.html');
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.location, 'https://example.com/a/b.html');
  });
});
