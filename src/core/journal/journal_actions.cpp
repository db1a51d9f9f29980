#include "core/journal/journal_actions.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include "core/storage/crc32.h"
#include "core/storage/record_codec.h"
#include "core/storage/two_tabs.h"
#include "core/support/dates.h"

namespace unknot {
namespace {

constexpr std::string_view kCheckinPrefix = "checkin/";
constexpr std::string_view kSessionPrefix = "session/";

// The id in a storage key with this prefix, or "" when the key has another prefix.
std::string_view id_in_key(std::string_view key, std::string_view prefix) {
  return key.substr(0, prefix.size()) == prefix ? key.substr(prefix.size()) : std::string_view();
}

void mark_saving(StorageStatus& storage, const std::string& key) {
  storage.pending[key] = PendingWrite{key, WriteState::Saving, {}};
}

// Only a working store gets writes: in memory-only mode entries live until the page closes, and
// in read-only mode nothing may overwrite what a newer version wrote.
void queue_write(AppState& state, DispatchOutcome& out, std::string key, std::string blob) {
  if (state.storage.mode != StorageMode::Durable) return;
  mark_saving(state.storage, key);
  out.writes.push_back(StoreWrite{std::move(key), std::move(blob)});
}

void queue_entry(AppState& state, DispatchOutcome& out, const CheckIn& entry) {
  queue_write(state, out, checkin_key(entry.id), encode_record(entry));
}
void queue_entry(AppState& state, DispatchOutcome& out, const SessionRecord& session) {
  queue_write(state, out, session_key(session.id), encode_record(session));
}

void forget_everything(AppState& state) {
  state.journal.checkins.clear();
  state.journal.sessions.clear();
  ++state.journal.revision;
  state.psfs_activities = PsfsActivities{};
  state.psfs_renamed.reset();
  state.position_result.reset();
  state.program.reset();  // its reviews are health data, like the journal's
  state.import_preview.reset();
  state.just_saved_checkin.clear();
  state.last_session_id.clear();
  state.pain_before_next.reset();
  state.storage.pending.clear();
  state.storage.import_progress.reset();
  state.storage.shared_plan_items.clear();
  state.storage.unreadable_blobs.clear();
  state.storage.preferences_damaged = false;  // erased with the rest
  state.storage.last_saved.clear();
  // The settings that stay in memory (language, motion...) are not written back at once:
  // erased means nothing is left on the device until the user changes something again.
  state.storage.stored_preferences = encode_record(preferences_of(state));
}

// Merges many entries at once (loading, importing): sort and de-duplicate instead of one search
// per entry, so ten years of check-ins load in milliseconds. Entries already present win.
template <class Entry>
void merge_entries(std::vector<Entry>& into, std::vector<Entry> more) {
  if (more.empty()) return;
  std::vector<Entry> all;
  all.reserve(into.size() + more.size());
  std::move(into.begin(), into.end(), std::back_inserter(all));
  std::move(more.begin(), more.end(), std::back_inserter(all));
  std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.id < b.id; });
  all.erase(std::unique(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.id == b.id; }),
            all.end());
  std::sort(all.begin(), all.end(), in_time_order<Entry>);
  into = std::move(all);
}

struct DecodedRecords {
  std::vector<CheckIn> checkins;
  std::vector<SessionRecord> sessions;
  std::optional<Preferences> preferences;
  std::string preferences_blob;
  bool newer = false;                   // a record from a newer schema: read-only from now on
  std::vector<std::string> unreadable;  // damaged or foreign records, as they are
  bool preferences_damaged = false;
};

template <class T>
bool take(Decoded<T> decoded, std::vector<T>& into, DecodedRecords& out, const std::string& blob) {
  if (decoded.value) {
    into.push_back(std::move(*decoded.value));
    return true;
  }
  if (decoded.envelope == EnvelopeError::NewerVersion)
    out.newer = true;
  else
    out.unreadable.push_back(blob);
  return false;
}

