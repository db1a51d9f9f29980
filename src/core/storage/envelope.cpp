#include "core/storage/envelope.h"

#include "core/storage/crc32.h"

namespace unknot {
namespace {

constexpr char kMagic[4] = {'U', 'N', 'K', 'T'};

void put(std::string& out, std::uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::uint32_t get(std::string_view in, std::size_t at, int bytes) {
  std::uint32_t value = 0;
  for (int i = 0; i < bytes; ++i) value |= std::uint32_t{static_cast<unsigned char>(in[at + i])} << (8 * i);
  return value;
}

}  // namespace

std::string seal(BlobKind kind, std::string_view payload) {
  std::string out(kMagic, sizeof kMagic);
  put(out, kSchemaVersion, 2);
  put(out, static_cast<std::uint16_t>(kind), 2);
  put(out, static_cast<std::uint32_t>(payload.size()), 4);
  put(out, crc32(payload), 4);
  out.append(payload);
  return out;
}

std::uint16_t claimed_kind(std::string_view blob) noexcept {
  return blob.size() < kEnvelopeHeaderBytes ? 0 : static_cast<std::uint16_t>(get(blob, 6, 2));
}

Opened open_envelope(std::string_view blob, BlobKind expected) {
  Opened opened;
  if (blob.size() < kEnvelopeHeaderBytes) {
    opened.error = EnvelopeError::Truncated;
    return opened;
  }
  if (blob.substr(0, 4) != std::string_view(kMagic, 4)) {
    opened.error = EnvelopeError::BadMagic;
    return opened;
  }
  opened.version = static_cast<std::uint16_t>(get(blob, 4, 2));
  const auto kind = static_cast<std::uint16_t>(get(blob, 6, 2));
  const std::uint32_t length = get(blob, 8, 4);
  const std::uint32_t checksum = get(blob, 12, 4);
  if (opened.version == 0) {
    opened.error = EnvelopeError::UnknownVersion;  // versions start at 1
  } else if (opened.version > kSchemaVersion) {
    opened.error = EnvelopeError::NewerVersion;
  } else if (kind != static_cast<std::uint16_t>(expected)) {
    opened.error = EnvelopeError::WrongKind;
  } else if (length > kMaxPayloadBytes) {
    opened.error = EnvelopeError::TooLarge;
  } else if (length != blob.size() - kEnvelopeHeaderBytes) {
    opened.error = length > blob.size() - kEnvelopeHeaderBytes ? EnvelopeError::Truncated
                                                               : EnvelopeError::LengthMismatch;
  } else if (crc32(blob.substr(kEnvelopeHeaderBytes)) != checksum) {
    opened.error = EnvelopeError::BadChecksum;
  } else {
    opened.payload = blob.substr(kEnvelopeHeaderBytes);
  }
  return opened;
}

std::string_view envelope_error_text(EnvelopeError error) noexcept {
  switch (error) {
    case EnvelopeError::None: return "";
    case EnvelopeError::Truncated: return "the data is cut short";
    case EnvelopeError::BadMagic: return "this is not Unknot data";
    case EnvelopeError::UnknownVersion: return "this data has an unknown format version";
    case EnvelopeError::NewerVersion: return "this data comes from a newer version of Unknot";
    case EnvelopeError::WrongKind: return "this is a different kind of Unknot record";
    case EnvelopeError::TooLarge: return "the record is larger than any Unknot record can be";
    case EnvelopeError::LengthMismatch: return "the record has extra bytes after its end";
    case EnvelopeError::BadChecksum: return "the data is damaged (checksum mismatch)";
  }
  return "unknown error";
}

}  // namespace unknot
