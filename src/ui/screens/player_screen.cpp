// The routine player: what to do now (the exercise, its side, the moving figure), how long is
// left (a countdown ring and the phase word), what comes next, and large controls. When the
// routine ends, the same screen shows its summary.
#include <algorithm>
#include <cmath>
#include <string>

#include "core/learn/learn_content.h"
#include "core/progress/pain_rise.h"
#include "core/routine/routine_words.h"
#include "ui/art/exercise_drawings.h"
#include "ui/art/icons.h"
#include "ui/screens/pain_rule.h"
#include "ui/screens/routine_text.h"
#include "ui/screens/screens.h"
#include "ui/screens/voice_ui.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/frame_pacing.h"
#include "ui/widgets/notice.h"
#include "ui/widgets/pain_scale.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr float kPi = 3.14159265f;

void progress_bar(ImVec2 min, ImVec2 max, float fraction) {
  const Palette& p = palette();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float r = (max.y - min.y) / 2;
  draw->AddRectFilled(min, max, p.border, r);
  const float fill_x = min.x + (max.x - min.x) * std::clamp(fraction, 0.0f, 1.0f);
  if (fill_x > min.x + 1)
    draw->AddRectFilled(min, ImVec2(std::max(fill_x, min.x + 2 * r), max.y), p.primary, r);
}

