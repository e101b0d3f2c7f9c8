import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, siteUrl, cspViolations } from '../lib/browser.mjs';

test('search suggestions: typing opens a listbox, arrows choose, Enter opens the page, Escape closes; axe-clean open', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser);
    await page.goto(siteUrl + '/haku/');
    const box = page.locator('#search-page-q');
    await box.focus();
    await page.keyboard.type('kumppanu');
    const list = page.locator('#search-page-q-suggestions');
    await list.locator('[role="option"]').first().waitFor();
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    assert.match(await page.locator('#search-page-live').textContent(), /ehdotusta/);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);

    await page.keyboard.press('ArrowDown');
    const first = list.locator('[role="option"]').first();
    assert.equal(await first.getAttribute('aria-selected'), 'true');
    assert.equal(await box.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
    await page.keyboard.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');

    await page.keyboard.type('a');
    await list.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/haku/')), page.keyboard.press('Enter')]);
    assert.notEqual(new URL(page.url()).pathname, '/haku/');
    assert.deepEqual(await cspViolations(page), []);
  } finally {
    await browser.close();
  }
});

test('without suggestions the search box still submits with Enter', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser);
    await page.goto(siteUrl + '/haku/');
    await page.locator('#search-page-q').fill('kyläyhdistys');
    await Promise.all([page.waitForURL(/q=/), page.keyboard.press('Enter')]);
    assert.match(await page.locator('[role="status"]').first().textContent(), /Löytyi \d+ tulosta/);
  } finally {
    await browser.close();
  }
});
