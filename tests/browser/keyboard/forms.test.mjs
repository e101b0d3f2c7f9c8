// A resident registers for a partnership table with the keyboard only: one round of errors, then a thank-you.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, siteUrl, widths } from '../lib/browser.mjs';
import { tabTo, focused } from '../lib/keyboard.mjs';
import { discoverPages } from '../lib/pages.mjs';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function openRegistration(page) {
  for (const target of (await discoverPages()).filter((p) => p.type === 'partnershipTable' && p.lang === 'fi')) {
    await page.goto(siteUrl + target.path);
    if (await page.locator('#form-eventRegistration form').count()) return target.path;
  }
  assert.fail('no partnership table with open registration was found');
}

test('the registration form is filled with the keyboard, with one round of errors', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.desktop);
    const path = await openRegistration(page);

    await tabTo(page, (el) => el.id === 'eventRegistration-name', 120);
    await page.keyboard.type('Maija Meikäläinen');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'eventRegistration-email');
    await page.keyboard.type('maija-at-example');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Ilmoittaudu');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.error-summary');

    // The summary takes focus, names each problem and links to its field; the fields say what is wrong.
    await page.waitForFunction(() => document.activeElement?.id === 'form-eventRegistration-errors', null, { timeout: 5000 })
      .catch(() => assert.fail('the error summary did not take focus'));
    const summary = await page.locator('.error-summary').innerText();
    assert.match(summary, /Kirjoita sähköpostiosoite muodossa nimi@esimerkki\.fi\./);
    assert.match(summary, /Hyväksy henkilötietojen käsittely/);
    assert.equal(await page.locator('#eventRegistration-email').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#eventRegistration-email').getAttribute('aria-describedby'), /eventRegistration-email-error/);
    assert.equal(await page.locator('#eventRegistration-name').inputValue(), 'Maija Meikäläinen', 'answers are kept');
    const errorState = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    assert.deepEqual(errorState.violations.map((v) => `${v.id}: ${v.help}`), [], 'axe violations with errors shown');

    await tabTo(page, (el) => el.id === 'eventRegistration-email', 40);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('maija@example.fi');

    // "Other" diet reveals its own question; the script shows it without a reload.
    await tabTo(page, (el) => el.id === 'eventRegistration-diet-4', 20);
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#eventRegistration-dietOther').isVisible(), 'choosing "other" shows its question');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'eventRegistration-dietOther');
    await page.keyboard.type('Pähkinäallergia');

    await tabTo(page, (el) => el.id === 'eventRegistration-consent-accept', 20);
    await page.keyboard.press('Space');

    // A person takes longer than the form's minimum fill time (3 s); faster posts are treated as robots.
    await page.waitForTimeout(3200);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Ilmoittaudu', 20);
    await Promise.all([page.waitForURL(/#registration$/), page.keyboard.press('Enter')]);
    assert.doesNotMatch(page.url(), /[?&]r=/, 'the token travels in a cookie, not in the address');

    // The registration answers with the person's own registration box, not a generic thank-you.
    assert.ok(page.url().startsWith(siteUrl + path));
    const mine = page.locator('.my-registration');
    assert.match(await mine.innerText(), /Olet ilmoittautunut|Olet jonossa sijalla/);
    await page.waitForFunction(() => document.activeElement?.classList.contains('my-registration'), null, { timeout: 5000 })
      .catch(() => assert.fail('the registration box did not take focus'));
  } finally {
    await browser.close();
  }
});

test('every form page shows its form and axe finds nothing on it at phone width', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.phone);
    for (const [path, form] of [['/saavutettavuusseloste/', 'feedback'], ['/tietoa/', 'feedback']]) {
      await page.goto(siteUrl + path);
      assert.equal(await page.locator(`#form-${form} form`).count(), 1, `${path} has no ${form} form`);
      const results = await new AxeBuilder({ page }).include(`#form-${form}`).withTags(axeTags).analyze();
      assert.deepEqual(results.violations.map((v) => `${path} ${v.id}: ${v.help}`), []);
    }
  } finally {
    await browser.close();
  }
});
