// dispatch's promise: an action answered { ok: false } leaves the state exactly as it was, not
// even its revision moves. Every action type of the JS API is sent malformed (no payload, and
// every field of the wrong kind) to apps in several situations; every refusal is checked
// against state() before and after, and carries a code and a translated message.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"
#include "core/support/json_limits.h"

using namespace unknot;

namespace {

constexpr std::int64_t kNow = 1'795'163'400'000;  // 2026-11-20 08:30 UTC

// Every action type the JS API takes (README "The JS API"). A type missing here is caught by
// the check below that each one is known to the parser.
const std::vector<std::string> kActionTypes = {"navigate",
                                               "back",
                                               "setLocale",
                                               "setSound",
                                               "setVibration",
                                               "setShareWithHost",
                                               "showExercise",
                                               "showLearnPage",
                                               "startRoutine",
                                               "setCustomRoutine",
                                               "pauseRoutine",
                                               "resumeRoutine",
                                               "skipExercise",
                                               "previousExercise",
                                               "restartExercise",
                                               "endRoutine",
                                               "closeRoutine",
                                               "setReduceMotion",
                                               "setBreathPreset",
                                               "setBreathPattern",
                                               "setBreathLength",
                                               "startBreathing",
                                               "pauseBreathing",
                                               "resumeBreathing",
                                               "stopBreathing",
                                               "closeBreathing",
                                               "startPositionTest",
                                               "ratePain",
                                               "finishRest",
                                               "cancelPositionTest",
                                               "closePositionTest",
                                               "saveCheckIn",
                                               "rateSessionPain",
                                               "setPsfsActivities",
                                               "setTextSize",
                                               "setHighContrast",
                                               "retrySaves",
                                               "exportData",
                                               "importData",
                                               "confirmImport",
                                               "cancelImport",
                                               "eraseAllData",
                                               "applyUpdate",
                                               "openFullApp",
                                               "allowNotifications",
                                               "tickPlanItem",
                                               "setPlanItem",
                                               "setPlanTime",
                                               "setPlanRoutine",
                                               "setMovementBreaks",
                                               "finishBreak",
                                               "startProgram",
                                               "resumeProgram",
                                               "reviewWeek",
                                               "endProgram",
                                               "replaceDamagedSettings",
                                               "dismissStorageNotice"};

// Every field any action reads, each of a kind it does not allow.
const std::string kWrongFields =
    R"("screen":7,"locale":1,"on":"yes","exercise":-1,"page":[],"routine":{},"plan":1,"preset":0,)"
    R"("inhaleS":"x","minutes":"x","pain":99,"checkIn":[],"when":0,"names":1,"size":0,"format":0,)"
    R"("text":5,"item":"zz","done":"x","included":1,"time":9,"intervalMin":7,"quietFrom":1,)"
    R"("snooze":1,"feel":3,"confirm":"yes")";

std::vector<std::string> malformed(const std::string& type) {
  const std::string head = R"({"type":")" + type + "\"";
  return {head + "}", head + "," + kWrongFields + "}",
          head + R"(,"text":"{\"format\":\"unknot-journal\"")" + "}"};
}

// The situations an action may meet.
struct Situation {
  const char* name;
  std::function<void(AppState&)> set_up;
};

void run(AppState& state, const Action& action) {
  dispatch(state, action, Moment{kNow, 60, 7});
}

const std::vector<Situation> kSituations = {
    {"a fresh app", [](AppState&) {}},
    {"storage working, a routine running",
     [](AppState& s) {
       run(s, StorageOpened{true, {}, {}});
       run(s, StartRoutine{RoutineKind::Full});
     }},
    {"breathing, with a program and an import preview",
     [](AppState& s) {
       run(s, StorageOpened{true, {}, {}});
       run(s, StartBreathing{});
       run(s, StartProgram{4, {}});
       run(s, PreviewImport{R"({"format":"unknot-journal","version":1})"});
     }},
    {"a position test resting, embedded, an update waiting",
     [](AppState& s) {
       run(s, StorageOpened{true, {}, {}});
       run(s, StartPositionTest{3});
       run(s, RatePain{5});
       run(s, SetEmbedded{true});
       run(s, UpdateReady{});
     }},
    {"a journal a newer version wrote (read-only)",
     [](AppState& s) {
       CheckIn entry;
       entry.pain = 3;
       run(s, SaveCheckIn{entry});
       s.storage.mode = StorageMode::ReadOnly;
     }},
};

}  // namespace

TEST_CASE("every action type is one the parser knows") {
  for (const std::string& type : kActionTypes) {
    for (const std::string& json : malformed(type)) {
      AppState state;
      const std::string answer = dispatch_json(state, json, Moment{kNow, 60, 1});
      INFO(json << " -> " << answer);
      CHECK(answer.find("unknown action type") == std::string::npos);
    }
  }
}

