import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  PutIntegrationCommand, PutMethodCommand, type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { child, clients, corsMethod, deploy, lambdaUri, newApi, nodeFunction } from './support.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const SIGNUP_HANDLER = `
exports.handler = async (event) => ({
  statusCode: 201,
  headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' },
  body: JSON.stringify({ welcome: JSON.parse(event.body).name, origin: event.headers.origin ?? event.headers.Origin, method: event.httpMethod }),
});`;

/** A sign-up page as the roommates site serves it from its own origin: fetch to the invoke URL, the answer written into the page. */
function signupPage(invokeUrl: string): string {
  return `<!doctype html><html><body>
<input id="name" value="Grace">
<button id="send">Sign up</button>
<p id="result"></p>
<script>
document.getElementById('send').addEventListener('click', async () => {
  const result = document.getElementById('result');
  try {
    const response = await fetch(${JSON.stringify(invokeUrl)} + location.hash.slice(1), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: document.getElementById('name').value }),
    });
    const answer = await response.json();
    result.textContent = response.status + ' ' + answer.welcome + ' via ' + answer.method + ' from ' + answer.origin;
  } catch (error) {
    result.textContent = 'failed: ' + error.message;
  }
  result.dataset.done = 'yes';
});
</script></body></html>`;
}

describe('API Gateway from a real browser (headless Chromium): CORS preflight and POST to a Lambda proxy', { skip: CHROMIUM ? false : 'chromium is not installed (/usr/bin/chromium): apt-get install chromium' }, () => {
  let nimbus: Nimbus;
  let apigw: APIGatewayClient;
  let site: Server;
  let origin: string;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  let network: CDPSession;
  /** What Chromium's network layer saw, preflights included, by its request id. */
  const sent = new Map<string, { method: string; url: string; status?: number }>();

  before(async () => {
    nimbus = await startTestNimbus();
    const made = clients(nimbus.endpoint);
    apigw = made.apigw;
    const functionArn = await nodeFunction(made.lambda, SIGNUP_HANDLER);
    const { apiId, rootId } = await newApi(apigw);
    for (const path of ['sns', 'no-cors']) {
      const resourceId = await child(apigw, apiId, rootId, path);
      await apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId, httpMethod: 'POST', authorizationType: 'NONE' }));
      await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId, httpMethod: 'POST', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(functionArn) }));
      if (path === 'sns') await corsMethod(apigw, apiId, resourceId);
    }
    await deploy(apigw, apiId, 'prod');

    const html = signupPage(`http://${apiId}.execute-api.localhost:${nimbus.port}/prod/`);
    site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'nimbus-chromium-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    page = browser.pages()[0] ?? await browser.newPage();
    network = await browser.newCDPSession(page);
    await network.send('Network.enable');
    network.on('Network.requestWillBeSent', ({ requestId, request }) => sent.set(requestId, { method: request.method, url: request.url }));
    network.on('Network.responseReceived', ({ requestId, response }) => {
      const request = sent.get(requestId);
      if (request) request.status = response.status;
    });
  });
  after(async () => {
    await browser?.close();
    site?.close();
    await nimbus?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const exchangesWithApi = () => [...sent.values()]
    .filter((request) => request.url.includes('.execute-api.localhost'))
    .map((request) => `${request.method} ${new URL(request.url).pathname} ${request.status ?? 'blocked'}`)
    .sort((a, b) => (a.startsWith('OPTIONS') ? -1 : b.startsWith('OPTIONS') ? 1 : 0)); // CDP may report the POST before its preflight

  async function signUp(path: string): Promise<string> {
    sent.clear();
    await page.goto(`${origin}/#${path}`);
    await page.click('#send');
    await page.waitForSelector('#result[data-done]');
    return (await page.textContent('#result')) ?? '';
  }

  it('preflights with OPTIONS (the MOCK integration answers), then POSTs, and the page shows the function\'s answer', async () => {
    assert.equal(await signUp('sns'), `201 Grace via POST from ${origin}`);
    assert.deepEqual(exchangesWithApi(), ['OPTIONS /prod/sns 200', 'POST /prod/sns 201']);
  });

  it('cannot call a resource without the CORS method: API Gateway answers the preflight 403 and the browser blocks the POST', async () => {
    assert.equal(await signUp('no-cors'), 'failed: Failed to fetch');
    assert.deepEqual(exchangesWithApi(), ['OPTIONS /prod/no-cors 403', 'POST /prod/no-cors blocked']);
  });
});
