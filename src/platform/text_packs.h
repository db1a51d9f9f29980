// Each language's words are two text packs (core/i18n/text_pack.h) that the page fetches from
// the site's text/ folder (web/src/text_packs.js): the wasm carries no language, and only the
// one on screen loads before the first frame.
#pragma once
#include <functional>

#include "core/i18n/strings_keys.h"

namespace unknot::platform {

// What became of a request: the locale's words are installed (true), or could not be had (false:
// a failed fetch, or a pack this build refuses).
using TextReport = std::function<void(Locale locale, bool installed)>;

void listen_for_text(TextReport report);
// Asks the page for a locale's two packs; the report follows when both are in, or one failed.
void request_text(Locale locale);

}  // namespace unknot::platform
