// The server's error summary (<div data-error-summary tabindex="-1">) takes
// focus on load, so keyboard and screen-reader users start from the list of
// errors; its links lead to the fields (tabs.js and rich-text.js follow them).
export function initErrorSummary(root) {
  const summary = root.querySelector('[data-error-summary]');
  if (summary && !location.hash) summary.focus();
}
