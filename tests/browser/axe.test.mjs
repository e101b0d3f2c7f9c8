// Every page type, in every language it has, at phone and desktop widths: zero axe violations of WCAG 2.0/2.1 A and AA,
// no horizontal scrolling at 320 px (WCAG 1.4.10), and a screenshot of each for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, siteUrl, widths, cspViolations } from './lib/browser.mjs';
import { discoverPages } from './lib/pages.mjs';

const artifacts = new URL('./artifacts/', import.meta.url).pathname;
let browser;
let pages;
const checked = [];

before(async () => {
  await mkdir(artifacts, { recursive: true });
  browser = await launch();
  pages = await discoverPages();
});

after(async () => {
  await browser?.close();
  const types = new Set(checked.map((c) => c.split(' ')[0]));
  console.log(`axe: ${checked.length} page checks over ${types.size} page types x ${Object.keys(widths).length} widths, 0 violations`);
});

test('the crawl finds every page type of the demo site', () => {
  const types = new Set(pages.map((p) => p.type));
  for (const type of ['home', 'newsList', 'newsArticle', 'blog', 'blogPost', 'directory', 'association', 'events',
    'partnershipTable', 'projects', 'project', 'areaCommittees', 'areaCommittee', 'spaces', 'space', 'search', 'page', 'notFound']) {
    assert.ok(types.has(type), `no ${type} page was found`);
  }
  assert.ok(pages.some((p) => p.lang === 'sv') && pages.some((p) => p.lang === 'en'), 'no Swedish or English pages were found');
});

for (const [widthName, viewport] of Object.entries(widths)) {
  test(`no WCAG 2.1 A/AA violations at ${widthName} width`, async () => {
    const { context, page } = await openPage(browser, viewport);
    const failures = [];
    try {
      for (const target of pages) {
        await page.goto(siteUrl + target.path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const v of results.violations) {
          failures.push(`${target.path} [${widthName}] ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
        }
        for (const blocked of await cspViolations(page)) {
          failures.push(`${target.path} [${widthName}] CSP blocked: ${blocked}`);
        }
        await page.screenshot({ path: `${artifacts}${target.name}-${widthName}.png`, fullPage: true });
        checked.push(`${target.type} ${target.lang} ${widthName}`);
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, [], `axe violations:\n${failures.join('\n')}`);
  });
}

test('pages reflow at 320 px and at 200 % zoom without horizontal scrolling', async () => {
  // 1280 px at 400 % zoom is 320 CSS px (WCAG 1.4.10); 200 % zoom of a 1280 px window is 640 CSS px.
  const overflowing = [];
  for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 450 }]) {
    const { context, page } = await openPage(browser, viewport);
    try {
      for (const target of pages) {
        await page.goto(siteUrl + target.path);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > viewport.width) {
          overflowing.push(`${target.path} at ${viewport.width}px is ${scrollWidth}px wide`);
        }
      }
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(overflowing, []);
});

test('on a 375 px phone the header is at most 120 px high and the menu opens from its button', async () => {
  const { context, page } = await openPage(browser, { width: 375, height: 812 });
  const tall = [];
  try {
    for (const target of pages.filter((p) => p.type !== 'apiReference')) {
      await page.goto(siteUrl + target.path);
      const height = await page.evaluate(() => document.querySelector('.site-header').getBoundingClientRect().height);
      if (height > 120) {
        tall.push(`${target.path}: ${Math.round(height)} px`);
      }
    }
    assert.deepEqual(tall, []);

    await page.goto(siteUrl + '/');
    const button = page.locator('.menu-button');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#main-menu').isVisible(), false);
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('#main-menu a[href="/yhdistykset/"]').isVisible(), true);
    const open = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(open.violations.map((v) => v.id), []);
  } finally {
    await context.close();
  }
});

test('reduced motion is respected: nothing animates', async () => {
  const { context, page } = await openPage(browser, widths.desktop, { reducedMotion: 'reduce' });
  try {
    await page.goto(siteUrl + '/');
    const animated = await page.evaluate(() => [...document.querySelectorAll('*')]
      .filter((el) => { const s = getComputedStyle(el); return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0; })
      .map((el) => el.tagName));
    assert.deepEqual(animated, []);
  } finally {
    await context.close();
  }
});

test('an event prints as its facts: no menu, footer or registration form', async () => {
  const event = pages.find((p) => p.type === 'partnershipTable');
  assert.ok(event, 'no event page found');
  const { context, page } = await openPage(browser, widths.desktop);
  try {
    await page.goto(siteUrl + event.path);
    const formOnScreen = await page.locator('.registration form').count() > 0 && await page.locator('.registration form').first().isVisible();
    assert.equal(await page.isVisible('.site-header'), true);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('.site-header'), false, 'the header prints');
    assert.equal(await page.isVisible('.site-footer'), false, 'the footer prints');
    if (formOnScreen) assert.equal(await page.locator('.registration form').first().isVisible(), false, 'the registration form prints');
    assert.equal(await page.isVisible('h1'), true);
    assert.equal(await page.isVisible('.event-facts'), true, 'the event facts do not print');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
    await page.pdf({ path: `${artifacts}event-print.pdf` });
  } finally {
    await context.close();
  }
});

test('on a phone the budget table is a card per area: every figure in view, no sideways scroll', async () => {
  const committees = pages.find((p) => p.type === 'areaCommittees' && p.lang === 'fi');
  assert.ok(committees, 'no area committees page found');
  const { context, page } = await openPage(browser, widths.phone);
  try {
    await page.goto(siteUrl + committees.path);
    const committed = page.locator('table.budget tbody tr').first().locator('td.committed');
    const box = await committed.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box && box.x >= 0 && box.x + box.width <= viewport.width, `the last column is outside the screen: ${JSON.stringify(box)}`);
    assert.equal(await page.$eval('.table-scroll', (el) => el.scrollWidth <= el.clientWidth), true, 'the table still scrolls sideways');
    const label = await committed.evaluate((td) => [getComputedStyle(td, '::before').content, td.dataset.label]);
    assert.equal(label[0], `"${label[1]}"`, 'the figure is not labelled');
    assert.equal(await page.getAttribute('table.budget', 'role'), 'table');
  } finally {
    await context.close();
  }
});

test('on a 375 px phone the home page shows its tasks on the first screen', async () => {
  const { context, page } = await openPage(browser, widths.phone);
  try {
    await page.goto(siteUrl + '/');
    const tasks = page.locator('nav.top-tasks a');
    assert.equal(await tasks.count(), 5);
    const first = await tasks.first().boundingBox();
    assert.ok(first && first.y + first.height <= widths.phone.height, `the first task is below the first screen: ${JSON.stringify(first)}`);
    assert.ok(first.height >= 44, 'a task is smaller than a finger');
  } finally {
    await context.close();
  }
});
