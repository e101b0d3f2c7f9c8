// The backoffice in a real browser: the first admin is created through the one-time setup link by keyboard
// (with an error round first), then every backoffice page is checked with axe at both widths and walked by keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, siteUrl, widths, cspViolations } from './lib/browser.mjs';
import { focused, tabTo, tabThroughPage } from './lib/keyboard.mjs';
import { hostile, hostileAttribute, pollution } from './lib/pollution.mjs';

const artifacts = new URL('./artifacts/', import.meta.url).pathname;
let browser;
let signedIn; // storage state of the admin session
let pages = [];
const committeeEdit = '/umbraco/content/00000000-0000-4000-8000-000000000701'; // its members are a block list
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// The rich-text editor of the first page in the crawl, its content tab open and the caret at the end.
async function openRichText(page) {
  // A news article: it has rich text on its first content tab. Found as an editor would, with the tree's search.
  await page.goto(`${siteUrl}/umbraco/tree/search?q=${encodeURIComponent('Pilottilähiöiksi')}`);
  await page.goto(siteUrl + await page.locator('main .tree-level a').first().getAttribute('href'));
  const editorTab = page.locator('[role="tab"]').filter({ has: page.locator('text=/Sisältö|Content/') }).first();
  await editorTab.click();
  const content = page.locator('.bo-rte__content').first();
  await content.click();
  await page.keyboard.press('Control+End');
  return content;
}

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('the first admin is created through the setup link with the keyboard, errors announced first', async () => {
  assert.ok(process.env.SETUP_PATH, 'the site printed no setup link');
  const { context, page } = await openPage(browser, widths.desktop);
  await page.goto(siteUrl + process.env.SETUP_PATH);
  await tabTo(page, (el) => el.id === 'field-displayName');
  await page.keyboard.type('Aino Ylläpitäjä');
  await page.keyboard.press('Tab');
  await page.keyboard.type('aino@example.fi');
  await page.keyboard.press('Tab');
  await page.keyboard.type('aino');
  await tabTo(page, (el) => el.id === 'field-password', 3);
  await page.keyboard.type('1qaz2wsx3edc'); // long enough, but on the breached list
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-error-summary]');

  const summary = await focused(page);
  assert.ok(summary, 'focus did not move to the error summary');
  assert.equal(await page.getAttribute('[data-error-summary]', 'role'), 'alert');
  assert.equal(await page.getAttribute('#field-password', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#field-password', 'aria-describedby'), /field-password-error/);
  await tabTo(page, (el) => el.href === '#field-password', 3);
  await page.keyboard.press('Enter');
  assert.equal((await focused(page))?.id, 'field-password');

  await page.keyboard.type('Kevätaurinko paistaa Kouvolassa');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/umbraco(#.*)?$/);
  signedIn = await context.storageState();
  await context.close();
});

test('every backoffice page has no WCAG 2.1 A/AA violations at phone and desktop width', async () => {
  assert.ok(signedIn, 'no admin session');
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  await page.goto(siteUrl + '/umbraco');
  // The side tree shows the top level; an item's page opens its level, so the home page's children are there.
  const home = await page.locator('.side-tree .tree-node > a').first().getAttribute('href');
  await page.goto(siteUrl + home);
  const edit = await page.locator('.side-tree li:has(> .tree-node.current) > .tree-level > li > .tree-node > a').nth(2).getAttribute('href');
  await page.goto(siteUrl + '/umbraco/admin/users');
  const userSessions = await page.locator('a[href$="/sessions"]').first().getAttribute('href');
  pages = ['/umbraco', edit, `${edit}/history`, `${edit}/preview?device=desktop`, '/umbraco/content/create?parent=' + edit.split('/').pop(), '/umbraco/sort?parent=' + home.split('/').pop(), '/umbraco/tree/search?q=kumppanuus', '/umbraco/media', '/umbraco/media/00000000-0000-4000-8200-000000000001', '/umbraco/audit', '/umbraco/admin/users', '/umbraco/admin/content-types?alias=space', '/umbraco/admin/changes',
    '/umbraco/forms', '/umbraco/forms/00000000-0000-4000-8300-000000000001', '/umbraco/forms/data-subjects',
    '/umbraco/forms/create', '/umbraco/forms/00000000-0000-4000-8300-000000000001/edit', '/umbraco/forms/00000000-0000-4000-8300-000000000001/edit?delete=00000000-0000-4000-8301-000000000001',
    '/umbraco/forms/00000000-0000-4000-8300-000000000001/fields/00000000-0000-4000-8301-000000000001',
    '/umbraco/forms/00000000-0000-4000-8300-000000000001/workflows', '/umbraco/forms/00000000-0000-4000-8300-000000000001/preview',
    '/umbraco/registrations', '/umbraco/registrations/00000000-0000-4000-8000-000000000501', '/umbraco/bookings',
    '/umbraco/ideas', '/umbraco/ideas/00000000-0000-4000-8000-000000000701', committeeEdit, '/umbraco/account', userSessions];
  await context.close();

  const failures = [];
  for (const [widthName, viewport] of Object.entries(widths)) {
    const session = await openPage(browser, viewport, { storageState: signedIn });
    for (const path of pages) {
      await session.page.goto(siteUrl + path);
      const results = await new AxeBuilder({ page: session.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of results.violations) {
        failures.push(`${path} [${widthName}] ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
      }
      for (const blocked of await cspViolations(session.page)) {
        failures.push(`${path} [${widthName}] CSP blocked: ${blocked}`);
      }
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/-[0-9a-f]{8}-[0-9a-f-]{27}/, '-item');
      await session.page.screenshot({ path: `${artifacts}backoffice${name}-${widthName}.png`, fullPage: true });
    }
    await session.context.close();
  }
  // The sign-in page, as a signed-out editor sees it.
  const anonymous = await openPage(browser, widths.phone);
  await anonymous.page.goto(siteUrl + '/umbraco/login');
  for (const v of (await new AxeBuilder({ page: anonymous.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations) {
    failures.push(`/umbraco/login ${v.id}: ${v.help}`);
  }
  await anonymous.context.close();
  console.log(`axe: ${pages.length + 1} backoffice pages x ${Object.keys(widths).length} widths, ${failures.length} violations`);
  assert.deepEqual(failures, []);
});

test('the edit form works from the keyboard: tabs, the rich-text toolbar, saving with an error round', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await page.goto(siteUrl + pages[1]);
    const tab = await tabTo(page, (el) => (el.tag === 'button' || el.tag === 'a') && el.text === 'Perustiedot');
    assert.ok(tab);
    await page.keyboard.press('ArrowRight');
    const next = await focused(page);
    assert.notEqual(next.text, 'Perustiedot', 'arrow keys do not move between tabs');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-selected')), 'true');

    await page.keyboard.press('Home');
    await tabTo(page, (el) => el.id === 'field-name', 5); // Tab leaves the tab list into the selected panel
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace'); // an item needs a name: the error round
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Tallenna luonnos', 200);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-error-summary]');
    assert.ok(await focused(page), 'focus did not move to the error summary');
    assert.equal(await page.getAttribute('#field-name', 'aria-invalid'), 'true');

    const stops = await tabThroughPage(page);
    assert.ok(stops.length > 10);
  } finally {
    await context.close();
  }
});

test('two tabs on one item: the second save is refused with both changes shown, and saving again keeps both', async () => {
  const { context, page: tabA } = await openPage(browser, widths.desktop, { storageState: signedIn });
  const tabB = await context.newPage();
  try {
    const edit = siteUrl + pages[1];
    await tabA.goto(edit);
    await tabB.goto(edit);
    const originalName = await tabA.inputValue('#field-name');
    const originalSegment = await tabA.inputValue('#field-segment');

    await tabA.fill('#field-name', originalName + ' (A)');
    await tabA.click('button:has-text("Tallenna luonnos")');
    await tabA.waitForSelector('.notice');

    await tabB.fill('#field-segment', 'toisen-valilehden-osoite');
    await tabB.click('button:has-text("Tallenna luonnos")');
    await tabB.waitForSelector('[data-conflict]');
    const rows = await tabB.$$eval('[data-conflict] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    assert.deepEqual(rows.find((r) => r[0] === 'Nimi')?.slice(1, 3), [originalName + ' (A)', originalName]);
    assert.deepEqual(rows.find((r) => r[0] === 'URL-osa')?.slice(1, 3), [originalSegment, 'toisen-valilehden-osoite']);
    assert.equal(await tabB.inputValue('#field-name'), originalName + ' (A)', 'the other tab\'s name is not in the form');
    assert.equal(await tabB.inputValue('#field-segment'), 'toisen-valilehden-osoite', 'the typed segment was lost');
    const axe = await new AxeBuilder({ page: tabB }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    assert.deepEqual(await cspViolations(tabB), []);

    await tabB.click('button:has-text("Tallenna luonnos")');
    await tabB.waitForSelector('.notice');
    await tabA.reload();
    assert.equal(await tabA.inputValue('#field-name'), originalName + ' (A)');
    assert.equal(await tabA.inputValue('#field-segment'), 'toisen-valilehden-osoite');

    // Put the item back for the tests after this one.
    await tabA.fill('#field-name', originalName);
    await tabA.fill('#field-segment', originalSegment);
    await tabA.click('button:has-text("Tallenna luonnos")');
    await tabA.waitForSelector('.notice');
  } finally {
    await context.close();
  }
});

test('in the English backoffice labels, tabs and an end-before-start error are English, then back to Finnish', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await page.goto(siteUrl + '/umbraco');
    await page.locator('.bo-language a[lang="en"]').click();
    await page.waitForSelector('html[lang="en"]');
    await page.goto(siteUrl + '/umbraco/content/00000000-0000-4000-8000-000000000506'); // a partnership table
    assert.match(await page.textContent('.bo-crumbs'), /Partnership table/);
    await page.locator('[role="tab"]').filter({ hasText: 'Time and place' }).first().click();
    assert.match(await page.textContent('label[for="field-endTime"]'), /^\s*End time/);
    await page.fill('#field-startTime', '2027-03-10T18:00');
    await page.fill('#field-endTime', '2027-03-10T16:00');
    await page.click('button:has-text("Save draft")');
    await page.waitForSelector('[data-error-summary]');
    assert.equal((await page.textContent('#field-endTime-error')).trim(), '“End time” cannot be before “Start time” – correct one of them.');
    assert.equal(await page.getAttribute('#field-endTime', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#field-endTime'), '2027-03-10T16:00', 'the typed time was not kept');
    assert.equal(await page.isVisible('#field-endTime'), true, 'the tab with the error is not shown');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);

    await page.locator('.bo-language a[lang="fi"]').click();
    await page.waitForSelector('html[lang="fi"]');
    await page.goto(siteUrl + '/umbraco/content/00000000-0000-4000-8000-000000000506');
    assert.match(await page.textContent('.bo-crumbs'), /Kumppanuuspöytä/);
  } finally {
    await context.close();
  }
});

test('the side tree opens a level with its button, and children are sorted by dragging', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await page.goto(siteUrl + '/umbraco');
    const toggle = page.locator('.side-tree [data-tree-toggle]').first();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    const before = await page.locator('.side-tree .tree-node > a').count();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.side-tree [data-tree-toggle]')?.getAttribute('aria-expanded') === 'true'
      && document.querySelectorAll('.side-tree .tree-level .tree-level .tree-node > a').length > 0);
    assert.ok(await page.locator('.side-tree .tree-node > a').count() > before, 'no children were loaded');
    await page.keyboard.press('Enter'); // and closes again
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('.side-tree .tree-level .tree-level').first().isHidden(), true);

    const home = (await page.locator('.side-tree .tree-node > a').first().getAttribute('href')).split('/').pop();
    await page.goto(`${siteUrl}/umbraco/sort?parent=${home}`);
    const names = () => page.locator('[data-sortable] .name').allTextContents();
    const original = await names();
    assert.ok(original.length >= 3);
    await page.dragAndDrop('[data-sortable] li:nth-child(2)', '[data-sortable] li:nth-child(1)', { targetPosition: { x: 20, y: 2 } });
    await page.click('[data-sort-form] button');
    await page.waitForSelector('.notice');
    assert.deepEqual(await names(), [original[1], original[0], ...original.slice(2)]);
    assert.deepEqual(await cspViolations(page), []);

    // Back with the keyboard: the second item's Up button.
    await page.locator('[data-sortable] li:nth-child(2) button').filter({ hasText: 'Ylös' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.notice');
    assert.deepEqual(await names(), original);
  } finally {
    await context.close();
  }
});

test('an internal link is picked in the rich-text editor with the keyboard', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await openRichText(page);
    await page.keyboard.type(' Lue lisää');
    await page.keyboard.press('Shift+ArrowLeft');
    const linkButton = page.locator('.bo-rte__button--link').first();
    await linkButton.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.bo-ask[open]');
    assert.equal(await page.evaluate(() => document.activeElement.closest('dialog') !== null), true, 'focus is not in the dialog');
    assert.ok(await page.locator('dialog.bo-ask select option[value="/uutiset/"]').count() > 0, 'the site pages are not offered');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SELECT', 'the page list is not the first field');
    await page.selectOption('dialog.bo-ask select', '/uutiset/');
    await page.keyboard.press('Tab'); // the external address
    await page.keyboard.press('Enter'); // submits with OK, the form's first button
    await page.waitForSelector('dialog.bo-ask', { state: 'detached' });
    const html = await page.locator('textarea[data-rich-text]').first().inputValue();
    assert.match(html, /<a [^>]*href="\/uutiset\/"/);
  } finally {
    await context.close();
  }
});

test('a content picker is searched and chosen with the keyboard, results announced, with no axe violations', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await page.goto(siteUrl + '/umbraco');
    await page.fill('#tree-search-q', 'Pilottilähiöiksi');
    const edit = await page.locator('.tree-results a').filter({ hasText: 'Pilottilähiöiksi valittiin' }).first().getAttribute('href');
    await page.goto(siteUrl + edit);
    await page.locator('[role="tab"]').filter({ hasText: 'Julkaisu ja luokittelu' }).first().click();
    // The picker script has turned the select into a search box that the field's label names.
    assert.equal(await page.evaluate(() => document.getElementById('field-project')?.type), 'search');
    assert.equal(await page.evaluate(() => document.querySelector('label[for="field-project"]')?.control?.type), 'search');

    await page.focus('#field-project');
    await page.keyboard.type('kylien');
    // The first page (shown on focus) may arrive first; wait for the filtered answer.
    await page.waitForFunction(() => /^1 /.test(document.getElementById('field-project-status')?.textContent ?? ''));
    assert.equal(await page.locator('.picker__results button').count(), 1);
    assert.equal(await page.getAttribute('#field-project-status', 'aria-live'), 'polite');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused(page))?.text, 'Kylien Rovaniemi');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page))?.id, 'field-project', 'focus did not return to the search box');
    assert.match(await page.textContent('[aria-labelledby="field-project-chosen"]'), /Kylien Rovaniemi/);
    const chosen = await page.evaluate(() => document.getElementById('field-project-values').value);
    assert.match(chosen, /^[0-9a-f-]{36}$/);

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  } finally {
    await context.close();
  }
});

test('the link dialog refuses a page title typed as an address, with the message next to the field', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await openRichText(page);
    const before = await page.locator('textarea[data-rich-text]').first().inputValue();
    await page.locator('.bo-rte__button--link').first().click();
    await page.waitForSelector('dialog.bo-ask[open]');
    await page.keyboard.press('Tab'); // from the page list to the external address
    await page.keyboard.type('Mikä on kumppanuuspöytä?');
    await page.keyboard.press('Enter');

    const input = page.locator('dialog.bo-ask input');
    assert.equal(await page.locator('dialog.bo-ask[open]').count(), 1, 'the dialog closed with an invalid address');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    const errorId = (await input.getAttribute('aria-describedby')).split(' ').find((id) => id.endsWith('-error'));
    assert.match(await page.locator(`#${errorId}`).textContent(), /https:\/\/example\.fi/);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'INPUT', 'focus left the field');
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await page.locator('textarea[data-rich-text]').first().inputValue(), before);

    await input.fill('kumppanuuspoyta.example.fi');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.bo-ask', { state: 'detached' });
    const html = await page.locator('textarea[data-rich-text]').first().inputValue();
    assert.match(html, /<a [^>]*href="https:\/\/kumppanuuspoyta\.example\.fi"/);
    assert.doesNotMatch(html, /Mikä on/);
  } finally {
    await context.close();
  }
});

test('typing after an image inserted from the media library keeps the image', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await openRichText(page);
    await page.keyboard.press('Enter');
    await page.locator('.bo-rte__button--image').first().click();
    await page.waitForSelector('dialog.bo-ask[open]');
    // OK without an image is refused in the dialog.
    await page.locator('dialog.bo-ask button[value="ok"]').click();
    assert.equal(await page.locator('dialog.bo-ask select').getAttribute('aria-invalid'), 'true');
    const media = await page.locator('dialog.bo-ask select option').nth(1).getAttribute('value');
    assert.match(media, /^\/media\//);
    await page.selectOption('dialog.bo-ask select', media);
    await page.locator('dialog.bo-ask input').fill('Asukkaat talkoissa');
    await page.locator('dialog.bo-ask button[value="ok"]').click();
    await page.waitForSelector('dialog.bo-ask', { state: 'detached' });

    await page.keyboard.type('Kuvan jälkeen');
    const html = await page.locator('textarea[data-rich-text]').first().inputValue();
    // The words start the block after the image (a paragraph made for them when the image was last).
    assert.match(html, /<img [^>]*alt="Asukkaat talkoissa"[^>]*>\s*<(p|h2|h3)>Kuvan jälkeen/);
  } finally {
    await context.close();
  }
});

test('a pasted image without alt from elsewhere is not kept in the rich-text editor', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await openRichText(page);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<p>Liitetty</p><img src="x">');
      document.querySelector('.bo-rte__content').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const html = await page.locator('textarea[data-rich-text]').first().inputValue();
    assert.match(html, /Liitetty/);
    assert.doesNotMatch(html, /<img src="x"/);
  } finally {
    await context.close();
  }
});

// The backoffice bundle (ours, TipTap, ProseMirror, UUI) reads JSON from data-* attributes and the link-targets API,
// and parses pasted HTML: hostile keys in all of them must reach no prototype (ASVS 15.3.6).
test('hostile keys in the editor page JSON, the link targets and pasted HTML reach no prototype', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route((url) => url.pathname.startsWith('/umbraco/content/'), async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(/(data-(?:block-values|block-list-labels|rte-labels|picker-labels)=")\{(\}?)/g,
        (_, attribute, empty) => `${attribute}{${hostileAttribute}${empty ? '}' : ','}`);
      return route.fulfill({ response, body: html });
    });
    await page.route((url) => url.pathname === '/umbraco/api/link-targets', (route) => route.fulfill({
      contentType: 'application/json',
      body: `{${hostile},"content":[{${hostile},"name":"Uutiset","url":"/uutiset/"}],"media":[]}`,
    }));

    // A block list: typing in a block makes the script read every card's stored values and write them back.
    await page.goto(siteUrl + committeeEdit);
    assert.ok(await page.locator('[data-block-values*="__proto__"]').count() > 0, 'the hostile values did not reach the page');
    const panel = await page.evaluate(() => document.querySelector('[data-block-list]').closest('[role="tabpanel"]').id);
    await page.locator(`[role="tab"][aria-controls="${panel}"]`).click();
    await page.locator('[data-block-list] [data-block-field="name"] input').first().press('End');
    await page.keyboard.type(' Myrkky');
    const blocks = JSON.parse(await page.locator('[data-block-list] > textarea').inputValue());
    assert.match(blocks[0].values.name, / Myrkky$/);
    assert.deepEqual(await pollution(page), []);

    // Rich text: labels from the page, the link dialog's targets from the API, then hostile attributes pasted in.
    const content = await openRichText(page);
    await page.locator('.bo-rte__button--link').first().click();
    await page.waitForSelector('dialog.bo-ask[open]');
    assert.ok(await page.locator('dialog.bo-ask select option[value="/uutiset/"]').count() > 0, 'the link targets were not read');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.bo-ask', { state: 'detached' });
    await content.evaluate((element) => {
      const data = new DataTransfer();
      data.setData('text/html', '<p __proto__="x" constructor="y" data-polluted="yes">Liitetty <a href="/uutiset/" __proto__="z">linkki</a></p>');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    assert.match(await page.locator('textarea[data-rich-text]').first().inputValue(), /Liitetty/);
    assert.deepEqual(await pollution(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a block is added, moved up with the keyboard and saved; the order holds after reload', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await page.goto(siteUrl + committeeEdit);
    const panel = await page.evaluate(() => document.querySelector('[data-block-list]').closest('[role="tabpanel"]').id);
    await page.locator(`[role="tab"][aria-controls="${panel}"]`).click();
    assert.equal(await page.locator('[data-block-list] > textarea').isHidden(), true, 'the JSON is still shown');
    const names = () => page.locator('[data-block-list] [data-block-field="name"] input').evaluateAll((inputs) => inputs.map((i) => i.value));
    const before = await names();
    assert.ok(before.length >= 2);

    await page.locator('[data-block-add="contactPerson"]').click();
    assert.equal(await page.evaluate(() => document.activeElement.name), `block.members.n${before.length + 1}.name`, 'focus is not in the new block');
    await page.keyboard.type('Testi Henkilö');
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement.value), 'Testi Henkilö', 'focus did not stay in the moved block');
    const expected = [...before.slice(0, -2), 'Testi Henkilö', ...before.slice(-2)];
    assert.deepEqual(await names(), expected);
    await page.waitForFunction((text) => document.querySelector('[data-block-list-status]').textContent.includes(text), `${before.length - 1}/${before.length + 1}`);
    const json = JSON.parse(await page.locator('[data-block-list] > textarea').inputValue());
    assert.deepEqual(json.map((b) => b.values.name), expected);
    assert.deepEqual(await axeViolations(page), []);

    // Removing asks first; declined, nothing changes.
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.locator('[data-block]').first().locator('[data-block-remove]').click();
    assert.deepEqual(await names(), expected);

    await page.locator('button', { hasText: 'Tallenna luonnos' }).first().click();
    await page.waitForURL(/saved=draft/);
    const panelAgain = await page.evaluate(() => document.querySelector('[data-block-list]').closest('[role="tabpanel"]').id);
    await page.locator(`[role="tab"][aria-controls="${panelAgain}"]`).click();
    assert.deepEqual(await names(), expected);
  } finally {
    await context.close();
  }
});

test('the last admin cannot demote herself: the refusal is next to her role, and the role stays', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { storageState: signedIn });
  try {
    await page.goto(siteUrl + '/umbraco/admin/users');
    const row = page.locator('tr', { hasText: 'aino' });
    const role = row.locator('select[name="role"]');
    await role.selectOption('Editor');
    await row.locator('button', { hasText: /Vaihda|Change/ }).click();
    await page.waitForSelector('[data-error-summary]');

    const refusedRole = page.locator('tr', { hasText: 'aino' }).locator('select[name="role"]');
    assert.equal(await refusedRole.getAttribute('aria-invalid'), 'true');
    const errorId = await refusedRole.getAttribute('aria-describedby');
    assert.match(await page.locator(`#${errorId}`).textContent(), /ylläpitäjä|administrator/i);
    assert.equal(await refusedRole.inputValue(), 'Admin');
    assert.deepEqual(await axeViolations(page), []);

    await page.goto(siteUrl + '/umbraco/admin/users');
    assert.equal(await page.locator('tr', { hasText: 'aino' }).locator('select[name="role"]').inputValue(), 'Admin');
  } finally {
    await context.close();
  }
});
