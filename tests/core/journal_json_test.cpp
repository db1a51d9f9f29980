#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <string>

#include "core/journal/entry_json.h"
#include "core/journal/journal_words.h"
#include "core/transfer/export_file.h"
#include "journal_samples.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::contains;

namespace {

using unknot::test::kSampleAt;
constexpr std::int64_t kAt = kSampleAt;

CheckIn full_checkin() {
  CheckIn e = unknot::test::sample_checkin("mi3k2x1c-4f9a0b");
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

// The error reading a check-in: from a file (identity required) or, as new_entry_error, from the JS API.
std::string import_error(const std::string& text, bool require_identity = true) {
  const auto read = read_checkin_json(parsed(text), require_identity);
  REQUIRE_FALSE(read);
  return read.error();
}

std::string new_entry_error(const std::string& text) {
  return import_error(text, false);
}

// A minimal import-ready check-in with extra fields spliced in.
std::string checkin_with(const std::string& extra) {
  return R"({"id":"a","at":1795678200000,"utcOffsetMin":60,"pain":3)" + extra + "}";
}

}  // namespace

TEST_CASE("every enum value has a distinct key that reads back to it") {
  for (WordList words : {WordList(kSpotWords), WordList(kFeelWords), WordList(kActivityWords),
                         WordList(kCauseWords), WordList(kSelfCareWords), WordList(kRedFlagWords),
                         WordList(kSessionKindWords), WordList(kRoutineKindWords)}) {
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
  CHECK(keys_of_mask(kRedFlagWords, kAllRedFlags).size() == 13);
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
  CHECK(
      json_of(full_checkin(), write_checkin_json) ==
      R"({"id":"mi3k2x1c-4f9a0b","at":1795678200000,"utcOffsetMin":60,"day":"2026-11-26","pain":4,)"
      R"("spots":["left","leg"],"feel":"dullAche","radiates":true,"stiffness":0,"limits":["bending","walking"],)"
      R"("causes":["stress","injuryOrCondition"],"selfCare":["heat","coreWork"],)"
      R"("redFlags":["bladderOrBowel","belowKneeNumbness"],"psfs":[5,null,10],)"
      R"("note":"Long drive, \"quotes\", ñandú \\ and a\nnew line"})");
  CheckIn bare;
  bare.id = "b";
  CHECK(
      json_of(bare, write_checkin_json) ==
      R"({"id":"b","at":0,"utcOffsetMin":0,"day":"1970-01-01","pain":0,"spots":[],"feel":null,"radiates":false,)"
      R"("stiffness":null,"limits":[],"causes":[],"selfCare":[],"redFlags":[],"psfs":[null,null,null],"note":""})");
}

TEST_CASE("a session is written as the documented object") {
  CHECK(
      json_of(full_session(), write_session_json) ==
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
  all.rise_settled = true;
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
  CHECK(contains(import_error(checkin_with(R"(,"redFlags":["fever"])")),
                 R"(redFlags: unknown warning sign "fever")"));
  CHECK(contains(import_error(checkin_with(R"(,"limits":["running"])")),
                 R"(limits: unknown activity "running")"));
  CHECK(contains(import_error(checkin_with(R"(,"causes":["bad luck"])")),
                 R"(causes: unknown cause "bad luck")"));
  CHECK(import_error(checkin_with(R"(,"feel":"spicy")")) ==
        R"(feel: unknown feel "spicy" (allowed: sharp, tight, aching, dullAche))");
  CHECK(import_error(checkin_with(R"(,"feel":2)")) ==
        "feel must be one of sharp, tight, aching, dullAche, or null");
  CHECK(import_error(checkin_with(R"(,"radiates":"yes")")) == "radiates must be true or false");
  CHECK(import_error(checkin_with(R"(,"stiffness":11)")) ==
        "stiffness must be a whole number from 0 to 10, or null");
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
    const auto read =
        read_session_json(parsed(R"({"id":"s","at":1795678200000,"utcOffsetMin":0)" + extra + "}"));
    REQUIRE_FALSE(read);
    return read.error();
  };
  CHECK(error("") == "kind is required");
  CHECK(error(R"(,"kind":"yoga")") ==
        R"(kind: unknown session kind "yoga" (allowed: routine, breathing, positionTest, plan))");
  CHECK(error(R"(,"kind":"routine","routine":"long")") ==
        R"(routine: unknown routine "long" (allowed: full, short, custom, program))");
  CHECK(error(R"(,"kind":"routine","activeMs":-5)") ==
        "activeMs must be a whole number from 0 to 86400000 (milliseconds, pauses excluded)");
  CHECK(error(R"(,"kind":"routine","total":101)") == "total must be a whole number from 0 to 100");
  CHECK(error(R"(,"kind":"routine","painAfter":"3")") ==
        "painAfter must be a whole number from 0 to 10, or null");
  CHECK(error(R"(,"kind":"routine","endedEarly":1)") == "endedEarly must be true or false");
  CHECK(error(R"(,"kind":"routine","pain":1)") == R"(unknown field "pain" (check its spelling))");
  const auto minimal =
      read_session_json(parsed(R"({"id":"s","at":1795678200000,"utcOffsetMin":0,"kind":"breathing"})"));
  REQUIRE(minimal);
  CHECK(minimal.value().kind == SessionKind::Breathing);
  CHECK_FALSE(minimal.value().pain_before.has_value());
}

// --- the export file and the import preview ---

namespace {

CheckIn checkin_at(const char* id, std::int64_t at_ms, int pain) {
  CheckIn e = unknot::test::sample_checkin(id, at_ms, pain);
  e.spots = kSpotCentre;
  e.note = "kept";
  return e;
}

SessionRecord session_at(const char* id, std::int64_t at_ms) {
  SessionRecord s = full_session();
  s.id = id;
  s.at_ms = at_ms;
  s.day = local_day(at_ms, s.utc_offset_min);
  return s;
}

Journal sample_journal() {
  Journal journal;
  upsert(journal, checkin_at("c1", kAt, 6));
  upsert(journal, checkin_at("c2", kAt + 86'400'000, 5));
  CheckIn bare;
  bare.id = "c3";
  bare.at_ms = kAt + 2 * 86'400'000;
  bare.day = local_day(bare.at_ms, 0);
  upsert(journal, bare);
  upsert(journal, session_at("s1", kAt + 3'600'000));
  SessionRecord breathing = session_at("s2", kAt + 7'200'000);
  breathing.kind = SessionKind::Breathing;
  breathing.pain_before.reset();
  upsert(journal, breathing);
  return journal;
}

const PsfsActivities kActivities = {"Tying shoes", "Gardening, 1 hour", ""};

Preferences with_activities(const PsfsActivities& names) {
  Preferences prefs;
  prefs.psfs_activities = names;
  return prefs;
}

std::string preview_error(const std::string& file, const Journal& journal = {}) {
  const auto preview = preview_import(journal, {}, file);
  REQUIRE_FALSE(preview);
  return preview.error();
}

std::string file_with(const std::string& fields) {
  return R"({"format":"unknot-journal","version":1)" + fields + "}";
}

}  // namespace

TEST_CASE("the export file has the documented envelope") {
  Journal journal;
  upsert(journal, checkin_at("c1", kAt, 6));
  const std::string file = export_journal_json(journal, with_activities(kActivities), 1'800'000'000'000);
  CHECK(file.rfind(R"({"format":"unknot-journal","version":2,"exportedAt":1800000000000,)"
                   R"("psfsActivities":["Tying shoes","Gardening, 1 hour",""],"settings":{"language":"en",)",
                   0) == 0);
  CHECK(contains(file, R"(,"program":null,"psfsRenamed":null},"checkIns":[{"id":"c1",)"));
  CHECK(contains(file, R"(],"sessions":[],"unreadable":[]})"));
}

TEST_CASE("export then import into an empty journal gives identical entries") {
  const Journal journal = sample_journal();
  const auto preview =
      preview_import(Journal{}, {}, export_journal_json(journal, with_activities(kActivities), kAt));
  REQUIRE(preview);
  CHECK(preview.value().new_checkins == journal.checkins);
  CHECK(preview.value().new_sessions == journal.sessions);
  CHECK(preview.value().psfs_activities == kActivities);
  CHECK(preview.value().duplicates == 0);
  CHECK(preview.value().conflicts == 0);
  CHECK(preview.value().first_ms == kAt);
  CHECK(preview.value().last_ms == kAt + 2 * 86'400'000);
}

TEST_CASE("an empty journal exports and imports as nothing") {
  const auto preview = preview_import(Journal{}, {}, export_journal_json(Journal{}, {}, 0));
  REQUIRE(preview);
  CHECK(preview.value().new_checkins.empty());
  CHECK(preview.value().new_sessions.empty());
  CHECK(preview.value().first_ms == 0);
  CHECK(preview.value().last_ms == 0);
}

TEST_CASE("importing into a journal skips what it has and overwrites nothing") {
  const std::string file = export_journal_json(sample_journal(), with_activities(kActivities), kAt);
  Journal mine;
  upsert(mine, checkin_at("c1", kAt, 6));               // identical: a duplicate
  upsert(mine, checkin_at("c2", kAt + 86'400'000, 9));  // same id, the user's own pain: a conflict
  SessionRecord my_session = session_at("s1", kAt + 3'600'000);
  my_session.done = 1;  // conflict
  upsert(mine, my_session);
  const Journal before = mine;

  const auto preview = preview_import(mine, {}, file);
  REQUIRE(preview);
  CHECK(preview.value().duplicates == 1);
  CHECK(preview.value().conflicts == 2);
  REQUIRE(preview.value().new_checkins.size() == 1);
  CHECK(preview.value().new_checkins[0].id == "c3");
  REQUIRE(preview.value().new_sessions.size() == 1);
  CHECK(preview.value().new_sessions[0].id == "s2");
  CHECK(preview.value().first_ms == kAt + 7'200'000);
  CHECK(preview.value().last_ms == kAt + 2 * 86'400'000);
  CHECK(mine.checkins == before.checkins);  // a preview changes nothing
  CHECK(mine.find_checkin("c2")->pain == 9);
}

TEST_CASE("an id given twice in the file counts as a duplicate or a conflict, the first kept") {
  const std::string c1 = R"({"id":"c1","at":1795678200000,"utcOffsetMin":60,"pain":3})";
  const std::string c1_other = R"({"id":"c1","at":1795678200000,"utcOffsetMin":60,"pain":8})";
  const auto preview =
      preview_import(Journal{}, {}, file_with(R"(,"checkIns":[)" + c1 + "," + c1 + "," + c1_other + "]"));
  REQUIRE(preview);
  REQUIRE(preview.value().new_checkins.size() == 1);
  CHECK(preview.value().new_checkins[0].pain == 3);
  CHECK(preview.value().duplicates == 1);
  CHECK(preview.value().conflicts == 1);
}

TEST_CASE("new entries come sorted by time") {
  const auto preview = preview_import(
      Journal{}, {},
      file_with(R"(,"checkIns":[{"id":"late","at":1795678200000,"utcOffsetMin":0,"pain":1},)"
                R"({"id":"early","at":1795000000000,"utcOffsetMin":0,"pain":2}],)"
                R"("sessions":[{"id":"s","at":1700000000000,"utcOffsetMin":0,"kind":"breathing"}])"));
  REQUIRE(preview);
  REQUIRE(preview.value().new_checkins.size() == 2);
  CHECK(preview.value().new_checkins[0].id == "early");
  CHECK(preview.value().first_ms == 1'700'000'000'000);
  CHECK(preview.value().last_ms == 1'795'678'200'000);
}

TEST_CASE("a minimal file and one saved again with a byte-order mark are accepted") {
  CHECK(preview_import(Journal{}, {}, file_with("")));
  CHECK(preview_import(Journal{}, {}, "\xEF\xBB\xBF" + file_with(R"(,"checkIns":[])") + "\r\n"));
}

TEST_CASE("a file that can't be imported says why, and nothing is offered") {
  CHECK(preview_error("") == "This file isn't an Unknot export: it is not JSON");
  CHECK(preview_error("date,pain\r\n2026-11-26,4\r\n") == "This file isn't an Unknot export: it is not JSON");
  CHECK(preview_error(file_with("") + "x") == "This file isn't an Unknot export: it is not JSON");
  CHECK(preview_error(file_with(R"(,"exportedAt":1)").replace(40, 0, "\xFF")) ==
        "This file isn't an Unknot export: it is not UTF-8 text");
  CHECK(preview_error("[1,2,3]") == "This file isn't an Unknot export: it is JSON from something else");
  CHECK(preview_error(R"({"checkIns":[]})") ==
        "This file isn't an Unknot export: it is JSON from something else");
  CHECK(preview_error(R"({"format":"other-journal","version":1})") ==
        "This file isn't an Unknot export: it is JSON from something else");
  CHECK(preview_error(R"({"format":"unknot-journal","version":3,"newThing":true})") ==
        "This file was made by a newer version of Unknot: update the app to import it");
  CHECK(preview_error(R"({"format":"unknot-journal"})") == "version must be a whole number from 1 to 2");
  CHECK(preview_error(R"({"format":"unknot-journal","version":"1"})") ==
        "version must be a whole number from 1 to 2");
  CHECK(preview_error(R"({"format":"unknot-journal","version":1,"settings":{}})") ==
        R"(unknown field "settings" (check its spelling))");
  CHECK(preview_error(file_with(R"(,"checkIns":{})")) == "checkIns must be a list of check-ins");
  CHECK(preview_error(file_with(R"(,"sessions":5)")) == "sessions must be a list of sessions");
  CHECK(preview_error(file_with(R"(,"checkins":[])")) == R"(unknown field "checkins" (check its spelling))");
  CHECK(preview_error(file_with(R"(,"psfsActivities":["a","b"])")) ==
        "psfsActivities must be a list of 3 activity names (text, empty when not named)");
  CHECK(preview_error(file_with(R"(,"psfsActivities":["a","b",")" + std::string(81, 'x') + R"("])")) ==
        "psfsActivities: an activity name is too long: at most 80 bytes");
  CHECK(preview_error(file_with(R"(,"exportedAt":-1)")) ==
        "exportedAt must be a whole number from 0 to 253402300799999 (milliseconds since 1970-01-01 UTC)");
}

TEST_CASE("one bad entry refuses the whole file, naming the entry") {
  const std::string good = R"({"id":"a","at":1795678200000,"utcOffsetMin":60,"pain":3})";
  const std::string bad = R"({"id":"b","at":1795678200000,"utcOffsetMin":60,"pain":12})";
  CHECK(preview_error(file_with(R"(,"checkIns":[)" + good + "," + bad + "]")) ==
        "check-in 2: pain must be a whole number from 0 to 10");
  CHECK(preview_error(file_with(R"(,"checkIns":[)" + good + R"(],"sessions":[{"id":"s"}])")) ==
        "session 1: at is required");
  CHECK(preview_error(file_with(R"(,"checkIns":[)" + good + R"(,7])")) ==
        "check-in 2: a check-in must be an object {…}");
}

TEST_CASE("files over the caps are refused before any entry is read") {
  std::string big = file_with(R"(,"checkIns":[],"exportedAt":1)");
  big.insert(big.size() - 1,
             std::string(kMaxImportBytes, ' '));  // whitespace is valid JSON: only the size is wrong
  CHECK(preview_error(big) == "This file is too large to import: at most 32 MB");

  std::string many = R"(,"checkIns":[)";
  for (std::size_t i = 0; i <= kMaxImportEntries; ++i) many += i == 0 ? "{}" : ",{}";
  CHECK(preview_error(file_with(many + "]")) ==
        "This file has more than 200,000 entries: too many to import");
}

TEST_CASE("deeply nested input is refused without exhausting the stack") {
  const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
  CHECK(preview_error(deep) == "This file isn't an Unknot export: it is JSON from something else");
  const std::string deep_entry =
      file_with(R"(,"checkIns":[)" + std::string(100'000, '[') + std::string(100'000, ']') + "]");
  CHECK(preview_error(deep_entry) == "check-in 1: a check-in must be an object {…}");
}
