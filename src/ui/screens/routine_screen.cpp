// The routine screen: start a full or short routine, resume a paused one, and browse the eight
// exercises as a carousel of cards (swipe, arrows, or the keyboard's left and right keys).
#include <algorithm>
#include <string>

#include <imgui_internal.h>  // ClearActiveID: a swipe must not also press what it started on

#include "core/routine/routine_run.h"
#include "ui/art/exercise_drawings.h"
#include "ui/art/icons.h"
#include "ui/screens/pain_rule.h"
#include "ui/screens/routine_text.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/pain_scale.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr float kCardPad = 20.0f;
constexpr float kSwipeMinPx = 60.0f;

std::string minutes_label(const UiContext& ui, Str label, const RoutinePlan& plan) {
  const int minutes = rounded_minutes(timeline_duration_ms(build_timeline(plan)));
  return std::string(ui.t(label)) + " (" + fill(ui.t(Str::AboutMinutes), {std::to_string(minutes)}) + ")";
}

float start_buttons(UiContext& ui, const Column& column, float y) {
  const bool side_by_side = column.width >= 560;
  const float width = side_by_side ? (column.width - 12) / 2 : column.width;
  const std::string full = minutes_label(ui, Str::StartFull, full_routine());
  const std::string brief = minutes_label(ui, Str::StartShort, short_routine());
  // Side by side, both take the taller one's height, so they line up.
  const float full_h = button_height(ui, full, width, 54), brief_h = button_height(ui, brief, width, 54);
  const float row_h = std::max(full_h, brief_h);
  if (button(ui, "routine.start.full", full, ImVec2(column.x, y),
             ImVec2(width, side_by_side ? row_h : full_h))) {
    ui.emit(StartRoutine{RoutineKind::Full});
  }
  const ImVec2 second = side_by_side ? ImVec2(column.x + width + 12, y) : ImVec2(column.x, y + full_h + 12);
  if (button(ui, "routine.start.short", brief, second, ImVec2(width, side_by_side ? row_h : brief_h),
             ButtonStyle::Secondary)) {
    ui.emit(StartRoutine{RoutineKind::Short});
  }
  y = (side_by_side ? y + row_h : second.y + brief_h) + 8;
  const std::string_view customise = ui.t(Str::CustomiseButton);
  const auto pressed = sized_button(ui, "routine.customise", customise, ImVec2(column.x, y),
                                    fitted_width(ui, customise, column.width), 46, ButtonStyle::Quiet);
  if (pressed.pressed) ui.emit(Navigate{Screen::Customise});
  return y + pressed.height + 16;
}

float paused_card(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  const RoutineRun& run = *state.routine;
  const auto position = run.position(ui.now_ms);
  const RoutineItem& current_item = run.plan()[position.item];
  const Exercise& current = exercise(current_item.exercise);
  constexpr float kPad = 18.0f, kButtonH = 48.0f;
  const float inner_w = column.width - 2 * kPad;
  // The card is drawn behind its content once the content's height is known.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  float inner = y + kPad;
  inner += draw_text(ui, ui.fonts.heading, ImVec2(column.x + kPad, inner), p.text, ui.t(Str::RoutinePaused),
                     inner_w, TextRole::Heading2) +
           6;
  inner +=
      draw_text(ui, ui.fonts.body, ImVec2(column.x + kPad, inner), p.text_muted,
                fill(ui.t(Str::ExerciseOf),
                     {std::to_string(position.item + 1), std::to_string(run.plan().size())}) +
                    ": " + std::string(pick(ui.locale, variant_text(current, current_item.variant).name)),
                inner_w) +
      14;
  const ButtonRow row = button_row(ui, column.x + kPad, inner, inner_w,
                                   {{"routine.resume", ui.t(Str::Resume), ButtonStyle::Primary},
                                    {"routine.end", ui.t(Str::EndRoutine), ButtonStyle::Quiet}},
                                   kButtonH);
  if (row.pressed == 0) ui.emit(ResumeRoutine{});
  if (row.pressed == 1) ui.emit(EndRoutine{});
  const float bottom = row.bottom + kPad;
  draw->ChannelsSetCurrent(0);
  draw_card(draw, ImVec2(column.x, y), ImVec2(column.x + column.width, bottom), p.surface, kCardRounding);
  draw->ChannelsMerge();
  return bottom + 20;
}

