// On a phone the main menu folds behind a Menu button, so the first screen shows the page, not seven links.
// Without script the menu simply stays open; on wider screens it is always shown and the button hidden.
const button = document.querySelector('.menu-button');
const menu = document.getElementById('main-menu');
const narrow = window.matchMedia('(max-width: 47.99rem)');

function setOpen(open) {
  button.setAttribute('aria-expanded', String(open));
  menu.classList.toggle('menu-folded', !open);
}

function fit() {
  button.hidden = !narrow.matches;
  setOpen(!narrow.matches);
}

if (button && menu) {
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && narrow.matches) {
      setOpen(false);
      button.focus();
    }
  });
  narrow.addEventListener('change', fit);
  fit();
}
