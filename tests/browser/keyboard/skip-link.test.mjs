import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, siteUrl, widths } from '../lib/browser.mjs';
import { focused } from '../lib/keyboard.mjs';

for (const [name, viewport] of Object.entries(widths)) {
  test(`the first Tab shows the skip link, and Enter moves focus to the main content (${name})`, async () => {
    const browser = await launch();
    try {
      const { page } = await openPage(browser, viewport);
      await page.goto(siteUrl + '/uutiset/');
      await page.keyboard.press('Tab');
      const link = await focused(page);
      assert.equal(link.href, '#main');
      assert.ok(link.visible && link.outline, 'the skip link is not visible when focused');
      await page.keyboard.press('Enter');
      assert.equal((await focused(page))?.id, 'main');
      await page.keyboard.press('Tab');
      const next = await focused(page);
      assert.ok(await page.evaluate(() => document.querySelector('main').contains(document.activeElement)), `focus went to ${next?.text} outside main`);
    } finally {
      await browser.close();
    }
  });
}
