// axe-core finds no accessibility violation on the public pages in four languages (one right to
// left), and in an Arabic page a card whose content is English aligns to its own start.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startApp, launchBrowser, api } from './harness.mjs';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let app;
let browser;
let paths;
let seriesId;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { base } = app;
  const password = 'teranga-lyon-2027';
  await api(base, 'POST', '/api/v1/auth/register', { email: 'organizer@example.org', password, display_name: 'Organizer' });
  const { token } = await api(base, 'POST', '/api/v1/auth/login', { email: 'organizer@example.org', password });
  await api(base, 'POST', '/api/v1/groups', {
    primary_language: 'fr', translations: { fr: { name: 'Teranga Lyon', description: 'Entraide et culture.' } },
    heritage_country: 'SN', residence_country: 'FR', city: 'Lyon', languages: ['fr', 'wo'], topics: ['culture'],
  }, token);
  await api(base, 'POST', '/api/v1/groups', {
    primary_language: 'en', translations: { en: { name: 'Lagos Tech Circle', description: 'Engineers from Nigeria in Berlin.' } },
    heritage_country: 'NG', residence_country: 'DE', city: 'Berlin', languages: ['en', 'yo'], topics: ['technology'],
  }, token);
  const event = await api(base, 'POST', '/api/v1/groups/teranga-lyon/events', {
    primary_language: 'fr', translations: { fr: { title: 'Soirée teranga', description: 'Repas partagé.' } },
    starts_at: '2027-03-20T18:00', timezone: 'Europe/Paris', attendance_mode: 'in_person',
    venue: { name: 'Salle 3', city: 'Lyon', country: 'FR' }, capacity: 20,
  }, token);
  // A weekly series with two seats a date, answered date by date.
  const series = await api(base, 'POST', '/api/v1/groups/teranga-lyon/events', {
    primary_language: 'fr', translations: { fr: { title: 'Causerie du mardi', description: 'Chaque mardi.' } },
    starts_at: '2027-03-02T18:00', timezone: 'Europe/Paris', attendance_mode: 'in_person',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', capacity: 2,
  }, token);
  seriesId = series.id;
  await api(base, 'POST', `/api/v1/events/${series.id}/rsvp`, { status: 'going', occurrence: series.occurrences[1].starts_at }, token);
  const expires = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const opportunity = await api(base, 'POST', '/api/v1/groups/lagos-tech-circle/opportunities', {
    kind: 'mentoring', primary_language: 'en',
    translations: { en: { title: 'Mentor junior engineers', description: 'Two hours a week.' } },
    country: 'NG', remote: true, skills: ['rust'], expires_at: expires,
  }, token);
  // A member with a notice: the organizer approves her request to join an approval group.
  await api(base, 'POST', '/api/v1/groups', {
    primary_language: 'fr', translations: { fr: { name: 'Cercle fermé', description: 'Sur demande.' } },
    heritage_country: 'SN', residence_country: 'FR', city: 'Lyon', languages: ['fr'], topics: ['culture'],
    join_policy: 'approval',
  }, token);
  await api(base, 'POST', '/api/v1/auth/register', { email: 'member@example.org', password, display_name: 'Member' });
  const member = await api(base, 'POST', '/api/v1/auth/login', { email: 'member@example.org', password });
  await api(base, 'POST', '/api/v1/groups/cercle-ferme/join', {}, member.token);
  await api(base, 'POST', `/api/v1/groups/cercle-ferme/members/${member.user.id}/approve`, {}, token);
  // The page an invitation link opens, as someone without an account sees it.
  const invitation = await api(base, 'POST', '/api/v1/groups/cercle-ferme/invitations', { max_uses: 5 }, token);
  paths = ['/', '/groups', '/events', '/opportunities', '/groups/teranga-lyon', `/events/${event.id}`,
    `/opportunities/${opportunity.id}`, '/countries/SN', '/login', '/register', '/forgot-password',
    new URL(invitation.url).pathname];
});

after(async () => {
  await browser?.close();
  app?.stop();
});

test('public pages have no axe-core violation in English, French, Arabic and Chinese', async () => {
  // The pages forbid inline and foreign scripts; the test injects axe-core past that.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const found = [];
  for (const language of ['en', 'fr', 'ar', 'zh']) {
    for (const path of paths) {
      await page.goto(`${app.base}${path}?lang=${language}`);
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

test('a member\'s notification pages have no axe-core violation in English and Arabic', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${app.base}/login`);
  await page.fill('#email', 'member@example.org');
  await page.fill('#password', 'teranga-lyon-2027');
  await page.click('form[action="/login"] button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const found = [];
  for (const language of ['en', 'ar']) {
    for (const path of ['/me/notifications', '/me/notifications/settings']) {
      await page.goto(`${app.base}${path}?lang=${language}`);
      await page.addScriptTag({ path: axeScript });
      const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      for (const violation of violations) {
        found.push(`${language} ${path}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
  }
  await page.goto(`${app.base}/me/notifications`);
  const listed = await page.locator('.notification-list li').count();
  await context.close();
  assert.equal(listed, 1, 'the approval is listed');
  assert.deepEqual(found, []);
});

test('the organizers\' invitations page has no axe-core violation in English and Arabic, before and after making a link', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${app.base}/login`);
  await page.fill('#email', 'organizer@example.org');
  await page.fill('#password', 'teranga-lyon-2027');
  await page.click('form[action="/login"] button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const found = [];
  const check = async (label) => {
    await page.addScriptTag({ path: axeScript });
    const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    for (const violation of violations) {
      found.push(`${label}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  };
  for (const language of ['en', 'ar']) {
    await page.goto(`${app.base}/groups/cercle-ferme/invitations?lang=${language}`);
    await check(`${language} list`);
    await page.fill('#max_uses', '3');
    await page.click('form.invitation-form button[type="submit"]');
    await page.waitForSelector('#new-link');
    await check(`${language} new link`);
  }
  const link = await page.inputValue('#new-link');
  await context.close();
  assert.match(link, /\/invitations\/[0-9a-f]{64}$/);
  assert.deepEqual(found, []);
});

test('a series answered date by date has no axe-core violation for its organizer in English and Arabic', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${app.base}/login`);
  await page.fill('#email', 'organizer@example.org');
  await page.fill('#password', 'teranga-lyon-2027');
  await page.click('form[action="/login"] button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const found = [];
  for (const language of ['en', 'ar']) {
    await page.goto(`${app.base}/events/${seriesId}?lang=${language}`);
    await page.addScriptTag({ path: axeScript });
    const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    for (const violation of violations) {
      found.push(`${language}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  }
  const answered = await page.locator('.date-answer .badge').count();
  await context.close();
  assert.equal(answered, 1, 'one of the four dates is answered');
  assert.deepEqual(found, []);
});

test('in an Arabic page, an English card aligns to its own start', async () => {
  const page = await browser.newPage();
  await page.goto(`${app.base}/groups?lang=ar`);
  const card = await page.$eval('h3[lang="en"]', (heading) => {
    const box = heading.closest('.card').getBoundingClientRect();
    const link = heading.querySelector('a').getBoundingClientRect();
    return { direction: getComputedStyle(heading).direction, fromLeft: link.left - box.left, fromRight: box.right - link.right };
  });
  await page.close();
  assert.equal(card.direction, 'ltr');
  assert.ok(card.fromLeft < card.fromRight, `the English title starts on the left: ${JSON.stringify(card)}`);
});
