// Suggestions for a tags field ("Kouvola, kylät, nuo…"): the tag being typed, after the last comma, is looked up among
// the site's tags, and the field's datalist offers the whole value with that tag completed, so choosing a suggestion
// keeps the tags already written.
export function initTags(root) {
  for (const input of root.querySelectorAll('input[data-tag-suggestions]')) {
    const list = input.list;
    if (!list) continue;
    let timer;
    let asked = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const value = input.value;
        const cut = value.lastIndexOf(',');
        const head = cut < 0 ? '' : value.slice(0, cut + 1) + ' ';
        const typing = value.slice(cut + 1).trim();
        if (typing === asked) return;
        asked = typing;
        if (!typing) { list.replaceChildren(); return; }
        try {
          const response = await fetch(`${input.dataset.tagSuggestions}?q=${encodeURIComponent(typing)}`, { credentials: 'same-origin' });
          if (!response.ok || asked !== typing) return;
          const written = new Set(value.slice(0, cut + 1).split(',').map((t) => t.trim().toLowerCase()));
          const tags = (await response.json()).filter((tag) => !written.has(tag.toLowerCase()));
          list.replaceChildren(...tags.map((tag) => Object.assign(document.createElement('option'), { value: head + tag })));
        } catch {
          // suggestions are a help; typing goes on without them
        }
      }, 200);
    });
  }
}
