// The 12-week program: starting it (today's pain is the baseline), the week under way (its
// level, sessions against the aim of 3, the routine, the review when due), progress since the
// start against the meaningful-change thresholds, week by week, and ending it. Also the weekly
// review's form and what it decided.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <vector>

#include "core/journal/journal_words.h"
#include "core/plan/plan_actions.h"
#include "core/progress/progress_summary.h"
#include "core/support/dates.h"
#include "ui/screens/program_parts.h"
#include "ui/widgets/chips.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/notice.h"
#include "ui/widgets/page_builder.h"
#include "ui/widgets/pain_scale.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

std::string one_decimal(const UiContext& ui, double value) {
  return decimal(ui.locale, value, 1);
}

}  // namespace

void question(PageBuilder& page, Str text) {
  page.y += 10;
  page.y += draw_text(page.ui, page.ui.fonts.heading, ImVec2(page.column.x, page.y), palette().text,
                      page.ui.t(text), page.column.width, TextRole::Heading2) +
            10;
}

// One name a level (core/plan/program_levels.cpp says what each holds).
Str clinician_advice(const Program& program) {
  switch (review_decision(program, program.reviews.size() - 1).reason) {
    case ClinicianReason::Sign: return Str::ReviewClinicianSign;
    case ClinicianReason::TwoHeldWeeks: return Str::ReviewClinicianHeld;
    case ClinicianReason::NoChangeByWeek6:
    case ClinicianReason::None: break;
  }
  return Str::ReviewClinicianWeek6;
}

Str level_name(int level) {
  constexpr Str kLevelNames[] = {Str::ProgramLevel0, Str::ProgramLevel1,  Str::ProgramLevel2,
                                 Str::ProgramLevel3, Str::ProgramLevel4,  Str::ProgramLevel5,
                                 Str::ProgramLevel6, Str::ProgramLevel7,  Str::ProgramLevel8,
                                 Str::ProgramLevel9, Str::ProgramLevel10, Str::ProgramLevel11};
  static_assert(std::size(kLevelNames) == kProgramLevels, "every program level has a name");
  return kLevelNames[std::clamp(level, 0, kProgramLevels - 1)];
}

// Since the start: pain and the PSFS average now against the baseline, each with its threshold.
void progress_block(const AppState& state, const Program& program, PageBuilder& page) {
  const auto progress = program_progress(program, state.psfs_renamed);
  if (!progress) return;
  UiContext& ui = page.ui;
  page.heading(Str::ProgramProgressHeading, 6);
  page.y += draw_text(ui, ui.fonts.bold, ImVec2(page.column.x, page.y), palette().text,
                      fill(ui.t(Str::ProgramPainChange),
                           {std::to_string(program.baseline_pain), one_decimal(ui, progress->pain_now)}),
                      page.column.width) +
            4;
  page.paragraph(!progress->pain_judged      ? Str::ProgramPainPlain
                 : progress->pain_meaningful ? Str::ProgramPainMeaningful
                                             : Str::ProgramPainNotYet,
                 10);
  if (progress->psfs_baseline && progress->psfs_now) {
    page.y += draw_text(ui, ui.fonts.bold, ImVec2(page.column.x, page.y), palette().text,
                        fill(ui.t(Str::ProgramPsfsChange), {one_decimal(ui, *progress->psfs_baseline),
                                                            one_decimal(ui, *progress->psfs_now)}),
                        page.column.width) +
              4;
    page.paragraph(progress->psfs_meaningful ? Str::ProgramPsfsMeaningful : Str::ProgramPsfsNotYet, 10);
  }
}

