// The journal's side of dispatch: saving check-ins, recording finished sessions, keeping the
// preferences stored, and following what the platform's storage reports. Each function changes
// the state and lists the records the platform must write.
#pragma once
#include "core/flow/dispatch.h"

namespace unknot {

// Storage keys: one record per entry, plus the preferences.
std::string checkin_key(std::string_view id);
std::string session_key(std::string_view id);
inline constexpr const char* kPreferencesKey = "preferences";

Preferences preferences_of(const AppState& state);
void apply_preferences(AppState& state, const Preferences& prefs);

DispatchOutcome save_checkin(AppState& state, const SaveCheckIn& action, const Moment& now);
// A check-in from a draft: its id, time and day filled in, checked; the state is not changed.
Result<CheckIn> new_checkin(const AppState& state, const CheckIn& draft, const Moment& now);
// Adds a checked check-in to the journal and queues its write.
DispatchOutcome save_new_checkin(AppState& state, CheckIn entry);
DispatchOutcome rate_session_pain(AppState& state, const RateSessionPain& action);
DispatchOutcome retry_saves(AppState& state);
DispatchOutcome erase_all_data(AppState& state);

DispatchOutcome storage_opened(AppState& state, const StorageOpened& action);
DispatchOutcome write_finished(AppState& state, const WriteFinished& action);
DispatchOutcome record_changed_elsewhere(AppState& state, const RecordChangedElsewhere& action);
DispatchOutcome erased_elsewhere(AppState& state);
DispatchOutcome storage_lost(AppState& state);
// Records from a backup that this version can't read: stored as they are, and counted.
void keep_unreadable(AppState& state, std::vector<std::string> blobs, DispatchOutcome& outcome);
// Where a record this version can't read is kept when it comes back from a backup or is
// written back: "unreadable/<crc32 of its bytes>", so the same bytes keep the same key.
std::string unreadable_key(std::string_view blob);

// Adds many entries at once (an import) and queues their writes, all in one transaction.
void add_entries(AppState& state, std::vector<CheckIn> checkins, std::vector<SessionRecord> sessions,
                 DispatchOutcome& outcome);

// Adds (or replaces) one session entry and queues its write.
void keep_session(AppState& state, SessionRecord session, DispatchOutcome& outcome);

// Run after every dispatch: a routine, breathing session or position test that has just ended
// becomes a session entry, and changed preferences are stored.
void record_finished_sessions(AppState& state, const Moment& now, DispatchOutcome& outcome);
void store_changed_preferences(AppState& state, DispatchOutcome& outcome);

// Why adding entries is refused, or null when it is allowed.
const char* journal_write_refusal(const AppState& state);

}  // namespace unknot
