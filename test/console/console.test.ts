import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Nimbus } from '../../src/index.js';
import { clientConfig, startTestNimbus } from '../support/nimbus.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('the web console (headless Chromium)', { skip: CHROMIUM ? false : 'chromium is not installed (/usr/bin/chromium): apt-get install chromium' }, () => {
  let nimbus: Nimbus;
  let sns: SNSClient;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;

  before(async () => {
    nimbus = await startTestNimbus();
    sns = new SNSClient(clientConfig(nimbus.endpoint));
    profile = mkdtempSync(join(tmpdir(), 'nimbus-console-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    page = browser.pages()[0] ?? await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await nimbus?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('is served as HTML under /_nimbus/console', async () => {
    const response = await fetch(`${nimbus.endpoint}/_nimbus/console`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await response.text(), /<title>Nimbus console<\/title>/);
  });

  it('shows the services and the SMS SNS captured, as text, within a refresh', async () => {
    await page.goto(`${nimbus.endpoint}/_nimbus/console`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Nimbus '));
    assert.ok((await page.locator('#services span').allTextContents()).includes('sns'));
    assert.equal(await page.locator('#outbox tbody tr').count(), 0);

    const text = `<b>Platform ${Math.floor(Math.random() * 1000)}</b> is closed`;
    await sns.send(new PublishCommand({ PhoneNumber: '+15555550123', Message: text }));
    const row = page.locator('#outbox tbody tr', { hasText: '+15555550123' });
    await row.waitFor({ timeout: 10_000 });
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[1], 'sms');
    assert.equal(cells[4], text, 'the message is shown as written, its markup not interpreted');
    assert.equal(await row.locator('b').count(), 0);
  });
});
