// Editing today's plan: which routine, then each item in or out of the plan (a switch) and,
// when in, the time of day it belongs to.
#include <algorithm>
#include <string>
#include <vector>

#include "core/journal/journal_words.h"
#include "ui/widgets/chips.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/page_builder.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

void draw_plan(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  const DailyPlan& plan = state.daily_plan;
  PageBuilder page{ui, column, section_top(ui, Screen::Plan, column),
                   std::min(column.width, 420.0f * text_growth(ui))};
  page.paragraph(Str::PlanEditIntro, 4);

  page.heading(Str::PlanRoutineLength);
  page.choice("plan.routine.full", Str::PlanRoutineFull, plan.routine == RoutineKind::Full,
              SetPlanRoutine{RoutineKind::Full});
  page.choice("plan.routine.short", Str::PlanRoutineShort, plan.routine == RoutineKind::Short,
              SetPlanRoutine{RoutineKind::Short});
  if (state.program && state.program->active()) page.paragraph(Str::PlanProgramNote, 10);

  page.heading(Str::PlanHeading);
  for (std::size_t i = 0; i < kPlanItemCount; ++i) {
    const auto item = static_cast<PlanItem>(i);
    const std::string key(key_of(kPlanItemWords, plan_bit(item)));
    const std::string label = plan_item_label(state, ui, item);
    const bool included = plan.includes(item);
    const float h = choice_height(ui, label, page.choice_w);
    // The switch is named by the item itself: "A short walk", checked or not.
    if (choice_button(ui, "plan.item." + key, label, included, ImVec2(column.x, page.y),
                      ImVec2(page.choice_w, h))) {
      ui.emit(SetPlanItem{item, !included});
    }
    ui.widgets.set_last_role("checkbox", std::string(included ? "checked" : "unchecked"));
    page.y += h + 8;
    if (included) {
      // Each time is read out with its item ("A short walk: Midday"): seven items share the words.
      std::vector<std::string> names;
      for (std::size_t t = 0; t < kPlanTimeCount; ++t) {
        names.push_back(label + ": " + std::string(ui.t(plan_time_words(static_cast<PlanTime>(t)))));
      }
      std::vector<Chip> chips;
      for (std::size_t t = 0; t < kPlanTimeCount; ++t) {
        const auto time = static_cast<PlanTime>(t);
        chips.push_back({ui.t(plan_time_words(time)), plan.time_of(item) == time, names[t]});
      }
      if (const auto pressed = chip_flow(ui, "plan.time." + key, chips, "radio", column, page.y)) {
        ui.emit(SetPlanTime{item, static_cast<PlanTime>(*pressed)});
      }
      page.y += 8;
    }
    page.y += 12;
  }
  end_page(column, page.y);
}

}  // namespace unknot::ui
