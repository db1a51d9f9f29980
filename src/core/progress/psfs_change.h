// Comparing Patient-Specific Functional Scale ratings like with like: only ratings given under
// the same activity names (a rename starts the comparison over), and only the activities rated
// on both sides (an average of two activities is not the average of one).
#pragma once
#include <cstdint>
#include <optional>

#include "core/journal/checkin.h"

namespace unknot {

// When the activities got the names they have now (none: never renamed since they were named).
struct PsfsNaming {
  std::int64_t at_ms = 0;
  std::int32_t day = 0;  // the local day of at_ms
  bool operator==(const PsfsNaming& o) const { return at_ms == o.at_ms && day == o.day; }
};

// Two ratings' averages over the activities rated in both. None when they share none.
struct PsfsPair {
  double first = 0;
  double latest = 0;
  int activities = 0;  // rated on both sides
};
std::optional<PsfsPair> psfs_paired(const PsfsScores& first, const PsfsScores& latest) noexcept;

// A check-in's scores were given under the current names.
bool rated_under_current_names(const CheckIn& entry, const std::optional<PsfsNaming>& naming) noexcept;

}  // namespace unknot
