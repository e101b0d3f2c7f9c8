// Suggestions under the search box as the resident types: an ARIA 1.2 combobox with a listbox popup. The search page
// works without this script; the suggestions are the first results the server gives for what has been typed so far.
const input = document.querySelector('input[data-suggest]');

if (input) {
  const list = document.createElement('ul');
  list.id = `${input.id}-suggestions`;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.dataset.suggestLabel);
  list.hidden = true;
  input.insertAdjacentElement('afterend', list);
  const live = document.getElementById(input.dataset.suggestLive);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');

  let items = [];
  let active = -1;
  let timer;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
    else input.removeAttribute('aria-activedescendant');
  };

  const show = (suggestions) => {
    items = suggestions;
    list.replaceChildren(...items.map((item, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const name = document.createElement('span');
      name.textContent = item.name;
      const kind = document.createElement('span');
      kind.className = 'suggestion-kind';
      kind.textContent = item.kind;
      li.append(name, ' ', kind);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); window.location.assign(item.url); });
      return li;
    }));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    active = -1;
    if (live) live.textContent = items.length > 0 ? input.dataset.suggestCount.replace('{0}', items.length) : '';
  };

  const ask = async () => {
    const q = input.value.trim();
    const mine = ++asked;
    if (q.length < 2) { show([]); return; }
    try {
      const url = `${input.dataset.suggest}?culture=${encodeURIComponent(input.dataset.culture)}&q=${encodeURIComponent(q)}`;
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok || mine !== asked) return;
      show((await response.json()).items);
    } catch {
      // no suggestions: the search itself still works
    }
  };

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(ask, 150); });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length > 0) {
      e.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight((active + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length > 0) {
      e.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
      e.preventDefault();
      window.location.assign(items[active].url);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });
}
