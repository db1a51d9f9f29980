#include "core/flow/shortcuts.h"

#include "core/routine/exercise.h"

namespace unknot {

std::optional<Action> shortcut_action(const AppState& state, Key key) {
  if (state.screen == Screen::Player && state.routine) {
    if (state.routine->finished()) {
      if (key == Key::Escape || key == Key::Space) return CloseRoutine{};
      return std::nullopt;
    }
    switch (key) {
      case Key::Space: return state.routine->paused() ? Action(ResumeRoutine{}) : Action(PauseRoutine{});
      case Key::Left: return PreviousExercise{};
      case Key::Right: return SkipExercise{};
      case Key::Escape: return GoBack{};
    }
  }
  if (state.screen == Screen::Routine) {
    if (key == Key::Left && state.exercise_in_view > 0) return ShowExercise{state.exercise_in_view - 1};
    if (key == Key::Right && state.exercise_in_view + 1 < kExerciseCount)
      return ShowExercise{state.exercise_in_view + 1};
  }
  if (key == Key::Escape && !state.history.empty()) return GoBack{};
  return std::nullopt;
}

}  // namespace unknot
