// A piece of content in every language the app speaks, compiled from content/<locale>/
// (content/README.md): a number into each language's content pack (core/i18n/text_pack.h), the
// same in all of them, so none falls behind. Short UI strings live in i18n/<locale>.po.
#pragma once
#include <cstdint>
#include <string_view>

#include "core/i18n/strings.h"
#include "core/i18n/text_pack.h"

namespace unknot {

struct Text {
  std::uint32_t id = 0;  // 0: no text; n: the content pack's text n - 1

  // A text is written in every locale or in none (the content compiler refuses anything else).
  bool empty() const noexcept { return id == 0; }
};

inline std::string_view pick(Locale locale, const Text& text) noexcept {
  return text.empty() ? std::string_view{} : installed_text(TextPart::Content, locale, text.id - 1);
}

}  // namespace unknot
