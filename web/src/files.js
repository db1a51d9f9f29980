// Files in and out of the app. Exports are handed over as downloads; the clinician summary
// opens in a new tab for printing (or downloads, where a sandboxed frame can't open tabs).
// An import file is read here and its text goes through the public API, like any action.

import { FILE_KINDS, MAX_IMPORT_BYTES } from 'unknot-contract';

// By the name each has in enum class FileKind (src/core/flow/effects.h); C++ sends its number.
const KINDS = {
  json: { mime: 'application/json' },
  csv: { mime: 'text/csv;charset=utf-8' },
  printableHtml: { mime: 'text/html;charset=utf-8', print: true },
};

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export function offerFile(kind, name, bytes) {
  const { mime, print } = KINDS[FILE_KINDS[kind]] || KINDS.json;
  const blob = new Blob([bytes], { type: mime });
  if (print) {
    const url = URL.createObjectURL(blob);
    const tab = window.open(url, '_blank');
    if (tab) {
      tab.addEventListener('load', () => tab.print(), { once: true });
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      return;
    }
    URL.revokeObjectURL(url);
  }
  download(blob, name);
}

// Opens the file chooser; the chosen file's text is dispatched as importData.
export function pickImportFile(api) {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (!file) return;
    // An oversized file is not read at all: its size alone is sent, and the core refuses it
    // with its message (a 100 MB file copied into wasm would leave the heap that large).
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    api.dispatch({ type: 'importData', text, bytes: file.size });
  }, { once: true });
  input.click();
}