TEST_CASE("a refused action changes nothing, and says why in a code and in words") {
  std::set<std::string> refused_types;
  for (const Situation& situation : kSituations) {
    for (const std::string& type : kActionTypes) {
      for (const std::string& json : malformed(type)) {
        AppState state;
        situation.set_up(state);
        const std::string before = state_to_json(state, kNow, 60);
        const std::string answer = dispatch_json(state, json, Moment{kNow, 60, 9});
        rapidjson::Document doc;
        doc.Parse(answer.c_str());
        INFO(situation.name << ": " << json << " -> " << answer);
        REQUIRE(doc.IsObject());
        if (doc["ok"].GetBool()) continue;
        refused_types.insert(type);
        CHECK(state_to_json(state, kNow, 60) == before);
        REQUIRE(doc.HasMember("code"));
        const std::string code = doc["code"].GetString();
        CHECK((code == "invalid" || code == "notNow" || code == "readOnly" || code == "badFile" ||
               code == "unsaved"));
        CHECK(doc["error"].GetStringLength() > 0);
        CHECK(doc["message"].GetStringLength() > 0);
      }
    }
  }
  // Only these never refuse: going back, cancelling an import and retrying saves are always
  // allowed (with nothing to do they change nothing), and breathing starts afresh at any time.
  const std::set<std::string> never_refused = {"back", "cancelImport", "retrySaves", "startBreathing",
                                               "dismissStorageNotice"};
  for (const std::string& type : kActionTypes) {
    INFO(type);
    if (never_refused.count(type) == 1) continue;
    CHECK(refused_types.count(type) == 1);
  }
}

TEST_CASE("a refusal's message is in the app's language") {
  AppState state;
  run(state, SetLocale{Locale::Es});
  const std::string answer = dispatch_json(state, R"({"type":"pauseRoutine"})", Moment{kNow, 60, 1});
  CHECK(answer.find(R"("code":"notNow")") != std::string::npos);
  CHECK(answer.find(R"("message":"Eso no se puede hacer ahora.")") != std::string::npos);
}

TEST_CASE("a weekly review in read-only mode says so whole, not cut at a colon") {
  AppState state;
  run(state, StartProgram{4, {}});
  state.storage.mode = StorageMode::ReadOnly;
  CheckIn review;
  review.pain = 3;
  const DispatchOutcome out =
      dispatch(state, ReviewWeek{review, WeekFeel::Same}, Moment{kNow + 8 * 86'400'000LL, 60, 3});
  CHECK(out.refusal == RefusalCode::ReadOnly);
  CHECK(out.error.find("newer version of Unknot") != std::string::npos);
  CHECK(out.error.rfind("reviewWeek", 0) == std::string::npos);
}

TEST_CASE("a broken import file is refused with its reason and leaves an earlier preview alone") {
  AppState state;
  run(state, StorageOpened{true, {}, {}});
  run(state, PreviewImport{R"({"format":"unknot-journal","version":1})"});
  REQUIRE(state.import_preview);
  const auto revision = state.revision;
  const DispatchOutcome out = dispatch(state, PreviewImport{"{\"format\":"}, Moment{kNow, 60, 3});
  CHECK(out.refusal == RefusalCode::BadFile);
  CHECK(out.error == "This file isn't an Unknot export: it is not JSON");
  REQUIRE(out.announcements.size() == 1);
  CHECK(out.announcements[0].text == out.error);
  CHECK(state.import_preview);
  CHECK(state.revision == revision);
}

TEST_CASE("deeply nested or huge actions are refused, never parsed into a crash") {
  AppState state;
  const std::string before = state_to_json(state, kNow, 60);
  for (int depth : {33, 1000, 200000}) {
    const std::string deep =
        R"({"type":"saveCheckIn","checkIn":)" + std::string(depth, '[') + std::string(depth, ']') + "}";
    const std::string answer = dispatch_json(state, deep, Moment{kNow, 60, 1});
    INFO(depth);
    CHECK(answer.find(R"("ok":false,"code":"invalid","error":"an action may nest at most 32 levels deep")") !=
          std::string::npos);
    const std::string unclosed = R"({"type":"navigate","screen":)" + std::string(depth, '[');
    CHECK(dispatch_json(state, unclosed, Moment{kNow, 60, 1}).find(R"("ok":false)") != std::string::npos);
  }
  // Brackets inside strings are text, not nesting.
  const std::string note =
      R"({"type":"saveCheckIn","checkIn":{"pain":3,"note":")" + std::string(500, '[') + "\"}}";
  AppState other;
  CHECK(dispatch_json(other, note, Moment{kNow, 60, 1}).find(R"("ok":true)") != std::string::npos);
  CHECK(dispatch_json(state, std::string(kMaxActionBytes + 1, ' '), Moment{kNow, 60, 1})
            .find("an action may be at most 64 MB") != std::string::npos);
  CHECK(state_to_json(state, kNow, 60) == before);
}
