// The moderation issue's "done when", in a real browser: a member reports a fake job offer from
// her phone in Arabic; a moderator hides it and suspends its author from /admin/reports; it is
// gone from the site, the feeds and the partner feed; the audit log shows who did it and why.
// axe-core finds nothing on the report form, "My reports", the moderators' pages and the
// appeal page the suspended author is sent.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { startApp, launchBrowser, api, cli } from './harness.mjs';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const password = 'teranga-lyon-2027';

let app;
let browser;
let offer;

async function violations(page, label) {
  await page.addScriptTag({ path: axeScript });
  const { violations: found } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return found.map((violation) => `${label}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function signIn(context, email) {
  const page = await context.newPage();
  await page.goto(`${app.base}/login`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('form[action="/login"] button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** Every mail written so far, decoded enough to search: quoted-printable soft breaks removed and
 * base64 parts decoded. */
function mailTexts() {
  let names = [];
  try {
    names = readdirSync(join(app.directory, 'mail'));
  } catch {
    return [];
  }
  return names.map((name) => {
    const raw = readFileSync(join(app.directory, 'mail', name), 'utf8');
    const base64 = raw.split(/\r?\n\r?\n/)
      .filter((block) => /^[A-Za-z0-9+/=\r\n]+$/.test(block.trim()) && block.trim().length > 40)
      .map((block) => Buffer.from(block.replace(/\s/g, ''), 'base64').toString('utf8'));
    return [raw.replace(/=\r?\n/g, ''), ...base64].join('\n');
  });
}

/** The appeal link in the mail the suspended author was sent (mail is written in the
 * background, so wait for it a little). */
async function mailedAppealLink() {
  for (let tries = 0; tries < 50; tries += 1) {
    const link = mailTexts().map((text) => text.match(/\/appeals\/[0-9]+\.[0-9a-f]{64}/)).find(Boolean);
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { base } = app;
  for (const [email, name] of [['author@example.org', 'Visa Agent'], ['aminata@example.org', 'Aminata'], ['moderator@example.org', 'Fatou']]) {
    await api(base, 'POST', '/api/v1/auth/register', { email, password, display_name: name });
  }
  cli(app, ['users', 'role', 'moderator@example.org', 'moderator']);
  const { token } = await api(base, 'POST', '/api/v1/auth/login', { email: 'author@example.org', password });
  await api(base, 'POST', '/api/v1/groups', {
    primary_language: 'en', translations: { en: { name: 'Canada Jobs Now', description: 'Work visas for everyone.' } },
    heritage_country: 'SN', residence_country: 'FR', city: 'Lyon', languages: ['fr'], topics: ['professionals'],
  }, token);
  const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  offer = await api(base, 'POST', '/api/v1/groups/canada-jobs-now/opportunities', {
    kind: 'job', primary_language: 'en',
    translations: { en: { title: 'Visa and job in Canada', description: 'Pay 300 euros to reserve your place.' } },
    country: 'CA', remote: false, apply_url: 'https://example.org/pay', expires_at: expires,
  }, token);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

test('a fake job offer reported from a phone in Arabic is hidden, its author suspended, and it is all audited', async () => {
  const found = [];
  const phone = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const aminata = await signIn(phone, 'aminata@example.org');
  await aminata.goto(`${app.base}/opportunities/${offer.id}?lang=ar`);
  assert.equal(await aminata.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await aminata.locator('#safety-notice').count(), 1, 'unverified job offer: a warning');
  assert.match(await aminata.getAttribute('a[href="https://example.org/pay"]', 'rel'), /nofollow ugc/);
  await aminata.click('.report-link a');
  await aminata.waitForURL((url) => url.pathname === '/report');
  found.push(...await violations(aminata, 'ar /report'));
  await aminata.click('input[name="reason"][value="scam"]');
  await aminata.fill('#details', 'يطلبون 300 يورو قبل المقابلة');
  await aminata.click('form[action="/report"] button[type="submit"]');
  await aminata.waitForURL((url) => url.pathname === '/me/reports');
  assert.match(await aminata.textContent('main'), /يطلبون 300 يورو/);
  found.push(...await violations(aminata, 'ar /me/reports'));
  await phone.close();

  const desk = await browser.newContext({ bypassCSP: true });
  const fatou = await signIn(desk, 'moderator@example.org');
  await fatou.goto(`${app.base}/admin/reports`);
  found.push(...await violations(fatou, 'en /admin/reports'));
  const card = fatou.locator('.report-card').first();
  assert.match(await card.textContent(), /Pay 300 euros to reserve your place/);
  await card.locator('form[action^="/admin/reports/"] textarea').fill('Visa fee scam.');
  await card.locator('input[name="suspend_creator"]').check();
  await card.locator('button[value="hide"]').click();
  await fatou.waitForURL((url) => url.pathname === '/admin/reports');
  await fatou.goto(`${app.base}/admin/audit`);
  found.push(...await violations(fatou, 'en /admin/audit'));
  const audit = await fatou.textContent('#audit');
  assert.match(audit, /Fatou[\s\S]*Visa fee scam\./);
  assert.match(audit, /Member suspended/);
  assert.match(audit, /Hidden/);
  await fatou.goto(`${app.base}/admin/reports?lang=ar`);
  found.push(...await violations(fatou, 'ar /admin/reports'));
  await desk.close();

  // The author's session is gone and login is refused with the reason in the member's language.
  const login = await fetch(`${app.base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
    body: JSON.stringify({ email: 'author@example.org', password }),
  });
  assert.equal(login.status, 403);
  assert.equal((await login.json()).code, 'account_suspended');
  // The suspension notice reaches the author by mail, with a link to appeal without signing in.
  const appealLink = await mailedAppealLink();
  assert.ok(appealLink, 'an appeal link was mailed');
  const appeal = await browser.newContext({ bypassCSP: true });
  const appealPage = await appeal.newPage();
  await appealPage.goto(`${app.base}${appealLink[0]}?lang=ar`);
  found.push(...await violations(appealPage, 'ar /appeals'));
  await appealPage.fill('#text', 'لم أنشر أي عرض تأشيرة');
  await appealPage.click('form[action^="/appeals/"] button[type="submit"]');
  await appealPage.waitForURL((url) => url.pathname.startsWith('/appeals/'));
  assert.equal(await appealPage.locator('p.notice[role="status"]').count(), 1, 'the appeal is shown as sent');
  await appeal.close();

  const anonymous = await fetch(`${app.base}/opportunities/${offer.id}`);
  assert.equal(anonymous.status, 404);
  const feed = await (await fetch(`${app.base}/feeds/opportunities.atom`)).text();
  assert.ok(!feed.includes(offer.id), 'gone from the feed');
  assert.deepEqual(found, []);
});
