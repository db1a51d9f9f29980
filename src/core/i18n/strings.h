// The translation table: every user-visible string is looked up here by key and locale.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/strings_table.h"

namespace unknot {

enum class Locale { En, Es };
inline constexpr std::size_t kLocaleCount = 2;
inline constexpr Locale kAllLocales[] = {Locale::En, Locale::Es};

#define UNKNOT_STRING_KEY(key, en, es) key,
enum class Str { UNKNOT_STRINGS(UNKNOT_STRING_KEY) Count };
#undef UNKNOT_STRING_KEY

inline constexpr std::size_t kStringCount = static_cast<std::size_t>(Str::Count);

std::string_view tr(Locale locale, Str key) noexcept;

// Fills the placeholders {1}, {2}, ... of a translated pattern, so each language can put them
// where its grammar wants them.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

// A number with `digits` decimals in the user's language: "3.1" / "3,1" (never "-0.0");
// with_sign adds "+" to positive values.
std::string decimal(Locale locale, double value, int digits = 1, bool with_sign = false);

std::string_view locale_id(Locale locale) noexcept;
// Accepts a BCP 47 tag such as "es-MX" or "en": the language part decides.
std::optional<Locale> locale_from_tag(std::string_view tag) noexcept;

}  // namespace unknot
