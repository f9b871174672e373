// The widget for partner sites, end to end: a snippet copied from "Put this on your site" shows
// the right events in Arabic inside a plain HTML page of another origin, sets no cookie there,
// and the widgets and the builder have no axe-core violation in English, French, Arabic and
// Chinese.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { startApp, launchBrowser, api } from './harness.mjs';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { base } = app;
  const password = 'teranga-lyon-2027';
  await api(base, 'POST', '/api/v1/auth/register', { email: 'organizer@example.org', password, display_name: 'Organizer' });
  const { token } = await api(base, 'POST', '/api/v1/auth/login', { email: 'organizer@example.org', password });
  await api(base, 'POST', '/api/v1/groups', {
    primary_language: 'fr',
    translations: { fr: { name: 'Teranga France', description: 'Entraide et culture.' }, ar: { name: 'تيرانغا فرنسا', description: 'تضامن وثقافة.' } },
    heritage_country: 'SN', residence_country: 'FR', city: 'Lyon', languages: ['fr', 'wo'], topics: ['culture'],
  }, token);
  const event = (title, arabic, country, city) => ({
    primary_language: 'fr',
    translations: { fr: { title, description: 'Repas partagé.' }, ar: { title: arabic, description: 'وجبة مشتركة.' } },
    starts_at: '2027-03-20T18:00', timezone: 'Europe/Paris', attendance_mode: 'in_person',
    venue: { name: 'Salle 3', city, country }, capacity: 20,
  });
  await api(base, 'POST', '/api/v1/groups/teranga-france/events', event('Soirée teranga à Lyon', 'أمسية تيرانغا في ليون', 'FR', 'Lyon'), token);
  await api(base, 'POST', '/api/v1/groups/teranga-france/events', event('Teranga-Abend in Berlin', 'أمسية تيرانغا في برلين', 'DE', 'Berlin'), token);
  const expires = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  await api(base, 'POST', '/api/v1/groups/teranga-france/opportunities', {
    kind: 'mentoring', primary_language: 'fr',
    translations: { fr: { title: 'Parrainer des étudiants', description: 'Deux heures par semaine.' } },
    country: 'SN', remote: true, skills: ['comptabilité'], expires_at: expires,
  }, token);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

test('a snippet copied from the widget page shows the right events in Arabic on a plain page elsewhere', async () => {
  const builder = await browser.newPage();
  await builder.goto(`${app.base}/embed`);
  await builder.selectOption('#what', 'events');
  await builder.selectOption('#heritage', 'SN');
  await builder.selectOption('#country', 'FR');
  await builder.selectOption('#widget_lang', 'ar');
  await builder.click('form.embed-builder button[type="submit"]');
  await builder.waitForSelector('#snippet');
  const snippet = await builder.inputValue('#snippet');
  await builder.close();
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/events\?heritage=SN&amp;country=FR&amp;lang=ar"/);

  // An embassy's page, on another origin, with nothing but the snippet.
  const partner = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="fr"><head><title>Ambassade</title></head><body><h1>Agenda de la diaspora</h1>${snippet}</body></html>`);
  });
  await new Promise((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const partnerUrl = `http://localhost:${partner.address().port}/`;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(partnerUrl);
    const frame = page.frameLocator('iframe');
    await frame.locator('li').first().waitFor();
    const root = frame.locator('html');
    assert.equal(await root.getAttribute('lang'), 'ar');
    assert.equal(await root.getAttribute('dir'), 'rtl');
    const items = await frame.locator('li a').allTextContents();
    assert.deepEqual(items, ['أمسية تيرانغا في ليون']);
    const cookies = await context.cookies([app.base]);
    assert.deepEqual(cookies, [], 'the widget sets no cookie');
  } finally {
    await context.close();
    partner.close();
  }
});

test('widgets and the builder have no axe-core violation in English, French, Arabic and Chinese', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const found = [];
  const paths = ['/embed/events?theme=dark', '/embed/events?country=FR', '/embed/groups', '/embed/opportunities?theme=dark',
    '/embed?what=groups&heritage=SN'];
  for (const language of ['en', 'fr', 'ar', 'zh']) {
    for (const path of paths) {
      await page.goto(`${app.base}${path}${path.includes('?') ? '&' : '?'}lang=${language}`);
      await page.addScriptTag({ path: axeScript });
      const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      for (const violation of violations) {
        found.push(`${language} ${path}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
  }
  await context.close();
  assert.deepEqual(found, []);
});
