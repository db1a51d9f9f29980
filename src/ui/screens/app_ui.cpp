#include "ui/screens/app_ui.h"

#include <imgui_internal.h>  // ClearActiveID

#include <algorithm>
#include <cmath>
#include <string>

#include "core/support/utf8.h"
#include "ui/screens/breaks_ui.h"
#include "ui/screens/hosting_notices.h"
#include "ui/screens/screens.h"
#include "ui/screens/storage_status.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {
float g_banner_space =
    0;  // the banners' height on this frame (storage, update), above every screen's content
}  // namespace

Column content_column() {
  const ImVec2 origin = ImGui::GetWindowPos();
  const float available = ImGui::GetWindowContentRegionMax().x;  // excludes the scrollbar
  const float width = std::min(available - 2 * kPagePadding, kMaxContentWidth);
  const float x = origin.x + std::max(kPagePadding, (available - width) / 2);
  return Column{x, width, origin.y - ImGui::GetScrollY() + kPagePadding + g_banner_space};
}

namespace {

// Dear ImGui scrolls with a wheel but not with a finger: a vertical touch drag scrolls the
// screen here, and lets go of whatever the finger first landed on, so a scroll never presses
// a button. Horizontal drags are left to the carousel's swipe.
void touch_drag_scroll() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.MouseSource != ImGuiMouseSource_TouchScreen || !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 8.0f))
    return;
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return;
  const ImVec2 total = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left);
  if (std::abs(total.y) <= std::abs(total.x)) return;
  ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
  ImGui::ClearActiveID();
}

}  // namespace

void text_edited(UiState& memory, std::string_view id, std::string_view text) {
  CheckInDraft& draft = memory.checkin;
  if (id == "checkin.note") {
    draft.note = std::string(utf8_prefix(text, kMaxNoteBytes));
    return;
  }
  constexpr std::string_view kActivity = "checkin.psfs.name.";
  if (id.substr(0, kActivity.size()) == kActivity && id.size() == kActivity.size() + 1) {
    const std::size_t index = static_cast<std::size_t>(id.back() - '0');
    if (index < kPsfsActivities)
      draft.activity_names[index] = std::string(utf8_prefix(text, kMaxActivityBytes));
  }
}

void draw_app(const AppState& state, UiContext& ui) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground;
  // One window per screen, so each keeps its own scroll position. The vertical scrollbar is
  // shown only when the content is taller than the screen (NoDecoration hides it otherwise).
  std::string window_id = "##" + std::string(screen_id(state.screen));
  if (state.screen == Screen::Learn && state.learn_page)
    window_id += "." + std::string(learn_page(*state.learn_page).key);
  ImGui::Begin(window_id.c_str(), nullptr, kFlags & ~ImGuiWindowFlags_NoScrollbar);
  touch_drag_scroll();
  // Whether entries are being kept is shown above every screen but the player's.
  g_banner_space = 0;
  if (state.screen != Screen::Player) {
    const Column column = content_column();
    const float below = update_banner(state, ui, column, storage_banner(state, ui, column, column.top));
    g_banner_space = below - column.top;
  }
  ImGui::PushFont(ui.fonts.body);
  switch (state.screen) {
    case Screen::Home: draw_home(state, ui); break;
    case Screen::Settings: draw_settings(state, ui); break;
    case Screen::Routine: draw_routine(state, ui); break;
    case Screen::Player: draw_player(state, ui); break;
    case Screen::Customise: draw_customise(state, ui); break;
    case Screen::Breathe: draw_breathe(state, ui); break;
    case Screen::Position: draw_position_test(state, ui); break;
    case Screen::CareNow: draw_care(state, ui); break;
    case Screen::Checkin: draw_checkin(state, ui); break;
    case Screen::Data: draw_data(state, ui); break;
    case Screen::Progress: draw_progress(state, ui); break;
    case Screen::Learn: draw_learn(state, ui); break;
    case Screen::Plan: draw_plan(state, ui); break;
    case Screen::Program: draw_program(state, ui); break;
    case Screen::Review: draw_review(state, ui); break;
  }
  ImGui::PopFont();
  ui.content_height = ImGui::GetCursorPosY();  // window-local: below the last item, scrolling included
  ImGui::End();
  ImGui::PushFont(ui.fonts.body);
  draw_break_reminder(state, ui);
  ImGui::PopFont();
}

}  // namespace unknot::ui
