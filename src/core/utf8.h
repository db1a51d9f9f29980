// Cutting user text short without splitting a UTF-8 character, for error messages and the
// printed summary, where a broken character would show as a replacement box.
#pragma once
#include <cstddef>
#include <string_view>

namespace unknot {

// The longest start of `text` of at most `max_bytes` that ends on a character boundary.
inline std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) noexcept {
  if (text.size() <= max_bytes) return text;
  std::size_t length = max_bytes;
  while (length > 0 && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) --length;  // a continuation byte
  return text.substr(0, length);
}

}  // namespace unknot
