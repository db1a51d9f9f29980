// Breathe: choose a pattern (a preset or your own) and a length, then follow a calm shape that
// grows as you breathe in and shrinks as you breathe out, with the step's word and seconds.
// With reduced motion, a filling bar and words replace the growing shape.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/screens/routine_text.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/frame_pacing.h"
#include "ui/widgets/notice.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

// "3.5 s", "4 s", and for the 7-a-minute preset's exact times "3.4 s" (a decimal comma in Spanish).
std::string seconds_text(Locale locale, int ms) {
  return decimal(locale, ms / 1000.0, ms % 1000 == 0 ? 0 : 1) + " s";
}

// The next half-second step up or down from `ms` (which may sit between steps, as presets do).
int step_from(int ms, int direction) {
  constexpr int kStep = BreathLimits::kStepMs;
  return direction > 0 ? (ms / kStep + 1) * kStep : ((ms + kStep - 1) / kStep - 1) * kStep;
}

std::string per_minute(Locale locale, const BreathPattern& pattern) {
  return fill(tr(locale, Str::PerMinute), {decimal(locale, breaths_per_minute(pattern))});
}

Str step_word(BreathStep step) {
  switch (step) {
    case BreathStep::Inhale: return Str::BreatheIn;
    case BreathStep::Exhale: return Str::BreatheOut;
    case BreathStep::HoldIn:
    case BreathStep::HoldOut: break;
  }
  return Str::BreatheHold;
}

// The breath itself: a disc that fills out with the breath, inside a faint ring of its full size;
// or, with reduced motion, a bar that fills. Either way the step's word and seconds left.
void breath_visual(const AppState& state, UiContext& ui, const BreathMoment& m, ImVec2 min, ImVec2 max) {
  const Palette& p = palette();
  const SectionColors blue = section_colors(Screen::Breathe);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre = (min + max) * 0.5f;
  const std::string word(ui.t(step_word(m.step)));
  const std::string seconds = std::to_string((m.remaining_ms + 999) / 1000);
  if (state.settings.reduce_motion) {
    const float w = std::min(max.x - min.x, 420.0f);
    const ImVec2 bar_min(centre.x - w / 2, centre.y + 10), bar_max(centre.x + w / 2, centre.y + 34);
    draw->AddRectFilled(bar_min, bar_max, blue.tint, 12);
    draw->AddRectFilled(bar_min, ImVec2(bar_min.x + w * m.fullness, bar_max.y), blue.ink, 12);
    centred_text(ui, ui.fonts.title, centre.x, centre.y - 60, p.text, word, max.x - min.x);
    centred_text(ui, ui.fonts.heading, centre.x, bar_max.y + 14, p.text_muted, seconds, max.x - min.x,
                 TextRole::None);
    return;
  }
  const float max_r = std::min(max.x - min.x, max.y - min.y) / 2 - 6;
  const float min_r = max_r * 0.42f;
  draw->AddCircleFilled(centre, max_r, blue.tint, 96);
  draw->AddCircle(centre, max_r, blue.ink, 96, 1.5f);
  draw->AddCircleFilled(centre, min_r + (max_r - min_r) * m.fullness, blue.ink, 96);
  const float word_h = css_size(ui.fonts.heading);
  centred_text(ui, ui.fonts.heading, centre.x, centre.y - word_h, IM_COL32_WHITE, word, max.x - min.x);
  centred_text(ui, ui.fonts.bold, centre.x, centre.y + 6, IM_COL32_WHITE, seconds, max.x - min.x,
               TextRole::None);
}

// The disc breathes at the display's rate. With reduced motion the bar fills in steps a few
// pixels long, and the seconds and the step's word change when they change.
void pace_frames(const AppState& state, const BreathingSession& session, UiContext& ui) {
  if (!state.settings.reduce_motion) {
    ui.animating = true;
    return;
  }
  const BreathMoment m = session.moment(ui.now_ms);
  const std::int64_t elapsed = session.elapsed_ms(ui.now_ms);
  constexpr float kBarStep = 4.0f / 420.0f;               // 4 px of the bar at its widest
  const std::int64_t clock_tick = 1000 - elapsed % 1000;  // "Time left" shows whole seconds
  ui.redraw_at(std::min(ui.now_ms + std::min({ms_to_next_second(m.remaining_ms), m.remaining_ms, clock_tick}),
                        next_move_ms(ui.now_ms, kBarStep, [&](std::int64_t t) {
                          return breath_at(session.pattern(), elapsed + (t - ui.now_ms)).fullness;
                        })));
}