void arrow_button(UiContext& ui, const char* id, Str label, ImVec2 pos, bool enabled,
                  ChevronDirection direction, Action action) {
  const Palette& p = palette();
  const ImVec2 size(kMinTouchTarget, kMinTouchTarget);
  ImGui::BeginDisabled(!enabled);
  const auto hit = interact(ui, {id, ui.t(label), "button", std::nullopt, kMinTouchTarget / 2}, pos, size);
  ImGui::EndDisabled();
  if (!enabled) ui.widgets.disable_last();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddCircleFilled(pos + size * 0.5f, size.x / 2,
                        hit.held      ? p.surface_pressed
                        : hit.hovered ? p.surface_hover
                                      : p.surface);
  draw->AddCircle(pos + size * 0.5f, size.x / 2, enabled ? p.primary : p.border, 0, 2.0f);
  draw_chevron(draw, pos + size * 0.5f + ImVec2(direction == ChevronDirection::Left ? -2.0f : 2.0f, 0), 7,
               enabled ? p.primary : p.border, direction);
  if (hit.pressed && enabled) ui.emit(action);
}

float carousel_header(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  const std::size_t index = state.exercise_in_view;
  arrow_button(ui, "routine.card.previous", Str::PreviousExercise, ImVec2(column.x, y), index > 0,
               ChevronDirection::Left, ShowExercise{index > 0 ? index - 1 : 0});
  arrow_button(ui, "routine.card.next", Str::NextExercise,
               ImVec2(column.x + column.width - kMinTouchTarget, y), index + 1 < kExerciseCount,
               ChevronDirection::Right, ShowExercise{std::min(index + 1, kExerciseCount - 1)});

  const std::string counter =
      fill(ui.t(Str::ExerciseOf), {std::to_string(index + 1), std::to_string(kExerciseCount)});
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float centre = column.x + column.width / 2;
  centred_text(ui, ui.fonts.bold, centre, y + 2, p.text, counter, column.width - 2 * kMinTouchTarget);
  constexpr float kDotGap = 14.0f;
  const float dots_left = centre - kDotGap * (kExerciseCount - 1) / 2.0f;
  for (std::size_t i = 0; i < kExerciseCount; ++i) {
    const ImVec2 dot(dots_left + kDotGap * static_cast<float>(i), y + 34);
    if (i == index)
      draw->AddCircleFilled(dot, 4.5f, p.primary);
    else
      draw->AddCircleFilled(dot, 3.5f, p.border);
  }
  return y + kMinTouchTarget + 12;
}

// A heading and a paragraph inside the card. Returns the y below.
float card_section(UiContext& ui, float x, float y, float width, Str heading, std::string_view body) {
  const Palette& p = palette();
  y += draw_text(ui, ui.fonts.bold, ImVec2(x, y), p.text, ui.t(heading), width, TextRole::Heading3) + 4;
  return y + draw_text(ui, ui.fonts.body, ImVec2(x, y), p.text_muted, body, width) + 16;
}

float numbered_steps(UiContext& ui, const std::vector<Text>& steps, float x, float y, float width) {
  const Palette& p = palette();
  y +=
      draw_text(ui, ui.fonts.bold, ImVec2(x, y), p.text, ui.t(Str::StepsHeading), width, TextRole::Heading3) +
      6;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  int n = 1;
  for (const Text& step : steps) {
    const std::string number = std::to_string(n++);
    const ImVec2 badge(x + 12, y + 11);
    draw->AddCircleFilled(badge, 12, section_colors(Screen::Routine).tint);
    const float nw = ui.fonts.bold->CalcTextSizeA(css_size(ui.fonts.bold), FLT_MAX, 0, number.c_str()).x;
    // a11y: the step's number is its place in the list the mirror reads.
    draw->AddText(ui.fonts.bold, css_size(ui.fonts.bold),
                  ImVec2(badge.x - nw / 2, badge.y - css_size(ui.fonts.bold) / 2),
                  section_colors(Screen::Routine).ink, number.c_str());
    y += std::max(24.0f, draw_text(ui, ui.fonts.body, ImVec2(x + 34, y), p.text, pick(ui.locale, step),
                                   width - 34, TextRole::ListItem)) +
         8;
  }
  return y + 8;
}

