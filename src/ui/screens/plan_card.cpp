// Home's "Today" card: the day's plan, each item ticked off with one press (recorded in the
// journal as self-care), a Start beside the routine and breathing, and the program's week.
#include <string>

#include "core/journal/journal_words.h"
#include "core/plan/plan_actions.h"
#include "ui/art/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

Str plan_time_words(PlanTime time) {
  switch (time) {
    case PlanTime::AnyTime: return Str::PlanTimeAny;
    case PlanTime::Morning: return Str::PlanTimeMorning;
    case PlanTime::Midday: return Str::PlanTimeMidday;
    case PlanTime::Evening: return Str::PlanTimeEvening;
    case PlanTime::Bedtime: return Str::PlanTimeBedtime;
  }
  return Str::PlanTimeAny;
}

std::string plan_item_label(const AppState& state, UiContext& ui, PlanItem item) {
  switch (item) {
    case PlanItem::Routine:
      switch (planned_routine(state)) {
        case RoutineKind::Short: return std::string(ui.t(Str::PlanRoutineShort));
        case RoutineKind::Program:
          return fill(ui.t(Str::PlanRoutineProgram), {std::to_string(state.program->week())});
        default: return std::string(ui.t(Str::PlanRoutineFull));
      }
    case PlanItem::Breathing: return std::string(ui.t(Str::PlanBreathing));
    case PlanItem::Walk: return std::string(ui.t(Str::PlanWalk));
    case PlanItem::Water: return std::string(ui.t(Str::PlanWater));
    case PlanItem::Heat: return std::string(ui.t(Str::PlanHeat));
    case PlanItem::BallMassage: return std::string(ui.t(Str::PlanBall));
    case PlanItem::PositionPractice: return std::string(ui.t(Str::PlanPosition));
  }
  return {};
}

namespace {

constexpr float kPad = 16.0f;
constexpr float kMarkSpace = 44.0f;

// One line: a round tick box and the item's words (the whole line toggles it), and for the
// routine and breathing a Start while not yet done: beside the words when they keep room for
// about eight letters a line, else under them (large text on a phone).
float plan_line(const AppState& state, UiContext& ui, const PlanLine& line, float x, float y, float width) {
  const Palette& p = palette();
  const std::string key = std::string(key_of(kPlanItemWords, plan_bit(line.item)));
  const std::string label = plan_item_label(state, ui, line.item);
  const bool startable = !line.done() && (line.item == PlanItem::Routine || line.item == PlanItem::Breathing);
  const std::string_view start = ui.t(Str::PlanStart);
  const float start_w = startable ? button_width(ui, start) : 0;
  const bool beside = startable && width - kMarkSpace - start_w - 8 >= 8 * css_size(ui.fonts.bold);
  const float row_w = width - (beside ? start_w + 8 : 0);
  const float text_w = row_w - kMarkSpace;
  const std::string_view when =
      line.done_by_session ? ui.t(Str::PlanDoneBySession) : ui.t(plan_time_words(line.time));
  const float label_h = text_height(ui.fonts.bold, label, text_w);
  const float when_h = text_height(ui.fonts.small, when, text_w);
  const float h = std::max(control_height(ui, 56), label_h + 2 + when_h + 16);

  const ImVec2 pos(x, y), size(row_w, h);
  const auto hit = interact(
      ui, {"home.plan." + key, label, "checkbox", std::string(line.done() ? "checked" : "unchecked")}, pos,
      size);
  // Done by a session in the journal: that tick is the session's, not the user's to take back.
  if (hit.pressed && !line.done_by_session) ui.emit(TickPlanItem{line.item, !line.ticked});
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (hit.held || hit.hovered)
    draw->AddRectFilled(pos, pos + size, hit.held ? p.surface_pressed : p.surface_hover, 10);
  const ImVec2 mark(x + 20, y + h / 2);
  if (line.done()) {
    draw->AddCircleFilled(mark, 12, p.primary);
    const ImVec2 tick[] = {mark + ImVec2(-6, 0), mark + ImVec2(-2, 4.5f), mark + ImVec2(6, -5)};
    draw->AddPolyline(tick, 3, p.on_primary, 0, 2.5f);
  } else {
    draw->AddCircle(mark, 12, p.text_muted, 0, 2.0f);
  }
  const float text_y = y + (h - label_h - 2 - when_h) / 2;
  // The label is the checkbox's name; its time of day is read after it.
  draw_text(ui, ui.fonts.bold, ImVec2(x + kMarkSpace, text_y), p.text, label, text_w, TextRole::None);
  draw_text(ui, ui.fonts.small, ImVec2(x + kMarkSpace, text_y + label_h + 2), p.text_muted, when, text_w);
  if (!startable) return h;
  const float bh = control_height(ui, 44);
  const ImVec2 start_pos =
      beside ? ImVec2(x + width - start_w - 6, y + (h - bh) / 2) : ImVec2(x + kMarkSpace, y + h + 4);
  if (button(ui, "home.plan." + key + ".start", start, start_pos, ImVec2(start_w, bh),
             ButtonStyle::Secondary)) {
    if (line.item == PlanItem::Routine) {
      ui.emit(StartRoutine{planned_routine(state)});
    } else {
      ui.emit(Navigate{Screen::Breathe});
      ui.emit(StartBreathing{});
    }
  }
  ui.widgets.relabel_last(std::string(start) + ": " + label);
  return beside ? h : h + 4 + bh + 6;
}

// The program's week under the plan: where it stands, and the review when it is due.
float program_line(const AppState& state, UiContext& ui, float x, float y, float width) {
  const Program& program = *state.program;
  std::string text = std::string(ui.t(Str::ProgramTitle)) + ": ";
  if (program.stopped()) {
    text += ui.t(Str::ProgramStoppedWord);
  } else if (program.complete()) {
    text += ui.t(Str::ProgramComplete);
  } else {
    text += fill(ui.t(Str::ProgramWeek), {std::to_string(program.week())}) + ". " +
            fill(ui.t(Str::ProgramSessions),
                 {std::to_string(sessions_since(state.journal, program.week_start_day())),
                  std::to_string(kSessionsPerWeek)});
  }
  // A link to the program's screen: its words on the left, a chevron on the right.
  const Palette& p = palette();
  const float text_w = width - 36;
  const float text_h = text_height(ui.fonts.bold, text, text_w);
  float h = std::max(control_height(ui, 48), text_h + 16);
  const auto hit = interact(ui, {"home.program", text, "button", std::nullopt, 10}, ImVec2(x - 6, y),
                            ImVec2(width + 12, h));
  if (hit.pressed) ui.emit(Navigate{Screen::Program});
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (hit.held || hit.hovered) {
    draw->AddRectFilled(ImVec2(x - 6, y), ImVec2(x + width + 6, y + h),
                        hit.held ? p.surface_pressed : p.surface_hover, 10);
  }
  draw_text(ui, ui.fonts.bold, ImVec2(x, y + (h - text_h) / 2), p.primary, text, text_w,
            TextRole::None);  // its name
  draw_chevron(draw, ImVec2(x + width - 8, y + h / 2), 7, p.primary, ChevronDirection::Right);
  if (program.review_due(local_day(ui.now_ms, ui.utc_offset_min))) {
    const auto review = sized_button(ui, "home.review", ui.t(Str::ProgramReviewButton), ImVec2(x, y + h + 6),
                                     fitted_width(ui, ui.t(Str::ProgramReviewButton), width), 48);
    if (review.pressed) ui.emit(Navigate{Screen::Review});
    h += 6 + review.height;
  }
  return h;
}

}  // namespace