// The speaker icon: sound waves when on, a cross when off.
bool mute_toggle(const AppState& state, UiContext& ui, ImVec2 pos) {
  const Palette& p = palette();
  const bool on = state.settings.sound;
  const ImVec2 size(kMinTouchTarget, kMinTouchTarget);
  const auto hit = interact(ui,
                            {"player.sound", ui.t(on ? Str::SoundOn : Str::SoundOff), "switch",
                             std::string(on ? "on" : "off"), size.x / 2},
                            pos, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (hit.hovered || hit.held) draw->AddCircleFilled(pos + size * 0.5f, size.x / 2, p.surface_hover);
  const ImVec2 c = pos + ImVec2(17, 22);
  const ImVec2 body[] = {c + ImVec2(-6, -4), c + ImVec2(-2, -4), c + ImVec2(4, -9),
                         c + ImVec2(4, 9),   c + ImVec2(-2, 4),  c + ImVec2(-6, 4)};
  draw->AddConvexPolyFilled(body, 6, p.text);
  if (on) {
    draw->PathArcTo(c + ImVec2(5, 0), 7, -0.9f, 0.9f, 12);
    draw->PathStroke(p.text, 0, 2.0f);
    draw->PathArcTo(c + ImVec2(5, 0), 12, -0.9f, 0.9f, 16);
    draw->PathStroke(p.text, 0, 2.0f);
  } else {
    draw->AddLine(c + ImVec2(9, -5), c + ImVec2(19, 5), p.text, 2.2f);
    draw->AddLine(c + ImVec2(19, -5), c + ImVec2(9, 5), p.text, 2.2f);
  }
  if (hit.pressed) ui.emit(SetSound{!on});
  return hit.pressed;
}

void countdown_ring(UiContext& ui, const RoutinePosition& position, bool paused, ImVec2 centre,
                    float radius) {
  const Palette& p = palette();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  constexpr float kThickness = 12.0f;
  draw->AddCircle(centre, radius, p.border, 96, kThickness);
  const float left = position.segment_ms > 0
                         ? static_cast<float>(position.remaining_ms) / static_cast<float>(position.segment_ms)
                         : 0.0f;
  if (left > 0.001f) {
    const float start = -kPi / 2;
    const SectionColors ink =
        section_colors(position.phase == Phase::Work ? Screen::Routine : Screen::Breathe);
    draw->PathArcTo(centre, radius, start, start + 2 * kPi * left, 96);
    draw->PathStroke(ink.ink, 0, kThickness);
  }
  // Seconds left, rounded up so "1" shows until the very end.
  const std::string seconds = std::to_string((position.remaining_ms + 999) / 1000);
  const ImFont* big = ui.fonts.display;
  const ImVec2 size = big->CalcTextSizeA(css_size(big), FLT_MAX, 0, seconds.c_str());
  // a11y: the seconds and the phase word are read together as the timer registered at the end.
  draw->AddText(big, css_size(big), centre - ImVec2(size.x / 2, size.y / 2 + 12), p.text, seconds.c_str());
  const std::string word = paused ? std::string(ui.t(Str::PausedLabel)) : phase_text(ui.locale, position);
  const ImFont* font = ui.fonts.bold;
  // The phase word stays inside the ring: with large text a long one is drawn smaller.
  const float room = 1.5f * radius - kThickness;  // the ring's inner width where the word sits
  float word_px = css_size(font);
  ImVec2 word_size = font->CalcTextSizeA(word_px, FLT_MAX, 0, word.c_str());
  if (word_size.x > room) {
    word_px *= room / word_size.x;
    word_size = font->CalcTextSizeA(word_px, FLT_MAX, 0, word.c_str());
  }
  // a11y: as above.
  draw->AddText(font, word_px, centre + ImVec2(-word_size.x / 2, size.y / 2 - 8),
                paused ? p.text_muted : p.primary, word.c_str());
  // A timer a screen reader can ask for ("Hold: 25 s left"); it is not spoken as it changes.
  ui.widgets.add_text(TextRole::Timer, fill(ui.t(Str::PlayerTimer), {word, seconds}),
                      WidgetRect{centre.x - radius, centre.y - radius, 2 * radius, 2 * radius});
}

// Frames while the routine runs, only when a pixel would change. Reps move the figure all the
// time: every frame (with reduced motion, in steps). Otherwise the next frame is due when the
// countdown shows its next second, the ring has moved 2 px, or the figure (easing into a hold,
// belly breathing's slow rise) has moved a pixel: during a 30 s hold, under 10 frames a second.
void pace_frames(const AppState& state, UiContext& ui, const RoutinePosition& position, float ring_radius,
                 float art_height) {
  const RoutineRun& run = *state.routine;
  const RoutineItem& item = run.plan()[position.item];
  const bool reduce_motion = state.settings.reduce_motion;
  if (position.phase == Phase::Work && position.reps > 0 && !reduce_motion) {
    ui.animating = true;
    return;
  }
  std::int64_t next = ui.now_ms + ms_to_next_second(position.remaining_ms);
  next = std::min(next, ui.now_ms + ring_step_ms(position.segment_ms, ring_radius));
  // A pose change of 1 moves the figure's joints up to about half the drawing's height.
  const float pixel = (reduce_motion ? 6.0f : 1.0f) / std::max(1.0f, art_height * 0.5f);
  const std::int64_t segment_end = ui.now_ms + position.remaining_ms;
  next = std::min(next, next_move_ms(ui.now_ms, pixel, [&](std::int64_t t) {
                    return player_mix(item.dosage, item.exercise, state.breath.pattern,
                                      run.position(std::min(t, segment_end - 1)));
                  }));
  ui.redraw_at(next);
}

// Previous, pause or resume (the big one), skip.
float controls(const AppState& state, UiContext& ui, float centre_x, float y) {
  const Palette& p = palette();
  const bool paused = state.routine->paused();
  constexpr float kBig = 76.0f, kSmall = 56.0f, kGap = 28.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();

  const ImVec2 big_pos(centre_x - kBig / 2, y);
  const Str main_label = paused ? Str::Resume : Str::Pause;
  const auto main = interact(ui, {"player.pause", ui.t(main_label), "button", std::nullopt, kBig / 2},
                             big_pos, ImVec2(kBig, kBig));
  const ImVec2 c = big_pos + ImVec2(kBig / 2, kBig / 2);
  draw->AddCircleFilled(c, kBig / 2, main.held ? IM_COL32(0x1F, 0x55, 0x52, 255) : p.primary);
  if (paused) {
    draw->AddTriangleFilled(c + ImVec2(-9, -14), c + ImVec2(-9, 14), c + ImVec2(15, 0), p.on_primary);
  } else {
    draw->AddRectFilled(c + ImVec2(-11, -13), c + ImVec2(-3, 13), p.on_primary, 2);
    draw->AddRectFilled(c + ImVec2(3, -13), c + ImVec2(11, 13), p.on_primary, 2);
  }
  if (main.pressed) ui.emit(paused ? Action(ResumeRoutine{}) : Action(PauseRoutine{}));

  const auto side_button = [&](const char* id, Str label, float x, ChevronDirection direction,
                               Action action) {
    const ImVec2 pos(x, y + (kBig - kSmall) / 2);
    const auto hit =
        interact(ui, {id, ui.t(label), "button", std::nullopt, kSmall / 2}, pos, ImVec2(kSmall, kSmall));
    const ImVec2 mid = pos + ImVec2(kSmall / 2, kSmall / 2);
    draw->AddCircleFilled(mid, kSmall / 2,
                          hit.held      ? p.surface_pressed
                          : hit.hovered ? p.surface_hover
                                        : p.surface);
    draw->AddCircle(mid, kSmall / 2, p.primary, 0, 2.0f);
    const float dx = direction == ChevronDirection::Left ? -3.0f : 3.0f;
    draw_chevron(draw, mid + ImVec2(dx - 4, 0), 8, p.primary, direction);
    draw_chevron(draw, mid + ImVec2(dx + 4, 0), 8, p.primary, direction);
    const std::string_view text = ui.t(label);
    const ImVec2 ts = ui.fonts.small->CalcTextSizeA(css_size(ui.fonts.small), FLT_MAX, 0, text.data(),
                                                    text.data() + text.size());
    // a11y: the button's name.
    draw->AddText(ui.fonts.small, css_size(ui.fonts.small), ImVec2(mid.x - ts.x / 2, pos.y + kSmall + 6),
                  p.text_muted, text.data(), text.data() + text.size());
    if (hit.pressed) ui.emit(action);
  };
  side_button("player.previous", Str::Previous, big_pos.x - kGap - kSmall, ChevronDirection::Left,
              PreviousExercise{});
  side_button("player.skip", Str::Skip, big_pos.x + kBig + kGap, ChevronDirection::Right, SkipExercise{});
  return y + kBig + 28;
}

// Restart and End, centred side by side, or one above the other when large text needs the room.
float secondary_actions(UiContext& ui, float centre_x, float width, float y) {
  const std::string_view restart = ui.t(Str::RestartExercise), end = ui.t(Str::EndRoutine);
  const float restart_w = fitted_width(ui, restart, width), end_w = fitted_width(ui, end, width);
  const float h = std::max(button_height(ui, restart, restart_w, 46), button_height(ui, end, end_w, 46));
  const bool stacked = restart_w + end_w + 8 > width;
  const ImVec2 restart_pos(stacked ? centre_x - restart_w / 2 : centre_x - (restart_w + end_w + 8) / 2, y);
  const ImVec2 end_pos =
      stacked ? ImVec2(centre_x - end_w / 2, y + h + 4) : ImVec2(restart_pos.x + restart_w + 8, y);
  if (button(ui, "player.restart", restart, restart_pos, ImVec2(restart_w, h), ButtonStyle::Quiet)) {
    ui.emit(RestartExercise{});
  }
  if (button(ui, "player.end", end, end_pos, ImVec2(end_w, h), ButtonStyle::Quiet)) ui.emit(EndRoutine{});
  return end_pos.y + h;
}

void draw_running(const AppState& state, UiContext& ui, const Column& column) {
  const Palette& p = palette();
  const RoutineRun& run = *state.routine;
  const RoutinePosition position = run.position(ui.now_ms);
  const RoutineItem& item = run.plan()[position.item];
  const Exercise& e = exercise(item.exercise);
  const float centre = column.x + column.width / 2;
  const bool wide = column.width >= 700;

  float y = column.top;
  // Back leaves the player and pauses the routine; it waits on the routine screen.
  const auto back = interact(ui, {"nav.back", ui.t(Str::Back), "button", std::nullopt, kMinTouchTarget / 2},
                             ImVec2(column.x - 8, y), ImVec2(kMinTouchTarget, kMinTouchTarget));
  if (back.hovered || back.held) {
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(column.x - 8 + kMinTouchTarget / 2, y + kMinTouchTarget / 2), kMinTouchTarget / 2,
        p.surface_hover);
  }
  draw_chevron(ImGui::GetWindowDrawList(), ImVec2(column.x + 12, y + kMinTouchTarget / 2), 8, p.primary,
               ChevronDirection::Left);
  if (back.pressed) ui.emit(GoBack{});
  const float right = column.x + column.width;
  voice_toggle(state, ui, ImVec2(right - 2 * kMinTouchTarget - 4, y));
  mute_toggle(state, ui, ImVec2(right - kMinTouchTarget, y));
  const std::string counter =
      fill(ui.t(Str::ExerciseOf), {std::to_string(position.item + 1), std::to_string(run.plan().size())});
  const float bar_x = column.x + kMinTouchTarget + 4, bar_end = right - 2 * kMinTouchTarget - 16;
  const float counter_h =
      draw_text(ui, ui.fonts.small, ImVec2(bar_x, y + 4), p.text_muted, counter, bar_end - bar_x);
  // Under the counter however large the text: at 200% it is taller than the bar's usual place.
  const float bar_y = y + std::max(30.0f, 4 + counter_h + 4);
  progress_bar(ImVec2(bar_x, bar_y), ImVec2(bar_end, bar_y + 6),
               static_cast<float>(position.routine_elapsed_ms) /
                   static_cast<float>(std::max<std::int64_t>(1, position.routine_total_ms)));
  y = std::max(y + kMinTouchTarget, bar_y + 6) + 12;
  if (const float note = voice_unavailable_note(state, ui, column.x, y, column.width); note > 0)
    y += note + 8;

  // The variant the routine asks for: its own name, and a word saying it is easier or harder.
  const std::string_view name = pick(ui.locale, variant_text(e, item.variant).name);
  y += centred_text(ui, ui.fonts.title, centre, y, p.text, name, column.width, TextRole::Heading1) + 4;
  if (item.variant != Variant::Standard) {
    y += centred_text(ui, ui.fonts.small, centre, y, p.text_muted,
                      ui.t(item.variant == Variant::Easier ? Str::VariantEasier : Str::VariantHarder),
                      column.width) +
         4;
  }
  if (position.side != Side::None) {
    const Text& side = position.side == Side::First ? e.first_side : e.second_side;
    y += centred_text(ui, ui.fonts.bold, centre, y, section_colors(Screen::Routine).ink,
                      pick(ui.locale, side), column.width);
  }
  if (position.rounds > 1) {
    y += centred_text(
             ui, ui.fonts.small, centre, y + 2, p.text_muted,
             fill(ui.t(Str::RoundOf), {std::to_string(position.round), std::to_string(position.rounds)}),
             column.width) +
         2;
  }
  y += 12;

  // The figure and the ring: side by side on wide screens, stacked on phones.
  const float art_w = wide ? column.width * 0.55f : column.width;
  const float art_h = wide ? 300.0f : std::clamp(column.width * 0.5f, 150.0f, 220.0f);
  const ImVec2 art_min(column.x, y);
  ImGui::GetWindowDrawList()->AddRectFilled(art_min, art_min + ImVec2(art_w, art_h),
                                            section_colors(Screen::Routine).tint, kCardRounding);
  draw_exercise(ImGui::GetWindowDrawList(), e.id, item.variant, art_min + ImVec2(12, 10),
                art_min + ImVec2(art_w - 12, art_h - 10),
                player_mix(item.dosage, e.id, state.breath.pattern, position), position.side == Side::Second);
  ImGui::SetCursorScreenPos(art_min);
  ImGui::Dummy(ImVec2(art_w, art_h));
  ui.widgets.add_image(figure_words(ui.locale, name), WidgetRect{art_min.x, art_min.y, art_w, art_h});

  // What to do now, large enough to read from the floor: under the figure, above the ring on a
  // phone; under both where they sit side by side.
  const std::string step = player_step_line(ui.locale, run, position, state.breath.pattern);
  const auto step_line = [&](float top) {
    return centred_text(ui, ui.fonts.heading, centre, top, p.text, step, column.width);
  };
  const float ring_r = wide ? 110.0f : 88.0f;
  float below_art = y + art_h + 14;
  if (!wide) below_art += step_line(below_art) + 6;
  const ImVec2 ring_centre = wide ? ImVec2(column.x + art_w + (column.width - art_w) / 2, y + art_h / 2)
                                  : ImVec2(centre, below_art + ring_r);
  countdown_ring(ui, position, run.paused(), ring_centre, ring_r);
  if (routine_running(state)) pace_frames(state, ui, position, ring_r, art_h);
  y = wide ? below_art + step_line(below_art) + 16 : ring_centre.y + ring_r + 16;
  ImGui::SetCursorScreenPos(ImVec2(column.x, y));
  ImGui::Dummy(ImVec2(column.width, 1));

  const auto next_name = [&](const RoutineItem& next_item) {
    return pick(ui.locale, variant_text(exercise(next_item.exercise), next_item.variant).name);
  };
  const std::string next = position.item + 1 < run.plan().size()
                               ? fill(ui.t(Str::NextUp), {next_name(run.plan()[position.item + 1])})
                               : std::string(ui.t(Str::LastOne));
  y += centred_text(ui, ui.fonts.body, centre, y, p.text_muted, next, column.width) + 18;
  y = controls(state, ui, centre, y);
  y = secondary_actions(ui, centre, column.width, y);
  // The pain rule while getting into position, below the controls so they never move under a
  // finger when the phase changes.
  if (position.phase == Phase::GetReady) y = pain_rule_box(ui, column.x, y + 16, column.width);
  end_page(column, y);
}

