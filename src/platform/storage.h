// The journal's storage: carries out the writes a dispatch asks for and reports back, as
// actions, what happened (StorageOpened at start, WriteFinished per write, and changes made in
// another tab). The web version is IndexedDB (web/src/storage.js); the native one keeps records
// in memory for the core tests.
#pragma once
#include <functional>
#include <vector>

#include "core/flow/action.h"
#include "core/flow/effects.h"

namespace unknot::platform {

using StorageReport = std::function<void(const Action&)>;

// Starts listening: every report from storage arrives through `report`, StorageOpened first.
void open_storage(StorageReport report);
// Writes the records (after erasing everything, if asked) in one transaction.
void write_records(const std::vector<StoreWrite>& writes, bool erase_all);
// Asks the browser to keep our data under storage pressure (after the first saved entry).
void request_persistent_storage();

}  // namespace unknot::platform
