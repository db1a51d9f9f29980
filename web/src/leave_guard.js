// Asks before the page closes or reloads while an entry is not yet on disk: a save still being
// written (state().journal.storage.saving) or one that failed (storage.failed, waiting for
// Retry). Closing then would lose it. When everything is durable, the page leaves without a word.

// True when leaving now would lose an entry. Before the app has started state() throws: there
// is nothing to lose yet.
export function entriesAtRisk(api) {
  try {
    const { storage } = api.state().journal;
    return storage.saving > 0 || storage.failed.length > 0;
  } catch {
    return false;
  }
}

// Returns stop(): after a crash nothing can be saved any more, and the crash screen's Reload
// must not be questioned.
export function askBeforeLeavingUnsaved(api) {
  let asking = true;
  window.addEventListener('beforeunload', (event) => {
    if (!asking || !entriesAtRisk(api)) return;
    event.preventDefault();
    event.returnValue = '';  // older Chrome and Safari ask only when this is set
  });
  return () => { asking = false; };
}
