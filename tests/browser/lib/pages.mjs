// Finds the pages to check by crawling the running site from its home pages: a few of every content type in
// every language, so a new page type is checked as soon as it is linked, with no list to keep up to date.
import { siteUrl } from './browser.mjs';

const perTypeAndLanguage = 2;

export async function discoverPages() {
  const queue = ['/', '/sv/', '/en/'];
  const seen = new Set(queue);
  const found = new Map(); // "type|lang" -> [paths]
  while (queue.length > 0 && seen.size < 400) {
    const path = queue.shift();
    const response = await fetch(siteUrl + path, { redirect: 'manual' });
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('text/html')) {
      continue;
    }
    const html = await response.text();
    const type = /<body data-content-type="([^"]+)"/.exec(html)?.[1];
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
    const key = `${type}|${lang}`;
    const list = found.get(key) ?? [];
    if (list.length < perTypeAndLanguage) {
      list.push(path);
      found.set(key, list);
    }
    for (const [, href] of html.matchAll(/href="(\/[^"#?]*)"/g)) {
      if (!seen.has(href) && !href.startsWith('/media/') && !href.startsWith('/css/')) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  const pages = [...found.entries()].flatMap(([key, paths]) => {
    const [type, lang] = key.split('|');
    return paths.map((path, i) => ({ type, lang, path, name: `${type}-${lang}${i ? '-' + (i + 1) : ''}` }));
  });
  // States a crawl does not reach: a filtered and paged directory, search results, the 404 page.
  pages.push(
    { type: 'directory', lang: 'fi', path: '/yhdistykset/?kunta=Kouvola&sivu=2', name: 'directory-fi-filtered' },
    { type: 'directory', lang: 'fi', path: '/yhdistykset/?q=vertaistuki&kohderyhma=omaiset', name: 'directory-fi-text-and-facet' },
    { type: 'directory', lang: 'sv', path: '/sv/foreningar/?teema=kylätoiminta', name: 'directory-sv-theme' },
    { type: 'search', lang: 'fi', path: '/haku/?q=kyl%C3%A4', name: 'search-fi-results' },
    { type: 'search', lang: 'fi', path: '/haku/?q=yhdistys&tyyppi=yhdistykset&sivu=2', name: 'search-fi-kind-page-2' },
    { type: 'search', lang: 'fi', path: '/haku/?q=mielenterveysseuura', name: 'search-fi-did-you-mean' },
    { type: 'search', lang: 'fi', path: '/haku/?q=xqzvvw', name: 'search-fi-no-hits' },
    { type: 'search', lang: 'sv', path: '/sv/sok/?q=f%C3%B6reningar', name: 'search-sv-results' },
    { type: 'notFound', lang: 'fi', path: '/ei-tallaista-sivua/', name: 'notFound-fi' },
    { type: 'apiReference', lang: 'en', path: '/umbraco/swagger', name: 'api-reference' },
  );
  return pages;
}
