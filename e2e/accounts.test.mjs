// End to end in a real browser: register, log out, log back in, switch to Arabic and get a
// right-to-left page that stays Arabic on the next page.
//
// Runs the debug binary (build it first with `cargo build`) on a free port with a throwaway
// SQLite database, then drives Debian's Chromium through playwright-core.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const binary = process.env.DIASPORA_HUB_BIN ?? new URL('../target/debug/diaspora-hub', import.meta.url).pathname;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let server;
let browser;
let base;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not become ready at ${url}`);
}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const directory = mkdtempSync(join(tmpdir(), 'diaspora-hub-e2e-'));
  server = spawn(binary, ['serve'], {
    env: { ...process.env, DATABASE_URL: `sqlite://${join(directory, 'e2e.db')}`, APP_BIND: `127.0.0.1:${port}` },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilReady(`${base}/readyz`, Date.now() + 30_000);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('a member registers, logs out, logs back in and switches to right-to-left Arabic', async () => {
  const page = await browser.newPage({ locale: 'en-US' });

  await page.goto(`${base}/register`);
  await page.fill('#display_name', 'Awa Diop');
  await page.fill('#email', 'awa@example.org');
  await page.fill('#password', 'teranga-lyon-2027');
  await page.click('form[action="/register"] button[type="submit"]');
  await page.waitForURL(/\/me/);
  assert.equal(await page.inputValue('#display_name'), 'Awa Diop');

  await page.click('form[action="/logout"] button');
  await page.waitForURL(`${base}/`);
  assert.equal(await page.locator('form[action="/logout"]').count(), 0, 'logged out');

  await page.goto(`${base}/login`);
  await page.fill('#email', 'awa@example.org');
  await page.fill('#password', 'teranga-lyon-2027');
  await page.click('form[action="/login"] button[type="submit"]');
  await page.waitForURL(`${base}/`);
  assert.equal(await page.locator('form[action="/logout"]').count(), 1, 'logged back in');

  await page.click('.language-switcher a[hreflang="ar"]');
  await page.waitForURL(/lang=ar/);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');

  await page.goto(`${base}/me`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl', 'the choice is remembered');
  mkdirSync(new URL('./screenshots/', import.meta.url), { recursive: true });
  await page.screenshot({ path: new URL('./screenshots/profile-ar.png', import.meta.url).pathname, fullPage: true });
});
