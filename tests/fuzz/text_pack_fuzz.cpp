// libFuzzer target: reading a text pack (core/i18n/text_pack.h), the words the page fetches for
// a language. Any input must be installed or refused with a reason, never a crash; an installed
// pack must answer every text of its part, and a refused one must leave nothing installed.
// Seeded with the build's own packs (scripts/fuzz), which carry its fingerprint.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/i18n/strings.h"
#include "core/i18n/text.h"
#include "core/i18n/text_pack.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  unknot::uninstall_text_packs_for_test();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto installed = unknot::install_text_pack(input);
  if (installed.has_value() == !installed.error().empty()) std::abort();  // exactly one of the two
  if (!installed) {
    if (unknot::has_any_text()) std::abort();
    return 0;
  }
  // Every key and content text reads without running off the pack, in every locale (the others
  // fall back to this one, or to nothing).
  for (unknot::Locale locale : unknot::kAllLocales) {
    for (std::size_t key = 0; key < unknot::kStringCount; ++key) {
      (void)unknot::tr(locale, static_cast<unknot::Str>(key));
      (void)unknot::tr_plural(locale, static_cast<unknot::Str>(key), 2);
    }
    for (std::uint32_t id = 0; id < 4096; ++id) (void)unknot::pick(locale, unknot::Text{id});
  }
  return 0;
}
