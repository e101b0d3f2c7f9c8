// <div data-block-list> holds the JSON textarea that is posted, and templates the
// server drew: the cards of the blocks (each a form of its element type's
// properties, drawn by those editors' own views) and an empty card per type that
// may be added. This script shows the cards instead of the JSON and writes the
// JSON back from them, so the post is what the editor reads with or without it.
// Blocks move with their buttons or Alt+Up/Alt+Down; removing one asks first.
import { initRichText } from './rich-text.js';
import { initPickers } from './picker.js';

const NEW_TOKEN = '__block__';
const format = (text, ...args) => String(text ?? '').replace(/\{(\d+)\}/g, (_, i) => args[Number(i)] ?? '');

export function initBlockLists(root) {
  for (const list of root.querySelectorAll('[data-block-list]:not([data-block-list-ready])')) {
    const editor = list.querySelector('template[data-block-list-editor]');
    if (!editor) continue; // the text is not a readable list of blocks: it stays JSON, as typed
    list.setAttribute('data-block-list-ready', '');
    enhance(list, editor);
  }
}

function enhance(list, template) {
  const labels = JSON.parse(list.dataset.blockListLabels || '{}');
  const textarea = list.querySelector('textarea');
  const jsonLabel = list.querySelector('.block-list__json-label');
  const ui = template.content.cloneNode(true);
  const items = ui.querySelector('.block-list__items');
  const empty = ui.querySelector('.block-list__empty');
  const status = ui.querySelector('[data-block-list-status]');
  textarea.hidden = true;
  if (jsonLabel) jsonLabel.hidden = true;
  list.append(ui);
  let added = items.children.length;

  const cards = () => [...items.children];
  const nameOf = (card) => format(labels.nameOf, card.dataset.blockTypeName, cards().indexOf(card) + 1);
  const announce = (text) => {
    // Cleared first so the same words said twice are still announced.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  };

  const renumber = () => {
    for (const card of cards()) {
      const name = nameOf(card);
      card.querySelector('[data-block-legend]').textContent = name;
      for (const span of card.querySelectorAll('[data-block-name-of]')) span.textContent = `: ${name}`;
      // aria-disabled, not disabled: the button just pressed keeps focus when its block reaches the end.
      card.querySelector('[data-block-move="-1"]').setAttribute('aria-disabled', String(card === items.firstElementChild));
      card.querySelector('[data-block-move="1"]').setAttribute('aria-disabled', String(card === items.lastElementChild));
    }
    empty.hidden = items.children.length > 0;
  };

  const write = () => {
    const blocks = cards().map(readCard);
    textarea.value = blocks.length === 0 ? '' : JSON.stringify(blocks, null, 2);
  };

  const move = (card, by, focus) => {
    const all = cards();
    const to = all.indexOf(card) + by;
    if (to < 0 || to >= all.length) return;
    // Moving a node takes focus away; it is given back to the same control.
    items.insertBefore(card, by < 0 ? all[to] : all[to].nextElementSibling);
    renumber();
    write();
    focus?.focus();
    announce(format(labels.moved, card.dataset.blockTypeName, to + 1, all.length));
  };

  const remove = (card) => {
    const name = nameOf(card);
    if (!window.confirm(format(labels.removeConfirm, name))) return;
    const next = card.nextElementSibling || card.previousElementSibling;
    card.remove();
    renumber();
    write();
    (next?.querySelector('input, select, textarea') || list.querySelector('[data-block-add]'))?.focus();
    announce(format(labels.removed, name));
  };

  const add = (type) => {
    const fresh = list.querySelector(`template[data-block-list-new="${CSS.escape(type)}"]`);
    if (!fresh) return;
    const card = fresh.content.firstElementChild.cloneNode(true);
    renameNew(card, `n${++added}`);
    if (globalThis.crypto?.randomUUID) card.dataset.blockKey = crypto.randomUUID();
    items.append(card);
    initRichText(card);
    initPickers(card);
    renumber();
    write();
    card.querySelector('input, select, textarea, [contenteditable="true"]')?.focus();
    announce(format(labels.added, card.dataset.blockTypeName, items.children.length));
  };

  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const card = button?.closest('[data-block]');
    if (button?.dataset.blockAdd) add(button.dataset.blockAdd);
    else if (card && button.dataset.blockMove) move(card, Number(button.dataset.blockMove), button);
    else if (card && button.hasAttribute('data-block-remove')) remove(card);
  });

  list.addEventListener('keydown', (event) => {
    const card = event.target instanceof Element ? event.target.closest('[data-block]') : null;
    if (!card || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    move(card, event.key === 'ArrowUp' ? -1 : 1, event.target);
  });

  list.addEventListener('input', write);
  list.addEventListener('change', write);
  // Some controls (the picker's hidden select) change without an event: the post is written once more on submit.
  textarea.form?.addEventListener('submit', write, true);

  // A link to the hidden JSON (the error summary's) leads to the blocks instead.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link && decodeURIComponent(link.hash.slice(1)) === textarea.id) {
      event.preventDefault();
      (items.querySelector('input, select, textarea') || list.querySelector('[data-block-add]'))?.focus();
    }
  });

  renumber();
}