// The blob's own header says what it is, so loading needs no keys (reading them all from
// IndexedDB would cost as much again). A kind this version doesn't know is left as it is.
void decode_record(const StoredRecord& record, DecodedRecords& out) {
  switch (static_cast<BlobKind>(claimed_kind(record.blob))) {
    case BlobKind::CheckIn: take(decode_checkin(record.blob), out.checkins, out, record.blob); return;
    case BlobKind::Session: take(decode_session(record.blob), out.sessions, out, record.blob); return;
    case BlobKind::Preferences: {
      std::vector<Preferences> one;
      if (take(decode_preferences(record.blob), one, out, record.blob)) {
        out.preferences = std::move(one.front());
        out.preferences_blob = record.blob;
      } else if (!out.newer) {
        out.preferences_damaged = true;
      }
      return;
    }
  }
  // Unknown or damaged: a newer version's new kind makes the app read-only, anything else is
  // counted as unreadable.
  if (open_envelope(record.blob, BlobKind::CheckIn).error == EnvelopeError::NewerVersion)
    out.newer = true;
  else
    out.unreadable.push_back(record.blob);
}

const char kNewerVersionReason[] =
    "Your journal was saved by a newer version of Unknot. To keep it safe, this version shows it but "
    "won't change it: reload the page to get the update.";

}  // namespace

std::string unreadable_key(std::string_view blob) {
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(crc32(blob)));
  return "unreadable/" + std::string(hex);
}

std::string checkin_key(std::string_view id) {
  return std::string(kCheckinPrefix) + std::string(id);
}
std::string session_key(std::string_view id) {
  return std::string(kSessionPrefix) + std::string(id);
}

Preferences preferences_of(const AppState& state) {
  Preferences p;
  p.locale = state.locale;
  p.settings = state.settings;
  p.custom_plan = state.custom_plan;
  p.breath = state.breath;
  p.position_result = state.position_result;
  p.psfs_activities = state.psfs_activities;
  p.daily_plan = state.daily_plan;
  p.breaks = state.breaks;
  p.program = state.program;
  p.psfs_renamed = state.psfs_renamed;
  return p;
}

void apply_preferences(AppState& state, const Preferences& p) {
  state.locale = p.locale;
  state.settings = p.settings;
  state.custom_plan = p.custom_plan;
  state.breath = p.breath;
  state.position_result = p.position_result;
  if (p.position_result) state.recorded.position = p.position_result->finished_at_ms;  // its session exists
  state.psfs_activities = p.psfs_activities;
  state.daily_plan = p.daily_plan;
  state.breaks = p.breaks;
  state.program = p.program;
  state.psfs_renamed = p.psfs_renamed;
}

const char* journal_write_refusal(const AppState& state) {
  return state.storage.mode == StorageMode::ReadOnly ? kNewerVersionReason : nullptr;
}

Result<CheckIn> new_checkin(const AppState& state, const CheckIn& draft, const Moment& now) {
  CheckIn entry = draft;
  entry.id = new_entry_id(state.journal, now.ms, now.nonce);
  entry.at_ms = now.ms;
  entry.utc_offset_min = clamp_utc_offset(now.utc_offset_min);
  entry.day = local_day(entry.at_ms, entry.utc_offset_min);
  if (const auto valid = validate_checkin(entry); !valid) return Result<CheckIn>::fail(valid.error());
  return Result<CheckIn>::ok(std::move(entry));
}

DispatchOutcome save_checkin(AppState& state, const SaveCheckIn& action, const Moment& now) {
  if (const char* why = journal_write_refusal(state)) return refused(RefusalCode::ReadOnly, why);
  auto made = new_checkin(state, action.draft, now);
  if (!made) return refused(RefusalCode::Invalid, "saveCheckIn: " + made.error());
  return save_new_checkin(state, std::move(made).value());
}

DispatchOutcome save_new_checkin(AppState& state, CheckIn entry) {
  DispatchOutcome out = changed();
  queue_entry(state, out, entry);
  state.just_saved_checkin = entry.id;
  upsert(state.journal, std::move(entry));
  return out;
}

DispatchOutcome rate_session_pain(AppState& state, const RateSessionPain& action) {
  if (action.pain < 0 || action.pain > 10)
    return refused(RefusalCode::Invalid, "rateSessionPain: pain must be a whole number from 0 to 10");
  if (!action.after) {
    const bool differs = state.pain_before_next != action.pain;
    state.pain_before_next = action.pain;
    return changed(differs);
  }
  if (const char* why = journal_write_refusal(state)) return refused(RefusalCode::ReadOnly, why);
  const SessionRecord* last = state.journal.find_session(state.last_session_id);
  if (last == nullptr)
    return refused(RefusalCode::NotNow, "rateSessionPain: there is no finished session to rate");
  SessionRecord session = *last;
  if (session.pain_after == action.pain) return changed(false);
  session.pain_after = action.pain;
  DispatchOutcome out = changed();
  queue_entry(state, out, session);
  upsert(state.journal, std::move(session));
  return out;
}

