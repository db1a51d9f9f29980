// A language's words arrive as two text packs, built from i18n/<locale>.po (the UI strings) and
// content/<locale>/ (Learn pages, exercises): files the page fetches, so the wasm carries no
// language and only the one on screen loads before the first frame. tr() and pick() read the
// installed packs. A pack is checked whole before any of it is used: its fingerprint must be
// the one this build's code was compiled with (the same keys in the same order).
//
// The format (text, so a translator can read what ships):
//   unknot-text 1\n  <part: strings | content>\n  <locale id>\n  <fingerprint>\n  <count>\n
//   then <count> texts, each followed by a NUL byte, and nothing after.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/i18n/strings_keys.h"
#include "core/support/result.h"

namespace unknot {

enum class TextPart { Strings, Content };

// Keeps the pack's words (a copy) and answers its locale, or says what is wrong with it. A part
// already installed stays as it is: texts handed out earlier keep pointing at it.
Result<Locale> install_text_pack(std::string_view bytes);

// Whether both parts of a locale's words are installed.
bool has_text(Locale locale) noexcept;
// Whether some locale's UI strings are installed: all the first screen needs (the app draws
// nothing before); the content part (Learn pages, exercises) may follow after it.
bool has_any_text() noexcept;
// The first locale (i18n/LINGUAS order) whose UI strings are installed, if any.
std::optional<Locale> first_installed_locale() noexcept;

// Text `index` of a part, in `locale`; while that locale's pack has not arrived, in the first
// installed locale (i18n/LINGUAS order), so a language change never shows blank labels.
std::string_view installed_text(TextPart part, Locale locale, std::size_t index) noexcept;

// Every text of a locale's installed part, one after another, each closed by a NUL ("" if the
// part is not installed): what the first frame's font atlas reads its letters from.
std::string_view installed_part(TextPart part, Locale locale) noexcept;

// Forgets every pack: for tests only (texts handed out before are left dangling).
void uninstall_text_packs_for_test() noexcept;

}  // namespace unknot
