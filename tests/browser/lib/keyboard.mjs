// Helpers for keyboard scripts: press Tab and see what has focus, and whether that focus can be seen.
import assert from 'node:assert/strict';

export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim(),
      href: el.getAttribute('href'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      visible: el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0,
    };
  });
}

/** Tabs forward until the predicate matches; fails after max presses (a trap or a missing control). */
export async function tabTo(page, predicate, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el && predicate(el)) {
      assertVisibleFocus(el);
      return el;
    }
  }
  assert.fail(`no focusable element matched after ${max} Tab presses`);
}

export function assertVisibleFocus(el) {
  assert.ok(el.visible, `focused ${el.tag} "${el.text}" is not visible`);
  assert.ok(el.outline, `focused ${el.tag} "${el.text}" has no visible focus outline`);
}

/** Tabs through the whole page: every stop shows focus, and focus comes back round (no keyboard trap). */
export async function tabThroughPage(page, max = 300) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el === null) {
      return stops; // past the last element: focus left the document, so nothing trapped it
    }
    assertVisibleFocus(el);
    const id = `${el.tag}|${el.id}|${el.href}|${el.text}`;
    if (stops.length > 3 && stops[0] === id) {
      return stops; // wrapped around to the start
    }
    stops.push(id);
  }
  assert.fail(`focus never left the page after ${max} Tab presses: a keyboard trap`);
}
