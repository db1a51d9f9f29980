#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "core/storage/crc32.h"
#include "core/storage/record_codec.h"

using namespace unknot;

namespace unknot::test {
extern const unsigned char kCheckInV1[], kSessionV1[], kPreferencesV1[], kCheckInV2[], kSessionV2[],
    kPreferencesV2[], kCheckInV3[], kSessionV3[], kPreferencesV3[], kCheckInV4[], kSessionV4[],
    kPreferencesV4[], kPreferencesV5[];
extern const unsigned kCheckInV1Size, kSessionV1Size, kPreferencesV1Size, kCheckInV2Size, kSessionV2Size,
    kPreferencesV2Size, kCheckInV3Size, kSessionV3Size, kPreferencesV3Size, kCheckInV4Size, kSessionV4Size,
    kPreferencesV4Size, kPreferencesV5Size;
}  // namespace unknot::test

namespace {

CheckIn full_entry() {
  CheckIn e;
  e.id = "mi3k2x1c-4f9a0b";
  e.at_ms = 1795163400000;  // 2026-11-20 08:30 UTC
  e.utc_offset_min = 60;
  e.day = local_day(e.at_ms, e.utc_offset_min);
  e.pain = 6;
  e.spots = kSpotLeft | kSpotAboveSacrum;
  e.feel = PainFeel::DullAche;
  e.stiffness = 7;
  e.limits = kBending | kSleeping;
  e.causes = kHoldingOnePosition | kStress;
  e.self_care = kHeat | kWalk | kDeepBreaths;
  e.red_flags = kBelowKneeNumbness;
  e.psfs = {4, 7, kNoScore};
  e.note = "Stiff after a long drive. Heat helped a little. Señal: mejor por la tarde.";
  return e;
}

SessionRecord full_session() {
  SessionRecord s;
  s.id = "mi3k9q00-000001";
  s.at_ms = 1795170000000;
  s.utc_offset_min = -300;
  s.day = local_day(s.at_ms, s.utc_offset_min);
  s.kind = SessionKind::Routine;
  s.routine = RoutineKind::Custom;
  s.active_ms = 312000;
  s.done = 5;
  s.total = 6;
  s.ended_early = true;
  s.pain_before = 5;
  s.pain_after = 3;
  return s;
}

// The short routine as it was when the golden fixtures were written (it had bird dog then), as a
// user's own routine: every item the standard variant.
RoutinePlan fixture_custom_plan() {
  const auto item = [](ExerciseId id, auto adjust) {
    Dosage dosage = exercise(id).dosage;
    adjust(dosage);
    return RoutineItem{id, dosage, Variant::Standard};
  };
  return {
      item(ExerciseId::CatCow, [](Dosage& d) { d.reps = 6; }),
      item(ExerciseId::ChildsPoseSideBend,
           [](Dosage& d) {
             d.hold_s = 20;
             d.rounds = 1;
           }),
      item(ExerciseId::BirdDog, [](Dosage& d) { d.reps = 5; }),
      item(ExerciseId::KneelingHipFlexor,
           [](Dosage& d) {
             d.hold_s = 20;
             d.rounds = 1;
           }),
      item(ExerciseId::DiaphragmaticBreathing, [](Dosage& d) { d.hold_s = 60; }),
  };
}

Preferences full_preferences() {
  Preferences p;
  p.locale = Locale::Es;
  p.settings.sound = false;
  p.settings.reduce_motion = true;
  p.settings.text_size = TextSize::Large;
  p.settings.high_contrast = true;
  p.custom_plan = fixture_custom_plan();
  p.custom_plan[1].dosage.hold_s = 45;
  std::swap(p.custom_plan[0], p.custom_plan[2]);
  p.breath.pattern = BreathPattern{4000, 1000, 6000, 0};
  p.breath.length_ms = 600000;
  PositionResult result;
  result.ratings = {6, 3, 5, 5};
  result.verdict = PositionVerdict::OnBackBetter;
  result.finished_at_ms = 1795163999000;
  p.position_result = result;
  p.psfs_activities = {"Putting on socks", "Sitting through a film", ""};
  return p;
}

// Version 2's preferences: as version 1's, and sharing sessions with a portal.
Preferences sharing_preferences() {
  Preferences p = full_preferences();
  p.settings.share_with_host = true;
  return p;
}

// Version 3: a day's plan ticks as a session, and preferences with a plan, breaks and a program.
SessionRecord plan_session() {
  SessionRecord s;
  s.id = "mi3kaa00-000002";
  s.at_ms = 1795180000000;
  s.utc_offset_min = 60;
  s.day = local_day(s.at_ms, s.utc_offset_min);
  s.kind = SessionKind::Plan;
  s.plan_items = plan_bit(PlanItem::Walk) | plan_bit(PlanItem::Heat);
  return s;
}

Preferences planning_preferences() {
  Preferences p = sharing_preferences();
  p.daily_plan.items |= plan_bit(PlanItem::PositionPractice);
  p.daily_plan.routine = RoutineKind::Short;
  p.daily_plan.times[static_cast<std::size_t>(PlanItem::Walk)] = PlanTime::Evening;
  p.breaks = BreakSettings{true, 30, 21 * 60 + 30, 6 * 60};
  Program program = start_program(20700, 6, PsfsScores{3, 5, kNoScore});
  program.reviews.push_back(
      WeekReview{20707, 5, {4, 5, kNoScore}, WeekFeel::Easier, 0, 3, WeekOutcome::Advanced, 50});
  program.reviews.push_back(
      WeekReview{20714, 7, {4, 4, kNoScore}, WeekFeel::Harder, 0, 2, WeekOutcome::Held, 70});
  program.level = 1;
  p.program = program;
  return p;
}

// Version 4: the warning signs in three tiers (16 bits), the answer to "did it settle?", and a
// program with screening cautions, the new outcomes, its 7-day averages and a resume, and when
// the PSFS activities were last renamed.
CheckIn tiered_entry() {
  CheckIn e = full_entry();
  e.red_flags = kBelowKneeNumbness | kWeightLoss | kNoBetterAfterWeeks;
  e.rise_settled = false;
  return e;
}
Preferences screened_preferences() {
  Preferences p = planning_preferences();
  Program& program = *p.program;
  program.cautions = kCautionOsteoporosis | kCautionRecentBackSurgery;
  program.reviews[1].outcome = WeekOutcome::SteppedDown;
  program.reviews[1].average_tenths = 83;
  program.reviews.push_back(
      WeekReview{20721, 5, {4, 6, kNoScore}, WeekFeel::Same, kSevereAtNight, 3, WeekOutcome::Paused, 57});
  program.resumed_day = 20724;
  program.level = 0;
  p.psfs_renamed = PsfsNaming{1795700000000, local_day(1795700000000, 60)};
  return p;
}

// Version 5: the voice coach on, breaths unsaid, at the slower pace, with a chosen voice.
Preferences coached_preferences() {
  Preferences p = screened_preferences();
  p.settings.voice = VoiceSettings{true, false, VoiceRate::Slower, "Google español"};
  return p;
}

bool same(const Preferences& a, const Preferences& b) {
  return a.locale == b.locale && a.settings == b.settings && a.custom_plan == b.custom_plan &&
         a.breath == b.breath && a.position_result.has_value() == b.position_result.has_value() &&
         (!a.position_result || (a.position_result->ratings == b.position_result->ratings &&
                                 a.position_result->verdict == b.position_result->verdict &&
                                 a.position_result->worse == b.position_result->worse &&
                                 a.position_result->finished_at_ms == b.position_result->finished_at_ms)) &&
         a.psfs_activities == b.psfs_activities && a.daily_plan == b.daily_plan && a.breaks == b.breaks &&
         a.program == b.program && a.psfs_renamed == b.psfs_renamed;
}

std::string bytes(const unsigned char* data, unsigned size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}
std::string golden() {
  return bytes(unknot::test::kCheckInV1, unknot::test::kCheckInV1Size);
}

}  // namespace

