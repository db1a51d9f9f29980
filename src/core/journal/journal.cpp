#include "core/journal/journal.h"

#include <algorithm>

namespace unknot {
namespace {

template <class Entry>
const Entry* find_by_id(const std::vector<Entry>& entries, std::string_view id) {
  for (const Entry& e : entries) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

// Entries arrive in time order when loading and saving, so the common case appends.
template <class Entry>
bool upsert_sorted(std::vector<Entry>& entries, Entry entry) {
  auto same_id =
      std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == entry.id; });
  if (same_id != entries.end()) {
    if (*same_id == entry) return false;
    entries.erase(same_id);
  }
  if (entries.empty() || !in_time_order(entry, entries.back())) {
    entries.push_back(std::move(entry));
  } else {
    auto at = std::upper_bound(entries.begin(), entries.end(), entry, in_time_order<Entry>);
    entries.insert(at, std::move(entry));
  }
  return true;
}

std::string base36(std::uint64_t value, std::size_t min_digits) {
  std::string digits;
  do {
    digits.push_back("0123456789abcdefghijklmnopqrstuvwxyz"[value % 36]);
    value /= 36;
  } while (value > 0);
  while (digits.size() < min_digits) digits.push_back('0');
  std::reverse(digits.begin(), digits.end());
  return digits;
}

}  // namespace

const CheckIn* Journal::find_checkin(std::string_view id) const {
  return find_by_id(checkins, id);
}
const SessionRecord* Journal::find_session(std::string_view id) const {
  return find_by_id(sessions, id);
}

bool upsert(Journal& journal, CheckIn entry) {
  if (!upsert_sorted(journal.checkins, std::move(entry))) return false;
  ++journal.revision;
  return true;
}

bool upsert(Journal& journal, SessionRecord session) {
  if (!upsert_sorted(journal.sessions, std::move(session))) return false;
  ++journal.revision;
  return true;
}

std::string new_entry_id(const Journal& journal, std::int64_t at_ms, std::uint32_t nonce) {
  const std::string stamp = base36(static_cast<std::uint64_t>(std::max<std::int64_t>(at_ms, 0)), 8) + "-";
  for (std::uint32_t n = nonce;; ++n) {
    std::string id = stamp + base36(n, 6);
    if (!journal.find_checkin(id) && !journal.find_session(id)) return id;
  }
}

const PendingWrite* StorageStatus::pending_for(std::string_view key) const {
  const auto found = pending.find(key);
  return found == pending.end() ? nullptr : &found->second;
}

bool StorageStatus::failed_any() const {
  return std::any_of(pending.begin(), pending.end(),
                     [](const auto& entry) { return entry.second.state == WriteState::Failed; });
}

}  // namespace unknot
