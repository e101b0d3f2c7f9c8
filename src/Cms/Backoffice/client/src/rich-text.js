// <textarea data-rich-text> gets a TipTap editor. The textarea stays in the
// form (hidden) and keeps the HTML that is posted: every change is written
// back to it. Labels come from data-rte-labels (JSON) or default to Finnish.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import Image from '@tiptap/extension-image';
import { rovingToolbar } from './toolbar.js';
import { TextSelection } from '@tiptap/pm/state';
import { askLink, askImage, externalUrl, isLibraryImage } from './link-dialog.js';

const DEFAULT_LABELS = {
  toolbar: 'Muotoilu',
  bold: 'Lihavointi',
  italic: 'Kursiivi',
  heading2: 'Otsikko 2',
  heading3: 'Otsikko 3',
  bulletList: 'Luettelo',
  orderedList: 'Numeroitu luettelo',
  link: 'Linkki',
  unlink: 'Poista linkki',
  image: 'Kuva',
  undo: 'Kumoa',
  redo: 'Tee uudelleen',
  linkPage: 'Sivu sivustolta',
  linkNoPage: '(ei sivua)',
  linkUrl: 'Tai ulkoinen osoite',
  linkUrlHint: '',
  pickPage: 'Valitse sivuston sivu luettelosta.',
  imagePrompt: 'Kuva mediakirjastosta',
  imageNone: '(valitse kuva)',
  chooseImage: 'Valitse kuva mediakirjastosta.',
  ok: 'OK',
  cancel: 'Peruuta',
  altPrompt: 'Kuvan vaihtoehtoinen teksti (tyhjä, jos kuva on koristeellinen)',
  invalidUrl: 'Osoite ei kelpaa.',
};

const PROTOCOLS = ['http', 'https', 'mailto', 'tel'];

// Allowed in stored links: http(s)/mailto/tel, or a link within the site (/polku, #kohta, ?haku).
export function isAllowedUrl(url) {
  const value = String(url ?? '').trim();
  if (value === '') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (scheme) return PROTOCOLS.includes(scheme[1].toLowerCase());
  return /^[/#?]/.test(value) && !value.startsWith('//');
}

// Pasted or loaded images are kept only as the server stores them: a library file with an alt attribute.
const LibraryImage = Image.extend({
  parseHTML() {
    return [{ tag: 'img[src]', getAttrs: (img) => (img.hasAttribute('alt') && isLibraryImage(img.getAttribute('src')) ? {} : false) }];
  },
});

function readLabels(textarea) {
  try {
    return { ...DEFAULT_LABELS, ...JSON.parse(textarea.dataset.rteLabels || '{}') };
  } catch {
    return DEFAULT_LABELS;
  }
}

let labelCounter = 0;

// The <label> of the textarea, given an id if it has none.
function findLabel(textarea) {
  const label = textarea.id ? document.querySelector(`label[for="${CSS.escape(textarea.id)}"]`) : null;
  const target = label || textarea.closest('label');
  if (!target) return null;
  if (!target.id) target.id = textarea.id ? `${textarea.id}-label` : `bo-rte-label-${++labelCounter}`;
  return target;
}

const editors = new Map(); // textarea -> editor
let linksWired = false;

export function initRichText(root) {
  if (!linksWired) {
    linksWired = true;
    // A link to the (hidden) textarea, e.g. from the error summary, goes to its editor.
    root.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      const target = link && link.hash.length > 1 ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
      const editor = target && editors.get(target);
      if (editor) {
        event.preventDefault();
        editor.view.dom.scrollIntoView({ block: 'center' });
        editor.commands.focus();
      }
    });
  }
  for (const textarea of root.querySelectorAll('textarea[data-rich-text]:not([data-rich-text-ready])')) {
    textarea.setAttribute('data-rich-text-ready', '');
    editors.set(textarea, enhance(textarea));
  }
}

