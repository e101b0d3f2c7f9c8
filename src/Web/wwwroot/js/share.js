// Share links work without script. With it, the browser's own share sheet (Web Share API) and a copy button appear,
// only where the browser has them; the result is announced in the box's status line.
for (const box of document.querySelectorAll('[data-share]')) {
  const url = box.dataset.shareUrl;
  const title = box.dataset.shareTitle;
  const status = box.querySelector('[data-share-status]');

  const native = box.querySelector('[data-share-native]');
  if (native && typeof navigator.share === 'function') {
    box.querySelector('[data-share-native-item]').hidden = false;
    native.addEventListener('click', () => {
      // A reader who closes the sheet is not an error worth telling them about.
      navigator.share({ title, url }).catch(() => {});
    });
  }

  const copy = box.querySelector('[data-share-copy]');
  if (copy && navigator.clipboard) {
    box.querySelector('[data-share-copy-item]').hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = copy.dataset.copied;
      } catch {
        status.textContent = url;
      }
    });
  }
}
