// Unknot's entry point in the browser. main() sets the app up and returns; the page's frame
// loop (web/src/frame_loop.js) then calls unknot_frame() on animation frames only while the
// app has something to draw, and the JS API calls the other exports below.
#include <emscripten/emscripten.h>

#include <string>

#include "app/app.h"
#include "platform/host_page.h"

namespace {
unknot::App g_app;
bool g_ready = false;
std::string g_answer;  // keeps the last returned string alive until the next call

const char* answer(std::string text) {
  g_answer = std::move(text);
  return g_answer.c_str();
}
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int unknot_frame() {
  return g_ready ? g_app.frame() : 0;
}

EMSCRIPTEN_KEEPALIVE const char* unknot_state() {
  return answer(g_app.state_json());
}

EMSCRIPTEN_KEEPALIVE const char* unknot_dispatch(const char* action_json) {
  return answer(g_app.dispatch_json(action_json));
}

EMSCRIPTEN_KEEPALIVE const char* unknot_widgets() {
  return answer(g_app.widgets_json());
}

EMSCRIPTEN_KEEPALIVE void unknot_press_widget(const char* id) {
  g_app.press_widget(id);
}

EMSCRIPTEN_KEEPALIVE void unknot_focus_widget(const char* id) {
  g_app.focus_widget(id);
}

EMSCRIPTEN_KEEPALIVE unsigned unknot_widgets_signature() {
  return g_app.widgets_signature();
}

EMSCRIPTEN_KEEPALIVE int unknot_content_height() {
  return g_app.content_height();
}

EMSCRIPTEN_KEEPALIVE void unknot_update_ready() {
  if (g_ready) g_app.update_ready();
}

EMSCRIPTEN_KEEPALIVE void unknot_text_edited(const char* id, const char* text) {
  g_app.text_edited(id, text);
}

EMSCRIPTEN_KEEPALIVE double unknot_next_wake_ms() {
  return g_ready ? g_app.next_wake_ms() : 0;
}

EMSCRIPTEN_KEEPALIVE void unknot_notification_access_changed() {
  if (g_ready) g_app.notification_access_changed();
}

// The device's speech voices (web/src/speech.js), a voice a line: at start and when they change.
EMSCRIPTEN_KEEPALIVE void unknot_device_voices(const char* lines) {
  if (g_ready) g_app.device_voices(lines);
}

// For scripts/bench (through the test build's hooks): what the last frame drew.
EMSCRIPTEN_KEEPALIVE const char* unknot_frame_geometry() {
  return answer(g_app.last_frame_geometry());
}

// Lets the browser tests check the crash screen through a real abort inside a frame.
EMSCRIPTEN_KEEPALIVE void unknot_selftest_crash() {
  g_app.crash_on_next_frame();
}

}  // extern "C"

int main() {
  g_ready = g_app.init();
  if (!g_ready) unknot::platform::show_fatal_error("webgl");
  return 0;
}
