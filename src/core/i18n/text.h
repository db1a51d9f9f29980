// A piece of content in every language the app speaks, side by side so neither falls behind.
// Used for longer content (exercises, learn pages); short UI strings live in i18n/<locale>.po.
#pragma once
#include <string_view>

#include "core/i18n/strings.h"

namespace unknot {

struct Text {
  std::string_view en;
  std::string_view es;
};

inline std::string_view pick(Locale locale, const Text& text) noexcept {
  return locale == Locale::Es ? text.es : text.en;
}

}  // namespace unknot
