// Find your position: the physical therapist's two resting positions as a guided test. Rate the
// pain, rest in option 1 with slow breathing, rate again; the same for option 2; then see which
// eased it more. The last result stays on this screen as a reminder.
#include <algorithm>
#include <cstdio>
#include <string>

#include "ui/art/exercise_drawings.h"
#include "ui/screens/routine_text.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/frame_pacing.h"
#include "ui/widgets/pain_scale.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

Str option_title(PositionOption option) {
  return option == PositionOption::OnBack ? Str::Option1Title : Str::Option2Title;
}

Str verdict_text(PositionVerdict verdict) {
  switch (verdict) {
    case PositionVerdict::OnBackBetter: return Str::VerdictBack;
    case PositionVerdict::OnBellyBetter: return Str::VerdictBelly;
    case PositionVerdict::BothEqually: return Str::VerdictBoth;
    case PositionVerdict::Neither: break;
  }
  return Str::VerdictNeither;
}

// The position's drawing, read as "Drawing: " and the position's name.
float art(UiContext& ui, PositionOption option, const Column& column, float y, float height, float breath) {
  ui.widgets.add_image(figure_words(ui.locale, ui.t(option_title(option))),
                       WidgetRect{column.x, y, column.width, height});
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(column.x, y), ImVec2(column.x + column.width, y + height),
                      section_colors(Screen::Position).tint, kCardRounding);
  draw_position(draw, option, ImVec2(column.x + 12, y + 8),
                ImVec2(column.x + column.width - 12, y + height - 8), breath);
  ImGui::SetCursorScreenPos(ImVec2(column.x, y));
  ImGui::Dummy(ImVec2(column.width, height));
  return y + height + 14;
}

// What the result means and what to do with it.
float verdict_block(UiContext& ui, const PositionResult& result, const Column& column, float y) {
  const Palette& p = palette();
  y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(verdict_text(result.verdict)),
                 column.width, TextRole::Heading2) +
       8;
  const bool helped = result.verdict != PositionVerdict::Neither;
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text_muted,
                 ui.t(helped ? Str::SuggestPractice : Str::SuggestNeither), column.width) +
       10;
  const auto line = [&](Str title, int before, int after) {
    const std::string text = std::string(ui.t(title)) + ": " +
                             fill(ui.t(Str::BeforeAfter), {std::to_string(before), std::to_string(after)});
    y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text, text, column.width) + 4;
  };
  line(Str::Option1Title, result.ratings[0], result.ratings[1]);
  line(Str::Option2Title, result.ratings[2], result.ratings[3]);
  if (result.worse) {
    y += 8;
    y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), section_colors(Screen::Checkin).ink,
                   ui.t(Str::WorseNote), column.width);
  }
  return y + 16;
}

float start_view(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  if (state.position_result) {
    y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), p.primary, ui.t(Str::LastTime), column.width,
                   TextRole::Heading2) +
         6;
    y = verdict_block(ui, *state.position_result, column, y) + 8;
  }
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(Str::PositionIntro),
                 column.width) +
       16;
  for (PositionOption option : {PositionOption::OnBack, PositionOption::OnBelly}) {
    y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), p.text, ui.t(option_title(option)), column.width,
                   TextRole::Heading3) +
         6;
    y = art(ui, option, column, y, std::clamp(column.width * 0.34f, 110.0f, 170.0f), 0.0f);
  }
  y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::RestLength), column.width,
                 TextRole::Heading2) +
       10;
  const float chip_w = std::min(90.0f * text_growth(ui), (column.width - 24) / 4);
  const float chip_h = button_height(ui, fill(ui.t(Str::MinutesShort), {"5"}), chip_w, 48);
  for (int minutes = kMinRestMinutes; minutes <= kMaxRestMinutes; ++minutes) {
    const bool selected = ui.memory.position_minutes == minutes;
    const ImVec2 pos(column.x + static_cast<float>(minutes - kMinRestMinutes) * (chip_w + 8), y);
    if (button(ui, "position.minutes." + std::to_string(minutes),
               fill(ui.t(Str::MinutesShort), {std::to_string(minutes)}), pos, ImVec2(chip_w, chip_h),
               selected ? ButtonStyle::Primary : ButtonStyle::Secondary)) {
      ui.memory.position_minutes = minutes;
    }
    ui.widgets.set_last_role("radio", std::string(selected ? "checked" : "unchecked"));
  }
  y += chip_h + 22;
  const auto start = sized_button(ui, "position.start", ui.t(Str::StartTest), ImVec2(column.x, y),
                                  std::min(column.width, 420.0f), 56);
  if (start.pressed) ui.emit(StartPositionTest{ui.memory.position_minutes});
  return y + start.height;
}