// Pain up by 2 or more: said kindly, with what to do next time and the flare-up plan a tap away.
float rise_advice(UiContext& ui, const Column& column, float y, const SessionRecord& session) {
  const std::string body = fill(ui.t(Str::RiseAdviceBody),
                                {std::to_string(*session.pain_before), std::to_string(*session.pain_after)});
  const NoticeDrawn drawn = notice_box(ui, column, y, info_look(), ui.t(Str::RiseAdviceTitle), body,
                                       {{"player.flare_plan", ui.t(Str::FlarePlanOpen)}});
  if (drawn.pressed == 0) ui.emit(ShowLearnPage{LearnPage::FlareUps});
  return drawn.bottom - 16;
}

// The pain after the routine, next to the one before it (if given): the journal keeps both.
float after_rating(const AppState& state, UiContext& ui, const Column& column, float y) {
  const SessionRecord* session = state.journal.find_session(state.last_session_id);
  if (session == nullptr || session->at_ms != state.routine->started_at_ms())
    return y;  // too short to record
  const Palette& p = palette();
  y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), p.text, ui.t(Str::RoutinePainAfter), column.width,
                 TextRole::Heading2) +
       8;
  if (const auto pain = pain_scale(ui, "player.pain_after", session->pain_after, column, y)) {
    ui.emit(RateSessionPain{true, *pain});
  }
  if (session->pain_before && session->pain_after) {
    y += 8 + draw_text(ui, ui.fonts.body, ImVec2(column.x, y + 8), p.text_muted,
                       fill(ui.t(Str::RoutinePainThanks),
                            {std::to_string(*session->pain_before), std::to_string(*session->pain_after)}),
                       column.width);
  }
  if (pain_rose(*session)) y = rise_advice(ui, column, y + 16, *session);
  return y;
}

