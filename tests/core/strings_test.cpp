#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

#include "core/flow/screen.h"
#include "core/i18n/strings.h"

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
  // The voice coach's templates are only punctuation around the words they join.
  const Str same[] = {Str::AppName,       Str::Preset478,     Str::MinutesShort,    Str::DateMonthYear,
                      Str::VoiceGetReady, Str::VoiceExercise, Str::VoiceExerciseHow};
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

TEST_CASE("fill puts values where each language wants them") {
  CHECK(fill("Rep {1} of {2}", {"3", "8"}) == "Rep 3 of 8");
  CHECK(fill("{2}/{1}", {"a", "b"}) == "b/a");
  CHECK(fill("no placeholders", {"x"}) == "no placeholders");
  CHECK(fill("{3} missing", {"x"}) == "{3} missing");
  CHECK(fill("{", {}) == "{");
}

TEST_CASE("both languages use the same placeholders") {
  for (std::size_t i = 0; i < kStringCount; ++i) {
    const auto key = static_cast<Str>(i);
    const auto en = tr(Locale::En, key), es = tr(Locale::Es, key);
    for (const char* token : {"{1}", "{2}", "{3}"}) {
      INFO(en << " / " << es << " / " << token);
      CHECK((en.find(token) == std::string_view::npos) == (es.find(token) == std::string_view::npos));
    }
  }
}

TEST_CASE("a locale's exact tag wins over its language") {
  CHECK(locale_from_tag("en-XA") == Locale::EnXA);
  CHECK(locale_from_tag("en_xa") == Locale::EnXA);
  CHECK(locale_from_tag("en-US") == Locale::En);
  CHECK(locale_id(Locale::EnXA) == "en-XA");
  CHECK(locale_offered(Locale::En));
  CHECK(locale_offered(Locale::Es));
  CHECK_FALSE(locale_offered(Locale::EnXA));  // the pseudo-locale is for tests, not people
}

TEST_CASE("plural entries pick their form by the count") {
  CHECK(fill(tr_plural(Locale::En, Str::DoseReps, 1), {"1"}) == "1 rep");
  CHECK(fill(tr_plural(Locale::En, Str::DoseReps, 0), {"0"}) == "0 reps");
  CHECK(fill(tr_plural(Locale::Es, Str::DoseReps, 2), {"2"}) == "2 repeticiones");
  CHECK(tr(Locale::En, Str::DoseReps) == "{1} reps");                       // tr gives the plural form
  CHECK(tr_plural(Locale::En, Str::Back, 1) == tr(Locale::En, Str::Back));  // not a plural entry
}

TEST_CASE("the pseudo-locale translates every string, keeping placeholders") {
  for (std::size_t i = 0; i < kStringCount; ++i) {
    const auto key = static_cast<Str>(i);
    const auto en = tr(Locale::En, key), pseudo = tr(Locale::EnXA, key);
    INFO(en << " / " << pseudo);
    // Texts without letters (".", "{1} {2}") are kept; every other one is bracketed.
    const bool has_letters =
        std::any_of(en.begin(), en.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (has_letters && en.find_first_not_of("{}0123456789 ,.-") != std::string_view::npos) {
      CHECK(pseudo.front() == '[');
      CHECK(pseudo.size() > en.size());
    }
  }
}
