#include "core/flow/action.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cmath>
#include <string>

#include "core/routine/exercise.h"
#include "core/support/action_fields.h"
#include "core/support/json_limits.h"
#include "core/position/position_test.h"

namespace unknot {
namespace {

using Json = rapidjson::Value;
using namespace action_fields;


Result<Action> parse_navigate(const Json& object) {
  const auto id = string_field(object, "screen");
  if (!id) return Result<Action>::fail("navigate: " + id.error());
  const auto screen = screen_from_id(id.value());
  if (!screen) return Result<Action>::fail("navigate: unknown screen \"" + std::string(id.value()) + "\"");
  return Result<Action>::ok(Navigate{*screen});
}

Result<Action> parse_set_locale(const Json& object) {
  const auto tag = string_field(object, "locale");
  if (!tag) return Result<Action>::fail("setLocale: " + tag.error());
  const auto locale = locale_from_tag(tag.value());
  if (!locale) return Result<Action>::fail("setLocale: unsupported locale \"" + std::string(tag.value()) + "\" (use \"en\" or \"es\")");
  return Result<Action>::ok(SetLocale{*locale});
}


Result<Action> parse_show_exercise(const Json& object) {
  const auto it = object.FindMember("exercise");
  if (it == object.MemberEnd()) return Result<Action>::fail("showExercise: missing \"exercise\" (a key or an index)");
  if (it->value.IsUint()) {
    const unsigned index = it->value.GetUint();
    if (index >= kExerciseCount) {
      return Result<Action>::fail("showExercise: index must be below " + std::to_string(kExerciseCount));
    }
    return Result<Action>::ok(ShowExercise{index});
  }
  if (it->value.IsString()) {
    const std::string_view key(it->value.GetString(), it->value.GetStringLength());
    if (const auto id = exercise_from_key(key)) return Result<Action>::ok(ShowExercise{static_cast<std::size_t>(*id)});
    return Result<Action>::fail("showExercise: unknown exercise \"" + std::string(key) + "\"");
  }
  return Result<Action>::fail("showExercise: \"exercise\" must be a key or an index");
}

Result<Action> parse_show_learn_page(const Json& object) {
  const auto key = string_field(object, "page");
  if (!key) return Result<Action>::fail("showLearnPage: " + key.error());
  if (const auto page = learn_page_from_key(key.value())) return Result<Action>::ok(ShowLearnPage{*page});
  return Result<Action>::fail("showLearnPage: unknown page \"" + std::string(key.value()) + "\"");
}

Result<Action> parse_start_routine(const Json& object) {
  const auto name = string_field(object, "routine");
  if (!name) return Result<Action>::fail("startRoutine: " + name.error());
  if (name.value() == "full") return Result<Action>::ok(StartRoutine{RoutineKind::Full});
  if (name.value() == "short") return Result<Action>::ok(StartRoutine{RoutineKind::Short});
  if (name.value() == "custom") return Result<Action>::ok(StartRoutine{RoutineKind::Custom});
  if (name.value() == "program") return Result<Action>::ok(StartRoutine{RoutineKind::Program});
  return Result<Action>::fail("startRoutine: unknown routine \"" + std::string(name.value()) +
                              "\" (use \"full\", \"short\", \"custom\" or \"program\")");
}

// Optional integer field: absent keeps `value` as it is.
Result<bool> read_int(const Json& object, const char* name, int& value) {
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd()) return Result<bool>::ok(false);
  if (!it->value.IsInt()) return Result<bool>::fail(std::string("\"") + name + "\" must be a whole number");
  value = it->value.GetInt();
  return Result<bool>::ok(true);
}

// A dose given as JSON; fields left out keep the exercise's default.
Result<Dosage> parse_dosage(const Json& object, Dosage dosage) {
  if (!object.IsObject()) return Result<Dosage>::fail("\"dosage\" must be an object");
  const auto kind = object.FindMember("kind");
  if (kind != object.MemberEnd()) {
    const std::string_view k = kind->value.IsString() ? kind->value.GetString() : "";
    if (k == "hold") dosage.kind = DoseKind::Hold;
    else if (k == "reps") dosage.kind = DoseKind::Reps;
    else return Result<Dosage>::fail("\"kind\" must be \"hold\" or \"reps\"");
  }
  const auto per_side = object.FindMember("perSide");
  if (per_side != object.MemberEnd()) {
    if (!per_side->value.IsBool()) return Result<Dosage>::fail("\"perSide\" must be true or false");
    dosage.per_side = per_side->value.GetBool();
  }
  for (auto [name, field] : {std::pair<const char*, int*>{"holdS", &dosage.hold_s}, {"reps", &dosage.reps},
                             {"repMs", &dosage.rep_ms}, {"rounds", &dosage.rounds}, {"restS", &dosage.rest_s}}) {
    const auto read = read_int(object, name, *field);
    if (!read) return Result<Dosage>::fail(read.error());
  }
  return validate_dosage(dosage);
}

Result<Action> parse_custom_routine(const Json& object) {
  const auto items = object.FindMember("items");
  if (items == object.MemberEnd()) return Result<Action>::fail("setCustomRoutine: \"items\" must be an array");
  auto plan = parse_routine_items(items->value);
  if (!plan) return Result<Action>::fail("setCustomRoutine: " + plan.error());
  return Result<Action>::ok(SetCustomRoutine{std::move(plan).value()});
}


// Actions that carry nothing but their type.
struct PlainAction {
  std::string_view type;
  Action action;
};
const PlainAction kPlainActions[] = {
    {"back", GoBack{}},
    {"pauseRoutine", PauseRoutine{}},
    {"resumeRoutine", ResumeRoutine{}},
    {"skipExercise", SkipExercise{}},
    {"previousExercise", PreviousExercise{}},
    {"restartExercise", RestartExercise{}},
    {"endRoutine", EndRoutine{}},
    {"closeRoutine", CloseRoutine{}},
    {"startBreathing", StartBreathing{}},
    {"pauseBreathing", PauseBreathing{}},
    {"resumeBreathing", ResumeBreathing{}},
    {"stopBreathing", StopBreathing{}},
    {"closeBreathing", CloseBreathing{}},
    {"finishRest", FinishRestEarly{}},
    {"cancelPositionTest", CancelPositionTest{}},
    {"closePositionTest", ClosePositionTest{}},
    {"applyUpdate", ApplyUpdate{}},
    {"openFullApp", OpenFullApp{}},
    {"allowNotifications", AllowNotifications{}},
};


// Seconds as JSON numbers (0.5 steps allowed) to whole milliseconds.
Result<int> seconds_field(const Json& object, const char* name, int fallback_ms) {
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd()) return Result<int>::ok(fallback_ms);
  if (!it->value.IsNumber()) return Result<int>::fail(std::string("\"") + name + "\" must be a number of seconds");
  const double seconds = it->value.GetDouble();
  if (!(seconds >= -1000.0 && seconds <= 1000.0)) {
    return Result<int>::fail(std::string("\"") + name + "\" is out of range");
  }
  return Result<int>::ok(static_cast<int>(std::lround(seconds * 1000.0)));
}