DispatchOutcome retry_saves(AppState& state) {
  DispatchOutcome out = changed(false);
  std::vector<PendingWrite> pending;
  for (const auto& entry : state.storage.pending) pending.push_back(entry.second);
  for (const PendingWrite& write : pending) {
    if (write.state != WriteState::Failed) continue;
    out.changed = true;
    if (write.key == kEraseAllKey) {
      out.erase_all = true;
      mark_saving(state.storage, write.key);
    } else if (write.key == kPreferencesKey) {
      queue_write(state, out, write.key, encode_record(preferences_of(state)));
    } else if (const CheckIn* entry = state.journal.find_checkin(id_in_key(write.key, kCheckinPrefix))) {
      queue_entry(state, out, *entry);
    } else if (const SessionRecord* session =
                   state.journal.find_session(id_in_key(write.key, kSessionPrefix))) {
      queue_entry(state, out, *session);
    }
  }
  return out;
}

DispatchOutcome erase_all_data(AppState& state) {
  DispatchOutcome out = changed();
  forget_everything(state);
  if (state.storage.mode == StorageMode::ReadOnly) {
    state.storage.mode = StorageMode::Durable;  // what a newer version wrote is what is erased
    state.storage.reason.clear();
  }
  if (state.storage.mode == StorageMode::Durable) {
    out.erase_all = true;
    mark_saving(state.storage, kEraseAllKey);
  }
  return out;
}

DispatchOutcome storage_opened(AppState& state, const StorageOpened& action) {
  if (!action.available) {
    state.storage.mode = StorageMode::MemoryOnly;
    state.storage.reason = action.reason;
    return changed();
  }
  DecodedRecords stored;
  for (const StoredRecord& record : action.records) decode_record(record, stored);

  // Entries made before storage answered (seconds at most) are kept and written now.
  const std::vector<CheckIn> early_checkins = state.journal.checkins;
  const std::vector<SessionRecord> early_sessions = state.journal.sessions;
  merge_entries(state.journal.checkins, std::move(stored.checkins));
  merge_entries(state.journal.sessions, std::move(stored.sessions));
  ++state.journal.revision;
  if (stored.preferences) {
    apply_preferences(state, *stored.preferences);
    state.storage.stored_preferences = stored.preferences_blob;
  } else {
    // A first visit: what the browser said (language, motion, contrast) is worked out again at
    // every start; the preferences are first written when the user changes one.
    state.storage.stored_preferences = encode_record(preferences_of(state));
  }
  state.storage.shared_preferences = preferences_of(state);
  for (const SessionRecord& session : state.journal.sessions) {
    if (session.kind == SessionKind::Plan) state.storage.shared_plan_items[session.id] = session.plan_items;
  }
  state.storage.unreadable_blobs = std::move(stored.unreadable);
  state.storage.preferences_damaged = stored.preferences_damaged && !stored.preferences;
  state.storage.mode = stored.newer ? StorageMode::ReadOnly : StorageMode::Durable;
  state.storage.reason = stored.newer ? kNewerVersionReason : "";
  state.storage.any_saved = !action.records.empty();

  DispatchOutcome out = changed();
  for (const CheckIn& entry : early_checkins) queue_entry(state, out, entry);
  for (const SessionRecord& session : early_sessions) queue_entry(state, out, session);
  return out;
}

