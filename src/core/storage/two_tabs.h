// Two tabs (or an installed app and a tab) change the same records at once: today's plan record
// and the preferences. Each tab hears the other's committed write and merges it field by field
// against the version both last shared (three-way), so both changes survive and both tabs end
// with the same record. Only what this tab changed since then wins over theirs.
#pragma once
#include <cstdint>

#include "core/settings/preferences.h"

namespace unknot {

// Bits of a mask: the ones mine changed since `base` are mine, the rest theirs.
std::uint8_t merge_bits(std::uint8_t base, std::uint8_t mine, std::uint8_t theirs);

// Every setting on its own: the ones mine changed since `base` are mine, the rest theirs.
Preferences merge_preferences(const Preferences& base, const Preferences& mine, const Preferences& theirs);

// The storage id of a day's plan record: one per day, the same in every tab, so two tabs'
// first ticks of a day land in one record instead of two.
std::string plan_record_id(std::int32_t day);

}  // namespace unknot