float today_plan_card(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  const std::int32_t today = local_day(ui.now_ms, ui.utc_offset_min);
  const auto lines = plan_for_day(state.daily_plan, state.journal, today);
  int done = 0;
  for (const PlanLine& line : lines) done += line.done() ? 1 : 0;

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);  // the card goes behind its lines once their height is known
  draw->ChannelsSetCurrent(1);
  const float x = column.x + kPad, width = column.width - 2 * kPad;
  float inner = y + kPad;
  const std::string_view edit = ui.t(Str::PlanEditButton);
  const float edit_w = button_width(ui, edit);
  const float title_h = draw_text(ui, ui.fonts.heading, ImVec2(x, inner), p.text, ui.t(Str::PlanHeading),
                                  width - edit_w - 8, TextRole::Heading2);
  if (button(ui, "home.plan.edit", edit, ImVec2(x + width - edit_w, inner - 4),
             ImVec2(edit_w, control_height(ui, 44)), ButtonStyle::Quiet)) {
    ui.emit(Navigate{Screen::Plan});
  }
  inner += std::max(title_h, control_height(ui, 44) - 4) + 2;
  const std::string count =
      lines.empty() ? std::string(ui.t(Str::PlanEmpty))
                    : fill(ui.t(Str::PlanProgress), {std::to_string(done), std::to_string(lines.size())});
  inner += draw_text(ui, ui.fonts.small, ImVec2(x, inner), p.text_muted, count, width) + 8;
  // Two columns where there is room, so the sections below stay on a desktop's first screen.
  const int columns = width >= 560 ? 2 : 1;
  const float gap = 24,
              line_w = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  for (std::size_t i = 0; i < lines.size(); i += static_cast<std::size_t>(columns)) {
    float row_h = 0;
    for (std::size_t c = 0; c < static_cast<std::size_t>(columns) && i + c < lines.size(); ++c) {
      const float line_x = x - 6 + static_cast<float>(c) * (line_w + gap);
      row_h = std::max(row_h, plan_line(state, ui, lines[i + c], line_x, inner, line_w + 12));
    }
    inner += row_h + 2;
  }
  if (state.program) {
    draw->AddLine(ImVec2(x, inner + 6), ImVec2(x + width, inner + 6), p.border, 1.0f);
    inner += 14 + program_line(state, ui, x, inner + 14, width);
  }
  const ImVec2 min(column.x, y), max(column.x + column.width, inner + kPad);
  draw->ChannelsSetCurrent(0);
  draw_card(draw, min, max, p.surface, kCardRounding);
  draw->ChannelsMerge();
  return max.y + 22;
}

}  // namespace unknot::ui
