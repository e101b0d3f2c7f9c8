// <div data-focal-point> with an <img> and inputs …FocalLeft / …FocalTop
// (0..1): click the image or move the marker with the arrow keys
// (Shift = bigger steps). The inputs stay the form's values.
const clamp = (v) => Math.min(1, Math.max(0, v));
const read = (input) => {
  const v = Number.parseFloat(String(input.value).replace(',', '.'));
  return Number.isFinite(v) ? clamp(v) : 0.5;
};
const write = (input, v) => {
  const text = (Math.round(v * 100) / 100).toFixed(2);
  // Keep a decimal comma if the server rendered one in a text input.
  input.value = input.type !== 'number' && input.value.includes(',') ? text.replace('.', ',') : text;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

export function initFocalPoints(root) {
  for (const container of root.querySelectorAll('[data-focal-point]:not([data-focal-point-ready])')) {
    const img = container.querySelector('img');
    const leftInput = container.querySelector('input[name$="FocalLeft"]');
    const topInput = container.querySelector('input[name$="FocalTop"]');
    if (!img || !leftInput || !topInput) continue;
    container.setAttribute('data-focal-point-ready', '');

    const frame = document.createElement('div');
    frame.className = 'bo-focal__frame';
    img.replaceWith(frame);
    frame.append(img);

    const marker = document.createElement('button');
    marker.type = 'button';
    marker.className = 'bo-focal__marker';
    marker.setAttribute('aria-label', container.dataset.focalLabel || 'Polttopiste');
    frame.append(marker);

    let left = read(leftInput);
    let top = read(topInput);
    const show = () => {
      marker.style.left = `${left * 100}%`;
      marker.style.top = `${top * 100}%`;
    };
    const set = (x, y) => {
      left = clamp(x);
      top = clamp(y);
      write(leftInput, left);
      write(topInput, top);
      show();
    };
    show();

    img.addEventListener('click', (event) => {
      const rect = img.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return;
      set((event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height);
      marker.focus();
    });

    marker.addEventListener('keydown', (event) => {
      const step = event.shiftKey ? 0.1 : 0.01;
      const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      const move = moves[event.key];
      if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      set(left + move[0], top + move[1]);
    });

    for (const input of [leftInput, topInput]) {
      input.addEventListener('input', () => {
        left = read(leftInput);
        top = read(topInput);
        show();
      });
    }
  }
}
