#include "core/i18n/text_pack.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <vector>

#include "core/i18n/content_pack.h"  // generated: the content part's fingerprint and count
#include "core/i18n/strings.h"
#include "core/i18n/strings_rows.h"  // generated: the strings part's fingerprint and count
#include "core/support/utf8.h"

namespace unknot {
namespace {

constexpr std::string_view kMagic = "unknot-text 1";
constexpr std::size_t kMaxPackBytes = 4 * 1024 * 1024;  // a language is ~100 KB
constexpr std::size_t kPartCount = 2;

struct Expected {
  std::string_view name;
  std::string_view fingerprint;
  std::size_t count;
};
constexpr Expected kExpected[kPartCount] = {
    {"strings", catalog::kStringsFingerprint, catalog::kStringFormCount},
    {"content", content::kContentFingerprint, content::kContentTextCount},
};

struct InstalledPart {
  std::string bytes;                    // the pack, kept whole
  std::vector<std::string_view> texts;  // views into bytes
  bool installed = false;
};
std::array<std::array<InstalledPart, kLocaleCount>, kPartCount> g_parts;

const InstalledPart& part_of(TextPart part, Locale locale) noexcept {
  return g_parts[static_cast<std::size_t>(part)][static_cast<std::size_t>(locale)];
}

// Takes the next line (without its '\n') off the front of `rest`.
bool take_line(std::string_view& rest, std::string_view& line) noexcept {
  const auto end = rest.find('\n');
  if (end == std::string_view::npos) return false;
  line = rest.substr(0, end);
  rest.remove_prefix(end + 1);
  return true;
}

std::optional<Locale> locale_with_id(std::string_view id) noexcept {
  for (Locale locale : kAllLocales)
    if (locale_id(locale) == id) return locale;
  return std::nullopt;
}

}  // namespace

Result<Locale> install_text_pack(std::string_view bytes) {
  if (bytes.size() > kMaxPackBytes) return Result<Locale>::fail("the text pack is too large");
  std::string_view rest = bytes, magic, part_name, id, fingerprint, count_line;
  if (!take_line(rest, magic) || magic != kMagic) return Result<Locale>::fail("this is not a text pack");
  if (!take_line(rest, part_name) || !take_line(rest, id) || !take_line(rest, fingerprint) ||
      !take_line(rest, count_line))
    return Result<Locale>::fail("the text pack's header is cut short");
  std::size_t part = 0;
  while (part < kPartCount && kExpected[part].name != part_name) ++part;
  if (part == kPartCount) return Result<Locale>::fail("the text pack holds an unknown part");
  const auto locale = locale_with_id(id);
  if (!locale) return Result<Locale>::fail("the text pack is for a language this version does not have");
  if (fingerprint != kExpected[part].fingerprint)
    return Result<Locale>::fail("the text pack belongs to another version of Unknot");
  std::size_t count = 0;
  const auto parsed = std::from_chars(count_line.data(), count_line.data() + count_line.size(), count);
  if (parsed.ec != std::errc{} || parsed.ptr != count_line.data() + count_line.size() ||
      count != kExpected[part].count)
    return Result<Locale>::fail("the text pack holds the wrong number of texts");
  if (!valid_utf8(rest)) return Result<Locale>::fail("the text pack is not UTF-8");

  // Exactly `count` texts, each closed by a NUL, and nothing after the last.
  const auto closed = static_cast<std::size_t>(std::count(rest.begin(), rest.end(), '\0'));
  if (closed != count || (!rest.empty() && rest.back() != '\0'))
    return Result<Locale>::fail("the text pack's texts do not match its count");

  InstalledPart& slot = g_parts[part][static_cast<std::size_t>(*locale)];
  if (slot.installed) return Result<Locale>::ok(*locale);  // already here: keep the first
  slot.bytes = std::string(rest);
  slot.texts.reserve(count);
  std::string_view texts = slot.bytes;
  while (!texts.empty()) {
    const auto end = texts.find('\0');
    slot.texts.push_back(texts.substr(0, end));
    texts.remove_prefix(end + 1);
  }
  slot.installed = true;
  return Result<Locale>::ok(*locale);
}

bool has_text(Locale locale) noexcept {
  return static_cast<std::size_t>(locale) < kLocaleCount && part_of(TextPart::Strings, locale).installed &&
         part_of(TextPart::Content, locale).installed;
}

std::optional<Locale> first_installed_locale() noexcept {
  for (Locale locale : kAllLocales)
    if (part_of(TextPart::Strings, locale).installed) return locale;
  return std::nullopt;
}

bool has_any_text() noexcept {
  return first_installed_locale().has_value();
}

std::string_view installed_text(TextPart part, Locale locale, std::size_t index) noexcept {
  if (static_cast<std::size_t>(locale) < kLocaleCount) {
    const auto& texts = part_of(part, locale).texts;
    if (part_of(part, locale).installed) return index < texts.size() ? texts[index] : std::string_view{};
  }
  for (Locale other : kAllLocales) {
    const auto& texts = part_of(part, other).texts;
    if (part_of(part, other).installed) return index < texts.size() ? texts[index] : std::string_view{};
  }
  return {};
}

std::string_view installed_part(TextPart part, Locale locale) noexcept {
  return static_cast<std::size_t>(locale) < kLocaleCount ? std::string_view(part_of(part, locale).bytes)
                                                         : std::string_view{};
}

void uninstall_text_packs_for_test() noexcept {
  for (auto& by_locale : g_parts)
    for (InstalledPart& slot : by_locale) slot = InstalledPart{};
}

}  // namespace unknot
