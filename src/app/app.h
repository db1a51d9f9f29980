// The running app: SDL window, GL context, Dear ImGui, the core state, and one frame() that
// the browser's animation loop calls. Everything changes state through dispatch().
#pragma once
#include <SDL.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/flow/action.h"
#include "core/flow/app_state.h"
#include "core/flow/dispatch.h"
#include "core/flow/redraw.h"
#include "platform/viewport.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/ui_context.h"
#include "ui/widgets/widget_registry.h"

namespace unknot {

// Bits returned by frame() to the JS loop.
inline constexpr int kFrameDrawn = 1;      // this tick drew a frame
inline constexpr int kFrameWantsMore = 2;  // schedule another tick
inline constexpr int kFrameSettled = 4;    // every change so far is drawn (animations may go on)
// How often a running timer is ticked while no screen shows it (its cues and end stay on time).
inline constexpr std::int64_t kTimerTickMs = 250;

class App {
 public:
  bool init();
  int frame();

  // The JS API's entry points: the same dispatch path the UI uses.
  std::string dispatch_json(std::string_view action_json);
  std::string state_json();
  std::string widgets_json() const { return widgets_.to_json(); }

  void crash_on_next_frame() { crash_requested_ = true; }
  // The text typed in the page's field over a text box, when its editing ended.
  void text_edited(std::string_view id, std::string_view text);
  // Presses an item on screen by its id, for the page's accessibility mirror.
  void press_widget(std::string_view id);
  // Gives an item on screen the keyboard focus, for the mirror when a screen reader moves to it.
  void focus_widget(std::string_view id);
  std::uint32_t widgets_signature() const { return widgets_.signature(); }
  // How tall the current screen's content is (CSS px), for a page that embeds the app.
  int content_height() const { return static_cast<int>(content_height_ + 0.5f); }
  // The page found a newer version installed and waiting.
  void update_ready() { apply(UpdateReady{}); }
  // When the page should wake the loop for the next movement break (wall-clock ms), or 0.
  double next_wake_ms() const;
  void notification_access_changed();
  void device_voices(std::string_view lines) { apply(SetDeviceVoices{parse_device_voices(lines)}); }
  // What the last drawn frame sent to the GPU, as JSON, for scripts/bench: its draw lists, draw
  // calls, vertices and indices, and the font atlas's size.
  std::string last_frame_geometry() const;

 private:
  bool poll_input();
  void apply_viewport(const platform::Viewport& viewport);
  void need_text();
  void text_reported(Locale locale, bool installed);
  void rebuild_fonts();
  void draw();
  Moment now() const;
  void apply(const Action& action);
  void follow_dispatch(bool changed, const DispatchOutcome& outcome);
  void carry_out(const DispatchOutcome& outcome);
  void note_import_answer(const DispatchOutcome& outcome);
  void announce(const DispatchOutcome& outcome) const;
  void speak(const DispatchOutcome& outcome) const;
  void open_text_field(const ui::TextEditRequest& request) const;
  bool handle_shortcut(const SDL_Event& event);
  void update_wake_lock();

  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  platform::Viewport viewport_;
  ui::Fonts fonts_;
  float fonts_scale_ = 1.0f;     // the text scale the atlas was built for
  bool fonts_complete_ = false;  // every glyph of every size (the first frame's atlas is not)
  ui::WidgetRegistry widgets_;
  ui::UiState ui_memory_;
  bool drawn_once_ = false;     // the first frame is drawn (its font atlas is not complete)
  bool renderer_made_ = false;  // the GL backend made its shaders and its atlas texture
  bool ui_animating_ = false;
  std::int64_t redraw_at_ms_ = 0;  // the screen's next visible change (UiContext::redraw_at), 0: none
  float content_height_ = 0;
  bool screen_kept_awake_ = false;
  std::vector<Action> pending_actions_;
  AppState state_;
  RedrawScheduler redraw_;
  bool crash_requested_ = false;
  unsigned text_requested_ = 0;     // a bit per locale whose words the page is fetching
  Locale shown_locale_ = Locale{};  // the last language drawn in its own words
};

}  // namespace unknot
