import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, PutBucketCorsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { s3Client, xmlText } from './support.js';

describe('S3 CORS for browsers', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
    const s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket: 'cors-site' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'cors-none' }));
    await s3.send(
      new PutBucketCorsCommand({
        Bucket: 'cors-site',
        CORSConfiguration: {
          CORSRules: [
            { AllowedOrigins: ['https://*.example.com'], AllowedMethods: ['PUT', 'POST'], AllowedHeaders: ['content-type', 'x-amz-*'], ExposeHeaders: ['ETag', 'x-amz-request-id'], MaxAgeSeconds: 3000 },
            { AllowedOrigins: ['*'], AllowedMethods: ['GET', 'HEAD'] },
          ],
        },
      }),
    );
    await s3.send(new PutObjectCommand({ Bucket: 'cors-site', Key: 'page.txt', Body: 'hi' }));
  });
  after(() => nimbus.stop());

  const preflight = (path: string, headers: Record<string, string | undefined>) =>
    fetch(`${nimbus.endpoint}${path}`, { method: 'OPTIONS', headers: Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<string, string> });

  /** A request to a virtual-hosted bucket (`<bucket>.s3.localhost`), as a browser on a public page sends it: unsigned. */
  function hosted(bucket: string, method: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    const { hostname, port } = new URL(nimbus.endpoint);
    return new Promise((resolve, reject) => {
      const req = request({ hostname, port, method, path, headers: { ...headers, host: `${bucket}.s3.localhost:${port}` } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('answers a preflight from the first matching rule', async () => {
    const response = await preflight('/cors-site/uploads/a.txt', {
      origin: 'https://app.example.com',
      'access-control-request-method': 'PUT',
      'access-control-request-headers': 'Content-Type, X-Amz-Date',
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://app.example.com');
    assert.equal(response.headers.get('access-control-allow-methods'), 'PUT, POST');
    assert.equal(response.headers.get('access-control-allow-headers'), 'content-type, x-amz-date');
    assert.equal(response.headers.get('access-control-expose-headers'), 'ETag, x-amz-request-id');
    assert.equal(response.headers.get('access-control-max-age'), '3000');
    assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
    assert.ok(response.headers.get('x-amz-request-id'));
  });

  it('answers a wildcard origin with *', async () => {
    const response = await preflight('/cors-site/page.txt', { origin: 'http://anywhere.test', 'access-control-request-method': 'GET' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('access-control-allow-methods'), 'GET, HEAD');
  });

  it('refuses a preflight no rule allows with 403 AccessForbidden', async () => {
    for (const headers of [
      { origin: 'https://evil.test', 'access-control-request-method': 'PUT' },
      { origin: 'https://app.example.com', 'access-control-request-method': 'DELETE' },
      { origin: 'https://app.example.com', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization' },
    ]) {
      const response = await preflight('/cors-site/a.txt', headers);
      assert.equal(response.status, 403);
      const body = await response.text();
      assert.equal(xmlText(body, 'Code'), 'AccessForbidden');
      assert.match(xmlText(body, 'Message') ?? '', /^CORSResponse: This CORS request is not allowed/);
      assert.equal(xmlText(body, 'Method'), headers['access-control-request-method']);
      assert.equal(xmlText(body, 'ResourceType'), 'OBJECT');
    }
    const none = await preflight('/cors-none', { origin: 'https://app.example.com', 'access-control-request-method': 'GET' });
    assert.equal(none.status, 403);
    const body = await none.text();
    assert.equal(xmlText(body, 'Message'), 'CORSResponse: CORS is not enabled for this bucket.');
    assert.equal(xmlText(body, 'ResourceType'), 'BUCKET');
  });

  it('refuses a preflight without Origin or request method with 400', async () => {
    const noOrigin = await preflight('/cors-site/a.txt', { 'access-control-request-method': 'PUT' });
    assert.equal(noOrigin.status, 400);
    assert.equal(xmlText(await noOrigin.text(), 'Message'), 'Insufficient information. Origin request header needed.');
    const noMethod = await preflight('/cors-site/a.txt', { origin: 'https://app.example.com' });
    assert.equal(noMethod.status, 400);
  });

  it('answers a preflight on a virtual-hosted bucket', async () => {
    const response = await hosted('cors-site', 'OPTIONS', '/page.txt', { origin: 'http://x.test', 'access-control-request-method': 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers['access-control-allow-origin'], '*');
  });

  it('adds CORS headers to actual answers, errors included, only when a rule allows the origin and method', async () => {
    const allowed = await hosted('cors-site', 'GET', '/page.txt', { origin: 'http://reader.test' });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers['access-control-allow-origin'], '*');
    assert.equal(allowed.body, 'hi');
    const missing = await hosted('cors-site', 'GET', '/nope.txt', { origin: 'http://reader.test' });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['access-control-allow-origin'], '*');
    const other = await hosted('cors-none', 'GET', '/page.txt', { origin: 'http://reader.test' });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const noOrigin = await hosted('cors-site', 'GET', '/page.txt', {});
    assert.equal(noOrigin.headers['access-control-allow-origin'], undefined);
  });
});
