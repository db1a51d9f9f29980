// The device's speech, for the voice coach (core/voice/voice_coach.h): the browser's speech
// synthesis, which works offline with the device's own voices. The core picks the words, the
// moment and the voice; this only speaks. Every phrase spoken is also a window event
// 'unknot:speak' {text, locale}, so tests hear what would be said without audio. The device's
// voices come the other way, as the action SetDeviceVoices (at start and whenever they change).
#pragma once
#include <string>

namespace unknot::platform {

struct Utterance {
  std::string text;
  std::string locale;      // the app's language ("en", "es")
  std::string voice;       // the device voice's id
  double rate = 1.0;       // 1 normal, 0.8 slower
  bool interrupt = false;  // cut what is being said first (the user moved on)
  bool may_drop =
      false;  // a breath, "10 seconds left": not worth saying late, so dropped while another is said
};

void speak(const Utterance& utterance);
// Stops what is being said and anything waiting to be.
void stop_speaking();

}  // namespace unknot::platform