float rating_view(const PositionTest& test, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(option_title(test.option())),
                 column.width, TextRole::Heading2) +
       8;
  y = art(ui, test.option(), column, y, std::clamp(column.width * 0.34f, 110.0f, 170.0f), 0.0f);
  y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::RatePrompt), column.width,
                 TextRole::Heading2) +
       6;
  if (const auto pain = pain_scale(ui, "position.pain", std::nullopt, column, y)) ui.emit(RatePain{*pain});
  return y + 8;
}

// The rest lasts minutes with the person lying still: a frame when the clock shows its next
// second, the breath's word changes, or the drawing's slow breath has moved a pixel (the belly
// rises by about a tenth of the drawing's height), never at the display's rate.
void pace_rest_frames(const AppState& state, const PositionTest& test, UiContext& ui,
                      const BreathMoment& breath, float art_height) {
  std::int64_t next =
      ui.now_ms + std::min(ms_to_next_second(test.rest_left_ms(ui.now_ms)), breath.remaining_ms);
  if (!state.settings.reduce_motion) {
    const std::int64_t elapsed = test.rest_elapsed_ms(ui.now_ms);
    next = std::min(next, next_move_ms(ui.now_ms, 1.0f / (art_height * 0.1f), [&](std::int64_t t) {
                      return breath_at(state.breath.pattern, elapsed + (t - ui.now_ms)).fullness;
                    }));
  }
  ui.redraw_at(next);
}

float rest_view(const AppState& state, const PositionTest& test, UiContext& ui, const Column& column,
                float y) {
  const Palette& p = palette();
  const BreathMoment breath = breath_at(state.breath.pattern, test.rest_elapsed_ms(ui.now_ms));
  const float art_height = std::clamp(column.width * 0.42f, 140.0f, 220.0f);
  y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(option_title(test.option())),
                 column.width, TextRole::Heading2) +
       8;
  y = art(ui, test.option(), column, y, art_height, state.settings.reduce_motion ? 0.0f : breath.fullness);
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text,
                 ui.t(test.option() == PositionOption::OnBack ? Str::Option1How : Str::Option2How),
                 column.width) +
       10;
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(Str::RestBreathe), column.width) +
       14;
  const std::string word(ui.t(breath.step == BreathStep::Inhale   ? Str::BreatheIn
                              : breath.step == BreathStep::Exhale ? Str::BreatheOut
                                                                  : Str::BreatheHold));
  y += draw_text(ui, ui.fonts.display, ImVec2(column.x, y), p.text, clock_text(test.rest_left_ms(ui.now_ms)),
                 column.width, TextRole::Timer);
  y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), section_colors(Screen::Breathe).ink, word,
                 column.width) +
       18;
  const float w = std::min(200.0f, column.width);
  if (button(ui, "position.done_early", ui.t(Str::DoneEarly), ImVec2(column.x, y), ImVec2(w, 52)))
    ui.emit(FinishRestEarly{});
  pace_rest_frames(state, test, ui, breath, art_height);
  return y + 52;
}

}  // namespace

void draw_position_test(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  float y = section_top(ui, Screen::Position, column);
  if (!state.position_test) {
    y = start_view(state, ui, column, y);
  } else {
    const PositionTest& test = *state.position_test;
    switch (test.step()) {
      case PositionStep::RateBefore:
      case PositionStep::RateAfter: y = rating_view(test, ui, column, y); break;
      case PositionStep::Rest: y = rest_view(state, test, ui, column, y); break;
      case PositionStep::Result:
        y = verdict_block(ui, *test.result(), column, y);
        if (button(ui, "position.close", ui.t(Str::Done), ImVec2(column.x, y), ImVec2(200, 54)))
          ui.emit(ClosePositionTest{});
        y += 54;
        break;
    }
    if (test.step() != PositionStep::Result) {
      y += 12;
      const std::string_view stop = ui.t(Str::StopTest);
      const auto stopped = sized_button(ui, "position.cancel", stop, ImVec2(column.x, y),
                                        fitted_width(ui, stop, column.width), 46, ButtonStyle::Quiet);
      if (stopped.pressed) ui.emit(CancelPositionTest{});
      y += stopped.height;
    }
  }
  end_page(column, y);
}

}  // namespace unknot::ui
