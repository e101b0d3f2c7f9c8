// The site's own scripts take JSON from the server (search suggestions, form conditions) and must never let a key in
// it reach Object.prototype (ASVS 15.3.6). Each check feeds hostile keys (__proto__, constructor.prototype) through the
// real script in Chromium and then asks a fresh object whether it gained a property.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, siteUrl, widths } from './lib/browser.mjs';
import { discoverPages } from './lib/pages.mjs';
import { hostile, pollution } from './lib/pollution.mjs';

test('hostile keys in search suggestions reach no prototype, and the suggestions still show', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.desktop);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(siteUrl + '/haku/');
    const box = page.locator('#search-page-q');
    const endpoint = new URL(await box.getAttribute('data-suggest'), siteUrl).pathname;
    await page.route((url) => url.pathname === endpoint, (route) => route.fulfill({
      contentType: 'application/json',
      body: `{${hostile},"items":[{${hostile},"name":"Myrkkyehdotus","kind":"Sivu","url":"/"}]}`,
    }));
    await box.focus();
    await Promise.all([page.waitForResponse((response) => new URL(response.url()).pathname === endpoint), page.keyboard.type('kumppanu')]);
    await page.waitForFunction(() => !document.querySelector('#search-page-q-suggestions').hidden || Object.prototype.polluted !== undefined);

    assert.deepEqual(await pollution(page), []);
    assert.deepEqual(errors, []);
    assert.equal(await page.locator('#search-page-q-suggestions [role="option"]').first().textContent(), 'Myrkkyehdotus Sivu');
  } finally {
    await browser.close();
  }
});

test('hostile keys in a form condition reach no prototype, and the condition still works', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.desktop);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let found = false;
    for (const target of (await discoverPages()).filter((p) => p.type === 'partnershipTable' && p.lang === 'fi')) {
      await page.goto(siteUrl + target.path);
      if (await page.locator('#form-eventRegistration form').count()) { found = true; break; }
    }
    assert.ok(found, 'no partnership table with open registration was found');

    // A part shown only when the name is "Myrkky", its condition carrying hostile keys at every level; the script
    // reads it again on the next input.
    const hidden = await page.evaluate((keys) => {
      const form = document.querySelector('#form-eventRegistration form');
      const part = document.createElement('div');
      part.id = 'hostile-part';
      part.dataset.condition = `{${keys},"action":"show","logic":"all","rules":[{${keys},"op":"Is","field":"name","value":"Myrkky"}]}`;
      form.append(part);
      form.dispatchEvent(new Event('input', { bubbles: true }));
      return part.hidden;
    }, hostile);
    assert.equal(hidden, true, 'the condition did not hide its part');
    await page.locator('#eventRegistration-name').fill('Myrkky');
    assert.equal(await page.locator('#hostile-part').evaluate((el) => el.hidden), false, 'the condition did not show its part');

    assert.deepEqual(await pollution(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
