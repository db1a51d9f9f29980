// The voice coach: short spoken phrases that guide a routine, the breathing visualiser and the
// position test's rest for someone who cannot look at the screen (on all fours in cat cow, lying
// on the belly). The core picks the words and their moments; the platform speaks them
// (platform::speak) and reports each as a window event, so tests hear without audio.
//
// Phrases never talk over each other. One that marks a new phase (get ready, go, switch sides,
// rest, done) is always said, in the longest form that fits its phase at the speaking pace; any
// other (a breath, "10 seconds left", "1 minute left") only once the one before has ended, and
// only if it ends before its own moment does. At most one phrase per step of a breath.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/breathing/breathing.h"
#include "core/flow/cue.h"
#include "core/position/position_test.h"
#include "core/routine/routine_run.h"
#include "core/routine/step_cue.h"
#include "core/settings/preferences.h"

namespace unknot {

struct Phrase {
  std::string text;
  std::int64_t at_ms = 0;
  std::int64_t length_ms = 0;  // expected time to say it at the chosen pace
  bool interrupts = false;     // the user moved on (skip, back, start): cut what is still being said
  bool may_drop = false;       // not a new phase: if the voice runs late, better unsaid than said late
};

// How long a voice takes to say `text` at `rate`: a cautious estimate (about 14 characters a
// second at the normal pace, a pause at each mark that ends a clause), so plans leave room.
std::int64_t speaking_ms(std::string_view text, VoiceRate rate) noexcept;

// The coach's view of the settings: the language, the user's voice choices, and the breath
// pattern that paces cat cow.
struct CoachContext {
  Locale locale;
  const VoiceSettings& voice;
  const BreathPattern& breath;
};

class VoiceCoach {
 public:
  // For the cues a routine just gave at `now_ms` (from a tick, or from the user's own start,
  // skip, back or restart: `user_moved`), and for cat cow's breath steps between them.
  void routine(std::vector<Phrase>& out, const CoachContext& context, const std::vector<Cue>& cues,
               const RoutineRun& run, std::int64_t now_ms, bool user_moved);
  void breathing(std::vector<Phrase>& out, const CoachContext& context, const std::vector<Cue>& cues,
                 const BreathingSession& session, std::int64_t now_ms);
  // The rest in a position: how to lie and for how long, a minute before the end, and the end.
  void position(std::vector<Phrase>& out, const CoachContext& context, const std::vector<Cue>& cues,
                const PositionTest& test, std::int64_t now_ms);
  // Settings' "Test voice": a sample, at once.
  void sample(std::vector<Phrase>& out, const CoachContext& context, std::int64_t now_ms);
  // Speech was stopped (a pause, leaving the player): nothing is being said any more.
  void hushed() noexcept { busy_until_ms_ = 0; }

 private:
  // Says the first of `forms` (longest first) that ends before `deadline_ms`, and returns which.
  // A `must` phrase (a new phase) is said even over a phrase still going, and in its last form if
  // none fits; any other waits for silence or is left unsaid.
  std::optional<std::size_t> say_one_of(std::vector<Phrase>& out, const CoachContext& context,
                                        const std::vector<std::string>& forms, std::int64_t now_ms,
                                        std::int64_t deadline_ms, bool interrupts, bool must);
  void start_breaths(const RoutinePosition& position, StepCue step, bool said_in_full);
  void next_breath(std::vector<Phrase>& out, const CoachContext& context, const RoutineRun& run,
                   const RoutinePosition& position, StepCue step, std::int64_t now_ms);

  std::int64_t busy_until_ms_ = 0;
  // Cat cow's breath: the work segment (its start in routine time) and step last said there.
  std::int64_t breath_segment_ = -1;
  StepCue breath_step_ = StepCue::Ready;
  std::array<bool, 2> said_in_full_{};  // the in- and the out-breath's move said in full there
  bool minute_left_said_ = false;       // in the position test's current rest
};

}  // namespace unknot
