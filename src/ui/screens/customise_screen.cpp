// "Your routine": include or leave out each exercise, put them in order, and set how much of
// each. Every change is a whole new plan sent through dispatch, where it is validated.
#include <algorithm>
#include <string>

#include "core/routine/dose_caution.h"
#include "core/routine/routine_edits.h"
#include "ui/art/icons.h"
#include "ui/screens/routine_text.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr float kRowPad = 14.0f;
constexpr float kSmallButton = 44.0f;

bool small_button(UiContext& ui, const std::string& id, const std::string& label, ImVec2 pos,
                  void (*glyph)(ImDrawList*, ImVec2, ImU32)) {
  const Palette& p = palette();
  const ImVec2 size(kSmallButton, kSmallButton);
  const auto hit = interact(ui, {id, label, "button", std::nullopt, size.x / 2}, pos, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddCircleFilled(pos + size * 0.5f, size.x / 2 - 2,
                        hit.held      ? p.surface_pressed
                        : hit.hovered ? p.surface_hover
                                      : p.background);
  glyph(draw, pos + size * 0.5f, p.primary);
  return hit.pressed;
}

void minus_glyph(ImDrawList* d, ImVec2 c, ImU32 col) {
  d->AddLine(c + ImVec2(-8, 0), c + ImVec2(8, 0), col, 2.5f);
}
void plus_glyph(ImDrawList* d, ImVec2 c, ImU32 col) {
  minus_glyph(d, c, col);
  d->AddLine(c + ImVec2(0, -8), c + ImVec2(0, 8), col, 2.5f);
}
void up_glyph(ImDrawList* d, ImVec2 c, ImU32 col) {
  const ImVec2 pts[] = {c + ImVec2(-7, 4), c + ImVec2(0, -4), c + ImVec2(7, 4)};
  d->AddPolyline(pts, 3, col, 0, 2.5f);
}
void down_glyph(ImDrawList* d, ImVec2 c, ImU32 col) {
  const ImVec2 pts[] = {c + ImVec2(-7, -4), c + ImVec2(0, 4), c + ImVec2(7, -4)};
  d->AddPolyline(pts, 3, col, 0, 2.5f);
}

void checkbox_mark(ImDrawList* draw, ImVec2 centre, bool checked) {
  const Palette& p = palette();
  const ImVec2 half(12, 12);
  if (checked) {
    draw->AddRectFilled(centre - half, centre + half, p.primary, 6);
    const ImVec2 tick[] = {centre + ImVec2(-6, 0), centre + ImVec2(-2, 5), centre + ImVec2(7, -5)};
    draw->AddPolyline(tick, 3, p.on_primary, 0, 2.5f);
  } else {
    draw->AddRect(centre - half, centre + half, p.text_muted, 6, 0, 2.0f);
  }
}

// One exercise: the include box with its name and dose, and when included, order and dose controls.
float exercise_row(const AppState& state, UiContext& ui, const Column& column, float y, ExerciseId id) {
  const Palette& p = palette();
  const RoutinePlan& plan = state.custom_plan;
  const auto found =
      std::find_if(plan.begin(), plan.end(), [&](const RoutineItem& i) { return i.exercise == id; });
  const bool included = found != plan.end();
  const std::size_t index = included ? static_cast<std::size_t>(found - plan.begin()) : 0;
  const Exercise& e = exercise(id);
  const std::string key(e.key);
  const std::string name(pick(ui.locale, e.name));
  const Dosage dose = included ? found->dosage : e.dosage;

  // The top line holds the name and the dose in words, wrapped: it grows with large text.
  const float text_x = column.x + 60, text_w = column.width - 76;
  const std::string detail =
      included ? dose_text(ui.locale, dose, id == ExerciseId::CatCow) : std::string(ui.t(Str::NotIncluded));
  const float name_h = text_height(ui.fonts.bold, name, text_w);
  const float head_h = std::max(48.0f, 6 + name_h + 2 + text_height(ui.fonts.small, detail, text_w) + 6);
  const std::string amount =
      dose.kind == DoseKind::Hold ? std::to_string(dose.hold_s) + " s" : reps_text(ui.locale, dose.reps);
  const std::string rounds = rounds_text(ui.locale, dose.rounds);
  const ImVec2 size = ui.fonts.bold->CalcTextSizeA(css_size(ui.fonts.bold), FLT_MAX, 0, amount.c_str());
  const ImVec2 rounds_size =
      ui.fonts.bold->CalcTextSizeA(css_size(ui.fonts.bold), FLT_MAX, 0, rounds.c_str());
  const float amount_w = std::max(96.0f, std::max(size.x, rounds_size.x) + 8);
  // [-] amount [+] at the right; the order arrows at the left share the rounds' line unless
  // large text leaves them no room, when the rounds get a line of their own.
  const float steppers_w = 2 * kSmallButton + amount_w;
  const float arrows_w = 2 * kSmallButton + 4;
  const bool rounds_apart = 8 + arrows_w + 8 + steppers_w + kRowPad > column.width;
  const float control_rows = rounds_apart ? 3.0f : 2.0f;
  // Well above the default: a word of caution under the controls (the limits only keep the timer sane).
  const bool caution = included && dose_needs_caution(id, dose);
  const std::string_view caution_text = ui.t(Str::DoseCaution);
  const float caution_w = column.width - 2 * kRowPad;
  const float caution_h = caution ? 10 + text_height(ui.fonts.small, caution_text, caution_w) : 0.0f;
  const float height = included ? 2 * kRowPad + head_h + 8 + control_rows * (kSmallButton + 8) - 8 + caution_h
                                : 2 * kRowPad + head_h;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw_card(draw, ImVec2(column.x, y), ImVec2(column.x + column.width, y + height),
            included ? p.surface : p.background);
  if (!included)
    draw->AddRect(ImVec2(column.x, y), ImVec2(column.x + column.width, y + height), p.border, 12, 0, 1.5f);

  // The whole top line toggles the exercise: a big target with the name as its label.
  const ImVec2 line(column.x + 4, y + kRowPad - 4);
  const auto toggle = interact(
      ui, {"custom.include." + key, name, "checkbox", std::string(included ? "checked" : "unchecked")}, line,
      ImVec2(column.width - 8, head_h + 8));
  checkbox_mark(draw, line + ImVec2(24, 28), included);
  // The name is the checkbox's; its dose is read after it.
  draw_text(ui, ui.fonts.bold, ImVec2(text_x, line.y + 6), p.text, name, text_w, TextRole::None);
  draw_text(ui, ui.fonts.small, ImVec2(text_x, line.y + 6 + name_h + 2), p.text_muted, detail, text_w);
  if (toggle.pressed) {
    if (auto next = with_exercise_toggled(plan, id)) ui.emit(SetCustomRoutine{std::move(*next)});
  }
  if (!included) return y + height + 10;

  // The dose on the first line of controls; order and rounds on the second, so nothing crowds.
  const float controls_y = y + kRowPad + head_h + 8;
  const float order_y = controls_y + kSmallButton + 8;
  float x = column.x + 8;
  if (small_button(ui, "custom.up." + key, fill(ui.t(Str::MoveUp), {name}), ImVec2(x, order_y), up_glyph)) {
    if (auto next = with_exercise_moved(plan, index, -1)) ui.emit(SetCustomRoutine{std::move(*next)});
  }
  x += kSmallButton + 4;
  if (small_button(ui, "custom.down." + key, fill(ui.t(Str::MoveDown), {name}), ImVec2(x, order_y),
                   down_glyph)) {
    if (auto next = with_exercise_moved(plan, index, +1)) ui.emit(SetCustomRoutine{std::move(*next)});
  }
  const float right = column.x + column.width - kRowPad;
  const ImVec2 plus_pos(right - kSmallButton, controls_y);
  const ImVec2 minus_pos(plus_pos.x - amount_w - kSmallButton, controls_y);
  draw_text(
      ui, ui.fonts.bold,
      ImVec2(minus_pos.x + kSmallButton + (amount_w - size.x) / 2, controls_y + (kSmallButton - size.y) / 2),
      p.text, amount, 0);
  for (int direction : {-1, +1}) {
    const bool more = direction > 0;
    if (small_button(ui, (more ? "custom.more." : "custom.less.") + key,
                     fill(ui.t(more ? Str::More : Str::Less), {name}), more ? plus_pos : minus_pos,
                     more ? plus_glyph : minus_glyph)) {
      if (auto next = with_dose_stepped(plan, index, direction)) ui.emit(SetCustomRoutine{std::move(*next)});
    }
  }
  // Rounds, on their own line: [-] "2 rounds" [+].
  const float rounds_y = rounds_apart ? order_y + kSmallButton + 8 : order_y;
  draw_text(ui, ui.fonts.bold,
            ImVec2(minus_pos.x + kSmallButton + (amount_w - rounds_size.x) / 2,
                   rounds_y + (kSmallButton - rounds_size.y) / 2),
            p.text, rounds, 0);
  for (int direction : {-1, +1}) {
    const bool more = direction > 0;
    const std::string label = fill(ui.t(more ? Str::MoreRounds : Str::FewerRounds), {name});
    if (small_button(ui, (more ? "custom.rounds.more." : "custom.rounds.less.") + key, label,
                     ImVec2(more ? plus_pos.x : minus_pos.x, rounds_y), more ? plus_glyph : minus_glyph)) {
      if (auto next = with_rounds_stepped(plan, index, direction))
        ui.emit(SetCustomRoutine{std::move(*next)});
    }
  }
  if (caution) {
    const ImVec2 at(column.x + kRowPad, y + height - kRowPad - caution_h + 10);
    draw_text(ui, ui.fonts.small, at, section_colors(Screen::CareNow).ink, caution_text, caution_w);
  }
  ImGui::SetCursorScreenPos(ImVec2(column.x, y));
  ImGui::Dummy(ImVec2(column.width, height));
  return y + height + 10;
}

}  // namespace