float mistakes(UiContext& ui, const std::vector<Text>& list, float x, float y, float width) {
  const Palette& p = palette();
  y += draw_text(ui, ui.fonts.bold, ImVec2(x, y), p.text, ui.t(Str::MistakesHeading), width,
                 TextRole::Heading3) +
       4;
  for (const Text& mistake : list) {
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(x + 6, y + css_size(ui.fonts.body) * 0.6f), 3,
                                                p.text_muted);
    y += draw_text(ui, ui.fonts.body, ImVec2(x + 18, y), p.text_muted, pick(ui.locale, mistake), width - 18,
                   TextRole::ListItem) +
         4;
  }
  return y + 14;
}

float stop_if_box(UiContext& ui, const Exercise& e, float x, float y, float width) {
  const Palette& p = palette();
  constexpr float kPad = 14.0f;
  const std::string_view text = pick(ui.locale, e.stop_if);
  const float text_h = text_height(ui.fonts.body, text, width - 2 * kPad - 34);
  const float h = std::max(text_h, 24.0f) + 2 * kPad;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const SectionColors warm = section_colors(Screen::Checkin);
  draw->AddRectFilled(ImVec2(x, y), ImVec2(x + width, y + h), warm.tint, 12);
  draw->AddRectFilled(ImVec2(x, y), ImVec2(x + 5, y + h), warm.ink, 12, ImDrawFlags_RoundCornersLeft);
  const ImVec2 icon(x + kPad + 12, y + kPad + 12);
  draw->AddCircleFilled(icon, 12, warm.ink);
  draw->AddRectFilled(icon + ImVec2(-1.5f, -7), icon + ImVec2(1.5f, 2), IM_COL32_WHITE);
  draw->AddCircleFilled(icon + ImVec2(0, 6), 1.8f, IM_COL32_WHITE);
  draw_text(ui, ui.fonts.body, ImVec2(x + kPad + 34, y + kPad), p.text, text, width - 2 * kPad - 34);
  return y + h;
}

// Horizontal swipes over the card page the carousel; the start of a swipe never presses anything.
void handle_swipe(const AppState& state, UiContext& ui, ImVec2 min, ImVec2 max) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!ImGui::IsMouseHoveringRect(min, max, false) && !ImGui::IsMouseReleased(ImGuiMouseButton_Left)) return;
  if (!ImRect(min, max).Contains(io.MouseClickedPos[ImGuiMouseButton_Left])) return;
  const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
  const bool horizontal = std::abs(drag.x) > kSwipeMinPx * 0.5f && std::abs(drag.x) > 1.5f * std::abs(drag.y);
  if (!horizontal) return;
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    ImGui::ClearActiveID();
    return;
  }
  if (!ImGui::IsMouseReleased(ImGuiMouseButton_Left) || std::abs(drag.x) < kSwipeMinPx) return;
  const std::size_t index = state.exercise_in_view;
  if (drag.x < 0 && index + 1 < kExerciseCount) ui.emit(ShowExercise{index + 1});
  if (drag.x > 0 && index > 0) ui.emit(ShowExercise{index - 1});
}

// What a card shows: while a routine is under way (the program's, or the short one), the variant
// and dose it asks for; otherwise the standard at its default dose, as the article describes it.
RoutineItem card_item(const AppState& state, const Exercise& e) {
  if (state.routine && !state.routine->finished()) {
    for (const RoutineItem& item : state.routine->plan()) {
      if (item.exercise == e.id) return item;
    }
  }
  return RoutineItem{e.id, e.dosage, Variant::Standard};
}

