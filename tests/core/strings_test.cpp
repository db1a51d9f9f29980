#include <catch2/catch.hpp>

#include <algorithm>

#include "core/screen.h"
#include "core/strings.h"

using namespace unknot;

TEST_CASE("every string exists in English and Spanish") {
  for (std::size_t i = 0; i < kStringCount; ++i) {
    const auto key = static_cast<Str>(i);
    INFO("string #" << i);
    CHECK_FALSE(tr(Locale::En, key).empty());
    CHECK_FALSE(tr(Locale::Es, key).empty());
  }
}

TEST_CASE("Spanish is translated, not copied from English") {
  // Names that are the same in both languages on purpose.
  const Str same[] = {Str::AppName, Str::LanguageEnglish, Str::LanguageSpanish};
  for (std::size_t i = 0; i < kStringCount; ++i) {
    const auto key = static_cast<Str>(i);
    if (std::find(std::begin(same), std::end(same), key) != std::end(same)) continue;
    INFO("string #" << i << ": " << tr(Locale::En, key));
    CHECK(tr(Locale::En, key) != tr(Locale::Es, key));
  }
}

TEST_CASE("locale tags are matched on their language") {
  CHECK(locale_from_tag("es") == Locale::Es);
  CHECK(locale_from_tag("es-MX") == Locale::Es);
  CHECK(locale_from_tag("ES_es") == Locale::Es);
  CHECK(locale_from_tag("en-GB") == Locale::En);
  CHECK_FALSE(locale_from_tag("fr-FR").has_value());
  CHECK_FALSE(locale_from_tag("").has_value());
  CHECK_FALSE(locale_from_tag("spa").has_value());
  CHECK(locale_id(Locale::Es) == "es");
}

TEST_CASE("screen ids round-trip") {
  for (auto screen : kSections) CHECK(screen_from_id(screen_id(screen)) == screen);
  CHECK(screen_from_id("home") == Screen::Home);
  CHECK_FALSE(screen_from_id("Home").has_value());
}
