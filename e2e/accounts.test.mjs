// End to end in a real browser: register, log out, log back in, switch to Arabic and get a
// right-to-left page that stays Arabic on the next page.
//
// Runs the debug binary (build it first with `cargo build`) through `harness.mjs`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startApp, launchBrowser } from './harness.mjs';

let app;
let browser;
let base;

before(async () => {
  app = await startApp();
  base = app.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.stop();
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

  // Signing out is in the account menu, folded so the header stays small on a phone.
  await page.click('.account-menu summary');
  await page.click('form[action="/logout"] button');
  await page.waitForURL(`${base}/`);
  assert.equal(await page.locator('form[action="/logout"]').count(), 0, 'logged out');

  await page.goto(`${base}/login`);
  await page.fill('#email', 'awa@example.org');
  await page.fill('#password', 'teranga-lyon-2027');
  await page.click('form[action="/login"] button[type="submit"]');
  await page.waitForURL(`${base}/`);
  assert.equal(await page.locator('form[action="/logout"]').count(), 1, 'logged back in');

  await page.click('.language-switcher summary');
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
