// Small modal <dialog>s for the rich-text editor, instead of window.prompt: a link is either a page of the site,
// picked from the published pages, or an external address that is checked before the dialog closes (the message
// stays next to the field); an image is picked from the media library with its alternative text.
// Esc or Cancel gives null.
let targets; // fetched once per page: { content: [{name, url}], media: [...] }

async function loadTargets() {
  if (!targets) {
    targets = fetch('/umbraco/api/link-targets', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { content: [], media: [] }))
      .catch(() => ({ content: [], media: [] }));
  }
  return targets;
}

const PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)$/i;

// "example.fi" -> "https://example.fi"; "nimi@example.fi" -> mailto.
export function normaliseUrl(input) {
  const value = String(input ?? '').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || /^[/#?]/.test(value)) return value;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  return `https://${value}`;
}

// The address to store for what was typed as an external link, or null when it is not one:
// http(s) with a real host name, mailto with an address, tel with a number. A page title typed here
// ("Mikä on kumppanuuspöytä?") is refused rather than saved as https://Mikä on kumppanuuspöytä?.
export function externalUrl(input) {
  // Spaces grouping a phone number's digits are not part of a tel: address.
  const typed = normaliseUrl(input);
  const value = /^tel:/i.test(typed) ? typed.replace(/\s+/g, '') : typed;
  if (value === '' || /\s/.test(value)) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!PROTOCOLS.includes(url.protocol)) return null;
  if (url.protocol === 'mailto:') return /^[^@/]+@[^@/]+\.[^@/]+$/.test(decodeURIComponent(url.pathname)) ? value : null;
  if (url.protocol === 'tel:') return /^\+?[0-9][0-9 ()-]{2,}$/.test(decodeURIComponent(url.pathname)) ? value : null;
  return HOST.test(url.hostname) && !url.username && !url.password ? value : null;
}

// A file of the site's media library, as the server's sanitiser keeps it.
export function isLibraryImage(src) {
  const value = String(src ?? '');
  return /^\/media\/[^/?#]/.test(value) && !value.includes('..') && !value.includes('//') && !value.includes('\\');
}

let counter = 0;

function element(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

// A labelled field with an optional hint and a message slot wired by aria-describedby.
function field(id, label, control, hint) {
  control.id = id;
  const wrapper = element('div', { className: 'bo-ask__field' }, element('label', { htmlFor: id, textContent: label }));
  const described = [];
  if (hint) {
    wrapper.append(element('p', { className: 'bo-ask__hint', id: `${id}-hint`, textContent: hint }));
    described.push(`${id}-hint`);
  }
  const error = element('p', { className: 'bo-ask__error', id: `${id}-error`, hidden: true });
  wrapper.append(control, error);
  if (described.length) control.setAttribute('aria-describedby', described.join(' '));
  const show = (message) => {
    error.textContent = message || '';
    error.hidden = !message;
    if (message) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [...described, error.id].join(' '));
    } else {
      control.removeAttribute('aria-invalid');
      if (described.length) control.setAttribute('aria-describedby', described.join(' '));
      else control.removeAttribute('aria-describedby');
    }
  };
  return { wrapper, control, show };
}

function select(options, emptyText, selected) {
  const list = element('select', {}, element('option', { value: '', textContent: emptyText }));
  for (const target of options) {
    list.append(element('option', { value: target.url, textContent: target.label ?? target.name, selected: target.url === selected }));
  }
  return list;
}

// Opens a modal dialog with the fields; OK runs `submit`, which returns the answer, or undefined to keep the
// dialog open (it has shown its message and moved focus). Cancel and Esc give null.
function open({ title, fields, labels, submit, first }) {
  const returnFocus = document.activeElement;
  const titleId = `bo-ask-${++counter}-title`;
  const dialog = element('dialog', { className: 'bo-ask' });
  dialog.setAttribute('aria-labelledby', titleId);
  const form = element('form', { method: 'dialog', noValidate: true });
  const ok = element('button', { value: 'ok', textContent: labels.ok });
  const cancel = element('button', { value: 'cancel', textContent: labels.cancel, formNoValidate: true });
  form.append(element('h2', { id: titleId, className: 'bo-ask__title', textContent: title }), ...fields, element('div', { className: 'bo-ask__buttons' }, ok, cancel));
  dialog.append(form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let answer = null;
    form.addEventListener('submit', (event) => {
      if (event.submitter !== ok) return;
      const result = submit();
      if (result === undefined) event.preventDefault();
      else answer = result;
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      returnFocus?.focus?.();
      resolve(dialog.returnValue === 'ok' ? answer : null);
    });
    dialog.showModal();
    first.focus();
  });
}

// A link: { href } for a page or a checked external address, { href: '' } to remove the link, or null.
export async function askLink({ labels, current = '' }) {
  const pages = ((await loadTargets()).content ?? []).map((p) => ({ ...p, label: `${p.name} (${p.url})` }));
  const isPage = pages.some((p) => p.url === current);
  const id = `bo-ask-${++counter}`;
  const page = field(`${id}-page`, labels.linkPage, select(pages, labels.linkNoPage, isPage ? current : null));
  const url = field(`${id}-url`, labels.linkUrl, element('input', { value: isPage ? '' : current, autocomplete: 'off' }), labels.linkUrlHint);
  const submit = () => {
    const typed = url.control.value.trim();
    if (typed === '') {
      url.show(null);
      return { href: page.control.value };
    }
    // A site path typed by hand is taken only when it is one of the pages.
    const href = /^[/#?]/.test(typed) ? (pages.some((p) => p.url === typed) ? typed : null) : externalUrl(typed);
    if (href === null) {
      url.show(/^[/#?]/.test(typed) ? labels.pickPage : labels.invalidUrl);
      url.control.focus();
      return undefined;
    }
    return { href };
  };
  return open({ title: labels.link, fields: [page.wrapper, url.wrapper], labels, first: page.control, submit });
}

// An image of the media library: { src, alt } or null. An empty alternative text marks a decorative image.
export async function askImage({ labels }) {
  const media = (await loadTargets()).media ?? [];
  const id = `bo-ask-${++counter}`;
  const image = field(`${id}-media`, labels.imagePrompt, select(media, labels.imageNone, null));
  const alt = field(`${id}-alt`, labels.altPrompt, element('input', { autocomplete: 'off' }));
  const submit = () => {
    if (!isLibraryImage(image.control.value)) {
      image.show(labels.chooseImage);
      image.control.focus();
      return undefined;
    }
    image.show(null);
    return { src: image.control.value, alt: alt.control.value.trim() };
  };
  return open({ title: labels.image, fields: [image.wrapper, alt.wrapper], labels, first: image.control, submit });
}
