// A piece of content in every language the app speaks: one string per locale, in i18n/LINGUAS
// order (the Locale enum's), so none falls behind. Used for longer content (exercises, learn
// pages), compiled from content/<locale>/ (content/README.md); short UI strings live in
// i18n/<locale>.po.
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

#include "core/i18n/strings.h"

namespace unknot {

struct Text {
  std::array<std::string_view, kLocaleCount> by_locale{};

  // A text is written in every locale or in none (the content compiler refuses anything
  // else), so the first locale answers for all.
  bool empty() const noexcept { return by_locale.front().empty(); }
};

inline std::string_view pick(Locale locale, const Text& text) noexcept {
  return text.by_locale[static_cast<std::size_t>(locale)];
}

}  // namespace unknot
