// IndexedDB storage, by way of the page's storage script (web/src/storage.js and
// storage_bridge.js). Writes go out as packed batches with a number; the page calls back with
// that number when the batch committed or failed.
#include <emscripten/emscripten.h>

#include <algorithm>
#include <map>

#include "platform/storage.h"
#include "platform/web/packed_records.h"

extern "C" {
void unknot_js_storage_listen(void);
void unknot_js_storage_write(int batch, const char* data, int size, int erase_all);
void unknot_js_storage_persist(void);
}

namespace unknot::platform {
namespace {

StorageReport g_report;
int g_next_batch = 1;
std::map<int, std::vector<std::string>> g_batches;  // keys of each batch in flight
constexpr std::size_t kWriteChunk = 2000;           // records per transaction for large writes

void report(const Action& action) {
  if (g_report) g_report(action);
}

void write_batch(std::vector<StoreWrite>::const_iterator begin, std::vector<StoreWrite>::const_iterator end,
                 bool erase_all) {
  std::vector<StoredRecord> records;
  std::vector<std::string> keys;
  for (auto w = begin; w != end; ++w) {
    records.push_back(StoredRecord{w->key, w->blob});
    keys.push_back(w->key);
  }
  if (erase_all) keys.push_back(kEraseAllKey);
  const int batch = g_next_batch++;
  g_batches[batch] = std::move(keys);
  const std::string packed = pack_records(records);
  unknot_js_storage_write(batch, packed.data(), static_cast<int>(packed.size()), erase_all ? 1 : 0);
}

}  // namespace

void open_storage(StorageReport on_report) {
  g_report = std::move(on_report);
  unknot_js_storage_listen();
}

void write_records(const std::vector<StoreWrite>& writes, bool erase_all) {
  // An erase and what follows it stay one transaction. Many writes (an import) go in chunks,
  // each its own transaction: each lands and is reported as it commits, so the Data screen's
  // progress moves and one slow commit never holds a hundred thousand records in memory twice.
  if (erase_all || writes.size() <= kWriteChunk) {
    write_batch(writes.begin(), writes.end(), erase_all);
    return;
  }
  for (std::size_t at = 0; at < writes.size(); at += kWriteChunk) {
    write_batch(writes.begin() + static_cast<std::ptrdiff_t>(at),
                writes.begin() + static_cast<std::ptrdiff_t>(std::min(writes.size(), at + kWriteChunk)),
                false);
  }
}

void request_persistent_storage() {
  unknot_js_storage_persist();
}

}  // namespace unknot::platform

using unknot::platform::unpack_records;

extern "C" {

EMSCRIPTEN_KEEPALIVE void unknot_storage_opened(int available, const char* reason, const char* data,
                                                int size) {
  unknot::StorageOpened opened{available != 0, reason, {}};
  if (available) opened.records = unpack_records(std::string_view(data, static_cast<std::size_t>(size)));
  unknot::platform::report(opened);
}

EMSCRIPTEN_KEEPALIVE void unknot_storage_finished(int batch, int ok, const char* error_code) {
  auto found = unknot::platform::g_batches.find(batch);
  if (found == unknot::platform::g_batches.end()) return;
  unknot::WriteFinished finished{std::move(found->second), ok != 0, ok ? "" : error_code};
  unknot::platform::g_batches.erase(found);
  unknot::platform::report(finished);
}

EMSCRIPTEN_KEEPALIVE void unknot_storage_changed_elsewhere(const char* data, int size) {
  for (auto& record : unpack_records(std::string_view(data, static_cast<std::size_t>(size)))) {
    unknot::platform::report(unknot::RecordChangedElsewhere{std::move(record)});
  }
}

EMSCRIPTEN_KEEPALIVE void unknot_storage_erased_elsewhere() {
  unknot::platform::report(unknot::ErasedElsewhere{});
}

// The page found the database created anew under the running app (see web/src/storage.js).
EMSCRIPTEN_KEEPALIVE void unknot_storage_lost() {
  unknot::platform::report(unknot::StorageLost{});
}

}  // extern "C"
