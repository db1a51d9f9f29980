// How the app is hosted, and what it tells its host: on its own, installed, or inside a
// benefits portal's frame; whether a newer version is waiting to take over. The platform
// reports what it sees (UpdateReady, SetEmbedded); the core decides when an update may
// reload the page (never while a save is pending) and what a portal may learn of a session.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/routine/session_record.h"

namespace unknot {

struct AppState;
struct DispatchOutcome;
struct ApplyUpdate;

// Whether a movement break may also come as a system notification while the app is in the
// background: only when installed (a tab's notifications are what people block first) and the
// browser supports them; Ask until the user answers the browser's question.
enum class NotifyAccess : std::uint8_t { Unavailable, Ask, Granted, Denied };

struct Hosting {
  bool embedded = false;  // inside another site's frame (?embed=1, or framed)
  NotifyAccess notifications = NotifyAccess::Unavailable;
  bool update_ready = false;      // a newer version is installed and waiting
  bool update_requested = false;  // the user chose Update; it waits for pending saves
};

// The message a portal receives when a session ends. Without the user's consent to share,
// it says only that a session was completed: no kind, no times, nothing about their health.
std::string session_completed_message(const SessionRecord& session, bool share_details);

// The user's Update. Refused when nothing waits, or when entries of this visit live only in
// memory (a reload would lose them: they must be exported first).
DispatchOutcome apply_update(AppState& state);
// After every dispatch: a requested update is let through once no write is pending (failed
// ones included: those entries exist only in this page until a retry stores them).
void release_requested_update(AppState& state, DispatchOutcome& outcome);

}  // namespace unknot
