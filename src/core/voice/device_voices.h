// The speech voices the device has, as the platform lists them, and which one the coach uses for
// the app's language. Voices come and go with the device (and load late in some browsers), so
// they live in the app state, never in the stored settings: only the user's choice is stored.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/strings.h"

namespace unknot {

struct DeviceVoice {
  std::string id;    // the browser's voiceURI: stable on this device
  std::string name;  // as the device names it ("Google español")
  std::string lang;  // a language tag ("es-ES")
  bool device_default = false;
  bool operator==(const DeviceVoice& o) const noexcept {
    return id == o.id && name == o.name && lang == o.lang && device_default == o.device_default;
  }
};

// A device has dozens of voices at most; more than this for one language is more than a
// settings list can offer sensibly.
inline constexpr std::size_t kMaxVoicesShown = 12;

// The platform's list, a voice a line: id, name, language tag and "1" for the device's default,
// separated by tabs. Lines that are malformed, too long or repeated are left out.
std::vector<DeviceVoice> parse_device_voices(std::string_view lines);

// The voices that speak `locale`'s language (by the tag's language part), in the device's order,
// at most kMaxVoicesShown.
std::vector<const DeviceVoice*> voices_for(const std::vector<DeviceVoice>& voices, Locale locale);

// The voice the coach speaks with: the chosen one if it speaks the language, else the device's
// default for the language, else its first; none when the device cannot speak the language.
const DeviceVoice* coach_voice(const std::vector<DeviceVoice>& voices, Locale locale,
                               std::string_view chosen);

}  // namespace unknot
