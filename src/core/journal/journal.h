// The symptom journal in memory: check-ins and finished sessions, kept in time order, and what
// is known about keeping them (which writes are durable, which failed, whether storage exists).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/journal/checkin.h"
#include "core/routine/session_record.h"
#include "core/settings/preferences.h"

namespace unknot {

struct Journal {
  std::vector<CheckIn> checkins;        // by time, then id
  std::vector<SessionRecord> sessions;  // by time, then id
  std::uint64_t revision = 0;           // bumps when an entry is added, changed or removed

  const CheckIn* find_checkin(std::string_view id) const;
  const SessionRecord* find_session(std::string_view id) const;
  const CheckIn* latest_checkin() const { return checkins.empty() ? nullptr : &checkins.back(); }
};

// The journal's order: by time, then by id (so two entries of the same millisecond have one order).
template <class Entry>
bool in_time_order(const Entry& a, const Entry& b) {
  return a.at_ms != b.at_ms ? a.at_ms < b.at_ms : a.id < b.id;
}

// Adds the entry, or replaces the one with the same id. Returns false when nothing changed.
bool upsert(Journal& journal, CheckIn entry);
bool upsert(Journal& journal, SessionRecord session);

// A new id that no entry in the journal has: the time in base 36 and the platform's random
// nonce, e.g. "mi3k2x1c-4f9a0b".
std::string new_entry_id(const Journal& journal, std::int64_t at_ms, std::uint32_t nonce);

// Where entries go: Durable = IndexedDB works; MemoryOnly = this window can't store anything
// (private window, sandboxed iframe) so entries live until the page closes; ReadOnly = the
// stored data was written by a newer version of Unknot and must not be overwritten.
enum class StorageMode : std::uint8_t { Starting, Durable, MemoryOnly, ReadOnly };

enum class WriteState : std::uint8_t { Saving, Failed };

struct PendingWrite {
  std::string key;  // the record's storage key
  WriteState state = WriteState::Saving;
  std::string error;  // for Failed: what the browser said, in plain words
};

struct StorageStatus {
  StorageMode mode = StorageMode::Starting;
  std::string reason;  // MemoryOnly / ReadOnly: why, for the banner
  // Stored records that could not be read, as their bytes: kept untouched, carried in the JSON
  // export so a backup drops nothing.
  std::vector<std::string> unreadable_blobs;
  int unreadable() const { return static_cast<int>(unreadable_blobs.size()); }
  // The stored preferences record is there but damaged: nothing writes over it (the person's
  // activity names may still be rescued from a backup) until the person chooses to.
  bool preferences_damaged = false;
  int restored_after_loss = 0;  // entries written back after the browser cleared storage (a notice)
  // Writes not yet known to be durable, by key: an import queues hundreds of thousands, and
  // each is found again when its report comes (a list searched per key was quadratic).
  std::map<std::string, PendingWrite, std::less<>> pending;
  std::string last_saved;          // the key of the last record confirmed durable
  bool any_saved = false;          // at least one record has been saved (ask for persistence)
  std::string stored_preferences;  // the preferences record as last stored or loaded
  // An import being saved: how many of its entries are durable so far, of how many.
  struct ImportProgress {
    std::size_t saved = 0, total = 0;
  };
  std::optional<ImportProgress> import_progress;
  // What this tab last shared with storage (loaded, or heard from another tab): the base of a
  // three-way merge when another tab's write arrives (see two_tabs.h).
  Preferences shared_preferences;
  std::map<std::string, std::uint8_t, std::less<>> shared_plan_items;  // a plan record's id -> items

  const PendingWrite* pending_for(std::string_view key) const;
  bool failed_any() const;
};

// A file read for import, waiting for the user to confirm: what it would add, what it skips.
struct ImportPreview {
  std::vector<CheckIn> new_checkins;
  std::vector<SessionRecord> new_sessions;
  int duplicates = 0;                      // already in the journal, identical: skipped
  int conflicts = 0;                       // same id, different content: skipped, the journal's own is kept
  PsfsActivities psfs_activities;          // adopted only if the user has named none (or takes the settings)
  std::int64_t first_ms = 0, last_ms = 0;  // the span of the new entries
  // The file's settings (version 2 on), over the device's own for anything it leaves out; what
  // taking them would change; and whether they are taken unless the user says otherwise (yes on
  // a device with nothing of the user's own yet, no when it has its own).
  std::optional<Preferences> settings;
  std::vector<Str> settings_changes;
  bool take_settings_by_default = false;
  // Records the file carries that this version can't read and the device doesn't hold yet:
  // kept as they are (written back to storage) so a later version may read them.
  std::vector<std::string> unreadable;
};

}  // namespace unknot
