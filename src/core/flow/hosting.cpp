#include "core/flow/hosting.h"

#include "core/flow/app_state.h"
#include "core/flow/dispatch.h"
#include "core/journal/journal_words.h"
#include "core/support/dates.h"
#include "core/support/json_writer.h"

namespace unknot {

std::string session_completed_message(const SessionRecord& session, bool share_details) {
  JsonWriter out;
  out.begin_object();
  out.field("type", "sessionCompleted");
  if (share_details) {
    // What was done and for how long: never pain ratings, notes or check-ins.
    out.field("kind",
              key_of(kSessionKindWords, static_cast<std::uint16_t>(session.kind)));  // the export's words
    out.field("minutes", static_cast<int>((session.active_ms + 30'000) / 60'000));
    out.field("date", iso_date(session.day));
  }
  out.end_object();
  return out.take();
}

DispatchOutcome apply_update(AppState& state) {
  if (!state.hosting.update_ready) return refused(RefusalCode::NotNow, "no new version is waiting");
  const bool unstored = state.storage.mode == StorageMode::MemoryOnly &&
                        !(state.journal.checkins.empty() && state.journal.sessions.empty());
  if (unstored)
    return refused(RefusalCode::Unsaved, "this visit's entries are not stored: export them before updating");
  if (state.hosting.update_requested) return changed(false);
  state.hosting.update_requested = true;
  return changed();
}

void release_requested_update(AppState& state, DispatchOutcome& outcome) {
  if (!state.hosting.update_requested || !state.storage.pending.empty()) return;
  if (!outcome.writes.empty() || outcome.erase_all) return;  // these are about to be pending
  state.hosting.update_requested = false;
  state.hosting.update_ready = false;
  outcome.apply_update = true;
  outcome.changed = true;
}

}  // namespace unknot
