// Where the journal is kept: IndexedDB through the `idb` wrapper (its tx.done resolves only when
// the transaction has committed). One record per entry, keyed by the C++ side ("checkin/<id>",
// "session/<id>", "preferences"); values are the sealed blobs, which only C++ reads.
// Other tabs hear about every committed write on a BroadcastChannel, so each sees the other's
// entries without reloading. When storage can't be had (a private window, a sandboxed or
// third-party iframe) openStorage says why and the app runs in memory.
import { openDB } from 'idb';
import { STORAGE_CODES } from 'unknot-contract';

const DB_NAME = 'unknot';
const DB_VERSION = 1;
const STORE = 'records';
const CHANNEL = 'unknot-records';
const OPEN_TIMEOUT_MS = 5000;

// Reason codes the C++ side turns into the user's language (src/core/storage/storage_codes.h).
const UNAVAILABLE = STORAGE_CODES.unavailable;
const FAILURE = STORAGE_CODES.writeFailure;

// Plain-word codes for a failed write; C++ shows them translated.
function failureCode(error) {
  const name = error && error.name;
  if (name === 'QuotaExceededError') return FAILURE.quota;
  if (name === 'AbortError') return FAILURE.aborted;
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') return FAILURE.closed;
  return FAILURE.unknown;
}

// A connection the browser closed (storage cleared, the tab frozen, an upgrade elsewhere) is
// worth one reconnect; a full disk is not.
function connectionLost(error) {
  return failureCode(error) === FAILURE.closed || (error && error.name === 'UnknownError');
}

function indexedDBOrNull() {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB;
  } catch (error) {
    return null;  // an opaque origin (sandboxed iframe) throws SecurityError on access
  }
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out opening storage')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// `onCreated` hears when the database had to be created: on a first visit, or, on a reconnect,
// because it was deleted or cleared while the app ran.
function connect(onClosed, onCreated = () => {}) {
  return withTimeout(openDB(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      db.createObjectStore(STORE);
      if (oldVersion === 0) onCreated();
    },
    // A newer version of the app wants to upgrade the database: let it, and reconnect later.
    blocking() {
      onClosed();
    },
    terminated: onClosed,
  }), OPEN_TIMEOUT_MS);
}

// A real record is a few hundred bytes; anything far bigger was not written by Unknot.
const MAX_RECORD_BYTES = 1024 * 1024;
const UNREADABLE = new Uint8Array(0);

// A stored value as bytes for C++. Anything else (a number, a string, a huge buffer: another
// tool's or a damaged write) goes as an empty blob, which C++ counts as unreadable and leaves
// untouched; converting it instead could throw (new Uint8Array(1e10)) and stop loading.
export function recordBytes(value) {
  if (value instanceof ArrayBuffer) {
    return value.byteLength <= MAX_RECORD_BYTES ? new Uint8Array(value) : UNREADABLE;
  }
  if (ArrayBuffer.isView(value)) {
    return value.byteLength <= MAX_RECORD_BYTES
      ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : UNREADABLE;
  }
  return UNREADABLE;
}

// Values only: each blob's header says what it is, and reading the keys too would cost as much
// again with years of entries.
async function readAll(db) {
  const tx = db.transaction(STORE, 'readonly');
  const [values] = await Promise.all([tx.store.getAll(), tx.done]);
  return values.map((value) => ({ key: '', blob: recordBytes(value) }));
}

function listen(channel, { onRemoteRecord, onRemoteErase }) {
  if (!channel) return;
  channel.onmessage = (event) => {
    const { eraseAll, records } = event.data || {};
    if (eraseAll) onRemoteErase();
    for (const { key, blob } of records || []) onRemoteRecord(key, recordBytes(blob));
  };
}

// Resolves to { available: false, reason } or to an open store:
// { available: true, records, write(records, eraseAll), requestPersist() }.
export async function openStorage(listeners) {
  const factory = indexedDBOrNull();
  if (!factory) return { available: false, reason: UNAVAILABLE.unsupported };

  let db = null;
  let lost = false;  // the database was found created anew since this visit opened it
  // A reconnect that has to create the database means it vanished under the running app (the
  // browser cleared the site's data, or another tab deleted it): the app writes back all it holds.
  const reconnect = () => connect(dropConnection, () => { lost = true; });
  const reportLoss = () => {
    if (!lost) return;
    lost = false;
    listeners.onStorageLost();
  };
  // Told the connection closed (cleared, deleted, or a newer version upgrading): look again
  // shortly, so the loss is noticed even before the next write.
  const dropConnection = () => {
    if (db) db.close();
    db = null;
    setTimeout(() => {
      if (db) return;
      reconnect().then((opened) => { if (!db) db = opened; else opened.close(); reportLoss(); },
        () => {});  // a newer version holds it: stay closed; the next write says so
    }, 500);
  };
  try {
    db = await connect(dropConnection);
  } catch (error) {
    console.warn('Unknot: storage is not available:', error);
    const blocked = error && (error.name === 'SecurityError' || error.name === 'InvalidStateError');
    return { available: false, reason: blocked ? UNAVAILABLE.blocked : UNAVAILABLE.failed };
  }
  let records;
  try {
    records = await readAll(db);
  } catch (error) {
    // The records are still there; only this visit can't see them. Saying so (memory only,
    // "couldn't open its storage") is better than waiting forever, and nothing gets overwritten.
    console.warn('Unknot: stored entries could not be read:', error);
    dropConnection();
    return { available: false, reason: UNAVAILABLE.failed };
  }
  performance.mark('unknot-records-read');  // for scripts/bench
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  listen(channel, listeners);

  async function attempt(batch, eraseAll) {
    if (!db) db = await reconnect();
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    const requests = [];
    if (eraseAll) requests.push(tx.store.clear());
    for (const { key, blob } of batch) requests.push(tx.store.put(blob, key));
    // Every request's promise is awaited too, so a failed put can't surface as an unhandled
    // rejection; tx.done settles only when the transaction committed or failed.
    await Promise.all([...requests, tx.done]);
  }

  return {
    available: true,
    records,
    // Writes the records (and first erases everything, if asked) in one transaction. Resolves
    // once it is durable; rejects with { code } ('quota', 'aborted', 'closed', 'unknown').
    async write(batch, eraseAll) {
      try {
        try {
          await attempt(batch, eraseAll);
        } catch (error) {
          if (!connectionLost(error)) throw error;
          dropConnection();
          await attempt(batch, eraseAll);  // reconnect once
        }
      } catch (error) {
        console.warn('Unknot: a save failed:', error);
        throw { code: failureCode(error) };
      }
      if (channel) channel.postMessage({ eraseAll, records: batch });
      reportLoss();
    },
    // After the first saved entry: asks the browser not to evict our data under pressure.
    requestPersist() {
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
    },
  };
}
