#include "core/checkin_codec.h"

#include <cereal/archives/portable_binary.hpp>
#include <cereal/cereal.hpp>

#include <exception>
#include <sstream>

namespace unknot {
namespace {

// Version 1 of the stored check-in. A later version adds a `version` branch here and keeps
// reading this one (the golden fixtures in tests/fixtures hold it to that).
constexpr std::uint32_t kCheckInVersion = 1;

template <class Archive>
void save_text(Archive& ar, const std::string& text) {
  ar(cereal::make_size_tag(static_cast<cereal::size_type>(text.size())));
  ar(cereal::binary_data(text.data(), text.size()));
}

template <class Archive>
void load_text(Archive& ar, std::string& text, std::size_t cap) {
  cereal::size_type size = 0;
  ar(cereal::make_size_tag(size));
  if (size > cap) throw cereal::Exception("a text field is longer than allowed");  // before allocating
  text.resize(static_cast<std::size_t>(size));
  ar(cereal::binary_data(text.data(), text.size()));
}

// Flags are stored as one byte, 0 or 1; anything else is refused rather than read as a bool.
bool load_flag(cereal::PortableBinaryInputArchive& ar) {
  std::uint8_t byte = 0;
  ar(byte);
  if (byte > 1) throw cereal::Exception("a yes/no field holds another value");
  return byte == 1;
}

void save(cereal::PortableBinaryOutputArchive& ar, const CheckIn& e) {
  ar(kCheckInVersion);
  save_text(ar, e.id);
  const auto flag = [](bool b) { return static_cast<std::uint8_t>(b ? 1 : 0); };
  ar(e.at_ms, e.day, static_cast<std::int8_t>(e.pain), e.spots, flag(e.feel.has_value()),
     static_cast<std::uint8_t>(e.feel.value_or(PainFeel::Sharp)), flag(e.radiates), flag(e.stiffness.has_value()),
     static_cast<std::int8_t>(e.stiffness.value_or(0)), e.limits, e.causes, e.self_care);
  save_text(ar, e.note);
}

void load(cereal::PortableBinaryInputArchive& ar, CheckIn& e) {
  std::uint32_t version = 0;
  ar(version);
  if (version != kCheckInVersion) throw cereal::Exception("unknown check-in version");
  load_text(ar, e.id, kMaxIdBytes);
  std::int8_t pain = 0, stiffness = 0;
  std::uint8_t feel = 0;
  ar(e.at_ms, e.day, pain, e.spots);
  const bool has_feel = load_flag(ar);
  ar(feel);
  e.radiates = load_flag(ar);
  const bool has_stiffness = load_flag(ar);
  ar(stiffness, e.limits, e.causes, e.self_care);
  e.pain = pain;
  if (has_feel) e.feel = static_cast<PainFeel>(feel);
  if (has_stiffness) e.stiffness = stiffness;
  load_text(ar, e.note, kMaxNoteBytes);
}

}  // namespace

std::string encode_checkin(const CheckIn& entry) {
  std::ostringstream stream;
  {
    cereal::PortableBinaryOutputArchive archive(stream);
    save(archive, entry);
  }
  return seal(BlobKind::CheckIn, stream.str());
}

DecodedCheckIn decode_checkin(std::string_view blob) {
  DecodedCheckIn decoded;
  const Opened opened = open_envelope(blob, BlobKind::CheckIn);
  if (opened.error != EnvelopeError::None) {
    decoded.envelope = opened.error;
    decoded.error = std::string(envelope_error_text(opened.error));
    return decoded;
  }
  // cereal's portable archive starts with an endianness byte; we always write little-endian
  // (1), and accept only that, so every entry has exactly one encoding.
  if (opened.payload.empty() || opened.payload.front() != 1) {
    decoded.error = "the record is malformed";
    return decoded;
  }
  CheckIn entry;
  try {
    std::istringstream stream{std::string(opened.payload)};
    cereal::PortableBinaryInputArchive archive(stream);
    load(archive, entry);
    if (stream.peek() != std::char_traits<char>::eof()) throw cereal::Exception("bytes left over");
  } catch (const std::exception&) {
    decoded.error = "the record is malformed";
    return decoded;
  }
  const auto valid = validate_checkin(entry);
  if (!valid) {
    decoded.error = "the record is invalid: " + valid.error();
    return decoded;
  }
  decoded.entry = std::move(entry);
  return decoded;
}

}  // namespace unknot