// A new card's names and ids carry the template's token; each added card gets its own.
function renameNew(card, token) {
  const idToken = NEW_TOKEN.replace(/_/g, '-');
  for (const element of [card, ...card.querySelectorAll('*')]) {
    for (const attribute of ['id', 'for', 'name', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'list', 'data-block-name']) {
      const value = element.getAttribute(attribute);
      if (value?.includes(NEW_TOKEN) || value?.includes(idToken)) {
        element.setAttribute(attribute, value.replaceAll(NEW_TOKEN, token).replaceAll(idToken, token));
      }
    }
  }
}

// One block as stored: { key, contentType, values }. Values the card does not show are kept as they were.
function readCard(card) {
  // Without a prototype, a field named __proto__ or constructor is kept as data, never taken as the object's own
  // prototype (ASVS 15.3.6).
  const values = Object.assign(Object.create(null), JSON.parse(card.dataset.blockValues || '{}'));
  for (const field of card.querySelectorAll('[data-block-field]')) {
    const value = readField(field);
    if (value === undefined) delete values[field.dataset.blockField];
    else values[field.dataset.blockField] = value;
  }
  const block = { contentType: card.dataset.blockType, values };
  return card.dataset.blockKey ? { key: card.dataset.blockKey, ...block } : block;
}

// What a post would carry under a name: checked boxes, chosen options, other controls' values.
function posted(field, name) {
  const found = [];
  for (const control of field.querySelectorAll('input, select, textarea')) {
    if (control.name !== name || control.disabled) continue;
    if ((control.type === 'checkbox' || control.type === 'radio') && !control.checked) continue;
    if (control instanceof HTMLSelectElement) found.push(...[...control.selectedOptions].map((o) => o.value));
    else found.push(control.value);
  }
  return found;
}

// The editors' ReadForm, for the shapes a block's properties use (BlockValueKind on the server).
function readField(field) {
  const name = field.dataset.blockName;
  switch (field.dataset.blockValue) {
    case 'flag':
      return posted(field, name).includes('true');
    case 'list': {
      const items = posted(field, name).filter((v) => v !== '');
      return items.length > 0 ? items : undefined;
    }
    case 'parts': {
      const parts = Object.fromEntries((field.dataset.blockParts || '').split(' ').filter(Boolean).map((part) => [part, (posted(field, `${name}.${part}`)[0] ?? '').trim()]));
      return Object.values(parts).some((v) => v !== '') ? parts : undefined;
    }
    case 'links': {
      const titles = posted(field, `${name}.title`);
      const links = posted(field, `${name}.url`)
        .map((url, i) => ({ title: (titles[i] ?? '').trim(), url: url.trim() }))
        .filter((link) => link.url !== '');
      return links.length > 0 ? links : undefined;
    }
    default: {
      const text = (posted(field, name)[0] ?? '').trim();
      return text === '' ? undefined : text;
    }
  }
}