namespace {

Str outcome_word(WeekOutcome outcome) {
  switch (outcome) {
    case WeekOutcome::Advanced: return Str::ProgramAdvanced;
    case WeekOutcome::Held: return Str::ProgramHeld;
    case WeekOutcome::Stopped: return Str::ProgramStoppedWord;
    case WeekOutcome::SteppedDown: return Str::ProgramSteppedDownWord;
    case WeekOutcome::Paused: return Str::ProgramPausedWord;
    case WeekOutcome::SeeClinician: return Str::ProgramSeeClinicianWord;
  }
  return Str::ProgramHeld;
}

// Pain at the start and at each review as bars on the 0-10 scale, with a line where a drop
// becomes meaningful (2 points or 30%, from a start of 3 or more: the same rule as the text above).
// The rows under it say the same in words, for screen readers.
void weeks_chart(const Program& program, PageBuilder& page) {
  UiContext& ui = page.ui;
  const Palette& p = palette();
  const float width = std::min(page.column.width, 520.0f), plot_h = 110, label_h = 22;
  const float x0 = page.column.x, top = page.y + 18;  // room for the values over the bars
  const float slot = width / static_cast<float>(kProgramWeeks + 1);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const auto y_of = [&](double pain) { return top + plot_h * (1.0f - static_cast<float>(pain) / 10.0f); };
  draw->AddLine(ImVec2(x0, top + plot_h), ImVec2(x0 + width, top + plot_h), p.border, 1.5f);
  auto bar = [&](std::size_t index, double pain, ImU32 fill, const std::string& under) {
    const float cx = x0 + slot * (static_cast<float>(index) + 0.5f), half = std::min(12.0f, slot * 0.32f);
    draw->AddRectFilled(ImVec2(cx - half, y_of(pain)), ImVec2(cx + half, top + plot_h), fill, 3.0f);
    const std::string value =
        pain == std::floor(pain) ? std::to_string(static_cast<int>(pain)) : one_decimal(ui, pain);
    const ImVec2 value_size =
        ui.fonts.small->CalcTextSizeA(css_size(ui.fonts.small), FLT_MAX, 0, value.c_str());
    // a11y: the bars' values and weeks are read from the rows below the chart (its description says so).
    draw->AddText(ui.fonts.small, css_size(ui.fonts.small),
                  ImVec2(cx - value_size.x / 2, y_of(pain) - value_size.y - 1), p.text, value.c_str());
    const ImVec2 under_size =
        ui.fonts.small->CalcTextSizeA(css_size(ui.fonts.small), FLT_MAX, 0, under.c_str());
    // a11y: as above, the rows below say it.
    draw->AddText(ui.fonts.small, css_size(ui.fonts.small), ImVec2(cx - under_size.x / 2, top + plot_h + 4),
                  p.text_muted, under.c_str());
  };
  bar(0, program.baseline_pain, p.text_muted, std::string(ui.t(Str::ProgramChartStart)));
  for (std::size_t i = 0; i < program.reviews.size(); ++i) {
    // The 7-day average each review was decided on, as the text above compares it.
    bar(i + 1, program.reviews[i].average_tenths / 10.0, section_colors(Screen::Program).ink,
        std::to_string(i + 1));
  }
  const auto threshold = meaningful_threshold(program.baseline_pain);
  if (threshold) {
    const float ty = y_of(*threshold);
    for (float x = x0; x < x0 + width; x += 10)
      draw->AddLine(ImVec2(x, ty), ImVec2(std::min(x + 5, x0 + width), ty), p.primary, 1.5f);
  }
  ui.widgets.add_image(ui.t(Str::ProgramChartWords),
                       WidgetRect{x0, page.y, width, top + plot_h + label_h - page.y});
  page.y = top + plot_h + label_h;
  page.y += draw_text(ui, ui.fonts.small, ImVec2(x0, page.y), p.text_muted,
                      ui.t(threshold ? Str::ProgramChartKey : Str::ProgramChartKeyPlain), page.column.width) +
            10;
}

}  // namespace

void weeks_block(const Program& program, PageBuilder& page) {
  if (program.reviews.empty()) return;
  UiContext& ui = page.ui;
  page.heading(Str::ProgramWeeksHeading, 6);
  weeks_chart(program, page);
  for (std::size_t i = 0; i < program.reviews.size(); ++i) {
    const WeekReview& r = program.reviews[i];
    const Str outcome = outcome_word(r.outcome);
    const std::string line =
        fill(ui.t(Str::ProgramWeekRow),
             {std::to_string(i + 1), one_decimal(ui, r.average_tenths / 10.0), std::to_string(r.sessions)}) +
        " · " + std::string(ui.t(outcome));
    page.paragraph(line, 4);
  }
  page.y += 6;
}

