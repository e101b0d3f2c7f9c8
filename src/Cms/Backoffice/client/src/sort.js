// Drag and drop on the sort page: items are dragged into place, the new order is numbered as it changes, and one
// button sends it. The up and down buttons stay for keyboards and for pages without this script.
export function initSort(root) {
  const list = root.querySelector('[data-sortable]');
  const form = root.querySelector('[data-sort-form]');
  if (!list || !form) return;
  const status = root.querySelector('[data-sort-status]');
  const order = form.querySelector('[data-sort-order]');
  let dragged = null;

  const renumber = () => {
    const items = [...list.children];
    items.forEach((li, i) => { li.querySelector('.position').textContent = `${i + 1}.`; });
    order.value = items.map((li) => li.dataset.key).join(',');
    form.hidden = false;
    if (status && dragged) status.textContent = `${dragged.querySelector('.name').textContent}: ${items.indexOf(dragged) + 1}/${items.length}`;
  };

  for (const li of list.children) {
    li.draggable = true;
    li.addEventListener('dragstart', (event) => {
      dragged = li;
      li.classList.add('dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', li.dataset.key);
    });
    li.addEventListener('dragend', () => li.classList.remove('dragging'));
    li.addEventListener('dragover', (event) => {
      if (!dragged || dragged === li) return;
      event.preventDefault();
      const box = li.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      li.parentNode.insertBefore(dragged, after ? li.nextSibling : li);
    });
    li.addEventListener('drop', (event) => {
      event.preventDefault();
      renumber();
    });
  }
}
