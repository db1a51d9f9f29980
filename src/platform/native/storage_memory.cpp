#include "platform/native/storage_memory.h"

#include <string>
#include <utility>
#include <vector>

#include "core/storage/storage_codes.h"
#include "platform/storage.h"

namespace unknot::platform {
namespace {

struct MemoryStore {
  bool available = true;
  std::map<std::string, std::string> records;
  StorageReport report;
  std::vector<Action> queued;  // reports not yet delivered
  int failures_left = 0;
  std::string failure_code;
};

MemoryStore& store() {
  static MemoryStore instance;
  return instance;
}

}  // namespace

void open_storage(StorageReport report) {
  MemoryStore& s = store();
  s.report = std::move(report);
  StorageOpened opened{s.available, s.available ? "" : std::string(storage_codes::unavailable::kBlocked), {}};
  for (const auto& [key, blob] : s.records) opened.records.push_back(StoredRecord{key, blob});
  s.report(opened);
}

void write_records(const std::vector<StoreWrite>& writes, bool erase_all) {
  MemoryStore& s = store();
  WriteFinished finished{{}, true, {}};
  for (const StoreWrite& write : writes) finished.keys.push_back(write.key);
  if (erase_all) finished.keys.push_back(kEraseAllKey);
  if (s.failures_left > 0) {
    --s.failures_left;
    finished.ok = false;
    finished.error = s.failure_code;  // like an aborted transaction: nothing of it is kept
  } else {
    if (erase_all) s.records.clear();
    for (const StoreWrite& write : writes) s.records[write.key] = write.blob;
  }
  s.queued.push_back(std::move(finished));
}

void request_persistent_storage() {}

namespace memory_storage {

void reset(bool available) {
  store() = MemoryStore{available, {}, {}, {}, 0, {}};
}
const std::map<std::string, std::string>& records() {
  return store().records;
}
void put_raw(std::string key, std::string blob) {
  store().records[std::move(key)] = std::move(blob);
}
void wipe() {
  store().records.clear();
}

void fail_next_writes(int count, std::string code) {
  store().failures_left = count;
  store().failure_code = std::move(code);
}

void detach() {
  store().report = nullptr;
  store().queued.clear();
}

int deliver_reports() {
  MemoryStore& s = store();
  std::vector<Action> reports = std::move(s.queued);
  s.queued.clear();
  if (!s.report) return 0;  // nobody listening: the writes are stored, their reports dropped
  for (const Action& report : reports) s.report(report);
  return static_cast<int>(reports.size());
}

}  // namespace memory_storage
}  // namespace unknot::platform
