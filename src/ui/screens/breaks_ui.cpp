#include "ui/screens/breaks_ui.h"

#include <algorithm>

#include "core/support/dates.h"
#include "ui/widgets/chips.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/notice.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr int kDayMinutes = 24 * 60;

std::string clock_of(int minutes) {
  return clock_time(std::int64_t{minutes} * 60'000, 0);
}

// "From 22:00" with Earlier / Later beside it, half an hour a press, round the clock.
void quiet_time_row(PageBuilder& page, std::string_view id, Str pattern, int minutes, BreakSettings settings,
                    int BreakSettings::*field) {
  UiContext& ui = page.ui;
  const std::string label = fill(ui.t(pattern), {clock_of(minutes)});
  page.y +=
      draw_text(ui, ui.fonts.bold, ImVec2(page.column.x, page.y), palette().text, label, page.column.width) +
      6;
  const std::string earlier = std::string(id) + ".earlier", later = std::string(id) + ".later";
  const ButtonRow row = button_row(ui, page.column.x, page.y, page.column.width,
                                   {{earlier, ui.t(Str::BreaksEarlier)}, {later, ui.t(Str::BreaksLater)}});
  // Heard as "From 22:00: Earlier": two rows of the same buttons must be told apart.
  ui.widgets.relabel(earlier, label + ": " + std::string(ui.t(Str::BreaksEarlier)));
  ui.widgets.relabel(later, label + ": " + std::string(ui.t(Str::BreaksLater)));
  page.y = row.bottom + 12;
  if (row.pressed < 0) return;
  const int step = row.pressed == 0 ? -kQuietStepMinutes : kQuietStepMinutes;
  settings.*field = (minutes + step + kDayMinutes) % kDayMinutes;
  ui.emit(SetMovementBreaks{settings});
}

}  // namespace

void movement_break_settings(const AppState& state, PageBuilder& page) {
  UiContext& ui = page.ui;
  const BreakSettings& b = state.breaks;
  page.heading(Str::BreaksHeading, 6);
  page.paragraph(Str::BreaksIntro, 10);
  BreakSettings toggled = b;
  toggled.on = !b.on;
  page.choice("settings.breaks.on", Str::BreaksOn, b.on, SetMovementBreaks{toggled}, true);
  if (!b.on) return;

  page.y += draw_text(ui, ui.fonts.bold, ImVec2(page.column.x, page.y), palette().text,
                      ui.t(Str::BreaksEvery), page.column.width) +
            6;
  std::vector<std::string> labels;
  std::vector<Chip> chips;
  for (int minutes : kBreakIntervals)
    labels.push_back(fill(ui.t(Str::MinutesShort), {std::to_string(minutes)}));
  for (std::size_t i = 0; i < labels.size(); ++i)
    chips.push_back({labels[i], b.interval_min == kBreakIntervals[i]});
  if (const auto pressed = chip_flow(ui, "settings.breaks.every", chips, "radio", page.column, page.y)) {
    BreakSettings changed = b;
    changed.interval_min = kBreakIntervals[*pressed];
    ui.emit(SetMovementBreaks{changed});
  }
  page.y += 16;
  page.paragraph(Str::BreaksQuiet, 8);
  quiet_time_row(page, "settings.breaks.from", Str::BreaksQuietFrom, b.quiet_from_min, b,
                 &BreakSettings::quiet_from_min);
  quiet_time_row(page, "settings.breaks.to", Str::BreaksQuietTo, b.quiet_to_min, b,
                 &BreakSettings::quiet_to_min);
  if (state.break_schedule.due_ms > 0) {
    page.paragraph(fill(ui.t(Str::BreaksNext), {clock_time(state.break_schedule.due_ms, ui.utc_offset_min)}),
                   10);
  }
  page.paragraph(Str::BreaksNotifyNote, 10);
  if (state.hosting.notifications == NotifyAccess::Ask &&
      page.wide_button("settings.breaks.notify", ui.t(Str::BreaksAllowNotify))) {
    ui.emit(AllowNotifications{});
  }
}

void draw_break_reminder(const AppState& state, UiContext& ui) {
  if (!state.break_schedule.showing || state.screen == Screen::Player) {
    ui.memory.break_box_height = 0;
    return;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(viewport->WorkSize.x - 2 * kPagePadding, kMaxContentWidth);
  const float x = viewport->WorkPos.x + (viewport->WorkSize.x - width) / 2;
  // Its height is known once drawn: the first frame measures (off screen), the next one places it.
  const float height = ui.memory.break_box_height;
  const float top = viewport->WorkPos.y + viewport->WorkSize.y - (height > 0 ? height : -100.0f);
  ImGui::SetNextWindowPos(ImVec2(x, top));
  ImGui::SetNextWindowSize(ImVec2(width, std::max(height, 1.0f)));
  if (height == 0) ImGui::SetNextWindowFocus();  // keyboard users land on its buttons
  ImGui::Begin("##break", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
  const Column column{x, width, top};
  if (height > 0) {  // a soft shadow lifts it off the screen it covers (its box is 16 px short of `height`)
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x, top + 3), ImVec2(x + width, top + height - 16 + 4),
                                              palette().shadow, 12.0f);
  }
  const NoticeDrawn drawn = notice_box(
      ui, column, top, info_look(), ui.t(Str::BreakTitle), ui.t(Str::BreakBody),
      {{"break.done", ui.t(Str::BreakDone), ButtonStyle::Primary}, {"break.snooze", ui.t(Str::BreakSnooze)}});
  ImGui::End();
  if (drawn.pressed >= 0) ui.emit(FinishBreak{drawn.pressed == 1});
  const float measured = drawn.bottom - top;  // the box, and a margin above the screen's edge
  if (measured != height) {
    ui.memory.break_box_height = measured;
    ui.animating = true;  // one more frame, to place it
  }
}

}  // namespace unknot::ui
