import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import * as S3 from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, cliEnv, startTestNimbus } from '../../support/nimbus.js';
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

  it('is configured by the AWS CLI (aws s3 website) and links made by aws s3 presign (SigV2) work until they expire', async () => {
    const run = promisify(execFile);
    const aws = (...args: string[]) => run('aws', ['--endpoint-url', nimbus.endpoint, ...args], { env: cliEnv(nimbus.endpoint), encoding: 'utf8' });
    await aws('s3', 'mb', 's3://cli-site');
    await aws('s3', 'website', 's3://cli-site', '--index-document', 'home.html', '--error-document', 'oops.html');
    const configuration = JSON.parse((await aws('s3api', 'get-bucket-website', '--bucket', 'cli-site')).stdout) as Record<string, unknown>;
    assert.deepEqual(configuration.IndexDocument, { Suffix: 'home.html' });
    assert.deepEqual(configuration.ErrorDocument, { Key: 'oops.html' });
    await s3.send(new S3.PutObjectCommand({ Bucket: 'cli-site', Key: 'home.html', Body: 'cli home', ContentType: 'text/html' }));
    assert.equal((await byPath('cli-site', '/')).body, 'cli home');
    const link = (await aws('s3', 'presign', 's3://cli-site/home.html', '--expires-in', '60')).stdout.trim();
    const fetched = await fetch(link);
    assert.equal(fetched.status, 200);
    assert.equal(await fetched.text(), 'cli home');
    await advanceClock(nimbus.endpoint, 61);
    const expired = await fetch(link);
    assert.equal(expired.status, 403);
    assert.match(await expired.text(), /<Code>AccessDenied<\/Code><Message>Request has expired<\/Message>/);
  });
});
