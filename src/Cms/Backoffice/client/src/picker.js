// <div data-picker data-picker-source=… data-picker-labels=…> around a <select>
// (the chosen items plus a bounded first page): the select becomes a search box
// whose results are fetched from the picker endpoint as the editor types, plus a
// list of the chosen items with remove buttons. The select stays, hidden, as the
// form's value, so the post is the same with or without this script.
// Keyboard: type, Down arrow moves into the results, Enter or Space chooses,
// Escape returns to the search box; a live region tells how many were found.
const DEBOUNCE_MS = 250;

const format = (text, value) => String(text).replace('{0}', value);

export function initPickers(root) {
  for (const container of root.querySelectorAll('[data-picker]:not([data-picker-ready])')) {
    const select = container.querySelector('select');
    if (!select) continue;
    container.setAttribute('data-picker-ready', '');
    enhance(container, select);
  }
}

function enhance(container, select) {
  const labels = JSON.parse(container.dataset.pickerLabels || '{}');
  const source = container.dataset.pickerSource;
  const limit = container.dataset.pickerLimit || '20';
  const multiple = select.multiple;
  const id = select.id;

  // The field's <label for=id> now names the search box.
  select.id = `${id}-values`;
  select.hidden = true;
  select.tabIndex = -1;

  const chosenHeading = document.createElement('p');
  chosenHeading.className = 'picker__heading';
  chosenHeading.id = `${id}-chosen`;
  chosenHeading.textContent = labels.chosen || '';
  const chosen = document.createElement('ul');
  chosen.className = 'picker__chosen';
  chosen.setAttribute('aria-labelledby', chosenHeading.id);

  const input = document.createElement('input');
  input.type = 'search';
  input.id = id;
  input.autocomplete = 'off';
  input.placeholder = labels.search || '';
  const status = document.createElement('p');
  status.className = 'bo-visually-hidden';
  status.id = `${id}-status`;
  status.setAttribute('aria-live', 'polite');
  const describedBy = [select.getAttribute('aria-describedby'), status.id].filter(Boolean).join(' ');
  input.setAttribute('aria-describedby', describedBy);
  if (select.getAttribute('aria-invalid')) input.setAttribute('aria-invalid', select.getAttribute('aria-invalid'));
  const results = document.createElement('ul');
  results.className = 'picker__results';
  results.id = `${id}-results`;
  input.setAttribute('aria-controls', results.id);

  container.append(chosenHeading, chosen, input, status, results);

  const options = () => [...select.options].filter((o) => o.value !== '');

  function renderChosen() {
    chosen.replaceChildren();
    const picked = options().filter((o) => o.selected);
    if (picked.length === 0) {
      const none = document.createElement('li');
      none.textContent = labels.none || '';
      chosen.append(none);
      return;
    }
    for (const option of picked) {
      const item = document.createElement('li');
      if (option.dataset.thumbnail) item.append(thumbnail(option.dataset.thumbnail));
      const name = document.createElement('span');
      name.textContent = option.textContent;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'picker__remove';
      remove.textContent = '×';
      remove.setAttribute('aria-label', format(labels.remove || '{0}', option.textContent));
      remove.addEventListener('click', () => {
        option.selected = false;
        renderChosen();
        input.focus();
      });
      item.append(name, remove);
      chosen.append(item);
    }
  }

  // Decorative: the name beside it says what it is.
  function thumbnail(src) {
    return Object.assign(document.createElement('img'), { src, alt: '', width: 48, height: 36, className: 'picker__thumbnail', loading: 'lazy' });
  }

  function choose(value, label, picture) {
    let option = options().find((o) => o.value === value);
    if (!option) {
      option = new Option(label, value);
      if (picture) option.dataset.thumbnail = picture;
      select.append(option);
    }
    if (!multiple) {
      for (const o of select.options) o.selected = false;
    }
    option.selected = true;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    renderChosen();
    if (!multiple) {
      results.replaceChildren();
      status.textContent = '';
      input.value = '';
    }
    input.focus();
  }

  function showResults(found) {
    results.replaceChildren();
    for (const { value, label, thumbnail: picture } of found) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      if (picture) button.prepend(thumbnail(picture));
      button.dataset.value = value;
      button.addEventListener('click', () => choose(value, label, picture));
      item.append(button);
      results.append(item);
    }
    status.textContent = found.length === 0 ? labels.noResults || '' : format(labels.results || '{0}', found.length);
  }

  let timer = 0;
  let controller = null;
  async function search() {
    controller?.abort();
    controller = new AbortController();
    const url = `${source}?q=${encodeURIComponent(input.value.trim())}&limit=${encodeURIComponent(limit)}`;
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: controller.signal });
      if (!response.ok) throw new Error(String(response.status));
      showResults(await response.json());
    } catch (error) {
      if (error?.name !== 'AbortError') status.textContent = labels.failed || '';
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => {
    if (results.childElementCount === 0 && input.value.trim() === '') search();
  }, { once: true });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = results.querySelector('button');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      // Enter in the search box searches now instead of submitting the whole form.
      event.preventDefault();
      clearTimeout(timer);
      search();
    }
  });
  results.addEventListener('keydown', (event) => {
    const buttons = [...results.querySelectorAll('button')];
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
      (next ?? (event.key === 'ArrowUp' ? input : buttons[index])).focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  renderChosen();
}
