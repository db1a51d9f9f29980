#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <string>

#include "core/journal_json.h"
#include "core/journal_words.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::contains;

namespace {

// 2026-11-26 08:30 in a zone one hour ahead of UTC.
constexpr std::int64_t kAt = 1'795'678'200'000;

CheckIn full_checkin() {
  CheckIn e;
  e.id = "mi3k2x1c-4f9a0b";
  e.at_ms = kAt;
  e.utc_offset_min = 60;
  e.day = local_day(kAt, 60);
  e.pain = 4;
  e.spots = kSpotLeft | kSpotLeg;
  e.feel = PainFeel::DullAche;
  e.radiates = true;
  e.stiffness = 0;
  e.limits = kBending | kWalking;
  e.causes = kStress | kInjuryOrCondition;
  e.self_care = kHeat | kCoreWork;
  e.red_flags = kBladderOrBowel | kBelowKneeNumbness;
  e.psfs = {5, kNoScore, 10};
  e.note = "Long drive, \"quotes\", ñandú \\ and a\nnew line";
  return e;
}

SessionRecord full_session() {
  SessionRecord s;
  s.id = "mi3k2x1c-000001";
  s.at_ms = kAt;
  s.utc_offset_min = -300;
  s.day = local_day(kAt, -300);
  s.kind = SessionKind::Routine;
  s.routine = RoutineKind::Custom;
  s.active_ms = 312'000;
  s.done = 5;
  s.total = 8;
  s.ended_early = true;
  s.pain_before = 6;
  s.pain_after = 3;
  return s;
}

template <class Entry, class Write>
std::string json_of(const Entry& entry, Write write) {
  JsonWriter out;
  write(out, entry);
  return out.take();
}

rapidjson::Document parsed(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

std::string import_error(const std::string& text) {
  const auto read = read_checkin_json(parsed(text), true);
  REQUIRE_FALSE(read);
  return read.error();
}

std::string new_entry_error(const std::string& text) {
  const auto read = read_checkin_json(parsed(text), false);
  REQUIRE_FALSE(read);
  return read.error();
}

// A minimal import-ready check-in with extra fields spliced in.
std::string checkin_with(const std::string& extra) {
  return R"({"id":"a","at":1795678200000,"utcOffsetMin":60,"pain":3)" + extra + "}";
}

}  // namespace

TEST_CASE("every enum value has a distinct key that reads back to it") {
  for (WordList words : {WordList(kSpotWords), WordList(kFeelWords), WordList(kActivityWords), WordList(kCauseWords),
                         WordList(kSelfCareWords), WordList(kRedFlagWords), WordList(kSessionKindWords),
                         WordList(kRoutineKindWords)}) {
    for (const JournalWord& word : words) {
      INFO(word.key);
      CHECK(value_from_key(words, word.key) == word.value);
      CHECK(key_of(words, word.value) == word.key);
      for (Locale locale : kAllLocales) CHECK_FALSE(word_of(words, locale, word.value).empty());
    }
  }
  // Every bit of each bitmask has a word, so nothing the model can hold is lost in a file.
  CHECK(keys_of_mask(kSpotWords, kAllSpots).size() == 6);
  CHECK(keys_of_mask(kActivityWords, kAllActivities).size() == 6);
  CHECK(keys_of_mask(kCauseWords, kAllCauses).size() == 6);
  CHECK(keys_of_mask(kSelfCareWords, kAllSelfCare).size() == 9);
  CHECK(keys_of_mask(kRedFlagWords, kAllRedFlags).size() == 8);
  CHECK_FALSE(value_from_key(kSpotWords, "Left").has_value());
}

TEST_CASE("the display words are translated") {
  CHECK(spot_word(Locale::En, kSpotLeft) == "Left side");
  CHECK(spot_word(Locale::Es, kSpotLeft) == "Lado izquierdo");
  CHECK(self_care_word(Locale::Es, kEpsomSaltBath) == "Baño con sales de Epsom");
  CHECK(feel_word(Locale::En, PainFeel::DullAche) == "Dull ache");
  CHECK(red_flag_word(Locale::En, kBladderOrBowel) == tr(Locale::En, Str::FlagBladder));
  CHECK(routine_kind_word(Locale::Es, RoutineKind::Short) == "Rutina corta");
  CHECK(session_kind_word(Locale::En, SessionKind::PositionTest) == "Position test");
  CHECK(words_of_mask(kSpotWords, Locale::En, kSpotLeft | kSpotRight, "; ") == "Left side; Right side");
  CHECK(spot_word(Locale::En, 0x80).empty());
}

TEST_CASE("a check-in is written as the documented object") {
  CHECK(json_of(full_checkin(), write_checkin_json) ==
        R"({"id":"mi3k2x1c-4f9a0b","at":1795678200000,"utcOffsetMin":60,"day":"2026-11-26","pain":4,)"
        R"("spots":["left","leg"],"feel":"dullAche","radiates":true,"stiffness":0,"limits":["bending","walking"],)"
        R"("causes":["stress","injuryOrCondition"],"selfCare":["heat","coreWork"],)"
        R"("redFlags":["bladderOrBowel","belowKneeNumbness"],"psfs":[5,null,10],)"
        R"("note":"Long drive, \"quotes\", ñandú \\ and a\nnew line"})");
  CheckIn bare;
  bare.id = "b";
  CHECK(json_of(bare, write_checkin_json) ==
        R"({"id":"b","at":0,"utcOffsetMin":0,"day":"1970-01-01","pain":0,"spots":[],"feel":null,"radiates":false,)"
        R"("stiffness":null,"limits":[],"causes":[],"selfCare":[],"redFlags":[],"psfs":[null,null,null],"note":""})");
}

