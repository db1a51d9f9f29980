// The weekly review: today's pain, the PSFS activities, how the week felt and any new warning
// signs; once saved, what it decided and why, in words a person in pain can act on.
#include <algorithm>
#include <string>
#include <vector>

#include "core/journal/journal_words.h"
#include "core/support/dates.h"
#include "ui/screens/program_parts.h"
#include "ui/widgets/chips.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/pain_scale.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

// What the last review decided, and why.
void outcome_explanation(const Program& program, PageBuilder& page) {
  UiContext& ui = page.ui;
  const std::size_t index = program.reviews.size() - 1;
  const WeekReview& last = program.reviews[index];
  page.paragraph(fill(ui.t(Str::ReviewAverage), {decimal(ui.locale, last.average_tenths / 10.0, 1),
                                                 std::to_string(program.baseline_pain)}),
                 10);
  switch (last.outcome) {
    case WeekOutcome::Advanced:
      page.paragraph(Str::ReviewAdvanced, 4);
      page.y +=
          draw_text(ui, ui.fonts.heading, ImVec2(page.column.x, page.y), section_colors(Screen::Program).ink,
                    ui.t(level_name(program.level)), page.column.width) +
          12;
      break;
    case WeekOutcome::Held:
      page.paragraph(last.sessions < kMinSessionsToAdvance ? Str::ReviewHeldSessions : Str::ReviewHeld, 10);
      break;
    case WeekOutcome::SteppedDown: page.paragraph(Str::ReviewSteppedDown, 10); break;
    case WeekOutcome::Paused: page.paragraph(Str::ReviewPaused, 10); break;
    case WeekOutcome::SeeClinician: page.paragraph(clinician_advice(program), 10); break;
    case WeekOutcome::Stopped: page.paragraph(Str::ProgramStoppedBody, 10); break;
  }
}

}  // namespace

void draw_review(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  PageBuilder page{ui, column, section_top(ui, Screen::Review, column),
                   std::min(column.width, 420.0f * text_growth(ui))};
  if (!state.program) {
    end_page(column, page.y);
    return;
  }
  const Program& program = *state.program;
  if (state.review_saved && !program.reviews.empty()) {
    outcome_explanation(program, page);
    if (program.complete()) page.paragraph(Str::ProgramComplete, 10);
    progress_block(state, program, page);
    weeks_block(program, page);
    if (page.wide_button("review.done", ui.t(Str::BreakDone), ButtonStyle::Primary))
      ui.emit(Navigate{Screen::Program});
    end_page(column, page.y);
    return;
  }

  ReviewDraft& draft = ui.memory.program.review;
  question(page, Str::ProgramStartPain);
  if (const auto pressed = pain_scale(ui, "review.pain", draft.pain, column, page.y)) draft.pain = *pressed;
  page.y += 8;
  const bool named = std::any_of(state.psfs_activities.begin(), state.psfs_activities.end(),
                                 [](const std::string& name) { return !name.empty(); });
  if (named) {
    question(page, Str::ReviewPsfs);
    for (std::size_t i = 0; i < kPsfsActivities; ++i) {
      if (state.psfs_activities[i].empty()) continue;
      page.y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, page.y), palette().text,
                          state.psfs_activities[i], column.width) +
                6;
      std::int8_t& score = draft.psfs[i];
      const std::optional<int> selected = score == kNoScore ? std::nullopt : std::optional<int>(score);
      if (const auto pressed = pain_scale(ui, "review.psfs." + std::to_string(i), selected, column, page.y,
                                          Str::PsfsAnchors)) {
        score = static_cast<std::int8_t>(*pressed);
      }
      page.y += 8;
    }
  }
  question(page, Str::ReviewFeel);
  const std::vector<Chip> feels = {{ui.t(Str::ReviewEasier), draft.feel == WeekFeel::Easier},
                                   {ui.t(Str::ReviewSame), draft.feel == WeekFeel::Same},
                                   {ui.t(Str::ReviewHarder), draft.feel == WeekFeel::Harder}};
  if (const auto pressed = chip_flow(ui, "review.feel", feels, "radio", column, page.y)) {
    draft.feel = static_cast<WeekFeel>(*pressed);
  }
  page.y += 18;
  page.y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, page.y), section_colors(Screen::CareNow).ink,
                      ui.t(Str::ReviewFlags), column.width, TextRole::Heading2) +
            10;  // warning signs stand out
  draft.red_flags = tiered_sign_chips(ui, "review.flags", draft.red_flags, kAskedFlags, column, page.y);
  page.y += 20;
  if (!draft.pain) {
    page.paragraph(Str::ReviewNeedsPain, 8);
  } else if (page.wide_button("review.save", ui.t(Str::ReviewSave), ButtonStyle::Primary)) {
    CheckIn entry;
    entry.pain = *draft.pain;
    entry.psfs = draft.psfs;
    entry.red_flags = draft.red_flags;
    ui.emit(ReviewWeek{entry, draft.feel});
    draft = ReviewDraft{};
  }
  end_page(column, page.y);
}

}  // namespace unknot::ui
