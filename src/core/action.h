// Every change to the app state is one of these actions. The UI, the JS API, the host page
// and the tests all build actions and hand them to dispatch(); nothing else changes state.
#pragma once
#include <cstddef>
#include <string_view>
#include <variant>

#include "core/breathing.h"
#include "core/result.h"
#include "core/routine_plan.h"
#include "core/screen.h"
#include "core/strings.h"

namespace unknot {

struct Navigate {
  Screen to;
};
struct GoBack {};
struct SetLocale {
  Locale locale;
};
struct SetSound {
  bool on;
};
struct SetVibration {
  bool on;
};
struct ShowExercise {  // the routine carousel's card
  std::size_t index;
};
struct StartRoutine {
  RoutineKind kind;
};
struct SetCustomRoutine {  // the user's own routine: which exercises, in what order, at what dose
  RoutinePlan plan;
};
struct PauseRoutine {};
struct ResumeRoutine {};
struct SkipExercise {};
struct PreviousExercise {};
struct RestartExercise {};
struct EndRoutine {};
struct CloseRoutine {};  // leave the finished routine's summary
struct SetReduceMotion {
  bool on;
};
struct SetBreathPreset {
  BreathPreset preset;
};
struct SetBreathPattern {  // the user's own pattern, in half-second steps
  BreathPattern pattern;
};
struct SetBreathLength {  // one of kBreathLengthsMs (0 = open-ended)
  std::int64_t length_ms;
};
struct StartBreathing {};
struct PauseBreathing {};
struct ResumeBreathing {};
struct StopBreathing {};
struct CloseBreathing {};  // leave the ended session's summary
struct StartPositionTest {
  int rest_minutes;  // 2 to 5
};
struct RatePain {  // 0 (no pain) to 10 (worst imaginable), for the test's current rating
  int pain;
};
struct FinishRestEarly {};
struct CancelPositionTest {};
struct ClosePositionTest {};  // leave the result (it stays remembered)
// Brings timers up to the clock. The app sends it each frame while a routine runs, and before
// answering state(); it is not part of the JSON API.
struct Tick {};

using Action = std::variant<Navigate, GoBack, SetLocale, SetSound, SetVibration, ShowExercise, StartRoutine,
                            SetCustomRoutine, PauseRoutine, ResumeRoutine, SkipExercise, PreviousExercise, RestartExercise,
                            EndRoutine, CloseRoutine, SetReduceMotion, SetBreathPreset, SetBreathPattern,
                            SetBreathLength, StartBreathing, PauseBreathing, ResumeBreathing, StopBreathing,
                            CloseBreathing, StartPositionTest, RatePain, FinishRestEarly, CancelPositionTest,
                            ClosePositionTest, Tick>;

// Parses one action from JSON such as {"type":"navigate","screen":"learn"}.
// Anything malformed or unknown comes back as an error that says what was wrong.
Result<Action> parse_action(std::string_view json);

}  // namespace unknot