float session_view(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  const BreathingSession& session = *state.breathing;
  const BreathMoment m = session.moment(ui.now_ms);
  const float centre = column.x + column.width / 2;
  const float size = std::min(column.width, 320.0f);
  if (session.finished()) {
    y += 10;
    y += centred_text(ui, ui.fonts.title, centre, y, p.text, ui.t(Str::SessionComplete), column.width,
                      TextRole::Heading2) +
         12;
    y += centred_text(ui, ui.fonts.body, centre, y, p.text,
                      fill(ui.t(Str::BreathsCount), {std::to_string(m.breaths)}), column.width) +
         4;
    y += centred_text(ui, ui.fonts.body, centre, y, p.text_muted, clock_text(session.elapsed_ms(ui.now_ms)),
                      column.width) +
         12;
    y += centred_text(ui, ui.fonts.body, centre, y, p.text, ui.t(Str::SessionNote), column.width) + 24;
    const float w = 200;
    if (button(ui, "breathe.done", ui.t(Str::Done), ImVec2(centre - w / 2, y), ImVec2(w, 54)))
      ui.emit(CloseBreathing{});
    return y + 54;
  }
  breath_visual(state, ui, m, ImVec2(centre - size / 2, y), ImVec2(centre + size / 2, y + size));
  ImGui::SetCursorScreenPos(ImVec2(column.x, y));
  ImGui::Dummy(ImVec2(column.width, size));
  y += size + 16;
  const std::int64_t elapsed = session.elapsed_ms(ui.now_ms);
  const std::string time = session.length_ms() > 0
                               ? fill(ui.t(Str::TimeLeft), {clock_text(session.length_ms() - elapsed)})
                               : fill(ui.t(Str::TimeSoFar), {clock_text(elapsed)});
  y += centred_text(ui, ui.fonts.bold, centre, y, p.text, time, column.width, TextRole::Timer) + 4;
  y += centred_text(ui, ui.fonts.small, centre, y, p.text_muted,
                    per_minute(ui.locale, session.pattern()) + "  ·  " +
                        fill(ui.t(Str::BreathsCount), {std::to_string(m.breaths)}),
                    column.width) +
       20;
  const float w = std::min(160.0f, (column.width - 12) / 2);
  const bool paused = session.paused();
  if (button(ui, "breathe.pause", ui.t(paused ? Str::Resume : Str::Pause), ImVec2(centre - w - 6, y),
             ImVec2(w, 54))) {
    ui.emit(paused ? Action(ResumeBreathing{}) : Action(PauseBreathing{}));
  }
  if (button(ui, "breathe.stop", ui.t(Str::Stop), ImVec2(centre + 6, y), ImVec2(w, 54),
             ButtonStyle::Secondary)) {
    ui.emit(StopBreathing{});
  }
  if (!paused) pace_frames(state, session, ui);
  return y + 54;
}

// One part of the user's own pattern: its name, then [-] value [+] in half seconds.
float pattern_stepper(const AppState& state, UiContext& ui, float x, float y, float width, Str label,
                      int BreathPattern::*part, int low, int high) {
  const Palette& p = palette();
  const BreathPattern& pattern = state.breath.pattern;
  const std::string name(ui.t(label));
  y += draw_text(ui, ui.fonts.small, ImVec2(x, y), p.text_muted, name, width) + 4;
  const std::string value = seconds_text(ui.locale, pattern.*part);
  const ImVec2 size = ui.fonts.bold->CalcTextSizeA(css_size(ui.fonts.bold), FLT_MAX, 0, value.c_str());
  draw_text(ui, ui.fonts.bold, ImVec2(x + (width - size.x) / 2, y + (kMinTouchTarget - size.y) / 2), p.text,
            value, 0);
  for (int direction : {-1, +1}) {
    const bool more = direction > 0;
    const ImVec2 pos(more ? x + width - kMinTouchTarget : x, y);
    const std::string id =
        std::string("breathe.") + (more ? "more." : "less.") + std::to_string(static_cast<int>(label));
    if (button(ui, id, more ? "+" : "-", pos, ImVec2(kMinTouchTarget, kMinTouchTarget),
               ButtonStyle::Secondary)) {
      BreathPattern next = pattern;
      next.*part = std::clamp(step_from(next.*part, direction), low, high);
      if (next != pattern) ui.emit(SetBreathPattern{next});
    }
    ui.widgets.relabel_last(fill(ui.t(more ? Str::More : Str::Less), {name}));
  }
  return y + kMinTouchTarget;
}

