// A newcomer's first hour on a 390 × 844 phone, in French and in right-to-left Arabic, with
// nothing typed as a code:
// - journey 1 (Aminata): from an event, "log in to reply" → create an account → back on the
//   event, greeted, and one tap replies; the profile takes "Sénégal", "Lyon", "français,
//   wolof", "comptabilité"; the directory finds Senegalese groups in France and one tap joins;
//   the accounting mentorship is her first match, with the skill named in her language;
// - journey 3 (an organizer): creates a group with a translation, an event "every other
//   Tuesday, 10 times" with capacity 2 from the repeat picker, and an opportunity; of two
//   members who reply, the second is told before tapping that she joins the waitlist.
// On every page: the signed-in header fits in about 120 px, every header tap target is at
// least 24 × 24 px, and nothing scrolls sideways.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, launchBrowser, api } from './harness.mjs';

let app;
let browser;
const password = 'teranga-lyon-2027';

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const words = {
  fr: {
    heritage: 'Sénégal', residence: 'France', city: 'Lyon', languages: 'français, wolof',
    skill: 'comptabilité', skillReason: /compétence : comptabilité/, zone: /heure d’Europe centrale \(Paris\)/,
    welcome: /Bienvenue, Aminata/, going: /participation est confirmée/, waitlist: /liste d’attente \(0 en attente\)/,
    groupName: 'Entraide sénégalaise', every: /Un mardi sur deux/, english: 'anglais',
    hostResidence: 'France', hostCity: 'Lyon', hostZone: /heure d’Europe centrale \(Paris\)/,
  },
  ar: {
    heritage: 'السنغال', residence: 'فرنسا', city: 'ليون', languages: 'الفرنسية، الولوفية',
    skill: 'المحاسبة', skillReason: /المهارة: المحاسبة/, zone: /توقيت وسط أوروبا \(باريس\)/,
    welcome: /أهلًا بك يا Aminata/, going: /ستحضر هذه الفعالية/, waitlist: /قائمة الانتظار \(0 بالانتظار\)/,
    groupName: 'الجالية السنغالية', every: /كل أسبوعين: الثلاثاء/, english: 'الإنجليزية',
    hostResidence: 'فرنسا', hostCity: 'ليون', hostZone: /توقيت وسط أوروبا \(باريس\)/,
  },
  zh: {
    heritage: '塞内加尔', residence: '法国', city: '里昂', languages: '法语、沃洛夫语',
    skill: '会计', skillReason: /技能：会计/, zone: /中欧时间（巴黎）/,
    welcome: /欢迎，Aminata/, going: /您已确认参加/, waitlist: /加入候补名单（0 人等待中）/,
    groupName: '墨尔本华人互助会', every: /每隔一周的星期二/, english: '英语',
    // Li Wei lives in Melbourne: Australia has many zones, the city picks one.
    hostHeritage: '中国', hostResidence: '澳大利亚', hostCity: '墨尔本', hostZone: /澳大利亚东部时间（墨尔本）/,
  },
  ru: {
    heritage: 'Сенегал', residence: 'Франция', city: 'Лион', languages: 'французский, волоф',
    skill: 'бухгалтерский учёт', skillReason: /навык: бухгалтерский учёт/, zone: /Центральная Европа \(Париж\)/,
    welcome: /Добро пожаловать, Aminata/, going: /Вы записаны/, waitlist: /лист ожидания \(ждут: 0\)/,
    groupName: 'Сенегальская взаимопомощь', every: /Раз в две недели: вторник/, english: 'английский',
    hostResidence: 'Франция', hostCity: 'Лион', hostZone: /Центральная Европа \(Париж\)/,
  },
};

/** Journey 1 runs in all four languages the issue walked; journey 3 in French and Arabic (on a
 * phone) and in Chinese, as Li Wei does it, on a desktop. */
const journeyOne = ['fr', 'ar', 'zh', 'ru'];
const journeyThree = ['fr', 'ar', 'zh'];

/** The visible text, without the Unicode isolation marks around names in sentences. */
async function text(locator) {
  return (await locator.innerText()).replace(/[\u2068\u2069]/g, '');
}

