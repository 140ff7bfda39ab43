import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, GetObjectCommand, PutBucketCorsCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Nimbus } from '../../../src/index.js';
import { CREDENTIALS, REGION, startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUCKET = 'browser-uploads';

/** The fields of a presigned POST, signed as a web application's backend would sign them. */
function presignedPost(conditions: unknown[]): Record<string, string> {
  const date = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = date.slice(0, 8);
  const fields = { 'x-amz-algorithm': 'AWS4-HMAC-SHA256', 'x-amz-credential': `${CREDENTIALS.accessKeyId}/${day}/${REGION}/s3/aws4_request`, 'x-amz-date': date };
  const document = { expiration: new Date(Date.now() + 600_000).toISOString(), conditions: [{ bucket: BUCKET }, ...conditions, ...Object.entries(fields).map(([k, v]) => ({ [k]: v }))] };
  const policy = Buffer.from(JSON.stringify(document)).toString('base64');
  let key: Buffer | string = `AWS4${CREDENTIALS.secretAccessKey}`;
  for (const part of [day, REGION, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  return { ...fields, policy, 'x-amz-signature': createHmac('sha256', key).update(policy).digest('hex') };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** An upload page as a web application on its own origin serves it: a form posting straight to the bucket. */
function uploadPage(action: string, fields: Record<string, string>): string {
  const hidden = Object.entries(fields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('\n');
  return `<!doctype html><html><body>
<form id="upload" method="post" action="${escapeHtml(action)}" enctype="multipart/form-data">
${hidden}
<input type="file" name="file" id="file">
<button type="submit">Upload</button>
</form></body></html>`;
}

describe('S3 from a real browser (headless Chromium)', { skip: CHROMIUM ? false : 'chromium is not installed (/usr/bin/chromium): apt-get install chromium' }, () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  let site: Server;
  let origin: string;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  let pageHtml = '';

  before(async () => {
    nimbus = await startTestNimbus({ enforceSigV4: true });
    s3 = s3Client(nimbus.endpoint);
    site = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.url?.startsWith('/done') ? '<!doctype html><p>uploaded</p>' : pageHtml);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await s3.send(new PutBucketCorsCommand({
      Bucket: BUCKET,
      CORSConfiguration: { CORSRules: [{ AllowedOrigins: [origin], AllowedMethods: ['GET', 'PUT', 'POST'], AllowedHeaders: ['*'], ExposeHeaders: ['ETag'] }] },
    }));
    profile = mkdtempSync(join(tmpdir(), 'nimbus-chromium-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    page = browser.pages()[0] ?? await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    site?.close();
    s3?.destroy();
    await nimbus?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const presignedGet = (key: string) => getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 300 });
  const fetchInPage = (url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
    page.evaluate(async ([target, options]) => {
      const response = await fetch(target, options);
      return { status: response.status, body: await response.text(), etag: response.headers.get('etag') };
    }, [url, init] as const);

  it('uploads a file from an HTML form on another origin with a presigned POST, redirected back to the page', async () => {
    const fields = {
      key: 'uploads/${filename}',
      'Content-Type': 'text/plain',
      success_action_redirect: `${origin}/done`,
      ...presignedPost([['starts-with', '$key', 'uploads/'], ['starts-with', '$Content-Type', 'text/'], { success_action_redirect: `${origin}/done` }, ['content-length-range', 1, 1 << 20]]),
    };
    pageHtml = uploadPage(`${nimbus.endpoint}/${BUCKET}`, fields);
    await page.goto(`${origin}/`);
    const content = 'hello from chromium — ünïcödé ✓\n';
    await page.setInputFiles('#file', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
    await Promise.all([page.waitForURL(`${origin}/done?**`), page.click('button[type=submit]')]);

    const landed = new URL(page.url());
    assert.equal(landed.searchParams.get('bucket'), BUCKET);
    assert.equal(landed.searchParams.get('key'), 'uploads/note.txt');
    const stored = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'uploads/note.txt' }));
    assert.equal(await stored.Body!.transformToString(), content);
    assert.equal(stored.ContentType, 'text/plain');
    assert.equal(landed.searchParams.get('etag'), stored.ETag);

    const read = await fetchInPage(await presignedGet('uploads/note.txt'));
    assert.deepEqual(read, { status: 200, body: content, etag: stored.ETag });
  });

  it('uploads with fetch(FormData) from the page and reads the PostResponse, then the object via a presigned GET', async () => {
    const fields = { key: 'uploads/fetched.csv', success_action_status: '201', ...presignedPost([{ key: 'uploads/fetched.csv' }, { success_action_status: '201' }]) };
    pageHtml = uploadPage(`${nimbus.endpoint}/${BUCKET}`, fields);
    await page.goto(`${origin}/`);
    const content = 'id,name\n1,ada\n2,grace\n';
    await page.setInputFiles('#file', { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
    const posted = await page.evaluate(async () => {
      const form = document.getElementById('upload') as HTMLFormElement;
      const response = await fetch(form.action, { method: 'POST', body: new FormData(form) });
      return { status: response.status, body: await response.text() };
    });
    assert.equal(posted.status, 201);
    assert.match(posted.body, /<Key>uploads\/fetched\.csv<\/Key>/);
    assert.match(posted.body, new RegExp(`<Bucket>${BUCKET}</Bucket>`));

    const read = await fetchInPage(await presignedGet('uploads/fetched.csv'));
    assert.equal(read.status, 200);
    assert.equal(read.body, content);
  });

  it('uploads with a presigned PUT after a CORS preflight, and a tampered presigned GET is refused', async () => {
    const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: BUCKET, Key: 'uploads/put.json', ContentType: 'application/json' }), { expiresIn: 300 });
    const put = await fetchInPage(url, { method: 'PUT', body: '{"ok":true}', headers: { 'content-type': 'application/json' } });
    assert.equal(put.status, 200);
    const stored = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'uploads/put.json' }));
    assert.equal(put.etag, stored.ETag);
    assert.equal(stored.ContentType, 'application/json');

    const tampered = (await presignedGet('uploads/put.json')).replace(/X-Amz-Signature=[0-9a-f]+/, `X-Amz-Signature=${'0'.repeat(64)}`);
    const refused = await fetchInPage(tampered);
    assert.equal(refused.status, 403);
    assert.match(refused.body, /<Code>SignatureDoesNotMatch<\/Code>/);
  });

  it('cannot read from a bucket whose CORS rules do not allow the page origin', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'browser-no-cors' }));
    await s3.send(new PutObjectCommand({ Bucket: 'browser-no-cors', Key: 'secret.txt', Body: 'not for pages' }));
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'browser-no-cors', Key: 'secret.txt' }), { expiresIn: 300 });
    await assert.rejects(fetchInPage(url), /Failed to fetch/);
  });
});