// Writes the fixtures of the current schema version; run by hand only when a new version is
// released: UNKNOT_FIXTURES_DIR=tests/fixtures unknot_core_tests "[.write-fixtures]"
TEST_CASE("write the golden fixtures", "[.write-fixtures]") {
  const char* dir = std::getenv("UNKNOT_FIXTURES_DIR");
  REQUIRE(dir != nullptr);
  std::ofstream(std::string(dir) + "/checkin_v4.bin", std::ios::binary) << encode_record(tiered_entry());
  std::ofstream(std::string(dir) + "/session_v4.bin", std::ios::binary) << encode_record(plan_session());
  std::ofstream(std::string(dir) + "/preferences_v5.bin", std::ios::binary)
      << encode_record(coached_preferences());
}

TEST_CASE("CRC-32 matches the standard check value") {
  CHECK(crc32("123456789") == 0xCBF43926u);
  CHECK(crc32("") == 0u);
}

TEST_CASE("a check-in round-trips through the codec, with and without optional fields") {
  const CheckIn full = full_entry();
  const auto decoded = decode_checkin(encode_record(full));
  REQUIRE(decoded.value);
  CHECK(*decoded.value == full);

  CheckIn minimal;
  minimal.id = "a";
  minimal.pain = 0;
  minimal.psfs = kNoPsfsScores;
  const auto back = decode_checkin(encode_record(minimal));
  REQUIRE(back.value);
  CHECK(*back.value == minimal);
  CHECK_FALSE(back.value->feel.has_value());
  CHECK_FALSE(back.value->stiffness.has_value());
}