/** A phone in `language` (a desktop screen when `desktop`). */
async function phone(language, desktop = false) {
  const screen = desktop
    ? { viewport: { width: 1280, height: 800 } }
    : { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const context = await browser.newContext({ ...screen, locale: language });
  return { context, page: await context.newPage() };
}

/** Checks the phone rules on the current page. */
async function fitsAPhone(page, where) {
  const report = await page.evaluate(() => {
    const header = document.querySelector('.site-header').getBoundingClientRect().height;
    const small = [...document.querySelectorAll('.site-header a, .site-header summary, .site-header button')]
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ text: element.textContent.trim(), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ text }) => text);
    return { header, small, wide: document.documentElement.scrollWidth > window.innerWidth + 1 };
  });
  assert.ok(report.header <= 125, `${where}: the header is ${report.header}px tall`);
  assert.deepEqual(report.small, [], `${where}: tap targets under 24 × 24 px`);
  assert.equal(report.wide, false, `${where}: the page scrolls sideways`);
}

/** An organizer, a group, a weekly event and two opportunities, through the API. */
async function seed(language) {
  const { base } = app;
  const email = `host-${language}@example.org`;
  await api(base, 'POST', '/api/v1/auth/register', { email, password, display_name: 'Host' });
  const { token } = await api(base, 'POST', '/api/v1/auth/login', { email, password });
  const slug = `teranga-${language}`;
  await api(base, 'POST', '/api/v1/groups', {
    slug, primary_language: 'fr',
    translations: { fr: { name: `Teranga ${language}`, description: 'Entraide et culture.' } },
    heritage_country: 'SN', residence_country: 'FR', city: 'Lyon',
  }, token);
  const event = await api(base, 'POST', `/api/v1/groups/${slug}/events`, {
    primary_language: 'fr', translations: { fr: { title: `Soirée teranga ${language}`, description: 'Repas partagé.' } },
    starts_at: '2027-03-20T18:00', ends_at: '2027-03-20T21:00', timezone: 'Europe/Paris',
    attendance_mode: 'in_person', venue: { city: 'Lyon', country: 'FR' }, capacity: 30,
  }, token);
  const expires = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  await api(base, 'POST', `/api/v1/groups/${slug}/opportunities`, {
    kind: 'job', primary_language: 'fr',
    translations: { fr: { title: `Interprète à Milan ${language}`, description: 'Français et wolof.' } },
    country: 'IT', city: 'Milan', skills: ['interpreting'], languages: ['fr', 'wo'], apply_url: 'https://example.org/apply', expires_at: expires,
  }, token);
  await api(base, 'POST', `/api/v1/groups/${slug}/opportunities`, {
    kind: 'mentoring', primary_language: 'en',
    translations: { en: { title: `Mentor young accountants ${language}`, description: 'Two hours a week, online.' } },
    country: 'SN', remote: true, skills: ['accounting'], apply_url: 'https://example.org/apply', expires_at: expires,
  }, token);
  return { slug, event };
}