float setup_view(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(Str::BreathTip), column.width) +
       18;

  y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::PatternHeading), column.width,
                 TextRole::Heading2) +
       10;
  const auto current = matching_preset(state.breath.pattern);
  const Str names[] = {Str::PresetSeven, Str::PresetRelaxed, Str::PresetBox, Str::Preset478};
  // Large text needs the width: fewer choices side by side, each as tall as its label.
  const float growth = text_growth(ui);
  const int columns = (column.width >= 560 ? 4 : 2) / (growth > 1.25f ? 2 : 1);
  const float w = (column.width - 10 * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  float row_h = 0;
  for (Str name : names) row_h = std::max(row_h, choice_height(ui, ui.t(name), w));
  for (std::size_t i = 0; i < kBreathPresets.size(); ++i) {
    const ImVec2 pos(column.x + static_cast<float>(static_cast<int>(i) % columns) * (w + 10),
                     y + static_cast<float>(static_cast<int>(i) / columns) * (row_h + 10));
    const BreathPreset preset = kBreathPresets[i];
    if (choice_button(ui, "breathe.preset." + std::string(preset_key(preset)), ui.t(names[i]),
                      current == preset, pos, ImVec2(w, row_h))) {
      ui.emit(SetBreathPreset{preset});
    }
  }
  y += (row_h + 10) * static_cast<float>((kBreathPresets.size() + columns - 1) / columns) + 8;

  y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), current ? p.text_muted : p.primary,
                 ui.t(Str::YourOwnPattern), column.width, TextRole::Heading3) +
       8;
  using L = BreathLimits;
  const float step_w = (column.width - 12) / 2;
  const float row1 = y;
  pattern_stepper(state, ui, column.x, row1, step_w, Str::InhaleLabel, &BreathPattern::inhale_ms,
                  L::kMinInhaleMs, L::kMaxInhaleMs);
  y = pattern_stepper(state, ui, column.x + step_w + 12, row1, step_w, Str::HoldInLabel,
                      &BreathPattern::hold_in_ms, 0, L::kMaxHoldMs) +
      10;
  const float row2 = y;
  pattern_stepper(state, ui, column.x, row2, step_w, Str::ExhaleLabel, &BreathPattern::exhale_ms,
                  L::kMinExhaleMs, L::kMaxExhaleMs);
  y = pattern_stepper(state, ui, column.x + step_w + 12, row2, step_w, Str::HoldOutLabel,
                      &BreathPattern::hold_out_ms, 0, L::kMaxHoldMs) +
      12;
  y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), p.primary,
                 per_minute(ui.locale, state.breath.pattern), column.width) +
       20;
  if (holds_may_cause_dizziness(state.breath.pattern)) {
    y = notice_box(ui, column, y, warning_look(), ui.t(Str::BreathHoldCautionTitle),
                   ui.t(Str::BreathHoldCaution))
            .bottom;
  }

  y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::LengthHeading), column.width,
                 TextRole::Heading2) +
       10;
  const int per_row = growth > 1.25f ? 3 : 5;
  const float chip_w = (column.width - 8 * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
  const float chip_h = control_height(ui, 48);
  for (std::size_t i = 0; i < kBreathLengthsMs.size(); ++i) {
    const std::int64_t length = kBreathLengthsMs[i];
    const std::string label = length > 0 ? fill(ui.t(Str::MinutesShort), {std::to_string(length / 60000)})
                                         : std::string(ui.t(Str::OpenEnded));
    const bool selected = state.breath.length_ms == length;
    const int at = static_cast<int>(i);
    const ImVec2 pos(column.x + static_cast<float>(at % per_row) * (chip_w + 8),
                     y + static_cast<float>(at / per_row) * (chip_h + 8));
    if (button(ui, "breathe.length." + std::to_string(length / 60000), label, pos, ImVec2(chip_w, chip_h),
               selected ? ButtonStyle::Primary : ButtonStyle::Secondary)) {
      ui.emit(SetBreathLength{length});
    }
    ui.widgets.set_last_role("radio", selected ? "checked" : "unchecked");
  }
  const int rows = (static_cast<int>(kBreathLengthsMs.size()) + per_row - 1) / per_row;
  y += static_cast<float>(rows) * (chip_h + 8) + 16;
  const auto start = sized_button(ui, "breathe.start", ui.t(Str::StartBreathing), ImVec2(column.x, y),
                                  std::min(column.width, 420.0f), 56);
  if (start.pressed) ui.emit(StartBreathing{});
  return y + start.height;
}

}  // namespace

void draw_breathe(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  float y = section_top(ui, Screen::Breathe, column);
  y = state.breathing ? session_view(state, ui, column, y) : setup_view(state, ui, column, y);
  end_page(column, y);
}

}  // namespace unknot::ui
