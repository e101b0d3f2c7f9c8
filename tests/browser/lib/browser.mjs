// Debian's Chromium driven by playwright-core: no browser download, no background network.
import { chromium } from 'playwright-core';

export const siteUrl = (process.env.SITE_URL ?? 'http://127.0.0.1:5199').replace(/\/$/, '');

export const widths = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 900 },
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A fresh page at the given viewport; the caller closes its context. */
export async function openPage(browser, viewport = widths.desktop, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  // Every page records what its Content-Security-Policy blocked, for cspViolations() below.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  return { context, page };
}

/** What the page's Content-Security-Policy blocked so far (scripts, styles, frames...): should always be nothing. */
export async function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations ?? []);
}