TEST_CASE("sessions and preferences round-trip, with and without optional fields") {
  const SessionRecord session = full_session();
  const auto decoded = decode_session(encode_record(session));
  REQUIRE(decoded.value);
  CHECK(*decoded.value == session);
  SessionRecord plain = session;
  plain.pain_before.reset();
  plain.pain_after.reset();
  plain.kind = SessionKind::Breathing;
  CHECK(*decode_session(encode_record(plain)).value == plain);

  const Preferences prefs = full_preferences();
  const auto back = decode_preferences(encode_record(prefs));
  REQUIRE(back.value);
  CHECK(same(*back.value, prefs));
  const Preferences defaults;
  CHECK(same(*decode_preferences(encode_record(defaults)).value, defaults));
}

TEST_CASE("every record kind is refused under another kind's name") {
  CHECK(decode_session(encode_record(full_entry())).envelope == EnvelopeError::WrongKind);
  CHECK(decode_checkin(encode_record(full_session())).envelope == EnvelopeError::WrongKind);
  CHECK(decode_preferences(encode_record(full_entry())).envelope == EnvelopeError::WrongKind);
}

TEST_CASE("the version 1 golden fixtures of every record kind still decode to the same values") {
  using namespace unknot::test;
  const std::string session_blob = bytes(kSessionV1, kSessionV1Size);
  const std::string prefs_blob = bytes(kPreferencesV1, kPreferencesV1Size);
  REQUIRE(decode_session(session_blob).value);
  CHECK(*decode_session(session_blob).value == full_session());
  REQUIRE(decode_preferences(prefs_blob).value);
  CHECK(same(*decode_preferences(prefs_blob).value, full_preferences()));
  CHECK_FALSE(decode_preferences(prefs_blob).value->settings.share_with_host);  // version 1 never shared

  const auto decoded = decode_checkin(golden());
  REQUIRE(decoded.value);
  CHECK(*decoded.value == full_entry());
}

TEST_CASE("the version 2 golden fixtures still decode to the same values, with version 3's defaults") {
  using namespace unknot::test;
  const std::string checkin_blob = bytes(kCheckInV2, kCheckInV2Size);
  const std::string session_blob = bytes(kSessionV2, kSessionV2Size);
  const std::string prefs_blob = bytes(kPreferencesV2, kPreferencesV2Size);
  REQUIRE(decode_checkin(checkin_blob).value);
  CHECK(*decode_checkin(checkin_blob).value == full_entry());
  REQUIRE(decode_session(session_blob).value);
  CHECK(*decode_session(session_blob).value == full_session());
  REQUIRE(decode_preferences(prefs_blob).value);
  CHECK(same(*decode_preferences(prefs_blob).value,
             sharing_preferences()));  // default plan, breaks off, no program
}

TEST_CASE("the version 3 golden fixtures still decode to the same values, their signs in the tiers") {
  using namespace unknot::test;
  const std::string checkin_blob = bytes(kCheckInV3, kCheckInV3Size);
  const std::string prefs_blob = bytes(kPreferencesV3, kPreferencesV3Size);
  REQUIRE(decode_checkin(checkin_blob).value);
  const CheckIn old = *decode_checkin(checkin_blob).value;
  CHECK(old == full_entry());
  CHECK(care_tier(old.red_flags) == CareTier::Soon);  // below the knee: a clinician soon
  CHECK_FALSE(old.rise_settled.has_value());          // never asked before version 4
  REQUIRE(decode_session(bytes(kSessionV3, kSessionV3Size)).value);
  CHECK(*decode_session(bytes(kSessionV3, kSessionV3Size)).value == plan_session());
  REQUIRE(decode_preferences(prefs_blob).value);
  const Preferences prefs = *decode_preferences(prefs_blob).value;
  CHECK(same(prefs, planning_preferences()));  // each review's average is its one rating
  CHECK(prefs.program->cautions == 0);
  CHECK_FALSE(prefs.program->resumed_day.has_value());
}