for (const language of journeyOne) {
  const say = words[language];

  test(`journey 1 in ${language}: from an event to an account, a reply, a profile in words, a group and a match`, async () => {
    const { slug, event } = await seed(language);
    const { context, page } = await phone(language);
    const base = app.base;

    await page.goto(`${base}/events/${event.id}?lang=${language}`);
    assert.equal(await page.getAttribute('html', 'dir'), language === 'ar' ? 'rtl' : 'ltr');
    await page.click('#rsvp a.button');
    await page.waitForURL(/\/login/);
    await page.click('main a[href^="/register"]');
    await page.fill('#display_name', 'Aminata');
    await page.fill('#email', `aminata-${language}@example.org`);
    await page.fill('#password', password);
    await page.click('form[action="/register"] button[type="submit"]');
    await page.waitForURL(new RegExp(`/events/${event.id}\\?welcome=1#rsvp$`));
    assert.match(await text(page.locator('.welcome')), say.welcome);
    await fitsAPhone(page, 'event page');
    await page.click('#rsvp form button[type="submit"]');
    await page.waitForURL(new RegExp(`/events/${event.id}#rsvp$`));
    assert.match(await page.locator('#rsvp').innerText(), say.going);

    await page.goto(`${base}/me`);
    await page.selectOption('#heritage_country', { label: say.heritage });
    await page.selectOption('#residence_country', { label: say.residence });
    await page.fill('#residence_city', say.city);
    // With the script the languages field takes words and shows them as tags.
    await page.fill('#languages', say.languages);
    assert.equal(await page.locator('.tag-editor li').count(), 2, 'two language tags');
    await page.fill('#skills', say.skill);
    await page.click('form[action="/me"] button[type="submit"]');
    await page.waitForURL(/\/me\?saved=1/);
    assert.match(await page.locator('#timezone option:checked').innerText(), say.zone);
    const saved = await page.evaluate(async () => (await fetch('/me/export')).json());
    assert.deepEqual(saved.account.languages, ['fr', 'wo']);
    assert.deepEqual(saved.account.skills, ['accounting']);
    await fitsAPhone(page, 'profile');

    await page.goto(`${base}/groups`);
    await page.click('.more-filters summary');
    await page.selectOption('#heritage', { label: say.heritage });
    await page.selectOption('#residence', { label: say.residence });
    await page.click('.more-filters button[type="submit"]');
    await page.waitForURL(/\/groups\?.*#results$/);
    assert.ok(await page.locator('.more-filters[open]').count(), 'the filters set stay shown');
    await page.click(`#results a[href="/groups/${slug}"]`);
    await page.click('.membership form button[type="submit"]');
    await page.waitForURL(new RegExp(`/groups/${slug}#membership$`));
    assert.equal(await page.locator('.membership form[action$="/leave"]').count(), 1, 'she is a member');

    await page.goto(`${base}/me/matches`);
    const first = page.locator('.opportunity-card').first();
    assert.match(await first.innerText(), new RegExp(`Mentor young accountants ${language}`));
    const reasons = (await first.locator('.reasons').innerText()).replace(/[\u2068\u2069]/g, '');
    assert.match(reasons, say.skillReason);

    await page.goto(`${base}/`);
    assert.equal(await page.locator('.member-home').count(), 1, 'signed in, home is her page');
    assert.match(await page.locator('.member-home').innerText(), new RegExp(`Soirée teranga ${language}`));
    await fitsAPhone(page, 'home');

    await page.goto(`${base}/events`);
    const card = await page.locator('.event-card').first().boundingBox();
    assert.ok(card && card.y < 844, `the first event is on the first screen (at ${card?.y}px)`);
    await context.close();
  });

}

for (const language of journeyThree) {
  const say = words[language];
  const desktop = language === 'zh';

  test(`journey 3 in ${language}: an organizer picks "every other Tuesday, 10 times" and the second reply is waitlisted`, async () => {
    const { context, page } = await phone(language, desktop);
    const base = app.base;
    await page.goto(`${base}/register?lang=${language}`);
    await page.fill('#display_name', 'Li Wei');
    await page.fill('#email', `li-${language}@example.org`);
    await page.fill('#password', password);
    await page.click('form[action="/register"] button[type="submit"]');
    await page.waitForURL(/\/me\?welcome=1/);

    await page.goto(`${base}/groups/new`);
    await page.fill('#slug', `entraide-${language}`);
    await page.fill('#translation_name_1', say.groupName);
    await page.fill('#translation_description_1', 'Entraide.');
    await page.fill('#translation_language_2', say.english);
    await page.fill('#translation_name_2', 'Senegalese mutual help');
    await page.fill('#translation_description_2', 'Mutual help.');
    await page.selectOption('#heritage_country', { label: say.hostHeritage ?? say.heritage });
    await page.selectOption('#residence_country', { label: say.hostResidence });
    await page.fill('#city', say.hostCity);
    await page.click('form button[type="submit"].button');
    await page.waitForURL(new RegExp(`/groups/entraide-${language}$`));

    await page.goto(`${base}/groups/entraide-${language}/events/new`);
    assert.match(await page.locator('#timezone option:checked').innerText(), say.hostZone, 'the venue settles the zone');
    await page.fill('#translation_title_1', `Cours de wolof ${language}`);
    await page.fill('#starts_at', '2027-03-02T19:00');
    await page.fill('#ends_at', '2027-03-02T20:30');
    await page.check('input[name="repeat"][value="weekly"]');
    await page.fill('#repeat_interval', '2');
    await page.check('input[name="repeat_day_TU"]');
    await page.check('input[name="repeat_end"][value="count"]');
    await page.fill('#repeat_count', '10');
    await page.fill('#capacity', '2');
    await page.click('form button[type="submit"].button');
    await page.waitForURL(/\/events\/[0-9a-f-]+$/);
    const eventId = new URL(page.url()).pathname.split('/').pop();
    const created = await api(base, 'GET', `/api/v1/events/${eventId}`);
    assert.equal(created.recurrence, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10');
    if (!desktop) await fitsAPhone(page, 'event page (organizer)');

    await page.goto(`${base}/groups/entraide-${language}/opportunities/new`);
    await page.selectOption('#kind', 'volunteering');
    await page.fill('#translation_title_1', `Trésorier bénévole ${language}`);
    await page.fill('#translation_description_1', 'Tenir les comptes.');
    await page.fill('#skills', say.skill);
    await page.check('input[name="remote"]');
    await page.check('input[name="accepts_interest"]');
    await page.fill('#expires_at', new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await page.click('form button[type="submit"].button');
    await page.waitForURL(/\/opportunities\/[0-9a-f-]+$/);
    const opportunityId = new URL(page.url()).pathname.split('/').pop();
    const opportunity = await api(base, 'GET', `/api/v1/opportunities/${opportunityId}`);
    assert.deepEqual(opportunity.skills, ['accounting']);

    // Two members reply: Awa on her phone, Fatou through the API; then Binta meets a full
    // event and is told before tapping that she joins the waitlist.
    const awa = await phone(language);
    await awa.page.goto(`${base}/register?lang=${language}&next=/events/${eventId}`);
    await awa.page.fill('#display_name', 'Awa');
    await awa.page.fill('#email', `awa-${language}@example.org`);
    await awa.page.fill('#password', password);
    await awa.page.click('form[action="/register"] button[type="submit"]');
    await awa.page.waitForURL(new RegExp(`/events/${eventId}\\?welcome=1`));
    await awa.page.click('#rsvp form button[type="submit"]');
    await awa.page.waitForURL(new RegExp(`/events/${eventId}#rsvp$`));
    await awa.context.close();
    await api(base, 'POST', '/api/v1/auth/register', { email: `fatou-${language}@example.org`, password, display_name: 'Fatou' });
    const fatou = await api(base, 'POST', '/api/v1/auth/login', { email: `fatou-${language}@example.org`, password });
    await api(base, 'POST', `/api/v1/events/${eventId}/rsvp`, { status: 'going' }, fatou.token);
    const waiting = await phone(language);
    await waiting.page.goto(`${base}/register?lang=${language}&next=/events/${eventId}`);
    await waiting.page.fill('#display_name', 'Binta');
    await waiting.page.fill('#email', `binta-${language}@example.org`);
    await waiting.page.fill('#password', password);
    await waiting.page.click('form[action="/register"] button[type="submit"]');
    await waiting.page.waitForURL(new RegExp(`/events/${eventId}`));
    // A series is answered date by date: the first date is full, so its button says so.
    const firstDate = waiting.page.locator('#rsvp .date-answer').first();
    assert.match(await text(firstDate.locator('button[type="submit"]')), say.waitlist);
    await firstDate.locator('button[type="submit"]').click();
    await waiting.page.waitForURL(new RegExp(`/events/${eventId}#rsvp$`));
    const after = await api(base, 'GET', `/api/v1/events/${eventId}`);
    assert.equal(after.going_count, 2);
    assert.equal(after.waitlist_count, 1);

    await page.goto(`${base}/events?lang=${language}`);
    const series = page.locator('.event-card', { hasText: `Cours de wolof ${language}` });
    assert.equal(await series.count(), 1, 'the series is listed once');
    assert.match(await series.locator('.series').innerText(), say.every);
    await context.close();
    await waiting.context.close();
  });
}
