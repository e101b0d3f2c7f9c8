// A small modal <dialog> that asks one value, offering suggestions (the site's pages or media) in a <datalist>.
// Replaces window.prompt so editors pick internal links instead of typing them; Esc or Cancel gives null.
let targets; // fetched once per page: { content: [{name, url}], media: [...] }

async function loadTargets() {
  if (!targets) {
    targets = fetch('/umbraco/api/link-targets', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { content: [], media: [] }))
      .catch(() => ({ content: [], media: [] }));
  }
  return targets;
}

let counter = 0;

export async function ask({ label, value = '', kind = null, okText = 'OK', cancelText = 'Peruuta' }) {
  const suggestions = kind ? (await loadTargets())[kind] ?? [] : [];
  const returnFocus = document.activeElement;
  const id = `bo-ask-${++counter}`;
  const dialog = document.createElement('dialog');
  dialog.className = 'bo-ask';
  dialog.setAttribute('aria-labelledby', `${id}-label`);
  const form = document.createElement('form');
  form.method = 'dialog';
  const labelEl = document.createElement('label');
  labelEl.id = `${id}-label`;
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  const input = document.createElement('input');
  input.id = id;
  input.value = value;
  input.autocomplete = 'off';
  if (suggestions.length > 0) {
    const list = document.createElement('datalist');
    list.id = `${id}-list`;
    for (const target of suggestions) {
      const option = document.createElement('option');
      option.value = target.url;
      option.label = target.name;
      list.append(option);
    }
    input.setAttribute('list', list.id);
    form.append(list);
  }
  const buttons = document.createElement('div');
  buttons.className = 'bo-ask__buttons';
  const ok = document.createElement('button');
  ok.value = 'ok';
  ok.textContent = okText;
  const cancel = document.createElement('button');
  cancel.value = 'cancel';
  cancel.textContent = cancelText;
  buttons.append(ok, cancel);
  form.append(labelEl, input, buttons);
  dialog.append(form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const answer = dialog.returnValue === 'ok' ? input.value : null;
      dialog.remove();
      returnFocus?.focus?.();
      resolve(answer);
    });
    dialog.showModal();
    input.focus();
  });
}
