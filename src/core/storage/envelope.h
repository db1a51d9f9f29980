// The envelope around every stored blob, checked before cereal ever sees the payload:
//   "UNKT" | schema version (u16 LE) | kind (u16 LE) | payload length (u32 LE) | CRC-32 (u32 LE) | payload
// A blob from a newer schema is recognised as such, so the app can stay read-only rather than
// overwrite data it doesn't understand.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace unknot {

// Bumped whenever any record kind gains a version, so an older build still open in another tab
// sees "newer" and turns read-only instead of overwriting what it can't fully read.
// 2: preferences gained share_with_host.
// 3: plan records and program routines in sessions; the plan, breaks and program in preferences.
inline constexpr std::uint16_t kSchemaVersion = 4;
inline constexpr std::size_t kEnvelopeHeaderBytes = 16;
inline constexpr std::size_t kMaxPayloadBytes = 64 * 1024;  // one record; far above any real entry

enum class BlobKind : std::uint16_t { CheckIn = 1, Session = 2, Preferences = 3 };

enum class EnvelopeError {
  None,
  Truncated,
  BadMagic,
  UnknownVersion,
  NewerVersion,
  WrongKind,
  TooLarge,
  LengthMismatch,
  BadChecksum
};

struct Opened {
  EnvelopeError error = EnvelopeError::None;
  std::uint16_t version = 0;
  std::string_view payload;  // points into the input
};

std::string seal(BlobKind kind, std::string_view payload);
Opened open_envelope(std::string_view blob, BlobKind expected);
// The kind a blob's header claims (unchecked: open_envelope still decides), or 0 if too short.
std::uint16_t claimed_kind(std::string_view blob) noexcept;
std::string_view envelope_error_text(EnvelopeError error) noexcept;

}  // namespace unknot
