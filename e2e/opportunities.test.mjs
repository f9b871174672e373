// End to end on a phone-sized screen: a member fills in their profile, finds an opportunity
// among their matches with the reasons it matched, and expresses interest; the pages fit the
// screen without sideways scrolling, in English and in right-to-left Arabic.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startApp, launchBrowser, api } from './harness.mjs';

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.stop();
});

/** Whether the page is wider than the screen (a phone would scroll sideways). */
function overflows(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

test('on a phone, a member finds a matching opportunity and expresses interest', async () => {
  const { base } = app;
  const password = 'teranga-lyon-2027';
  await api(base, 'POST', '/api/v1/auth/register', { email: 'organizer@example.org', password, display_name: 'Organizer' });
  const { token } = await api(base, 'POST', '/api/v1/auth/login', { email: 'organizer@example.org', password });
  await api(base, 'POST', '/api/v1/groups', {
    primary_language: 'fr', translations: { fr: { name: 'Teranga Lyon', description: 'Entraide.' } },
    heritage_country: 'SN', residence_country: 'FR', city: 'Lyon',
  }, token);
  const expires = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  await api(base, 'POST', '/api/v1/groups/teranga-lyon/opportunities', {
    kind: 'mentoring', primary_language: 'en',
    translations: {
      en: { title: 'Mentor young accountants back home', description: 'Two hours a week, online, with a graduate in Dakar who is looking for a first job in accounting.' },
      ar: { title: 'إرشاد محاسبين شباب في الوطن', description: 'ساعتان في الأسبوع عبر الإنترنت مع خريج يبحث عن أول وظيفة في المحاسبة.' },
    },
    country: 'SN', remote: true, skills: ['accounting'], languages: ['wo'], expires_at: expires,
  }, token);

  const page = await browser.newPage({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.goto(`${base}/register`);
  await page.fill('#display_name', 'Awa Diop');
  await page.fill('#email', 'awa@example.org');
  await page.fill('#password', password);
  await page.click('form[action="/register"] button[type="submit"]');
  await page.waitForURL(/\/me/);
  // Countries are chosen by name; languages and skills are typed as words, not codes.
  await page.selectOption('#heritage_country', 'SN');
  await page.fill('#languages', 'French, Wolof');
  await page.fill('#skills', 'Bookkeeping');
  await page.click('form[action="/me"] button[type="submit"]');

  await page.goto(`${base}/me/matches`);
  const card = page.locator('.opportunity-card').first();
  assert.match(await card.innerText(), /Mentor young accountants back home/);
  // Names inside sentences carry Unicode isolation marks (for right-to-left pages); read past them.
  const reasons = (await card.locator('.reasons').innerText()).replace(/[\u2068\u2069]/g, '');
  assert.match(reasons, /skill: accounting · speaks Wolof · heritage: Senegal/);
  assert.equal(await overflows(page), false, 'the matches fit a phone screen');

  await card.locator('h3 a').click();
  await page.waitForURL(/\/opportunities\//);
  assert.equal(await overflows(page), false, 'the opportunity page fits a phone screen');
  await page.fill('#message', 'I am an accountant and speak Wolof.');
  await page.click('form[action$="/interest"] button[type="submit"]');
  await page.waitForURL(/\/opportunities\/[^/]+$/);
  assert.match(await page.locator('.take-part').innerText(), /You expressed interest on/);

  const interests = await api(base, 'GET', `${new URL(page.url()).pathname.replace('/opportunities/', '/api/v1/opportunities/')}/interests`, undefined, token);
  assert.equal(interests.items[0].display_name, 'Awa Diop');
  assert.deepEqual(interests.items[0].skills, ['accounting']);

  await page.goto(`${base}/opportunities?lang=ar`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match(await page.locator('.opportunity-card h3').first().innerText(), /إرشاد محاسبين/);
  assert.equal(await overflows(page), false, 'the Arabic listing fits a phone screen');
  mkdirSync(new URL('./screenshots/', import.meta.url), { recursive: true });
  await page.screenshot({ path: new URL('./screenshots/opportunities-ar-phone.png', import.meta.url).pathname, fullPage: true });
});
