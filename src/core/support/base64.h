// Base64 (RFC 4648, with padding) for the export file's copies of stored records this version
// can't read: carried as they are, so nothing is dropped.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace unknot {

std::string base64_encode(std::string_view bytes);
// Nullopt for anything that isn't canonical padded base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace unknot
