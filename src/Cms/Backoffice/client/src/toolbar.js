// Roving tabindex for a role="toolbar" (WAI-ARIA APG toolbar pattern):
// one Tab stop; Left/Right move between buttons (wrapping), Home/End jump.
export function rovingToolbar(toolbar) {
  const items = () => [...toolbar.querySelectorAll('button')];

  const focusItem = (item) => {
    for (const other of items()) other.tabIndex = other === item ? 0 : -1;
    item.focus();
  };

  items().forEach((item, i) => (item.tabIndex = i === 0 ? 0 : -1));

  toolbar.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLButtonElement) {
      for (const other of items()) other.tabIndex = other === event.target ? 0 : -1;
    }
  });

  toolbar.addEventListener('keydown', (event) => {
    const list = items();
    const index = list.indexOf(document.activeElement);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    let next;
    if (event.key === 'ArrowRight') next = list[(index + 1) % list.length];
    else if (event.key === 'ArrowLeft') next = list[(index - 1 + list.length) % list.length];
    else if (event.key === 'Home') next = list[0];
    else if (event.key === 'End') next = list[list.length - 1];
    if (next) {
      event.preventDefault();
      focusItem(next);
    }
  });
}
