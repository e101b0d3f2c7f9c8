// The server's error summary (<div data-error-summary tabindex="-1">) takes
// focus on load, so keyboard and screen-reader users start from the list of
// errors; its links lead to the fields (tabs.js and rich-text.js follow them).
// A question the server asks before going on (data-focus-on-load) is read first
// in the same way.
export function initErrorSummary(root) {
  const summary = root.querySelector('[data-error-summary], [data-focus-on-load]');
  if (summary && !location.hash) summary.focus();
}