TEST_CASE("a session is written as the documented object") {
  CHECK(json_of(full_session(), write_session_json) ==
        R"({"id":"mi3k2x1c-000001","at":1795678200000,"utcOffsetMin":-300,"day":"2026-11-26","kind":"routine",)"
        R"("routine":"custom","activeMs":312000,"done":5,"total":8,"endedEarly":true,"painBefore":6,"painAfter":3})");
}

TEST_CASE("check-ins round-trip through JSON, every field and edge value") {
  std::vector<CheckIn> cases = {full_checkin()};
  CheckIn all = full_checkin();
  all.spots = kAllSpots;
  all.limits = kAllActivities;
  all.causes = kAllCauses;
  all.self_care = kAllSelfCare;
  all.red_flags = kAllRedFlags;
  all.psfs = {0, 10, 0};
  all.stiffness = 10;
  all.pain = 10;
  all.note = std::string(kMaxNoteBytes, 'n');
  all.id = std::string(kMaxIdBytes, 'i');
  cases.push_back(all);
  CheckIn least;
  least.id = "x";
  cases.push_back(least);
  CheckIn late_east = full_checkin();
  late_east.at_ms = kLatestTimeMs;
  late_east.utc_offset_min = 14 * 60;
  late_east.day = local_day(late_east.at_ms, late_east.utc_offset_min);
  cases.push_back(late_east);
  CheckIn west = full_checkin();
  west.utc_offset_min = -14 * 60;
  west.day = local_day(west.at_ms, west.utc_offset_min);
  cases.push_back(west);
  for (PainFeel feel : {PainFeel::Sharp, PainFeel::Tight, PainFeel::Aching}) {
    CheckIn felt = full_checkin();
    felt.feel = feel;
    cases.push_back(felt);
  }
  for (const CheckIn& e : cases) {
    REQUIRE(validate_checkin(e));
    const std::string json = json_of(e, write_checkin_json);
    INFO(json);
    const auto back = read_checkin_json(parsed(json), true);
    REQUIRE(back);
    CHECK(back.value() == e);
  }
}

TEST_CASE("sessions round-trip through JSON") {
  std::vector<SessionRecord> cases = {full_session()};
  SessionRecord breathing = full_session();
  breathing.kind = SessionKind::Breathing;
  breathing.routine = RoutineKind::Full;
  breathing.pain_before.reset();
  breathing.pain_after.reset();
  breathing.total = 0;
  breathing.done = 100'000;
  breathing.active_ms = 86'400'000;
  cases.push_back(breathing);
  SessionRecord position = full_session();
  position.kind = SessionKind::PositionTest;
  position.routine = RoutineKind::Short;
  position.ended_early = false;
  position.pain_after = 0;
  cases.push_back(position);
  for (const SessionRecord& s : cases) {
    REQUIRE(validate_session(s));
    const std::string json = json_of(s, write_session_json);
    INFO(json);
    const auto back = read_session_json(parsed(json));
    REQUIRE(back);
    CHECK(back.value() == s);
  }
}

