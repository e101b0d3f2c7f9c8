// Files dropped anywhere on the upload form go into its file field and are sent at once: several images are added in
// one go, as in Umbraco's media section. Choosing files with the field (keyboard, no script) works the same.
export function initDropUpload(root) {
  for (const form of root.querySelectorAll('form[data-drop-upload]')) {
    const input = form.querySelector('input[type="file"]');
    const zone = form.querySelector('.drop-zone');
    const hint = form.querySelector('[data-drop-target]');
    if (!input || !zone) continue;
    let depth = 0;
    const show = (on) => { zone.classList.toggle('dragging', on); if (hint) hint.hidden = !on; };
    form.addEventListener('dragenter', (event) => {
      if (![...(event.dataTransfer?.types ?? [])].includes('Files')) return;
      depth += 1;
      show(true);
    });
    form.addEventListener('dragleave', () => { depth = Math.max(0, depth - 1); if (depth === 0) show(false); });
    form.addEventListener('dragover', (event) => { if (event.dataTransfer?.types.includes('Files')) event.preventDefault(); });
    form.addEventListener('drop', (event) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      depth = 0;
      show(false);
      input.files = event.dataTransfer.files;
      form.requestSubmit();
    });
  }
}