Result<Action> parse_breath_pattern(const Json& object) {
  BreathPattern pattern;
  pattern.hold_in_ms = pattern.hold_out_ms = 0;
  const struct {
    const char* name;
    int* field;
  } fields[] = {{"inhaleS", &pattern.inhale_ms}, {"holdInS", &pattern.hold_in_ms},
                {"exhaleS", &pattern.exhale_ms}, {"holdOutS", &pattern.hold_out_ms}};
  for (const auto& f : fields) {
    const auto value = seconds_field(object, f.name, *f.field);
    if (!value) return Result<Action>::fail("setBreathPattern: " + value.error());
    *f.field = value.value();
  }
  const auto checked = validate_custom_pattern(pattern);
  if (!checked) return Result<Action>::fail("setBreathPattern: " + checked.error());
  return Result<Action>::ok(SetBreathPattern{pattern});
}

Result<Action> parse_breath_length(const Json& object) {
  const auto it = object.FindMember("minutes");
  if (it == object.MemberEnd() || !it->value.IsInt()) {
    return Result<Action>::fail("setBreathLength: \"minutes\" must be 1, 3, 5, 10, or 0 for open-ended");
  }
  const std::int64_t ms = std::int64_t{it->value.GetInt()} * 60000;
  for (std::int64_t allowed : kBreathLengthsMs) {
    if (allowed == ms) return Result<Action>::ok(SetBreathLength{ms});
  }
  return Result<Action>::fail("setBreathLength: \"minutes\" must be 1, 3, 5, 10, or 0 for open-ended");
}

}  // namespace