void draw_customise(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  float y = section_top(ui, Screen::Customise, column);

  const int minutes = rounded_minutes(timeline_duration_ms(build_timeline(state.custom_plan)));
  const std::string start = std::string(ui.t(Str::StartCustom)) + " (" +
                            fill(ui.t(Str::AboutMinutes), {std::to_string(minutes)}) + ")";
  const auto started =
      sized_button(ui, "custom.start", start, ImVec2(column.x, y), std::min(column.width, 420.0f), 54);
  if (started.pressed) ui.emit(StartRoutine{RoutineKind::Custom});
  y += started.height + 12;
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), palette().text_muted,
                 ui.t(Str::CustomiseDefaultsNote), column.width) +
       16;

  // Included exercises in their order, then the ones left out, in the catalog's order.
  for (const RoutineItem& item : state.custom_plan) y = exercise_row(state, ui, column, y, item.exercise);
  for (const Exercise& e : exercise_catalog()) {
    const bool included = std::any_of(state.custom_plan.begin(), state.custom_plan.end(),
                                      [&](const RoutineItem& i) { return i.exercise == e.id; });
    if (!included) y = exercise_row(state, ui, column, y, e.id);
  }
  y += 4;
  const std::string_view reset = ui.t(Str::ResetDefaults);
  const auto reset_pressed = sized_button(ui, "custom.reset", reset, ImVec2(column.x, y),
                                          fitted_width(ui, reset, column.width), 46, ButtonStyle::Quiet);
  if (reset_pressed.pressed) ui.emit(SetCustomRoutine{full_routine()});
  ImGui::SetCursorScreenPos(ImVec2(column.x, y + reset_pressed.height));
  ImGui::Dummy(ImVec2(column.width, kPagePadding));
}

}  // namespace unknot::ui
