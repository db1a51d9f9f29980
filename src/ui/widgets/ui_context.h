// What every screen function gets: fonts, the language, where to record interactive items,
// and where to push the actions the user asked for. Screens never change state themselves.
#pragma once
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/flow/action.h"
#include "core/i18n/strings.h"
#include "core/journal/checkin.h"
#include "core/progress/progress_summary.h"
#include "core/settings/preferences.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/widget_registry.h"

namespace unknot::ui {

// A check-in on its way to being saved: the answers so far, and the text fields' buffers.
struct CheckInDraft {
  CheckIn answers;
  std::optional<int> pain;  // nothing chosen yet
  std::optional<int> stiffness;
  bool details_open = false;
  std::string note;
  PsfsActivities activity_names;  // being named or renamed
  bool editing_activities = false;
};

// The Progress screen's chart view and its summary, kept between frames: the summary is worked
// out again only when the journal or the day changes, never per frame.
struct ProgressView {
  ChartZoom zoom = ChartZoom::Month;
  int pan_days = 0;        // how far before today the chart's window ends
  int drag_start_pan = 0;  // the pan when the current drag began
  struct Key {  // what the summary was computed from (the sizes too, in case a journal is replaced)
    std::uint64_t revision = 0;
    std::int32_t today = 0;
    std::size_t checkins = 0, sessions = 0;
    std::optional<PsfsNaming> psfs_renamed;  // a rename restarts the PSFS comparison
    bool operator==(const Key& o) const {
      return revision == o.revision && today == o.today && checkins == o.checkins && sessions == o.sessions &&
             psfs_renamed == o.psfs_renamed;
    }
  };
  std::optional<ProgressSummary> summary;
  Key summary_key;
};

// UI-only memory between frames: nothing here matters to the user's data.
// The weekly review being filled in, and the program's start and end questions.
struct ReviewDraft {
  std::optional<int> pain;
  PsfsScores psfs = kNoPsfsScores;
  WeekFeel feel = WeekFeel::Same;
  std::uint16_t red_flags = 0;
};
struct ProgramDraft {
  std::optional<int> start_pain;  // the baseline, before Start
  Screening screening;            // the screening's answers, sent with Start
  bool ending = false;            // End was pressed once: asking to confirm
  bool restarting = false;        // a stopped or finished program: the start form is open again
  ReviewDraft review;
};

struct UiState {
  std::size_t demo_card = static_cast<std::size_t>(-1);  // the carousel card whose demo is playing
  double demo_started_s = 0;                             // when it began, wall-clock seconds
  int position_minutes = 3;                              // the position test's rest, before it starts
  CheckInDraft checkin;                                  // the check-in being filled in
  bool erase_confirming = false;                         // Your data: the erase button was pressed once
  std::string import_refusal;  // why the last file chosen for import was refused (the dispatch's answer)
  std::optional<bool> import_take_settings;  // the user's answer to "use this backup's settings"
  ProgressView progress;
  ProgramDraft program;      // the chart's zoom and pan, and its summary
  std::string mirror_press;  // an item activated through the page's accessibility mirror, pressed next frame
  float break_box_height = 0;  // the movement-break reminder's height, measured on its first frame
  std::string mirror_focus;    // an item a screen reader moved to in the mirror: it takes the keyboard focus
};

// A text box the user pressed: the page lays a real text field over it (see ui/text_box.h).
struct TextEditRequest {
  std::string id;
  std::string label;
  std::string text;
  std::size_t max_bytes = 0;
  bool multiline = false;
  ImVec2 pos, size;  // CSS pixels from the canvas's top-left corner
};

struct UiContext {
  const Fonts& fonts;
  Locale locale;
  WidgetRegistry& widgets;
  std::vector<Action>& actions;
  UiState& memory;
  std::int64_t now_ms;     // wall clock, for the routine's timers
  int utc_offset_min = 0;  // the user's time zone now, for today's local date (set by the platform)
  bool animating = false;  // set by anything that needs the next frame drawn too
  std::optional<TextEditRequest> text_edit;  // set when a text box was pressed this frame
  float content_height = 0;  // how tall this screen's content is, in CSS px (for an embedding page)
  // When nothing moves continuously, the next moment a pixel would change (a countdown's next
  // second, a progress ring's next visible step): the app sleeps until then. 0: never.
  std::int64_t redraw_at_ms = 0;

  std::string_view t(Str key) const noexcept { return tr(locale, key); }
  void emit(Action action) { actions.push_back(action); }
  // Asks for a frame at `ms` (the earliest asked wins).
  void redraw_at(std::int64_t ms) {
    ms = std::max(ms, now_ms + 1);
    if (redraw_at_ms == 0 || ms < redraw_at_ms) redraw_at_ms = ms;
  }
};

}  // namespace unknot::ui