TEST_CASE("a check-in from a file needs only its identity and pain") {
  const auto read = read_checkin_json(parsed(checkin_with("")), true);
  REQUIRE(read);
  CHECK(read.value().pain == 3);
  CHECK(read.value().day == local_day(1'795'678'200'000, 60));
  CHECK(read.value().spots == 0);
  CHECK_FALSE(read.value().feel.has_value());
  CHECK(read.value().psfs == kNoPsfsScores);
}

TEST_CASE("reading a check-in names the field and what it allows") {
  CHECK(import_error(R"({"id":"a","at":1795678200000,"utcOffsetMin":60})") == "pain is required");
  CHECK(import_error(R"({"at":1795678200000,"utcOffsetMin":60,"pain":1})") == "id is required");
  CHECK(import_error(R"({"id":"a","utcOffsetMin":60,"pain":1})") == "at is required");
  CHECK(import_error(R"({"id":"a","at":1795678200000,"pain":1})") == "utcOffsetMin is required");
  CHECK(import_error(R"([1,2])") == "a check-in must be an object {…}");
  CHECK(import_error(R"({"id":"a","at":1795678200000,"utcOffsetMin":60,"pain":11})") ==
        "pain must be a whole number from 0 to 10");
  CHECK(import_error(R"({"id":"a","at":1795678200000,"utcOffsetMin":60,"pain":"3"})") ==
        "pain must be a whole number from 0 to 10");
  CHECK(import_error(R"({"id":"a","at":1795678200000,"utcOffsetMin":60,"pain":4.5})") ==
        "pain must be a whole number from 0 to 10");
  CHECK(import_error(R"({"id":"a","at":1795678200000,"utcOffsetMin":60,"pain":-1})") ==
        "pain must be a whole number from 0 to 10");
  CHECK(import_error(checkin_with(R"(,"spots":["lft"])")) ==
        R"(spots: unknown location "lft" (allowed: left, centre, right, aboveSacrum, buttock, leg))");
  CHECK(import_error(checkin_with(R"(,"spots":"left")")) ==
        "spots must be a list of location keys: left, centre, right, aboveSacrum, buttock, leg");
  CHECK(import_error(checkin_with(R"(,"selfCare":[7])")) ==
        "selfCare: unknown self-care item that is not text (allowed: heat, massage, foamRollerOrBall, walk, "
        "epsomSaltBath, water, deepBreaths, stretching, coreWork)");
  CHECK(contains(import_error(checkin_with(R"(,"redFlags":["fever"])")), R"(redFlags: unknown warning sign "fever")"));
  CHECK(contains(import_error(checkin_with(R"(,"limits":["running"])")), R"(limits: unknown activity "running")"));
  CHECK(contains(import_error(checkin_with(R"(,"causes":["bad luck"])")), R"(causes: unknown cause "bad luck")"));
  CHECK(import_error(checkin_with(R"(,"feel":"spicy")")) ==
        R"(feel: unknown feel "spicy" (allowed: sharp, tight, aching, dullAche))");
  CHECK(import_error(checkin_with(R"(,"feel":2)")) == "feel must be one of sharp, tight, aching, dullAche, or null");
  CHECK(import_error(checkin_with(R"(,"radiates":"yes")")) == "radiates must be true or false");
  CHECK(import_error(checkin_with(R"(,"stiffness":11)")) == "stiffness must be a whole number from 0 to 10, or null");
  CHECK(import_error(checkin_with(R"(,"psfs":[1,2])")) ==
        "psfs must be a list of 3 scores, each a whole number from 0 to 10 or null");
  CHECK(import_error(checkin_with(R"(,"psfs":[1,2,11])")) ==
        "psfs must be a list of 3 scores, each a whole number from 0 to 10 or null");
  CHECK(import_error(checkin_with(R"(,"note":5)")) == "note must be text");
  CHECK(import_error(checkin_with(R"(,"note":")" + std::string(2001, 'x') + "\"")) ==
        "note is too long: at most 2000 bytes");
  CHECK(import_error(checkin_with(R"(,"paim":3)")) == R"(unknown field "paim" (check its spelling))");
  CHECK(import_error(checkin_with(R"(,"pain":3)")) == "pain is given twice");
  CHECK(import_error(checkin_with(R"(,"day":"2026-11-27")")) ==
        R"(day "2026-11-27" does not match at and utcOffsetMin: it would be "2026-11-26")");
  CHECK(import_error(R"({"id":"","at":1795678200000,"utcOffsetMin":60,"pain":1})") == "id must not be empty");
  CHECK(import_error(R"({"id":"a","at":-1,"utcOffsetMin":60,"pain":1})") ==
        "at must be a whole number from 0 to 253402300799999 (milliseconds since 1970-01-01 UTC)");
  CHECK(import_error(R"({"id":"a","at":9223372036854775807,"utcOffsetMin":0,"pain":1})") ==
        "at must be a whole number from 0 to 253402300799999 (milliseconds since 1970-01-01 UTC)");
  CHECK(import_error(R"({"id":"a","at":1,"utcOffsetMin":841,"pain":1})") ==
        "utcOffsetMin must be a whole number from -840 to 840 (the time zone's minutes from UTC)");
}