TEST_CASE("old warning-sign records keep their meaning in the three tiers") {
  // Version 3 stored one byte of eight signs; the same bits mean the same signs now.
  CHECK(care_tier(kBladderOrBowel) == CareTier::Emergency);
  CHECK(care_tier(kGroinNumbness) == CareTier::Emergency);
  CHECK(care_tier(kLegWeakening) == CareTier::Emergency);
  CHECK(care_tier(kAfterFallOrAccident) == CareTier::Emergency);
  CHECK(care_tier(kFeverOrUnwell) == CareTier::Today);
  CHECK(care_tier(kCancerOrWeightLoss) == CareTier::Today);
  CHECK(care_tier(kSevereAtNight) == CareTier::Today);
  CHECK(care_tier(kBelowKneeNumbness) == CareTier::Soon);
  CheckIn every_old_sign = full_entry();
  every_old_sign.red_flags = 0xFF;
  const auto back = decode_checkin(encode_record(every_old_sign));
  REQUIRE(back.value);
  CHECK(back.value->red_flags == 0xFF);
}

TEST_CASE(
    "the version 4 golden fixtures decode to the same values; its check-in and session are what the codec "
    "writes") {
  using namespace unknot::test;
  const std::string checkin_blob = bytes(kCheckInV4, kCheckInV4Size);
  const std::string session_blob = bytes(kSessionV4, kSessionV4Size);
  const std::string prefs_blob = bytes(kPreferencesV4, kPreferencesV4Size);
  REQUIRE(decode_checkin(checkin_blob).value);
  CHECK(*decode_checkin(checkin_blob).value == tiered_entry());
  CHECK(encode_record(tiered_entry()) == checkin_blob);
  REQUIRE(decode_session(session_blob).value);
  CHECK(*decode_session(session_blob).value == plan_session());
  CHECK(encode_record(plan_session()) == session_blob);
  REQUIRE(decode_preferences(prefs_blob).value);
  CHECK(same(*decode_preferences(prefs_blob).value, screened_preferences()));  // the coach off
}

TEST_CASE("the version 5 preferences fixture decodes to the same values and is what the codec writes") {
  using namespace unknot::test;
  const std::string prefs_blob = bytes(kPreferencesV5, kPreferencesV5Size);
  REQUIRE(decode_preferences(prefs_blob).value);
  CHECK(same(*decode_preferences(prefs_blob).value, coached_preferences()));
  CHECK(encode_record(coached_preferences()) == prefs_blob);
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
  newer[4] = static_cast<char>(kSchemaVersion + 1);
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
  payload.append("\x01\x01\x00\x00\x00", 5);              // cereal's endianness byte, then version 1
  payload.append("\xFF\xFF\xFF\xFF\x00\x00\x00\x00", 8);  // id length
  CHECK(decode_checkin(seal(BlobKind::CheckIn, payload)).error == "the record is malformed");

  CHECK(decode_checkin(seal(BlobKind::CheckIn, "")).error == "the record is malformed");

  // Only one encoding per entry: a big-endian archive, or a yes/no byte of 2, is refused.
  const std::string payload_of_good = golden().substr(kEnvelopeHeaderBytes);
  std::string big_endian = payload_of_good;
  big_endian[0] = 0;
  CHECK(decode_checkin(seal(BlobKind::CheckIn, big_endian)).error == "the record is malformed");
  std::string odd_flag = payload_of_good;
  // endianness, version, id size, id, time, zone, day, pain, spots
  const std::size_t flag_at = 1 + 4 + 8 + 15 + 8 + 2 + 4 + 1 + 1;
  REQUIRE(odd_flag[flag_at] == 1);  // has a feel
  odd_flag[flag_at] = 2;
  CHECK(decode_checkin(seal(BlobKind::CheckIn, odd_flag)).error == "the record is malformed");

  // Every shorter payload ends inside a field, and a longer one has bytes left over.
  for (std::size_t size = 0; size < payload_of_good.size(); ++size) {
    CAPTURE(size);
    CHECK(decode_checkin(seal(BlobKind::CheckIn, payload_of_good.substr(0, size))).error ==
          "the record is malformed");
  }
  CHECK(decode_checkin(seal(BlobKind::CheckIn, payload_of_good + '\0')).error == "the record is malformed");
  REQUIRE(decode_checkin(seal(BlobKind::CheckIn, payload_of_good)).value.has_value());

  CheckIn bad = full_entry();
  bad.pain = 14;  // encodes, but is not a valid check-in
  CHECK(decode_checkin(encode_record(bad)).error ==
        "the record is invalid: pain must be a whole number from 0 to 10");
}
