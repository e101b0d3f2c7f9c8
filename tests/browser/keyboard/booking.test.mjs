// An association books the shared space with the keyboard only: one round of errors (the end before the start), then a
// thank-you, and the asked time shows on the space's calendar as waiting, without the booker's name. axe finds nothing
// on any of these states and the page's CSP blocks nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, siteUrl, widths, cspViolations } from '../lib/browser.mjs';
import { tabTo, focused } from '../lib/keyboard.mjs';
import { discoverPages } from '../lib/pages.mjs';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function noAxeViolations(page, state) {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(results.violations.map((v) => `${state} ${v.id}: ${v.help}`), []);
}

// A date three weeks ahead, as the form stores it and as Chromium's date input takes it from the keyboard (month, day, year).
function slotDay() {
  const day = new Date(Date.now() + 21 * 24 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return { iso: `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`, typed: `${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}${day.getUTCFullYear()}` };
}

function isoWeek(iso) {
  const date = new Date(`${iso}T12:00:00Z`);
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((thursday - firstThursday) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

async function typeInto(page, id, text) {
  assert.equal((await focused(page)).id, id);
  await page.keyboard.type(text);
}

test('a space is booked with the keyboard, with one round of errors, and its calendar shows the time without the booker', async () => {
  const space = (await discoverPages()).find((p) => p.type === 'space' && p.lang === 'fi');
  assert.ok(space, 'no space page was found');
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.desktop);
    await page.goto(siteUrl + space.path);
    await noAxeViolations(page, 'space page');
    const day = slotDay();

    await tabTo(page, (el) => el.id === 'spaceBooking-association', 150);
    await page.keyboard.type('Kontiolahden lukupiiri');
    await page.keyboard.press('Tab');
    await typeInto(page, 'spaceBooking-contactName', 'Näppäimistö Nina');
    await page.keyboard.press('Tab');
    await typeInto(page, 'spaceBooking-email', 'nina@example.fi');
    await page.keyboard.press('Tab');
    await typeInto(page, 'spaceBooking-phone', '040 123 4567');
    await tabTo(page, (el) => el.id === 'spaceBooking-date', 5);
    await page.keyboard.type(day.typed);
    assert.equal(await page.locator('#spaceBooking-date').inputValue(), day.iso, 'the date typed is the date stored');
    await tabTo(page, (el) => el.id === 'spaceBooking-startTime', 5);
    await page.keyboard.type('1800');
    await tabTo(page, (el) => el.id === 'spaceBooking-endTime', 5);
    await page.keyboard.type('1700'); // before the start: refused
    await tabTo(page, (el) => el.id === 'spaceBooking-purpose', 5);
    await page.keyboard.type('Lukupiirin kokoontuminen');

    // The space's own equipment are the options.
    await tabTo(page, (el) => el.id === 'spaceBooking-equipment-0', 5);
    assert.equal(await page.locator('label[for="spaceBooking-equipment-0"]').innerText(), 'Datatykki');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.id === 'spaceBooking-attendees', 10);
    await page.keyboard.type('8');
    await tabTo(page, (el) => el.id === 'spaceBooking-consent-accept', 10);
    await page.keyboard.press('Space');

    // A person takes longer than the form's minimum fill time (3 s); faster posts are treated as robots.
    await page.waitForTimeout(3200);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Lähetä varauspyyntö', 10);
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('.error-summary');
    await page.waitForFunction(() => document.activeElement?.id === 'form-spaceBooking-errors', null, { timeout: 5000 })
      .catch(() => assert.fail('the error summary did not take focus'));
    assert.match(await page.locator('.error-summary').innerText(), /Päättymisajan on oltava alkamisajan jälkeen/);
    assert.equal(await page.locator('#spaceBooking-endTime').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#spaceBooking-endTime').getAttribute('aria-describedby'), /spaceBooking-endTime-error/);
    assert.equal(await page.locator('#spaceBooking-contactName').inputValue(), 'Näppäimistö Nina', 'answers are kept');
    await noAxeViolations(page, 'errors shown');

    // The summary links to the field; Enter on the link moves there, and the end is typed again.
    await tabTo(page, (el) => el.tag === 'a' && /Päättymisajan/.test(el.text), 5);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'spaceBooking-endTime', null, { timeout: 5000 })
      .catch(() => assert.fail('the error link did not move focus to the end time'));
    // Back out and in again, so the hour has the caret, and step it from 17 to 20 with the arrow key.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'spaceBooking-endTime');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#spaceBooking-endTime').inputValue(), '20:00');
    await tabTo(page, (el) => el.id === 'spaceBooking-consent-accept', 20);
    if (!(await page.locator('#spaceBooking-consent-accept').isChecked())) await page.keyboard.press('Space');

    await page.waitForTimeout(3200);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Lähetä varauspyyntö', 10);
    await Promise.all([page.waitForURL(/sent=spaceBooking/), page.keyboard.press('Enter')]);
    assert.match(await page.locator('.form-sent').innerText(), /Varauspyyntösi on vastaanotettu/);
    await page.waitForFunction(() => document.activeElement?.classList.contains('form-sent'), null, { timeout: 5000 })
      .catch(() => assert.fail('the thank-you did not take focus'));
    await noAxeViolations(page, 'thank-you');

    // The calendar of that week shows the asked time as waiting, and nothing of who asked.
    await page.goto(`${siteUrl}${space.path}?week=${isoWeek(day.iso)}#availability`);
    const calendar = await page.locator('#availability').innerText();
    assert.match(calendar, /18\.00–20\.00 odottaa vahvistusta/);
    assert.doesNotMatch(await page.locator('main').innerText(), /Nina|nina@example\.fi|lukupiiri/i);
    await noAxeViolations(page, 'calendar week');

    // Week navigation works from the keyboard too.
    const next = page.locator('#availability nav a', { hasText: 'Seuraava viikko' });
    if (await next.count()) {
      await tabTo(page, (el) => el.tag === 'a' && el.text === 'Seuraava viikko', 200);
      await Promise.all([page.waitForURL(/week=/), page.keyboard.press('Enter')]);
      assert.match(await page.locator('#availability').innerText(), /Viikko \d+/);
    }

    assert.deepEqual(await cspViolations(page), []);
  } finally {
    await browser.close();
  }
});