TEST_CASE("a long unknown value is cut short in the message") {
  const std::string error = import_error(checkin_with(R"(,"spots":[")" + std::string(500, 'z') + "\"]"));
  CHECK(error.size() < 200);
  CHECK(contains(error, "…"));
}

TEST_CASE("a new check-in from the JS API leaves its identity to the app") {
  const auto read = read_checkin_json(parsed(R"({"pain":2,"spots":["centre"],"note":"ok"})"), false);
  REQUIRE(read);
  CHECK(read.value().id.empty());
  CHECK(read.value().at_ms == 0);
  CHECK(read.value().pain == 2);
  CHECK(read.value().spots == kSpotCentre);
  CHECK(new_entry_error(R"({"id":"x","pain":2})") == "id is set by the app: leave it out");
  CHECK(new_entry_error(R"({"at":5,"pain":2})") == "at is set by the app: leave it out");
  CHECK(new_entry_error(R"({"day":"2026-11-26","pain":2})") == "day is set by the app: leave it out");
  CHECK(new_entry_error(R"({"spots":[]})") == "pain is required");
}

TEST_CASE("reading a session names the field and what it allows") {
  auto error = [](const std::string& extra) {
    const auto read = read_session_json(parsed(R"({"id":"s","at":1795678200000,"utcOffsetMin":0)" + extra + "}"));
    REQUIRE_FALSE(read);
    return read.error();
  };
  CHECK(error("") == "kind is required");
  CHECK(error(R"(,"kind":"yoga")") == R"(kind: unknown session kind "yoga" (allowed: routine, breathing, positionTest))");
  CHECK(error(R"(,"kind":"routine","routine":"long")") ==
        R"(routine: unknown routine "long" (allowed: full, short, custom))");
  CHECK(error(R"(,"kind":"routine","activeMs":-5)") ==
        "activeMs must be a whole number from 0 to 86400000 (milliseconds, pauses excluded)");
  CHECK(error(R"(,"kind":"routine","total":101)") == "total must be a whole number from 0 to 100");
  CHECK(error(R"(,"kind":"routine","painAfter":"3")") == "painAfter must be a whole number from 0 to 10, or null");
  CHECK(error(R"(,"kind":"routine","endedEarly":1)") == "endedEarly must be true or false");
  CHECK(error(R"(,"kind":"routine","pain":1)") == R"(unknown field "pain" (check its spelling))");
  const auto minimal = read_session_json(parsed(R"({"id":"s","at":1795678200000,"utcOffsetMin":0,"kind":"breathing"})"));
  REQUIRE(minimal);
  CHECK(minimal.value().kind == SessionKind::Breathing);
  CHECK_FALSE(minimal.value().pain_before.has_value());
}
