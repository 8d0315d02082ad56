// Clausebook: progressive enhancements. Everything works without this file except copying.

/** Copy buttons: each names the element whose text it copies in data-copy. */
function setUpCopyButtons() {
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy);
    const status = button.parentElement.querySelector('.copy-status');
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = source.innerText.trim();
      let ok = false;
      try {
        await navigator.clipboard.writeText(text);
        ok = true;
      } catch (e) {
        ok = copyBySelection(source);
      }
      if (status) {
        status.textContent = '';
        // A fresh message each time, so screen readers announce repeated copies too.
        setTimeout(() => { status.textContent = ok ? button.dataset.copied : button.dataset.failed; }, 50);
      }
    });
  }
}

/** Fallback for browsers that block the clipboard API (older office PCs, non-secure origins). */
function copyBySelection(element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch (e) {
    ok = false;
  }
  return ok;
}

setUpCopyButtons();

// The tender pack's "Add to tender pack" buttons (assets/pack/).
import './pack/button.js';