void draw_summary(const AppState& state, UiContext& ui, const Column& column) {
  const Palette& p = palette();
  const RoutineSummary s = state.routine->summary(ui.now_ms);
  const float centre = column.x + column.width / 2;
  float y = column.top + 40;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const SectionColors green = section_colors(Screen::Progress);
  draw->AddCircleFilled(ImVec2(centre, y + 40), 40, green.tint);
  draw_section_icon(draw, Screen::Checkin, ImVec2(centre, y + 40), 30, green.ink);
  y += 100;
  y += centred_text(ui, ui.fonts.title, centre, y, p.text,
                    ui.t(s.ended_early ? Str::RoutineEnded : Str::RoutineComplete), column.width,
                    TextRole::Heading1) +
       14;
  y += centred_text(ui, ui.fonts.body, centre, y, p.text,
                    fill(ui.t(Str::SummaryDone),
                         {std::to_string(s.exercises_done), std::to_string(s.exercises_total)}),
                    column.width) +
       4;
  if (s.exercises_skipped > 0) {
    y += centred_text(ui, ui.fonts.body, centre, y, p.text_muted,
                      fill(ui.t(Str::SummarySkipped), {std::to_string(s.exercises_skipped)}), column.width) +
         4;
  }
  const std::int64_t seconds = s.active_ms / 1000;
  y +=
      centred_text(ui, ui.fonts.body, centre, y, p.text_muted,
                   fill(ui.t(Str::SummaryTime), {std::to_string(seconds / 60), std::to_string(seconds % 60)}),
                   column.width) +
      18;
  y += centred_text(ui, ui.fonts.body, centre, y, p.text, ui.t(Str::SummaryNote), column.width) + 22;
  y = after_rating(state, ui, column, y) + 16;
  const float w = std::max(200.0f, button_width(ui, ui.t(Str::Done)));
  if (button(ui, "player.done", ui.t(Str::Done), ImVec2(centre - w / 2, y), ImVec2(w, 54)))
    ui.emit(CloseRoutine{});
  end_page(column, y + 54);
}

}  // namespace

void draw_player(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  if (!state.routine) return;  // dispatch never shows the player without a routine
  if (state.routine->finished()) {
    draw_summary(state, ui, column);
  } else {
    draw_running(state, ui, column);
  }
}

}  // namespace unknot::ui