function enhance(textarea) {
  const labels = readLabels(textarea);
  const label = findLabel(textarea);

  const wrapper = document.createElement('div');
  wrapper.className = 'bo-rte';
  const toolbar = document.createElement('div');
  toolbar.className = 'bo-rte__toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', labels.toolbar);
  if (textarea.id) toolbar.setAttribute('aria-controls', `${textarea.id}-editor`);
  const host = document.createElement('div');
  host.className = 'bo-rte__host';
  wrapper.append(toolbar, host);

  // A hidden required field would block submitting; the editor carries the
  // requirement for assistive technology and the server validates.
  const required = textarea.required || textarea.getAttribute('aria-required') === 'true';
  textarea.required = false;
  textarea.hidden = true;
  textarea.after(wrapper);

  const attributes = {
    class: 'bo-rte__content',
    role: 'textbox',
    'aria-multiline': 'true',
  };
  if (textarea.id) attributes.id = `${textarea.id}-editor`;
  if (label) attributes['aria-labelledby'] = label.id;
  for (const name of ['aria-describedby', 'aria-invalid']) {
    const value = textarea.getAttribute(name);
    if (value) attributes[name] = value;
  }
  if (required) attributes['aria-required'] = 'true';

  const editor = new Editor({
    element: host,
    injectCSS: false,
    content: textarea.value,
    extensions: [
      // No trailing node: an empty paragraph the author cannot see is not
      // content (and Ctrl+A would turn it into an empty heading).
      StarterKit.configure({ heading: { levels: [2, 3] }, link: false, underline: false, trailingNode: false }),
      Link.configure({
        openOnClick: false,
        // Links open where the reader is; no target=_blank or nofollow by default.
        HTMLAttributes: { target: null, rel: null },
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedUrl(url),
        shouldAutoLink: (url) => externalUrl(url) !== null,
      }),
      LibraryImage.configure({ inline: false, allowBase64: false }),
    ],
    editorProps: { attributes },
    onUpdate: ({ editor }) => {
      // The empty paragraph TipTap keeps at the end for the caret is not content.
      textarea.value = editor.isEmpty ? '' : editor.getHTML().replace(/(?:<p><\/p>)+$/, '');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
  });

  // Clicking the label focuses the editor as it did the textarea.
  label?.addEventListener('click', (event) => {
    event.preventDefault();
    editor.commands.focus();
  });

  const editLink = async () => {
    const answer = await askLink({ labels, current: editor.getAttributes('link').href || '' });
    if (answer === null) return;
    const { href } = answer;
    if (href === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
    } else if (editor.state.selection.empty && !editor.isActive('link')) {
      editor.chain().focus().insertContent({ type: 'text', text: labelOf(href), marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
  };

  // With nothing selected the link needs words: the address without its scheme.
  const labelOf = (href) => href.replace(/^(https?:\/\/|mailto:|tel:)/i, '').replace(/\/$/, '') || href;

  const insertImage = async () => {
    const answer = await askImage({ labels });
    if (answer === null) return;
    // The inserted image would stay selected, and the next key pressed would replace it: the caret goes after it,
    // into the paragraph that follows (a new one when the image is last).
    editor.chain().focus().setImage(answer).command(({ tr, state }) => {
      if (tr.selection.node?.type.name !== 'image') return true;
      const after = tr.selection.to;
      if (!tr.doc.nodeAt(after)?.isTextblock) tr.insert(after, state.schema.nodes.paragraph.create());
      tr.setSelection(TextSelection.create(tr.doc, after + 1));
      return true;
    }).run();
  };

  // [label key, run, isActive (toggle buttons only), canRun, extra attributes]
  const buttons = [
    ['bold', () => editor.chain().focus().toggleBold().run(), () => editor.isActive('bold'), null, { 'aria-keyshortcuts': 'Control+B' }],
    ['italic', () => editor.chain().focus().toggleItalic().run(), () => editor.isActive('italic'), null, { 'aria-keyshortcuts': 'Control+I' }],
    ['heading2', () => editor.chain().focus().toggleHeading({ level: 2 }).run(), () => editor.isActive('heading', { level: 2 })],
    ['heading3', () => editor.chain().focus().toggleHeading({ level: 3 }).run(), () => editor.isActive('heading', { level: 3 })],
    ['bulletList', () => editor.chain().focus().toggleBulletList().run(), () => editor.isActive('bulletList')],
    ['orderedList', () => editor.chain().focus().toggleOrderedList().run(), () => editor.isActive('orderedList')],
    ['link', editLink],
    ['unlink', () => editor.chain().focus().extendMarkRange('link').unsetLink().run(), null, () => editor.isActive('link')],
    ['image', insertImage],
    ['undo', () => editor.chain().focus().undo().run(), null, () => editor.can().undo(), { 'aria-keyshortcuts': 'Control+Z' }],
    ['redo', () => editor.chain().focus().redo().run(), null, () => editor.can().redo(), { 'aria-keyshortcuts': 'Control+Shift+Z' }],
  ].map(([key, run, isActive, canRun, extra]) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `bo-rte__button bo-rte__button--${key}`;
    button.textContent = labels[key];
    for (const [name, value] of Object.entries(extra || {})) button.setAttribute(name, value);
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') !== 'true') run();
    });
    toolbar.append(button);
    return { button, isActive, canRun };
  });

  const refresh = () => {
    for (const { button, isActive, canRun } of buttons) {
      if (isActive) button.setAttribute('aria-pressed', String(isActive()));
      // aria-disabled keeps the button focusable within the toolbar.
      if (canRun) button.setAttribute('aria-disabled', String(!canRun()));
    }
  };
  editor.on('transaction', refresh);
  refresh();
  rovingToolbar(toolbar);
  return editor;
}
