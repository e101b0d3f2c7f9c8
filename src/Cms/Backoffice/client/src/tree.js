// The side tree: levels open and close in place, further levels and pages of items are fetched from the server as
// HTML it renders (the same partial the page uses), and the search box shows matches without leaving the page.
// Without this script the tree still works: opened levels come with the page and every item is a link.
async function fetchFragment(url) {
  const separator = url.includes('?') ? '&' : '?';
  const response = await fetch(url + separator + 'fragment=true', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(response.status);
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  return template.content;
}

function enableToggles(root) {
  for (const toggle of root.querySelectorAll('[data-tree-toggle]')) toggle.hidden = false;
}

async function toggle(button) {
  const item = button.closest('li');
  const level = item.querySelector(':scope > [data-tree-level]');
  const opening = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(opening));
  if (level) {
    level.hidden = !opening;
    return;
  }
  if (!opening) return;
  button.setAttribute('aria-busy', 'true');
  try {
    const fragment = await fetchFragment(button.dataset.children);
    enableToggles(fragment);
    item.append(fragment);
  } catch {
    button.setAttribute('aria-expanded', 'false');
  } finally {
    button.removeAttribute('aria-busy');
  }
}

async function more(link) {
  const item = link.closest('li');
  const fragment = await fetchFragment(link.getAttribute('href'));
  enableToggles(fragment);
  const items = [...fragment.querySelectorAll(':scope > [data-tree-level] > li')];
  item.replaceWith(...items);
  items[0]?.querySelector('a')?.focus();
}

export function initTree(root) {
  for (const tree of root.querySelectorAll('.side-tree')) {
    enableToggles(tree);
    tree.addEventListener('click', (event) => {
      const button = event.target.closest('[data-tree-toggle]');
      if (button) {
        toggle(button);
        return;
      }
      const link = event.target.closest('[data-tree-more]');
      if (link) {
        event.preventDefault();
        more(link).catch(() => { window.location.href = link.href; });
      }
    });
    const form = tree.querySelector('[data-tree-search]');
    const results = tree.querySelector('[data-tree-results]');
    if (!form || !results) continue;
    let timer;
    let asked = '';
    const search = async () => {
      const q = form.elements.q.value.trim();
      if (q === asked) return;
      asked = q;
      if (!q) {
        results.replaceChildren();
        return;
      }
      const fragment = await fetchFragment(form.action + '?q=' + encodeURIComponent(q));
      if (asked === q) results.replaceChildren(fragment);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      search().catch(() => form.submit());
    });
    form.elements.q.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => search().catch(() => {}), 300);
    });
  }
}
