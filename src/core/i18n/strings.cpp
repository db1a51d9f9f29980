#include "core/i18n/strings.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace unknot {
namespace {

struct Row {
  std::string_view en;
  std::string_view es;
};

#define UNKNOT_STRING_ROW(key, en, es) Row{en, es},
constexpr std::array<Row, kStringCount> kRows = {{UNKNOT_STRINGS(UNKNOT_STRING_ROW)}};
#undef UNKNOT_STRING_ROW

}  // namespace

std::string_view tr(Locale locale, Str key) noexcept {
  const auto index = static_cast<std::size_t>(key);
  if (index >= kStringCount) return {};
  return locale == Locale::Es ? kRows[index].es : kRows[index].en;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                             pattern[i + 1] >= '1' && pattern[i + 1] <= '9';
    const auto index = placeholder ? static_cast<std::size_t>(pattern[i + 1] - '1') : values.size();
    if (placeholder && index < values.size()) {
      out += *(values.begin() + index);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string_view locale_id(Locale locale) noexcept { return locale == Locale::Es ? "es" : "en"; }

std::optional<Locale> locale_from_tag(std::string_view tag) noexcept {
  const auto language = tag.substr(0, tag.find_first_of("-_"));
  if (language.size() != 2) return std::nullopt;
  const char a = static_cast<char>(std::tolower(static_cast<unsigned char>(language[0])));
  const char b = static_cast<char>(std::tolower(static_cast<unsigned char>(language[1])));
  if (a == 'e' && b == 'n') return Locale::En;
  if (a == 'e' && b == 's') return Locale::Es;
  return std::nullopt;
}

std::string decimal(Locale locale, double value, int digits, bool with_sign) {
  if (std::abs(value) < 0.5 * std::pow(10.0, -digits)) value = 0;  // rounds to zero: no "-0.0"
  char text[32];
  std::snprintf(text, sizeof text, with_sign ? "%+.*f" : "%.*f", digits, value);
  std::string out = text;
  if (locale == Locale::Es) std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

}  // namespace unknot
