#include "platform/host_page.h"

extern "C" {
void unknot_js_preferred_language(char* buffer, int size);
void unknot_js_fatal(const char* reason);
void unknot_js_mark(const char* name);
void unknot_js_announce(const char* text, int assertive);
int unknot_js_prefers_reduced_motion(void);
int unknot_js_prefers_more_contrast(void);
int unknot_js_embedded(void);
void unknot_js_tell_host(const char* json);
void unknot_js_open_full_app(void);
void unknot_js_apply_update(void);
int unknot_js_notification_access(void);
void unknot_js_ask_notification_permission(void);
void unknot_js_notify(const char* title, const char* body);
}

namespace unknot::platform {

std::string preferred_language() {
  char buffer[64] = {};
  unknot_js_preferred_language(buffer, sizeof buffer);
  return buffer;
}

bool prefers_reduced_motion() {
  return unknot_js_prefers_reduced_motion() != 0;
}
bool prefers_more_contrast() {
  return unknot_js_prefers_more_contrast() != 0;
}

bool embedded() {
  return unknot_js_embedded() != 0;
}
void tell_host(const std::string& json) {
  unknot_js_tell_host(json.c_str());
}
void open_full_app() {
  unknot_js_open_full_app();
}
void apply_update() {
  unknot_js_apply_update();
}

int notification_access() {
  return unknot_js_notification_access();
}
void ask_notification_permission() {
  unknot_js_ask_notification_permission();
}
void notify(const std::string& title, const std::string& body) {
  unknot_js_notify(title.c_str(), body.c_str());
}

void mark_startup(const char* name) {
  unknot_js_mark(name);
}

void show_fatal_error(const char* reason) {
  unknot_js_fatal(reason);
}

void announce(const std::string& text, bool assertive) {
  unknot_js_announce(text.c_str(), assertive ? 1 : 0);
}

}  // namespace unknot::platform
