// Text packs by way of the page (web/src/text_packs.js): it fetches a locale's two packs and
// hands each to unknot_text_arrived, or calls unknot_text_failed.
#include <emscripten/emscripten.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "core/i18n/strings.h"
#include "core/i18n/text_pack.h"
#include "platform/text_packs.h"

extern "C" {
void unknot_js_load_text(const char* locale_id);
}

namespace unknot::platform {
namespace {
TextReport g_report;

void report(std::string_view locale_id, bool installed) {
  const auto locale = locale_from_tag(locale_id);
  if (locale && g_report) g_report(*locale, installed);
}
}  // namespace

void listen_for_text(TextReport on_report) {
  g_report = std::move(on_report);
}

void request_text(Locale locale) {
  unknot_js_load_text(std::string(locale_id(locale)).c_str());
}

}  // namespace unknot::platform

extern "C" {

// One of a locale's two packs, as fetched. The report waits for the second.
EMSCRIPTEN_KEEPALIVE void unknot_text_arrived(const char* locale_id, const char* data, int size) {
  const auto installed = unknot::install_text_pack({data, static_cast<std::size_t>(size)});
  if (!installed) {
    std::fprintf(stderr, "Unknot: the words for %s were refused: %s\n", locale_id, installed.error().c_str());
    unknot::platform::report(locale_id, false);
    return;
  }
  const unknot::Locale locale = installed.value();
  if (unknot::has_text(locale)) unknot::platform::report(unknot::locale_id(locale), true);
}

EMSCRIPTEN_KEEPALIVE void unknot_text_failed(const char* locale_id) {
  unknot::platform::report(locale_id, false);
}

}  // extern "C"
