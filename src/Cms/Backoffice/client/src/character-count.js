// A live character count under fields with a limit (data-max-chars), as GOV.UK's character count works: the count
// updates as the editor types; screen readers hear it once typing pauses, not at every key.
export function initCharacterCounts(root) {
  for (const input of root.querySelectorAll('[data-max-chars]')) {
    const max = Number(input.dataset.maxChars);
    const count = input.id && root.getElementById?.(input.id + '-count');
    if (!max || !count?.hasAttribute('data-character-count')) continue;
    let timer;
    const update = () => {
      const left = max - input.value.length;
      count.textContent = (left >= 0 ? count.dataset.left : count.dataset.over).replace('{0}', Math.abs(left));
      count.classList.toggle('over', left < 0);
    };
    count.setAttribute('aria-live', 'off');
    update();
    input.addEventListener('input', () => {
      update();
      count.setAttribute('aria-live', 'off');
      clearTimeout(timer);
      timer = setTimeout(() => { count.setAttribute('aria-live', 'polite'); update(); }, 800);
    });
  }
}
