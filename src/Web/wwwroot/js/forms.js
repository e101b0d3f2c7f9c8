// Progressive help for the site's forms; every form works without this script, and the server decides.
// - shows and hides fields, fieldsets and pages by their conditions (data-condition), disabling hidden inputs so they
//   are neither sent nor required;
// - moves focus to the error summary or the thank-you after a post;
// - sends once: the submit button is disabled after the first submit (the idempotency key covers the rest).

const valuesOf = (form, name) =>
  [...form.elements].filter((el) => el.name === name && !el.disabled).flatMap((el) => {
    if (el.type === 'checkbox' || el.type === 'radio') return el.checked ? [el.value === 'on' ? 'true' : el.value] : [];
    if (el.tagName === 'SELECT') return [...el.selectedOptions].map((o) => o.value).filter((v) => v !== '');
    return el.value.trim() === '' ? [] : [el.value.trim()];
  });

const compare = (a, b) => {
  const x = Number(a.replace(',', '.'));
  const y = Number(b.replace(',', '.'));
  return Number.isFinite(x) && Number.isFinite(y) && a !== '' && b !== '' ? x - y : a.localeCompare(b);
};

const canonical = (v) => (v === 'on' || v === 'yes' ? 'true' : v).toLowerCase();

const matches = (op, answer, expected) => {
  const is = answer.some((a) => canonical(a) === canonical(expected)) || (answer.length === 0 && expected === '');
  const has = (f) => answer.some((a) => f(a.toLowerCase(), expected.toLowerCase()));
  switch (op) {
    case 'Is': return is;
    case 'IsNot': return !is;
    case 'Contains': return has((a, e) => a.includes(e));
    case 'NotContains': return !has((a, e) => a.includes(e));
    case 'StartsWith': return has((a, e) => a.startsWith(e));
    case 'EndsWith': return has((a, e) => a.endsWith(e));
    case 'GreaterThan': return answer.some((a) => compare(a, expected) > 0);
    case 'LessThan': return answer.some((a) => compare(a, expected) < 0);
    default: return false;
  }
};

const applies = (form, condition) => {
  const results = condition.rules.map((r) => matches(r.op, valuesOf(form, r.field), r.value));
  const met = condition.logic === 'all' ? results.every(Boolean) : results.some(Boolean);
  return condition.action === 'show' ? met : !met;
};

const update = (form) => {
  // Two passes, so a field that depends on one shown or hidden in the first pass settles.
  for (let pass = 0; pass < 2; pass += 1) {
    for (const part of form.querySelectorAll('[data-condition]:not([data-condition=""])')) {
      const visible = applies(form, JSON.parse(part.dataset.condition));
      part.hidden = !visible;
      for (const input of part.querySelectorAll('input, select, textarea')) input.disabled = !visible;
    }
  }
};

for (const form of document.querySelectorAll('form[data-site-form]')) {
  if (form.querySelector('[data-condition]:not([data-condition=""])')) {
    update(form);
    form.addEventListener('change', () => update(form));
    form.addEventListener('input', () => update(form));
  }

  form.addEventListener('submit', (event) => {
    const button = event.submitter;
    if (form.dataset.sending === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.sending = 'true';
    // The pressed button's name and value must still be sent: copy them before disabling it.
    if (button?.name) {
      const carried = document.createElement('input');
      carried.type = 'hidden';
      carried.name = button.name;
      carried.value = button.value;
      form.append(carried);
    }
    for (const b of form.querySelectorAll('button[type="submit"]')) b.disabled = true;
  });
}

// After the page's own scroll to the form's #anchor, which would otherwise take focus back to the document.
const focusTarget = document.querySelector('[data-focus-on-load]');
if (focusTarget) {
  const focus = () => setTimeout(() => focusTarget.focus(), 0);
  if (document.readyState === 'complete') focus();
  else window.addEventListener('load', focus);
}
