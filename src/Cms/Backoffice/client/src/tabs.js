// <div data-tabs> with <section data-tab-title="…"> children becomes an ARIA
// tablist (WAI-ARIA APG tabs pattern, automatic activation). Without script
// the sections are simply shown one after another.
let counter = 0;
let linksWired = false;
const showPanel = new WeakMap(); // tabpanel -> () => select it

// Shows the panel holding `element` (a link target, e.g. from the error summary).
export function revealInTabs(element) {
  const panel = element?.closest('[data-tabs-ready] > [role="tabpanel"]');
  if (panel?.hidden) showPanel.get(panel)?.();
}

function targetOf(link) {
  try {
    return link.hash.length > 1 ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
  } catch {
    return null;
  }
}

export function initTabs(root) {
  if (!linksWired) {
    linksWired = true;
    // In-page links (the error summary) into a hidden panel show that panel first.
    root.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (link) revealInTabs(targetOf(link));
    });
  }

  for (const container of root.querySelectorAll('[data-tabs]:not([data-tabs-ready])')) {
    const panels = [...container.children].filter((el) => el.matches('section[data-tab-title]'));
    if (panels.length === 0) continue;
    container.setAttribute('data-tabs-ready', '');
    const invalidText = container.dataset.tabsInvalidLabel || 'sisältää virheitä';

    const tablist = document.createElement('div');
    tablist.setAttribute('role', 'tablist');
    tablist.className = 'bo-tabs__list';
    if (container.dataset.tabsLabel) tablist.setAttribute('aria-label', container.dataset.tabsLabel);

    const tabs = panels.map((panel) => {
      const n = ++counter;
      if (!panel.id) panel.id = `bo-tabpanel-${n}`;
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${panel.id}-tab`;
      tab.className = 'bo-tabs__tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      const title = document.createElement('span');
      title.textContent = panel.dataset.tabTitle;
      tab.append(title);
      if (panel.querySelector('[aria-invalid="true"]')) {
        tab.classList.add('bo-tabs__tab--invalid');
        const mark = document.createElement('span');
        mark.className = 'bo-tabs__invalid';
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = '!';
        const text = document.createElement('span');
        text.className = 'bo-visually-hidden';
        text.textContent = ` (${invalidText})`;
        tab.append(mark, text);
      }
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.classList.add('bo-tabs__panel');
      // A panel with nothing focusable inside gets a tab stop of its own.
      if (!panel.querySelector('a[href], button, input, select, textarea, [tabindex]')) panel.tabIndex = 0;
      tablist.append(tab);
      return tab;
    });

    const select = (index, focus) => {
      tabs.forEach((tab, i) => {
        const selected = i === index;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
        panels[i].hidden = !selected;
      });
      if (focus) tabs[index].focus();
      // A form that says so (data-current-tab) sends the open tab, and the page after saving opens on it again.
      const heading = panels[index].querySelector('h2[id]');
      for (const input of container.closest('form')?.querySelectorAll('[data-current-tab]') ?? []) input.value = heading?.id ?? '';
    };

    tablist.addEventListener('click', (event) => {
      const index = tabs.indexOf(event.target instanceof Element ? event.target.closest('[role="tab"]') : null);
      if (index >= 0) select(index, true);
    });

    tablist.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(document.activeElement);
      if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      const last = tabs.length - 1;
      let next = -1;
      if (event.key === 'ArrowRight') next = index === last ? 0 : index + 1;
      else if (event.key === 'ArrowLeft') next = index === 0 ? last : index - 1;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = last;
      if (next >= 0) {
        event.preventDefault();
        select(next, true);
      }
    });

    // Browser-side validation of a field in a hidden panel: show that panel so
    // the browser can focus the field and show its message.
    container.addEventListener(
      'invalid',
      (event) => {
        const index = panels.findIndex((panel) => panel.contains(event.target));
        if (index >= 0 && panels[index].hidden) select(index, false);
      },
      true,
    );

    container.insertBefore(tablist, panels[0]);
    panels.forEach((panel, i) => showPanel.set(panel, () => select(i, false)));
    // Start on the panel the address points into, else the first with an error, else the first.
    const hashTarget = location.hash.length > 1 ? targetOf(location) : null;
    const byHash = hashTarget ? panels.findIndex((panel) => panel.contains(hashTarget)) : -1;
    const firstInvalid = tabs.findIndex((tab) => tab.classList.contains('bo-tabs__tab--invalid'));
    select(byHash >= 0 ? byHash : Math.max(firstInvalid, 0), false);
  }
}
