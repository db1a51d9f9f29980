// The whole state of the app that matters to the user: what dispatch() changes and the UI draws.
// UI-only details (scroll positions, hover) live in the UI's own state, not here.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/breathing/breathing.h"
#include "core/flow/hosting.h"
#include "core/flow/screen.h"
#include "core/i18n/strings.h"
#include "core/journal/journal.h"
#include "core/learn/learn_content.h"
#include "core/plan/movement_breaks.h"
#include "core/plan/program.h"
#include "core/position/position_test.h"
#include "core/progress/psfs_change.h"
#include "core/routine/routine_run.h"
#include "core/settings/preferences.h"
#include "core/voice/device_voices.h"
#include "core/voice/voice_coach.h"

namespace unknot {

// The start (or, for the position test, end) time of the last session of each kind already
// recorded, so a finished session is written once however many dispatches see it finished.
struct SessionMarks {
  std::int64_t routine = -1;
  std::int64_t breathing = -1;
  std::int64_t position = -1;
};

// Why the care page opened, when the program is involved: a screening sign kept it from
// starting, or it started and a sign there is worth a clinician soon.
enum class CareNote : std::uint8_t { None, ProgramWaits, ProgramStartedSeeSoon };

struct AppState {
  Screen screen = Screen::Home;
  std::vector<Screen> history;  // screens to return to with Back, most recent last
  Locale locale = Locale::En;
  Settings settings;
  std::optional<LearnPage> learn_page;       // the Learn page being read; none: the Learn index
  std::size_t exercise_in_view = 0;          // the routine carousel's card, an index into the catalog
  RoutinePlan custom_plan = full_routine();  // the user's own selection, order and doses
  std::optional<RoutineRun> routine;         // the routine being played, paused or just finished
  BreathSettings breath;
  std::optional<BreathingSession> breathing;      // the breathing session running, paused or just ended
  std::optional<PositionTest> position_test;      // the comfortable-position test under way
  std::optional<PositionResult> position_result;  // the last finished test: what helped
  PsfsActivities psfs_activities;                 // what the user rates on the functional scale
  std::optional<PsfsNaming> psfs_renamed;       // when a named activity was last renamed: compare from there
  Journal journal;                              // check-ins and sessions
  StorageStatus storage;                        // whether and how entries are being kept
  std::optional<ImportPreview> import_preview;  // a file read for import, waiting for the user's yes
  std::string just_saved_checkin;               // the check-in saved from the Check-in screen this visit
  std::optional<int> pain_before_next;          // rated before starting a routine, for its session
  std::string last_session_id;                  // the latest session recorded, for its "after" rating
  SessionMarks recorded;                        // which finished sessions are already in the journal
  Hosting hosting;                              // embedded or not; a waiting update
  DailyPlan daily_plan;                         // what the user means to do each day, and when
  BreakSettings breaks;                         // movement-break reminders as the user set them
  BreakSchedule break_schedule;                 // when the next one is due; whether one is showing
  std::optional<Program> program;               // the 12-week program, once started
  bool review_saved = false;                    // the Review screen shows the week's outcome
  std::uint16_t care_flags = 0;                 // the signs that last opened the care page, marked there
  CareNote care_note = CareNote::None;          // what the care page says about the program
  std::vector<DeviceVoice> device_voices;       // the speech voices this device has (none stored)
  VoiceCoach coach;                             // what the voice coach last said, and until when
  std::uint64_t revision = 0;                   // bumps on every change, so observers can tell cheaply
};

// The history never grows past this: navigation is shallow, and a stuck loop must not leak.
inline constexpr std::size_t kMaxHistory = 16;

// True while a routine's clock is running: the player's ring animates, the screen stays awake.
inline bool routine_running(const AppState& state) {
  return state.routine && !state.routine->paused() && !state.routine->finished();
}

inline bool position_resting(const AppState& state) {
  return state.position_test && state.position_test->step() == PositionStep::Rest;
}

inline bool breathing_running(const AppState& state) {
  return state.breathing && !state.breathing->paused() && !state.breathing->finished();
}

// A running clock the player, the visualiser or the rest screen shows: frames keep coming and the
// screen stays awake.
inline bool timers_running(const AppState& state) {
  return routine_running(state) || breathing_running(state) || position_resting(state);
}

// True when a Tick at `now_ms` would change something: a timer runs, or a movement break needs
// scheduling or is due. The app ticks before each frame and each state() snapshot exactly then.
inline bool needs_tick(const AppState& state, std::int64_t now_ms) {
  return timers_running(state) || breaks_need_advance(state.break_schedule, state.breaks, now_ms);
}

}  // namespace unknot
