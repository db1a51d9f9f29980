#include "core/i18n/strings.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/i18n/strings_rows.h"  // generated from i18n/*.po
#include "core/i18n/text_pack.h"

namespace unknot {
namespace {

// A key's texts in the strings pack: its one text, or its singular then its plural form.
std::string_view form(Locale locale, Str key, bool plural_form) noexcept {
  const std::size_t first = catalog::kFirstForm[static_cast<std::size_t>(key)];
  return installed_text(TextPart::Strings, locale, first + (plural_form ? 1 : 0));
}

bool valid(Locale locale, Str key) noexcept {
  return static_cast<std::size_t>(key) < kStringCount && static_cast<std::size_t>(locale) < kLocaleCount;
}

const catalog::LocaleInfo& info(Locale locale) noexcept {
  return catalog::kLocales[std::min(static_cast<std::size_t>(locale), kLocaleCount - 1)];
}

bool singular(catalog::PluralRule rule, long long count) noexcept {
  switch (rule) {
    case catalog::PluralRule::OneIsSingular: return count == 1;
    case catalog::PluralRule::ZeroAndOneAreSingular: return count == 0 || count == 1;
  }
  return count == 1;
}

// Tags compare without regard to case or to '-' versus '_' ("ES_es" is "es-ES").
bool same_tag(std::string_view a, std::string_view b) noexcept {
  const auto normal = [](char c) {
    return c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  };
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return normal(x) == normal(y); });
}

}  // namespace

std::string_view tr(Locale locale, Str key) noexcept {
  if (!valid(locale, key)) return {};
  return form(locale, key, catalog::kPlural[static_cast<std::size_t>(key)]);
}

std::string_view tr_plural(Locale locale, Str key, long long count) noexcept {
  if (!valid(locale, key)) return {};
  if (!catalog::kPlural[static_cast<std::size_t>(key)]) return form(locale, key, false);
  return form(locale, key, !singular(info(locale).plural, count));
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

std::string_view locale_id(Locale locale) noexcept {
  return info(locale).id;
}

bool locale_offered(Locale locale) noexcept {
  return info(locale).offered;
}

std::optional<Locale> locale_from_tag(std::string_view tag) noexcept {
  for (Locale locale : kAllLocales) {
    if (same_tag(tag, locale_id(locale))) return locale;
  }
  const auto language = tag.substr(0, tag.find_first_of("-_"));
  if (language.empty()) return std::nullopt;
  for (Locale locale : kAllLocales) {
    if (same_tag(language, locale_id(locale))) return locale;
  }
  return std::nullopt;
}

std::string decimal(Locale locale, double value, int digits, bool with_sign) {
  if (std::abs(value) < 0.5 * std::pow(10.0, -digits)) value = 0;  // rounds to zero: no "-0.0"
  char text[32];
  std::snprintf(text, sizeof text, with_sign ? "%+.*f" : "%.*f", digits, value);
  std::string out;
  const std::string_view separator = tr(locale, Str::DecimalSeparator);
  for (const char c : std::string_view(text)) {
    if (c == '.')
      out += separator;
    else
      out += c;
  }
  return out;
}

}  // namespace unknot
