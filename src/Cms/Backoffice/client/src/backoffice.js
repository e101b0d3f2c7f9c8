// Backoffice progressive enhancement. Every page works without this file:
// each module only upgrades markup the server has already rendered.
import '@umbraco-ui/uui';
import { initRichText } from './rich-text.js';
import { initBlockLists } from './block-list.js';
import { initTabs } from './tabs.js';
import { initFocalPoints } from './focal-point.js';
import { initConfirm } from './confirm.js';
import { initErrorSummary } from './error-summary.js';
import { initPickers } from './picker.js';
import { initCharacterCounts } from './character-count.js';
import { initTree } from './tree.js';
import { initSort } from './sort.js';
import { initDropUpload } from './drop-upload.js';
import { initTags } from './tags.js';

function init() {
  initConfirm(document);
  initTabs(document);
  // Before the rich-text editors and pickers, so that those inside the blocks are enhanced with the rest.
  initBlockLists(document);
  initRichText(document);
  initFocalPoints(document);
  initPickers(document);
  initCharacterCounts(document);
  initTree(document);
  initSort(document);
  initDropUpload(document);
  initTags(document);
  initErrorSummary(document);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', init, { once: true });
} else {
  init();
}