DispatchOutcome write_finished(AppState& state, const WriteFinished& action) {
  DispatchOutcome out = changed(false);
  StorageStatus& storage = state.storage;
  // One word per report, however many records it covers: an import's batch of thousands is
  // one "saved" (or one "not saved") for a screen reader, not thousands.
  bool failed = false, saved_checkin = false, erased = false;
  for (const std::string& key : action.keys) {
    auto write = storage.pending.find(key);
    if (write == storage.pending.end() || write->second.state != WriteState::Saving) continue;  // superseded
    out.changed = true;
    if (!action.ok) {
      write->second.state = WriteState::Failed;
      write->second.error = action.error;
      failed = true;
      continue;
    }
    saved_checkin = saved_checkin || key.rfind(kCheckinPrefix, 0) == 0;
    if (storage.import_progress) ++storage.import_progress->saved;
    erased = erased || key == kEraseAllKey;
    storage.pending.erase(write);
    storage.last_saved = key;
    if (!storage.any_saved && key != kEraseAllKey) {
      storage.any_saved = true;
      out.request_persist = true;  // after the first saved entry, not before: the browser may ask
    }
  }
  const bool import_done =
      storage.import_progress &&
      (storage.import_progress->saved >= storage.import_progress->total || storage.pending.empty());
  if (import_done) storage.import_progress.reset();
  if (failed)
    out.announcements.push_back(
        Announcement{{Str::CheckinFailedTitle, save_failure_words(action.error)}, true, {}});
  if (saved_checkin) out.announcements.push_back(Announcement{{Str::CheckinSavedTitle}, false, {}});
  if (erased) out.announcements.push_back(Announcement{{Str::DataErased}, false, {}});
  return out;
}

// Another tab's version of a plan record this tab may have changed too: both tabs' ticks
// since the version they last shared are kept (see two_tabs.h).
void merge_plan_record(AppState& state, SessionRecord& theirs, DispatchOutcome& out) {
  const std::uint8_t base = [&] {
    const auto shared = state.storage.shared_plan_items.find(theirs.id);
    return shared == state.storage.shared_plan_items.end() ? std::uint8_t{0} : shared->second;
  }();
  state.storage.shared_plan_items[theirs.id] = theirs.plan_items;
  const SessionRecord* mine = state.journal.find_session(theirs.id);
  if (mine == nullptr) return;
  const std::uint8_t merged = merge_bits(base, mine->plan_items, theirs.plan_items);
  if (merged == theirs.plan_items) return;
  theirs.plan_items = merged;  // both tabs' ticks: written back so storage and the other tab agree
  queue_entry(state, out, theirs);
}

DispatchOutcome record_changed_elsewhere(AppState& state, const RecordChangedElsewhere& action) {
  const StoredRecord& record = action.record;
  DecodedRecords decoded;
  decode_record(record, decoded);
  if (decoded.newer) {
    state.storage.mode = StorageMode::ReadOnly;
    state.storage.reason = kNewerVersionReason;
    return changed();
  }
  DispatchOutcome out = changed(false);
  for (CheckIn& entry : decoded.checkins) out.changed |= upsert(state.journal, std::move(entry));
  for (SessionRecord& session : decoded.sessions) {
    if (session.kind == SessionKind::Plan) merge_plan_record(state, session, out);
    out.changed |= upsert(state.journal, std::move(session));
  }
  if (decoded.preferences && decoded.preferences_blob == state.storage.stored_preferences) {
    state.storage.shared_preferences = *decoded.preferences;  // the two tabs agree: that is the new base
  } else if (decoded.preferences) {
    // Theirs is what storage holds now. Mine wins only where this tab changed a setting since
    // the two last agreed; if that leaves a difference, dispatch writes the merged preferences
    // back (store_changed_preferences) and the other tab merges them the same way.
    const Preferences merged =
        merge_preferences(state.storage.shared_preferences, preferences_of(state), *decoded.preferences);
    apply_preferences(state, merged);
    state.storage.shared_preferences = *decoded.preferences;
    state.storage.stored_preferences = decoded.preferences_blob;
    out.changed = true;
  }
  return out;
}

// The database vanished while the app ran (the browser cleared the site's data, or another tab
// deleted it): everything this tab holds is written back, and the person is told.
DispatchOutcome storage_lost(AppState& state) {
  if (state.storage.mode != StorageMode::Durable) return changed(false);
  DispatchOutcome out = changed();
  for (const CheckIn& entry : state.journal.checkins) queue_entry(state, out, entry);
  for (const SessionRecord& session : state.journal.sessions) queue_entry(state, out, session);
  for (const std::string& blob : state.storage.unreadable_blobs)
    queue_write(state, out, unreadable_key(blob), blob);
  state.storage.stored_preferences.clear();  // dispatch writes the preferences again after this
  state.storage.restored_after_loss =
      static_cast<int>(state.journal.checkins.size() + state.journal.sessions.size());
  out.announcements.push_back(Announcement{{Str::StorageRestoredTitle}, true, {}});
  return out;
}