float exercise_card(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  const Exercise& e = exercise(static_cast<ExerciseId>(state.exercise_in_view));
  const RoutineItem shown = card_item(state, e);
  const Variant variant = shown.variant;
  const VariantText words = variant_text(e, variant);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float x = column.x + kCardPad, width = column.width - 2 * kCardPad;
  const float top = y;

  // Draw the content first into a second channel, to know the card's height for its background.
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const float art_h = std::clamp(column.width * 0.5f, 170.0f, 260.0f);
  const SectionColors tint = section_colors(Screen::Routine);
  draw->AddRectFilled(ImVec2(column.x, y), ImVec2(column.x + column.width, y + art_h), tint.tint,
                      kCardRounding, ImDrawFlags_RoundCornersTop);

  // The figure moves for a few cycles when a card comes into view, then rests in position.
  // Wall-clock time, not ImGui's: ImGui's clock is capped per frame, and a frame can come late.
  const double now_s = static_cast<double>(ui.now_ms) / 1000.0;
  if (ui.memory.demo_card != state.exercise_in_view) {
    ui.memory.demo_card = state.exercise_in_view;
    ui.memory.demo_started_s = now_s;
  }
  Dosage paced = shown.dosage;  // cat cow's demo breathes at the user's pattern, like the player
  if (e.id == ExerciseId::CatCow) paced.rep_ms = static_cast<int>(cycle_ms(state.breath.pattern));
  const double demo_length = demo_length_s(e.id, paced);
  const double demo_t = std::min(now_s - ui.memory.demo_started_s, demo_length);
  if (demo_t < demo_length) ui.animating = true;
  draw_exercise(draw, e.id, variant, ImVec2(column.x + 16, y + 12),
                ImVec2(column.x + column.width - 16, y + art_h - 12),
                demo_mix(e.id, shown.dosage, state.breath.pattern, demo_t), false);
  ImGui::SetCursorScreenPos(ImVec2(column.x, y));
  ImGui::Dummy(ImVec2(column.width, art_h));
  const WidgetRect figure{column.x, y, column.width, art_h};
  y += art_h + kCardPad;

  y += draw_text(ui, ui.fonts.heading, ImVec2(x, y), p.text, pick(ui.locale, words.name), width,
                 TextRole::Heading2) +
       2;
  if (variant != Variant::Standard) {
    y += draw_text(ui, ui.fonts.bold, ImVec2(x, y), section_colors(Screen::Routine).ink,
                   ui.t(variant == Variant::Easier ? Str::VariantEasier : Str::VariantHarder), width) +
         2;
  }
  // The figure is read after the name it shows.
  ui.widgets.add_image(figure_words(ui.locale, pick(ui.locale, words.name)), figure);
  y += draw_text(ui, ui.fonts.small, ImVec2(x, y), p.primary,
                 dose_text(ui.locale, shown.dosage, e.id == ExerciseId::CatCow), width) +
       16;
  y = card_section(ui, x, y, width, Str::HowItHelps, pick(ui.locale, e.benefit));
  y = numbered_steps(ui, words.steps, x, y, width);
  y = card_section(ui, x, y, width, Str::BreathingHeading, pick(ui.locale, words.breathing));
  y = mistakes(ui, words.mistakes, x, y, width);
  y = stop_if_box(ui, e, x, y, width) + 12;
  y = pain_rule_box(ui, x, y, width) + kCardPad;

  draw->ChannelsSetCurrent(0);
  draw_card(draw, ImVec2(column.x, top), ImVec2(column.x + column.width, y), p.surface, kCardRounding);
  draw->ChannelsMerge();
  handle_swipe(state, ui, ImVec2(column.x, top), ImVec2(column.x + column.width, y));
  return y;
}

}  // namespace

void draw_routine(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  float y = section_top(ui, Screen::Routine, column);
  if (state.routine && !state.routine->finished()) {
    y = paused_card(state, ui, column, y);
  } else {
    y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), palette().text, ui.t(Str::RoutinePainBefore),
                   column.width, TextRole::Heading2) +
         8;
    if (const auto pain = pain_scale(ui, "routine.pain_before", state.pain_before_next, column, y)) {
      ui.emit(RateSessionPain{false, *pain});
    }
    y += 16;
  }
  y = start_buttons(ui, column, y);
  y = carousel_header(state, ui, column, y);
  y = exercise_card(state, ui, column, y);
  end_page(column, y);
}

}  // namespace unknot::ui
