import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, siteUrl, widths } from '../lib/browser.mjs';
import { tabTo, tabThroughPage, focused } from '../lib/keyboard.mjs';

test('the main menu and the language switch work from the keyboard', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.phone);
    await page.goto(siteUrl + '/');
    // On a phone the menu is folded behind its button: Enter opens it, and Escape folds it back onto the button.
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Valikko');
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.href === '/uutiset/');
    await page.keyboard.press('Escape');
    assert.equal((await focused(page))?.text, 'Valikko');
    assert.equal(await page.locator('.menu-button').getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.href === '/yhdistykset/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/yhdistykset\/$/);
    assert.equal(await page.locator('.main-nav [aria-current]').getAttribute('href'), '/yhdistykset/');

    await page.goto(siteUrl + '/');
    // A phone shows the code (SV) to keep the header to two rows; the link's name still says the language's own name.
    assert.equal(await page.locator('.language-switch a[lang=sv] .language-code').isVisible(), true);
    assert.equal(await page.getByRole('link', { name: 'SV Svenska', exact: true }).count(), 1);
    await tabTo(page, (el) => el.href === '/sv/' && el.text.includes('SV'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sv\/$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  } finally {
    await browser.close();
  }
});

test('every page type can be tabbed through with visible focus and no keyboard trap', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.desktop);
    for (const path of ['/', '/uutiset/', '/yhdistykset/', '/kumppanuuspoydat/', '/aluetoimikunnat/', '/haku/?q=kyl%C3%A4', '/saavutettavuusseloste/']) {
      await page.goto(siteUrl + path);
      const stops = await tabThroughPage(page);
      assert.ok(stops.length > 5, `${path} has only ${stops.length} focus stops`);
    }
  } finally {
    await browser.close();
  }
});

test('the directory filter and paging work from the keyboard', async () => {
  const browser = await launch();
  try {
    const { page } = await openPage(browser, widths.desktop);
    await page.goto(siteUrl + '/yhdistykset/');
    await tabTo(page, (el) => el.id === 'directory-kunta');
    await page.keyboard.press('ArrowDown'); // first municipality
    const chosen = await page.locator('#directory-kunta').inputValue();
    assert.notEqual(chosen, '');
    // area, theme and target group come between the municipality and the button
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Rajaa', 5);
    await page.keyboard.press('Enter');
    await page.waitForURL(/kunta=/);
    assert.equal(await page.locator('#directory-kunta').inputValue(), chosen);

    await page.goto(siteUrl + '/yhdistykset/');
    await tabTo(page, (el) => el.text === 'Seuraava sivu');
    await page.keyboard.press('Enter');
    await page.waitForURL(/sivu=2/);
    assert.equal(await page.locator('.pager [aria-current="page"]').innerText(), '2');
    assert.equal((await focused(page)), null, 'focus starts at the top of the new page');
  } finally {
    await browser.close();
  }
});
