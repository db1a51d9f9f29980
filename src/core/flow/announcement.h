// What a screen reader should hear when something happens that isn't a press of its own: the
// routine's and breathing's phase changes, a save confirmed or failed, a warning sign, a refused
// import. The core says what; the platform speaks it through an aria-live region.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/flow/cue.h"
#include "core/i18n/strings.h"

namespace unknot {

struct Announcement {
  std::vector<Str> parts;  // said one after the other
  bool assertive = false;  // errors and warning signs interrupt; progress waits its turn
  std::string text;        // said after the parts, as it is (a refused file's reason)
};

// The words for a cue, or none for cues too frequent to speak (each rep, the countdown).
std::optional<Str> cue_words(Cue cue) noexcept;
// A failed write's reason code ("quota", "aborted", "closed", ...) as words.
Str save_failure_words(std::string_view code) noexcept;

}  // namespace unknot
