// The single path for every change: dispatch(state, action, now_ms).
// now_ms is wall-clock milliseconds passed in by the caller; the core never reads a clock.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/flow/action.h"
#include "core/flow/announcement.h"
#include "core/flow/app_state.h"
#include "core/flow/effects.h"
#include "core/flow/refusal.h"

namespace unknot {

struct DispatchOutcome {
  bool changed = false;  // the state differs from before: the UI must redraw
  // Set when the action was refused: the detail, in English, for developers and logs. The state
  // is then unchanged (dispatch asserts it), and `refusal` says why in a person's words.
  std::string error;
  RefusalCode refusal = RefusalCode::Invalid;
  std::vector<Cue> cues;                    // sounds and vibrations the platform should play now
  bool erase_all = false;                   // delete every stored record, before the writes below
  std::vector<StoreWrite> writes;           // records to store, together in one transaction
  bool request_persist = false;             // ask the browser to keep our storage under pressure
  std::optional<FileOut> file;              // a file to hand the user (download, or open for printing)
  bool pick_import_file = false;            // open the file chooser for an import
  std::vector<Announcement> announcements;  // for screen readers (the cues' words are added by the app)
  bool open_full_app = false;               // open Unknot on its own, outside the site that embeds it
  bool apply_update = false;                // reload into the waiting version: nothing is left unsaved
  std::string host_message;        // JSON for the portal that embeds the app (see hosting.h), or empty
  bool ask_notifications = false;  // ask the browser for permission to notify
  bool movement_break = false;     // a movement break has just come due: notify if in the background
  std::vector<Phrase> speech;      // for the voice coach to say, in order (core/voice/voice_coach.h)
  bool hush = false;               // stop what the voice coach is saying (a pause, leaving), before `speech`
};

// The two plain outcomes: a change (or none), and a refusal with its reason.
// Opens `to`, keeping the way back; true when the screen changed.
bool navigate(AppState& state, Screen to);

inline DispatchOutcome changed(bool did_change = true) {
  DispatchOutcome out;
  out.changed = did_change;
  return out;
}
inline DispatchOutcome refused(RefusalCode code, std::string detail) {
  DispatchOutcome out;
  out.error = std::move(detail);
  out.refusal = code;
  return out;
}

// The moment of an action, as the platform reads it: wall-clock time, the user's time zone
// (for calendar days), and a random number for new entries' ids. The core reads none of these.
struct Moment {
  std::int64_t ms = 0;
  int utc_offset_min = 0;
  std::uint32_t nonce = 0;
};

DispatchOutcome dispatch(AppState& state, const Action& action, const Moment& now);
inline DispatchOutcome dispatch(AppState& state, const Action& action, std::int64_t now_ms) {
  return dispatch(state, action, Moment{now_ms, 0, 0});
}

// The JSON boundary used by the JS API: parses, dispatches, and answers
// {"ok":true,"changed":bool} or {"ok":false,"code":"...","error":"...","message":"..."}: the
// refusal's code, its English detail and the sentence a person reads, in the app's language
// (the state is untouched on a refusal).
// The dispatch's outcome (cues, writes, a file) is copied to `outcome` for the caller to carry out.
std::string dispatch_json(AppState& state, std::string_view action_json, const Moment& now,
                          DispatchOutcome* outcome = nullptr);
inline std::string dispatch_json(AppState& state, std::string_view action_json, std::int64_t now_ms,
                                 DispatchOutcome* outcome = nullptr) {
  return dispatch_json(state, action_json, Moment{now_ms, 0, 0}, outcome);
}

}  // namespace unknot
