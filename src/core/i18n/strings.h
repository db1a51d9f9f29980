// The translation table: every user-visible string is looked up here by key and locale.
// The keys, the locales and the texts come from the catalogs i18n/<locale>.po, compiled at build
// time (scripts/lib/i18n/compile_strings.mjs): a new language is a new file, not new code.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/strings_keys.h"  // generated: enum class Locale, enum class Str, kAllLocales

namespace unknot {

// The text of a key. For a plural entry this is its plural ("other") form; use tr_plural.
std::string_view tr(Locale locale, Str key) noexcept;
// The form of a plural entry that suits `count` in that language ("{1} day" / "{1} days"),
// chosen by the rule in the catalog's Plural-Forms. The count still has to be filled in.
std::string_view tr_plural(Locale locale, Str key, long long count) noexcept;

// Fills the placeholders {1}, {2}, ... of a translated pattern, so each language can put them
// where its grammar wants them.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

// A number with `digits` decimals in the user's language: "3.1" / "3,1" (never "-0.0");
// with_sign adds "+" to positive values.
std::string decimal(Locale locale, double value, int digits = 1, bool with_sign = false);

std::string_view locale_id(Locale locale) noexcept;
// Whether Settings lists the locale (a pseudo-locale for testing is not offered).
bool locale_offered(Locale locale) noexcept;
// Accepts a BCP 47 tag such as "es-MX", "en" or "en-XA": a locale with exactly that tag first,
// otherwise the one named by its language part.
std::optional<Locale> locale_from_tag(std::string_view tag) noexcept;

}  // namespace unknot
