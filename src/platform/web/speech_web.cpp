#include "platform/speech.h"

extern "C" {
void unknot_js_speak(const char* text, const char* locale, const char* voice, double rate, int interrupt,
                     int may_drop);
void unknot_js_stop_speaking();
}

namespace unknot::platform {

void speak(const Utterance& u) {
  unknot_js_speak(u.text.c_str(), u.locale.c_str(), u.voice.c_str(), u.rate, u.interrupt ? 1 : 0,
                  u.may_drop ? 1 : 0);
}

void stop_speaking() {
  unknot_js_stop_speaking();
}

}  // namespace unknot::platform