namespace {

void start_form(PageBuilder& page) {
  UiContext& ui = page.ui;
  ProgramDraft& draft = ui.memory.program;
  page.paragraph(Str::ProgramIntro, 8);
  page.paragraph(Str::ProgramNotPrescription, 4);
  question(page, Str::ProgramStartPain);
  if (const auto pressed = pain_scale(ui, "program.pain", draft.start_pain, page.column, page.y))
    draft.start_pain = *pressed;
  page.y += 16;
  screening_questions(page);
  if (!draft.start_pain) {
    page.paragraph(Str::ReviewNeedsPain, 8);
    return;
  }
  if (page.wide_button("program.start", ui.t(Str::ProgramStart), ButtonStyle::Primary)) {
    ui.emit(StartProgram{*draft.start_pain, draft.screening});
    draft = ProgramDraft{};
  }
}

void week_under_way(const AppState& state, PageBuilder& page) {
  UiContext& ui = page.ui;
  const Program& program = *state.program;
  const Palette& p = palette();
  page.y += draw_text(ui, ui.fonts.title, ImVec2(page.column.x, page.y), p.text,
                      fill(ui.t(Str::ProgramWeek), {std::to_string(program.week())}), page.column.width,
                      TextRole::Heading2) +
            4;
  page.y += draw_text(ui, ui.fonts.bold, ImVec2(page.column.x, page.y), section_colors(Screen::Program).ink,
                      ui.t(level_name(program.level)), page.column.width) +
            10;
  const int sessions = sessions_since(state.journal, program.week_start_day());
  page.paragraph(
      fill(ui.t(Str::ProgramSessions), {std::to_string(sessions), std::to_string(kSessionsPerWeek)}), 10);
  if (program.suggests_short()) page.paragraph(Str::ProgramShortSuggested, 10);
  // The suggestion stays in view all week, not only on the review's own page.
  if (!program.reviews.empty() && program.reviews.back().outcome == WeekOutcome::SeeClinician)
    page.paragraph(clinician_advice(program), 10);
  if (program.cautions != 0) page.paragraph(Str::ProgramCautionNote, 10);
  if (page.wide_button("program.routine", ui.t(Str::ProgramStartRoutine), ButtonStyle::Primary)) {
    ui.emit(StartRoutine{planned_routine(state)});
  }
  if (program.level == kProgramLevels - 1) page.paragraph(Str::ProgramCoreNote, 10);
  if (program.review_due(local_day(ui.now_ms, ui.utc_offset_min))) {
    page.paragraph(Str::ProgramReviewDue, 6);
    if (page.wide_button("program.review", ui.t(Str::ProgramReviewButton), ButtonStyle::Primary)) {
      ui.emit(Navigate{Screen::Review});
    }
  } else {
    page.paragraph(
        fill(ui.t(Str::ProgramReviewIn), {long_date(ui.locale, program.week_start_day() + kDaysPerWeek)}),
        10);
  }
}

void end_control(PageBuilder& page) {
  UiContext& ui = page.ui;
  ProgramDraft& draft = ui.memory.program;
  page.y += 12;
  if (!draft.ending) {
    if (page.wide_button("program.end", ui.t(Str::ProgramEnd))) draft.ending = true;
    return;
  }
  page.paragraph(Str::ProgramEndConfirm, 8);
  if (page.wide_button("program.end.confirm", ui.t(Str::ProgramEndYes), ButtonStyle::Danger)) {
    ui.emit(EndProgram{});
    draft = ProgramDraft{};
  }
  if (page.wide_button("program.end.cancel", ui.t(Str::DataImportCancel))) draft.ending = false;
}

}  // namespace

void draw_program(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  PageBuilder page{ui, column, section_top(ui, Screen::Program, column),
                   std::min(column.width, 420.0f * text_growth(ui))};
  ProgramDraft& draft = ui.memory.program;
  if (!state.program) {
    start_form(page);
    end_page(column, page.y);
    return;
  }
  const Program& program = *state.program;
  if (program.active()) {
    week_under_way(state, page);
  } else if (program.paused()) {
    const NoticeDrawn paused =
        notice_box(ui, column, page.y, warning_look(), ui.t(Str::ProgramTitle), ui.t(Str::ProgramPausedBody),
                   {{"program.resume", ui.t(Str::ProgramResume), ButtonStyle::Primary},
                    {"program.care", ui.t(Str::CareTitle)}});
    if (paused.pressed == 0) ui.emit(ResumeProgram{});
    if (paused.pressed == 1) ui.emit(Navigate{Screen::CareNow});
    page.y = paused.bottom;
  } else if (program.stopped()) {
    const NoticeDrawn stopped =
        notice_box(ui, column, page.y, warning_look(), ui.t(Str::CareTitle), ui.t(Str::ProgramStoppedBody),
                   {{"program.care", ui.t(Str::CareTitle), ButtonStyle::Primary}});
    if (stopped.pressed == 0) ui.emit(Navigate{Screen::CareNow});
    page.y = stopped.bottom;
  } else {
    page.paragraph(Str::ProgramComplete, 10);
  }
  progress_block(state, program, page);
  weeks_block(program, page);
  if (program.active() || program.paused()) {
    end_control(page);
  } else if (!draft.restarting) {
    if (page.wide_button("program.again", ui.t(Str::ProgramStartAgain))) draft.restarting = true;
  } else {
    page.heading(Str::ProgramStartAgain, 6);
    start_form(page);
  }
  end_page(column, page.y);
}

}  // namespace unknot::ui