Result<RoutinePlan> parse_routine_items(const Json& items) {
  using R = Result<RoutinePlan>;
  if (!items.IsArray()) return R::fail("\"items\" must be an array");
  if (items.Size() > kMaxRoutineItems) return R::fail("at most " + std::to_string(kMaxRoutineItems) + " items");
  RoutinePlan plan;
  for (const Json& item : items.GetArray()) {
    if (!item.IsObject()) return R::fail("each item must be an object");
    const auto key = string_field(item, "exercise");
    if (!key) return R::fail(key.error());
    const auto id = exercise_from_key(key.value());
    if (!id) return R::fail("unknown exercise \"" + std::string(key.value()) + "\"");
    Dosage dosage = exercise(*id).dosage;
    const auto given = item.FindMember("dosage");
    if (given != item.MemberEnd()) {
      const auto parsed = parse_dosage(given->value, dosage);
      if (!parsed) return R::fail(std::string(key.value()) + ": " + parsed.error());
      dosage = parsed.value();
    }
    plan.push_back({*id, dosage});
  }
  return R::ok(std::move(plan));
}

Result<Action> parse_action(std::string_view json) {
  if (json.size() > kMaxActionBytes) {
    return Result<Action>::fail("an action may be at most " + std::to_string(kMaxActionBytes >> 20) + " MB");
  }
  if (json_depth(json, kMaxActionDepth) > kMaxActionDepth) {
    return Result<Action>::fail("an action may nest at most " + std::to_string(kMaxActionDepth) + " levels deep");
  }
  rapidjson::Document doc;
  // Iterative as well: the parser's own stack can't overflow, whatever the input.
  doc.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    return Result<Action>::fail(std::string("malformed JSON at offset ") + std::to_string(doc.GetErrorOffset()) +
                                ": " + rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject()) return Result<Action>::fail("an action must be a JSON object");
  const auto type = string_field(doc, "type");
  if (!type) return Result<Action>::fail("action " + type.error());

  const std::string_view kind = type.value();
  for (const PlainAction& plain : kPlainActions) {
    if (plain.type == kind) return Result<Action>::ok(plain.action);
  }
  if (kind == "navigate") return parse_navigate(doc);
  if (kind == "setLocale") return parse_set_locale(doc);
  if (kind == "setSound") return parse_switch(doc, "setSound", [](bool on) { return Action(SetSound{on}); });
  if (kind == "setVibration") {
    return parse_switch(doc, "setVibration", [](bool on) { return Action(SetVibration{on}); });
  }
  if (kind == "setShareWithHost") {
    return parse_switch(doc, "setShareWithHost", [](bool on) { return Action(SetShareWithHost{on}); });
  }
  if (kind == "showExercise") return parse_show_exercise(doc);
  if (kind == "showLearnPage") return parse_show_learn_page(doc);
  if (kind == "startRoutine") return parse_start_routine(doc);
  if (kind == "setCustomRoutine") return parse_custom_routine(doc);
  if (kind == "setReduceMotion") {
    return parse_switch(doc, "setReduceMotion", [](bool on) { return Action(SetReduceMotion{on}); });
  }
  if (kind == "setBreathPreset") {
    const auto key = string_field(doc, "preset");
    if (!key) return Result<Action>::fail("setBreathPreset: " + key.error());
    if (const auto preset = preset_from_key(key.value())) return Result<Action>::ok(SetBreathPreset{*preset});
    return Result<Action>::fail("setBreathPreset: unknown preset \"" + std::string(key.value()) +
                                "\" (use \"seven\", \"relaxed\", \"box\" or \"478\")");
  }
  if (kind == "setBreathPattern") return parse_breath_pattern(doc);
  if (kind == "setBreathLength") return parse_breath_length(doc);
  if (kind == "startPositionTest") {
    return parse_int_action(doc, "startPositionTest", "minutes", kMinRestMinutes, kMaxRestMinutes,
                            [](int n) { return Action(StartPositionTest{n}); });
  }
  if (kind == "ratePain") {
    return parse_int_action(doc, "ratePain", "pain", 0, 10, [](int n) { return Action(RatePain{n}); });
  }
  if (auto journal = parse_journal_action(kind, doc)) return std::move(*journal);
  if (auto plan = parse_plan_action(kind, doc)) return std::move(*plan);
  return Result<Action>::fail("unknown action type \"" + std::string(type.value()) + "\"");
}

}  // namespace unknot
