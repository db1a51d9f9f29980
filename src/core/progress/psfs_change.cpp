#include "core/progress/psfs_change.h"

namespace unknot {

std::optional<PsfsPair> psfs_paired(const PsfsScores& first, const PsfsScores& latest) noexcept {
  PsfsPair pair;
  for (std::size_t i = 0; i < kPsfsActivities; ++i) {
    if (first[i] == kNoScore || latest[i] == kNoScore) continue;
    pair.first += first[i];
    pair.latest += latest[i];
    ++pair.activities;
  }
  if (pair.activities == 0) return std::nullopt;
  pair.first /= pair.activities;
  pair.latest /= pair.activities;
  return pair;
}

bool rated_under_current_names(const CheckIn& entry, const std::optional<PsfsNaming>& naming) noexcept {
  return !naming || entry.at_ms >= naming->at_ms;
}

}  // namespace unknot
