#include "core/voice/device_voices.h"

#include <algorithm>

#include "core/settings/preferences.h"
#include "core/support/utf8.h"

namespace unknot {
namespace {

constexpr std::size_t kMaxNameBytes = 120, kMaxTagBytes = 35;

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t at = text.find(separator); at != std::string_view::npos;
       at = text.find(separator, start)) {
    parts.push_back(text.substr(start, at - start));
    start = at + 1;
  }
  parts.push_back(text.substr(start));
  return parts;
}

bool sound_text(std::string_view text, std::size_t max_bytes) {
  return !text.empty() && text.size() <= max_bytes && valid_utf8(text);
}

}  // namespace

std::vector<DeviceVoice> parse_device_voices(std::string_view lines) {
  std::vector<DeviceVoice> voices;
  for (std::string_view line : split(lines, '\n')) {
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() != 4) continue;
    if (!sound_text(fields[0], kMaxVoiceIdBytes) || !sound_text(fields[1], kMaxNameBytes) ||
        !sound_text(fields[2], kMaxTagBytes))
      continue;
    const auto same_id = [&](const DeviceVoice& v) { return v.id == fields[0]; };
    if (std::any_of(voices.begin(), voices.end(), same_id)) continue;
    voices.push_back(
        {std::string(fields[0]), std::string(fields[1]), std::string(fields[2]), fields[3] == "1"});
  }
  return voices;
}

std::vector<const DeviceVoice*> voices_for(const std::vector<DeviceVoice>& voices, Locale locale) {
  std::vector<const DeviceVoice*> found;
  // "es-ES", "es_ES" and "es" speak Spanish. (The pseudo-locale en-XA, for layout tests, has no
  // voice: no device voice is tagged en-XA.)
  for (const DeviceVoice& voice : voices) {
    if (found.size() == kMaxVoicesShown) break;
    if (locale_from_tag(voice.lang) == locale) found.push_back(&voice);
  }
  return found;
}

const DeviceVoice* coach_voice(const std::vector<DeviceVoice>& voices, Locale locale,
                               std::string_view chosen) {
  const std::vector<const DeviceVoice*> usable = voices_for(voices, locale);
  if (usable.empty()) return nullptr;
  for (const DeviceVoice* voice : usable)
    if (voice->id == chosen) return voice;
  for (const DeviceVoice* voice : usable)
    if (voice->device_default) return voice;
  return usable.front();
}

}  // namespace unknot
