#include <catch2/catch.hpp>

#include <string>

#include "core/i18n/strings.h"
#include "core/i18n/text.h"
#include "core/i18n/text_pack.h"
#include "text_packs.h"

using namespace unknot;

namespace {

// The build's pack for a locale and part, as shipped.
std::string shipped_pack(Locale locale, std::string_view part) {
  for (unsigned i = 0; i < test::kTextPacksCount; ++i) {
    const std::string_view pack = test::text_pack(i);
    const std::string header =
        "unknot-text 1\n" + std::string(part) + "\n" + std::string(locale_id(locale)) + "\n";
    if (pack.substr(0, header.size()) == header) return std::string(pack);
  }
  FAIL("no shipped pack for " << locale_id(locale) << " " << part);
  return {};
}

// The pack with its n-th header line (0: the magic) replaced.
std::string with_line(std::string pack, int line, std::string_view text) {
  std::size_t start = 0;
  for (int i = 0; i < line; ++i) start = pack.find('\n', start) + 1;
  return pack.replace(start, pack.find('\n', start) - start, text);
}

std::string refusal(const std::string& pack) {
  const auto installed = install_text_pack(pack);
  return installed ? "installed" : installed.error();
}

// Puts every shipped pack back, whatever a test left.
struct ReinstallAll {
  ~ReinstallAll() {
    uninstall_text_packs_for_test();
    test::install_all_text_packs();
  }
};

}  // namespace

TEST_CASE("every language's words arrive as two packs and answer in that language") {
  for (Locale locale : kAllLocales) {
    CAPTURE(locale_id(locale));
    CHECK(has_text(locale));
    CHECK_FALSE(tr(locale, Str::AppTagline).empty());
  }
  CHECK(tr(Locale::En, Str::Back) == "Back");
  CHECK(tr(Locale::Es, Str::Back) != tr(Locale::En, Str::Back));
}

TEST_CASE("a text pack is refused whole, saying why, when it is not exactly this build's") {
  const std::string good = shipped_pack(Locale::Es, "strings");
  CHECK(refusal(good) == "installed");  // already there: kept as it is

  CHECK(refusal("") == "this is not a text pack");
  CHECK(refusal("GIF89a") == "this is not a text pack");
  CHECK(refusal(with_line(good, 0, "unknot-text 2")) == "this is not a text pack");
  CHECK(refusal("unknot-text 1\nstrings\nes\n") == "the text pack's header is cut short");
  CHECK(refusal(with_line(good, 1, "pictures")) == "the text pack holds an unknown part");
  CHECK(refusal(with_line(good, 2, "fr")) == "the text pack is for a language this version does not have");
  CHECK(refusal(with_line(good, 3, "0123456789abcdef")) ==
        "the text pack belongs to another version of Unknot");
  CHECK(refusal(with_line(good, 4, "12x")) == "the text pack holds the wrong number of texts");
  CHECK(refusal(with_line(good, 4, "1")) == "the text pack holds the wrong number of texts");
  CHECK(refusal(good.substr(0, good.size() - 1)) == "the text pack's texts do not match its count");
  CHECK(refusal(good + "extra") == "the text pack's texts do not match its count");
  CHECK(refusal(good + "\xC3") == "the text pack is not UTF-8");
  CHECK(refusal(good + std::string(4 * 1024 * 1024, 'a')) == "the text pack is too large");
  // A content pack is checked against the content part's fingerprint, not the strings'.
  const std::string content = shipped_pack(Locale::Es, "content");
  CHECK(refusal(with_line(content, 1, "strings")) == "the text pack belongs to another version of Unknot");
}

TEST_CASE("until a language's pack arrives, its words come from the first language installed") {
  ReinstallAll restore;
  uninstall_text_packs_for_test();
  CHECK_FALSE(has_any_text());
  CHECK(tr(Locale::En, Str::Back).empty());  // nothing to show: the app draws no frame then

  REQUIRE(install_text_pack(shipped_pack(Locale::Es, "strings")));
  CHECK_FALSE(has_text(Locale::Es));  // its content part is still on its way
  CHECK(has_any_text());              // but the first screen can be drawn
  CHECK(first_installed_locale() == Locale::Es);
  CHECK(tr(Locale::Es, Str::Back) == "Volver");
  CHECK(installed_part(TextPart::Strings, Locale::Es).find("Volver") != std::string_view::npos);
  CHECK(installed_part(TextPart::Strings, Locale::En).empty());
  REQUIRE(install_text_pack(shipped_pack(Locale::Es, "content")));
  CHECK(has_text(Locale::Es));
  CHECK_FALSE(has_text(Locale::En));
  CHECK(tr(Locale::En, Str::Back) == tr(Locale::Es, Str::Back));
  CHECK(tr(Locale::En, Str::Back) == "Volver");

  REQUIRE(install_text_pack(shipped_pack(Locale::En, "strings")));
  REQUIRE(install_text_pack(shipped_pack(Locale::En, "content")));
  CHECK(tr(Locale::En, Str::Back) == "Back");
  CHECK(tr(Locale::Es, Str::Back) == "Volver");
}