DispatchOutcome erased_elsewhere(AppState& state) {
  forget_everything(state);
  return changed();
}

void add_entries(AppState& state, std::vector<CheckIn> checkins, std::vector<SessionRecord> sessions,
                 DispatchOutcome& outcome) {
  for (const CheckIn& entry : checkins) queue_entry(state, outcome, entry);
  for (const SessionRecord& session : sessions) queue_entry(state, outcome, session);
  merge_entries(state.journal.checkins, std::move(checkins));
  merge_entries(state.journal.sessions, std::move(sessions));
  ++state.journal.revision;
  outcome.changed = true;
}

void keep_unreadable(AppState& state, std::vector<std::string> blobs, DispatchOutcome& outcome) {
  for (std::string& blob : blobs) {
    queue_write(state, outcome, unreadable_key(blob), blob);
    state.storage.unreadable_blobs.push_back(std::move(blob));
    outcome.changed = true;
  }
}

void keep_session(AppState& state, SessionRecord session, DispatchOutcome& outcome) {
  queue_entry(state, outcome, session);
  upsert(state.journal, std::move(session));
  outcome.changed = true;
}

void record_finished_sessions(AppState& state, const Moment& now, DispatchOutcome& outcome) {
  const bool may_write = journal_write_refusal(state) == nullptr;
  auto record = [&](SessionRecord session) {
    session.id = new_entry_id(state.journal, session.at_ms, now.nonce);
    session.utc_offset_min = clamp_utc_offset(now.utc_offset_min);
    session.day = local_day(session.at_ms, session.utc_offset_min);
    if (state.hosting.embedded) {
      outcome.host_message = session_completed_message(session, state.settings.share_with_host);
    }
    if (!may_write || !validate_session(session)) return;
    queue_entry(state, outcome, session);
    state.last_session_id = session.id;
    upsert(state.journal, std::move(session));
    outcome.changed = true;
  };

  constexpr std::int64_t kMinimumMs = 30'000;  // shorter tries are not worth a journal line
  if (state.routine && state.routine->finished() &&
      state.routine->started_at_ms() != state.recorded.routine) {
    state.recorded.routine = state.routine->started_at_ms();
    const RoutineSummary summary = state.routine->summary(now.ms);
    if (summary.exercises_done > 0 || summary.active_ms >= kMinimumMs) {
      SessionRecord s;
      s.at_ms = state.routine->started_at_ms();
      s.kind = SessionKind::Routine;
      s.routine = state.routine->kind();
      s.active_ms = summary.active_ms;
      s.done = summary.exercises_done;
      s.total = summary.exercises_total;
      s.ended_early = summary.ended_early;
      s.pain_before = state.pain_before_next;
      state.pain_before_next.reset();
      record(std::move(s));
    }
  }
  if (state.breathing && state.breathing->finished() &&
      state.breathing->started_at_ms() != state.recorded.breathing) {
    state.recorded.breathing = state.breathing->started_at_ms();
    const std::int64_t active = state.breathing->elapsed_ms(now.ms);
    if (active >= kMinimumMs) {
      SessionRecord s;
      s.at_ms = state.breathing->started_at_ms();
      s.kind = SessionKind::Breathing;
      s.active_ms = active;
      s.done = state.breathing->moment(now.ms).breaths;
      s.ended_early = state.breathing->length_ms() > 0 && active < state.breathing->length_ms();
      record(std::move(s));
    }
  }
  if (state.position_result && state.position_result->finished_at_ms != state.recorded.position) {
    state.recorded.position = state.position_result->finished_at_ms;
    const auto& r = state.position_result->ratings;
    SessionRecord s;
    s.at_ms = state.position_result->finished_at_ms;
    s.kind = SessionKind::PositionTest;
    s.done = 2;
    s.total = 2;
    s.pain_before = r[0];
    s.pain_after = std::min(r[1], r[3]);  // after resting in the position that helped more
    record(std::move(s));
  }
}

void store_changed_preferences(AppState& state, DispatchOutcome& outcome) {
  if (state.storage.mode != StorageMode::Durable || state.storage.preferences_damaged) return;
  std::string blob = encode_record(preferences_of(state));
  if (blob == state.storage.stored_preferences) return;
  state.storage.stored_preferences = blob;
  queue_write(state, outcome, kPreferencesKey, std::move(blob));
}

}  // namespace unknot
