// One running app for the core tests: its state, and the native in-memory storage carrying
// out what dispatch asks for, reporting back the way the browser's IndexedDB does.
#pragma once
#include <cstdint>
#include <string>

#include "core/flow/dispatch.h"
#include "platform/native/storage_memory.h"
#include "platform/storage.h"

namespace unknot::test {

inline constexpr std::int64_t kAppStart = 1'795'163'400'000;  // 2026-11-20 08:30 UTC

struct App {
  AppState state;
  std::int64_t now = kAppStart;
  std::uint32_t nonce = 1;

  App() = default;
  App(const App&) = delete;
  App& operator=(const App&) = delete;
  ~App() { platform::memory_storage::detach(); }  // the store must not report to an app that is gone

  DispatchOutcome run(const Action& action) {
    DispatchOutcome out = dispatch(state, action, Moment{now, 60, nonce++});
    if (out.erase_all || !out.writes.empty()) platform::write_records(out.writes, out.erase_all);
    return out;
  }
  void open() {
    platform::open_storage([this](const Action& report) { run(report); });
  }
  DispatchOutcome save(int pain, std::string note = {}) {
    CheckIn draft;
    draft.pain = pain;
    draft.note = std::move(note);
    return run(SaveCheckIn{draft});
  }
};

}  // namespace unknot::test
