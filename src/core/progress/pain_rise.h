// Pain that rose during or after practice: the pain rule's core (PRODUCT.md, after Silbernagel et
// al. 2007, more cautious): a routine whose after-pain is 2 or more above its before-pain gets a
// kind word in its summary, a question the next day (did it settle?), and the flare-up card on
// Home until pain is back near its level or a week has passed. No clock here: today is passed in.
#pragma once
#include <cstdint>
#include <optional>

#include "core/journal/journal.h"

namespace unknot {

// A rise this big (points on the 0-10 scale) is worth easing off for.
inline constexpr int kPainRisePoints = 2;
// Pain within this many points of where it was before the rise is "back near its level".
inline constexpr double kNearLevelPoints = 1.0;
// The flare-up card stays at most this many days after the rise (the rise's day included).
inline constexpr int kFlareCardDays = 7;

// The routine ended with pain kPainRisePoints or more above how it started (both rated).
bool pain_rose(const SessionRecord& session) noexcept;

// Yesterday's routine whose pain rose, when no check-in since has said whether it settled: the
// check-in asks about it. The latest such routine if there were several.
const SessionRecord* rise_to_ask_about(const Journal& journal, std::int32_t today);

// Why the flare-up card shows: the latest rise of the last kFlareCardDays days that has not
// settled yet.
struct FlareUp {
  std::int32_t day;    // when pain rose
  std::int64_t at_ms;  // the routine's start or the check-in's moment
  double level;        // pain before the rise: the routine's before-pain, or the 7-day average
  int peak;            // the pain that was the rise
  bool from_routine;   // a routine's after-pain; otherwise a check-in above its week
};

// A check-in kPainRisePoints or more above the mean of the daily averages of the 7 days before
// its day (when any of them has check-ins) is a rise; so is a routine that pain_rose(). The card
// goes once a later check-in is back within kNearLevelPoints of the level, a later check-in says
// it settled, or kFlareCardDays have passed.
std::optional<FlareUp> current_flare_up(const Journal& journal, std::int32_t today);

}  // namespace unknot
