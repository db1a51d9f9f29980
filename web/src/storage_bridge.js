// Connects the C++ side's storage calls (src/platform/web/storage_web.cpp) to storage.js.
// Records cross in one packed buffer (see src/platform/web/packed_records.h):
//   count u32, then per record: key length u32, key UTF-8, blob length u32, blob (all LE).
import { STORAGE_CODES } from 'unknot-contract';
import { openStorage } from './storage.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function packRecords(records) {
  const keys = records.map((r) => encoder.encode(r.key));
  let size = 4;
  records.forEach((r, i) => { size += 8 + keys[i].length + r.blob.length; });
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const u32 = (value) => { view.setUint32(at, value, true); at += 4; };
  const put = (data) => { bytes.set(data, at); at += data.length; };
  u32(records.length);
  records.forEach((r, i) => {
    u32(keys[i].length);
    put(keys[i]);
    u32(r.blob.length);
    put(r.blob);
  });
  return bytes;
}

export function unpackRecords(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u32 = () => { const value = view.getUint32(at, true); at += 4; return value; };
  const take = () => { const n = u32(); const part = bytes.subarray(at, at + n); at += n; return part; };
  const records = [];
  for (let count = u32(); count > 0; count -= 1) {
    const key = decoder.decode(take());
    records.push({ key, blob: take().slice() });
  }
  return records;
}

// A frame waits at most this long for a write in flight: the commit usually lands in about a
// millisecond, and "Saved" is then drawn in the first frame instead of after "Saving...".
const HOLD_FRAME_FOR_WRITE_MS = 50;

// Opens storage at once, while the wasm is still loading; the app asks for the result (listen)
// when it starts. `afterChange` wakes the frame loop after every report.
export function createStorageBridge(afterChange) {
  let core = null;  // web/src/core_api.js, once the app has started
  const writesInFlight = new Map();  // batch -> when it started
  const opening = openStorage({
    onRemoteRecord: (key, blob) => tell(() => core.storageChangedElsewhere(packRecords([{ key, blob }]))),
    onRemoteErase: () => tell(() => core.storageErasedElsewhere()),
    onStorageLost: () => tell(() => core.storageLost()),
  }).catch((error) => {
    console.warn('Unknot: storage failed to open:', error);
    return { available: false, reason: STORAGE_CODES.unavailable.failed };
  });
  let storage = null;
  let queue = Promise.resolve();  // the writes in flight, one after another

  // Runs a call into C++ once the app runs (before, C++ isn't listening), then wakes the frame
  // loop to show the result.
  function tell(call) {
    if (!core) return;
    call();
    afterChange();
  }

  return {
    // How long the next frame should wait for the oldest write in flight (0: don't wait).
    holdFrameFor() {
      let oldest = Infinity;
      for (const started of writesInFlight.values()) oldest = Math.min(oldest, started);
      return oldest === Infinity ? 0 : Math.max(0, HOLD_FRAME_FOR_WRITE_MS - (performance.now() - oldest));
    },
    attach(readyCore) {
      core = readyCore;
    },
    // Called from C++ through the JS library (page hooks storageListen, storageWrite, storagePersist).
    hooks: {
      listen() {
        opening.then((opened) => {
          try {
            storage = opened.available ? opened : null;
            const records = opened.available ? opened.records : [];
            tell(() => core.storageOpened(opened.available ? 1 : 0, opened.reason || '', packRecords(records)));
          } catch (error) {
            // Handing the records over failed (too big to copy, say): the app must still leave
            // "starting", or it would never show or save an entry. It runs in memory, says
            // storage failed, and the stored records stay as they are.
            console.warn('Unknot: stored entries could not be loaded:', error);
            storage = null;
            tell(() => core.storageOpened(0, STORAGE_CODES.unavailable.failed, packRecords([])));
          }
          performance.mark('unknot-journal-loaded');  // for scripts/bench
        });
      },
      write(batch, packed, eraseAll) {
        writesInFlight.set(batch, performance.now());
        const records = unpackRecords(packed);
        // One transaction at a time, in order: a large import arrives as many batches at once,
        // and started together they would all be queued inside the call that confirmed it
        // (seconds with the page frozen) instead of one after another while the app draws.
        const done = queue.then(() => (storage ? storage.write(records, eraseAll) : Promise.reject({ code: STORAGE_CODES.writeFailure.closed })));
        queue = done.catch(() => {});
        const finished = (ok, code) => {
          writesInFlight.delete(batch);
          tell(() => core.storageFinished(batch, ok ? 1 : 0, code));
          // For the host page and tests: a write is durable (or failed) now.
          window.dispatchEvent(new CustomEvent('unknot:stored', { detail: { ok, code } }));
        };
        done.then(() => finished(true, ''), (failure) => finished(false, (failure && failure.code) || STORAGE_CODES.writeFailure.unknown));
      },
      requestPersist() {
        if (storage) storage.requestPersist();
      },
    },
  };
}
