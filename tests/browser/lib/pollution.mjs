// Prototype pollution probes shared by the site's and the backoffice's checks (ASVS 15.3.6).

/** JSON members (without braces) that would pollute Object.prototype if a script merged them naively. */
export const hostile = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}';

/** The same members as they sit HTML-encoded in a data-* attribute. */
export const hostileAttribute = hostile.replaceAll('"', '&quot;');

/** What fresh objects of each kind gained from their prototypes: an empty list when nothing was polluted. */
export async function pollution(page) {
  return page.evaluate(() => {
    const probes = { object: {}, array: [], function: () => {}, string: '', number: 0, map: new Map(), element: document.createElement('div') };
    return Object.entries(probes)
      .filter(([, value]) => value.polluted !== undefined || Object(value).constructor?.prototype?.polluted !== undefined)
      .map(([kind]) => kind)
      .concat(Object.prototype.polluted !== undefined ? ['Object.prototype'] : []);
  });
}
