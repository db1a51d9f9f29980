#include <catch2/catch.hpp>

#include "core/checkin_codec.h"
#include "core/crc32.h"

using namespace unknot;

namespace unknot::test {
extern const unsigned char kCheckInV1[];
extern const unsigned kCheckInV1Size;
}  // namespace unknot::test

namespace {

CheckIn full_entry() {
  CheckIn e;
  e.id = "2026-11-26T08:30:00Z-7f3a";
  e.at_ms = 1795163400000;
  e.day = 20783;
  e.pain = 6;
  e.spots = kSpotLeft | kSpotAboveSacrum;
  e.feel = PainFeel::DullAche;
  e.stiffness = 7;
  e.limits = kBending | kSleeping;
  e.causes = kHoldingOnePosition | kStress;
  e.self_care = kHeat | kWalk | kDeepBreaths;
  e.note = "Stiff after a long drive. Heat helped a little. Señal: mejor por la tarde.";
  return e;
}

bool same(const CheckIn& a, const CheckIn& b) {
  return a.id == b.id && a.at_ms == b.at_ms && a.day == b.day && a.pain == b.pain && a.spots == b.spots &&
         a.feel == b.feel && a.radiates == b.radiates && a.stiffness == b.stiffness && a.limits == b.limits &&
         a.causes == b.causes && a.self_care == b.self_care && a.note == b.note;
}

std::string golden() {
  return std::string(reinterpret_cast<const char*>(unknot::test::kCheckInV1), unknot::test::kCheckInV1Size);
}

}  // namespace

TEST_CASE("CRC-32 matches the standard check value") {
  CHECK(crc32("123456789") == 0xCBF43926u);
  CHECK(crc32("") == 0u);
}

TEST_CASE("a check-in round-trips through the codec, with and without optional fields") {
  const CheckIn full = full_entry();
  const auto decoded = decode_checkin(encode_checkin(full));
  REQUIRE(decoded.entry);
  CHECK(same(*decoded.entry, full));

  CheckIn minimal;
  minimal.id = "a";
  minimal.pain = 0;
  const auto back = decode_checkin(encode_checkin(minimal));
  REQUIRE(back.entry);
  CHECK(same(*back.entry, minimal));
  CHECK_FALSE(back.entry->feel.has_value());
  CHECK_FALSE(back.entry->stiffness.has_value());
}

TEST_CASE("the version 1 golden fixture still decodes to the same values, byte for byte") {
  const auto decoded = decode_checkin(golden());
  REQUIRE(decoded.entry);
  CHECK(same(*decoded.entry, full_entry()));
  CHECK(encode_checkin(full_entry()) == golden());
}

TEST_CASE("damaged blobs are refused before cereal sees them, each with its own reason") {
  const std::string good = golden();
  auto refused = [](const std::string& blob) { return decode_checkin(blob); };

  const auto truncated = refused(good.substr(0, good.size() - 3));
  CHECK(truncated.envelope == EnvelopeError::Truncated);
  CHECK(truncated.error == "the data is cut short");
  CHECK(refused(good.substr(0, 10)).envelope == EnvelopeError::Truncated);

  std::string flipped = good;
  flipped[40] = static_cast<char>(flipped[40] ^ 0x04);
  CHECK(refused(flipped).envelope == EnvelopeError::BadChecksum);

  std::string huge = good;
  huge[11] = static_cast<char>(0x7F);  // length field: ~2 GB
  CHECK(refused(huge).envelope == EnvelopeError::TooLarge);

  std::string newer = good;
  newer[4] = 2;  // schema version 2
  const auto from_future = refused(newer);
  CHECK(from_future.envelope == EnvelopeError::NewerVersion);
  CHECK(from_future.error == "this data comes from a newer version of Unknot");

  std::string version_zero = good;
  version_zero[4] = 0;  // versions start at 1
  CHECK(refused(version_zero).envelope == EnvelopeError::UnknownVersion);

  std::string other_kind = good;
  other_kind[6] = 9;
  CHECK(refused(other_kind).envelope == EnvelopeError::WrongKind);
  CHECK(refused("GIF89a" + good.substr(6)).envelope == EnvelopeError::BadMagic);
  CHECK(refused(good + "x").envelope == EnvelopeError::LengthMismatch);
}

TEST_CASE("a well-sealed but malformed or invalid payload is refused without a crash") {
  // A text field claiming 4 GB: refused before anything is allocated for it.
  std::string payload;
  payload.append("\x01\x01\x00\x00\x00", 5);  // cereal's endianness byte, then version 1
  payload.append("\xFF\xFF\xFF\xFF\x00\x00\x00\x00", 8);  // id length
  CHECK(decode_checkin(seal(BlobKind::CheckIn, payload)).error == "the record is malformed");

  CHECK(decode_checkin(seal(BlobKind::CheckIn, "")).error == "the record is malformed");

  // Only one encoding per entry: a big-endian archive, or a yes/no byte of 2, is refused.
  const std::string payload_of_good = golden().substr(kEnvelopeHeaderBytes);
  std::string big_endian = payload_of_good;
  big_endian[0] = 0;
  CHECK(decode_checkin(seal(BlobKind::CheckIn, big_endian)).error == "the record is malformed");
  std::string odd_flag = payload_of_good;
  const std::size_t flag_at = 1 + 4 + 8 + 25 + 8 + 4 + 1 + 1;  // endianness, version, id size, id, time, day, pain, spots
  REQUIRE(odd_flag[flag_at] == 1);  // has a feel
  odd_flag[flag_at] = 2;
  CHECK(decode_checkin(seal(BlobKind::CheckIn, odd_flag)).error == "the record is malformed");

  CheckIn bad = full_entry();
  bad.pain = 14;  // encodes, but is not a valid check-in
  CHECK(decode_checkin(encode_checkin(bad)).error == "the record is invalid: pain must be a whole number from 0 to 10");
}
