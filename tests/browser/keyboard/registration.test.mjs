// A resident signs up for a partnership table with the keyboard, gets the confirmation mail, opens the link in it and
// cancels, again with the keyboard. axe finds nothing on any page on the way and the CSP blocks nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, siteUrl, widths, cspViolations } from '../lib/browser.mjs';
import { tabTo, focused } from '../lib/keyboard.mjs';
import { discoverPages } from '../lib/pages.mjs';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const mailFolder = process.env.MAIL_FOLDER;

async function noAxeViolations(page, state) {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(results.violations.map((v) => `${state} ${v.id}: ${v.help}`), []);
  assert.deepEqual(await cspViolations(page), [], `${state}: the CSP blocked something`);
}

// The text part of a pickup-folder .eml, decoded from quoted-printable or base64.
function textBody(eml) {
  const parts = eml.split(/\r?\n--[^\r\n]+\r?\n/);
  const part = parts.find((p) => /^Content-Type: text\/plain/im.test(p)) ?? eml;
  const [head, ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

// A mail sent to the address (the To header, not a Reply-To) whose text matches.
async function mailTo(address, text) {
  for (let i = 0; i < 100; i++) {
    for (const name of await readdir(mailFolder).catch(() => [])) {
      const eml = await readFile(path.join(mailFolder, name), 'utf8');
      const to = eml.match(/^To:(.*)$/m)?.[1] ?? '';
      const body = textBody(eml);
      if (to.includes(address) && text.test(body)) return body;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`no mail matching ${text} to ${address}`);
}

async function openTable() {
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.desktop);
    for (const target of (await discoverPages()).filter((p) => p.type === 'partnershipTable' && p.lang === 'fi')) {
      await page.goto(siteUrl + target.path);
      if (await page.locator('#form-eventRegistration form').count()) return target.path;
    }
  } finally {
    await browser.close();
  }
  return null;
}

test('a resident registers, opens the mailed link and cancels, all with the keyboard', async () => {
  assert.ok(mailFolder, 'MAIL_FOLDER names the site\'s mail pickup folder (scripts/browser-tests.sh sets it)');
  const tablePath = await openTable();
  assert.ok(tablePath, 'no partnership table takes registrations');
  const address = `keyboard-${Date.now()}@example.fi`;
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.phone);
    await page.goto(siteUrl + tablePath);
    await noAxeViolations(page, 'event page');

    await tabTo(page, (el) => el.id === 'eventRegistration-name', 150);
    await page.keyboard.type('Näppäimistö Niilo');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'eventRegistration-email');
    await page.keyboard.type(address);
    await tabTo(page, (el) => el.id === 'eventRegistration-consent-accept', 40);
    await page.keyboard.press('Space');
    await page.waitForTimeout(3200); // longer than the form's minimum fill time
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Ilmoittaudu', 20);
    await Promise.all([page.waitForURL(/#registration$/), page.keyboard.press('Enter')]);
    assert.doesNotMatch(page.url(), /[?&]r=/, 'the token travels in a cookie, not in the address');
    assert.match(await page.locator('.my-registration').innerText(), /Olet ilmoittautunut \(1 hlö\)/);
    await noAxeViolations(page, 'own registration');

    const mail = await mailTo(address, /on vahvistettu/);
    const link = mail.match(/https?:\/\/\S+\?r=\S+/)?.[0];
    assert.ok(link, `the confirmation has no link:\n${mail}`);
    const linked = new URL(link);

    const { page: fromMail } = await openPage(browser, widths.desktop);
    await fromMail.goto(siteUrl + linked.pathname + linked.search + linked.hash);
    assert.equal(fromMail.url(), siteUrl + linked.pathname + '#registration', 'the first open moves the token out of the address');
    assert.match(await fromMail.locator('.my-registration').innerText(), /Olet ilmoittautunut/);
    await noAxeViolations(fromMail, 'link from the mail');
    await tabTo(fromMail, (el) => el.tag === 'button' && el.text === 'Peru ilmoittautuminen', 120);
    await Promise.all([fromMail.waitForNavigation(), fromMail.keyboard.press('Enter')]);
    assert.match(await fromMail.locator('.my-registration').innerText(), /Ilmoittautumisesi on peruttu\./);
    assert.equal(await fromMail.locator('.my-registration button').count(), 0, 'a cancelled registration has nothing left to cancel');
    assert.doesNotMatch(fromMail.url(), /[?&]r=/);
    await noAxeViolations(fromMail, 'cancelled');

    await mailTo(address, /on peruttu/);
  } finally {
    await browser.close();
  }
});
