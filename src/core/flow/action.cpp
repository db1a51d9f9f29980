#include "core/flow/action.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cmath>
#include <string>

#include "core/flow/action_readers.h"
#include "core/position/position_test.h"
#include "core/routine/exercise.h"
#include "core/support/json_limits.h"

namespace unknot {
namespace {

using Json = rapidjson::Value;
using R = Result<Action>;

R read_navigate(JsonFields& in) {
  const auto id = in.word("screen");
  if (!id) return fields_error(in);
  const auto screen = screen_from_id(*id);
  if (!screen) return R::fail("unknown screen " + quoted(*id));
  return R::ok(Navigate{*screen});
}

R read_set_locale(JsonFields& in) {
  const auto tag = in.word("locale");
  if (!tag) return fields_error(in);
  const auto locale = locale_from_tag(*tag);
  if (!locale) return R::fail("unsupported locale " + quoted(*tag) + " (use \"en\" or \"es\")");
  return R::ok(SetLocale{*locale});
}

R read_show_exercise(JsonFields& in) {
  const Json* given = in.value("exercise");
  if (!given) return R::fail("missing \"exercise\" (a key or an index)");
  if (given->IsUint()) {
    const unsigned index = given->GetUint();
    if (index >= kExerciseCount) return R::fail("index must be below " + std::to_string(kExerciseCount));
    return R::ok(ShowExercise{index});
  }
  if (given->IsString()) {
    const std::string_view key(given->GetString(), given->GetStringLength());
    if (const auto id = exercise_from_key(key)) return R::ok(ShowExercise{static_cast<std::size_t>(*id)});
    return R::fail("unknown exercise " + quoted(key));
  }
  return R::fail("\"exercise\" must be a key or an index");
}

R read_show_learn_page(JsonFields& in) {
  const auto key = in.word("page");
  if (!key) return fields_error(in);
  if (const auto page = learn_page_from_key(*key)) return R::ok(ShowLearnPage{*page});
  return R::fail("unknown page " + quoted(*key));
}

R read_start_routine(JsonFields& in) {
  const auto name = in.word("routine");
  if (!name) return fields_error(in);
  if (*name == "full") return R::ok(StartRoutine{RoutineKind::Full});
  if (*name == "short") return R::ok(StartRoutine{RoutineKind::Short});
  if (*name == "custom") return R::ok(StartRoutine{RoutineKind::Custom});
  if (*name == "program") return R::ok(StartRoutine{RoutineKind::Program});
  return R::fail("unknown routine " + quoted(*name) +
                 " (use \"full\", \"short\", \"custom\" or \"program\")");
}

// A dose given as JSON; fields left out keep the exercise's default.
Result<Dosage> parse_dosage(const Json& object, Dosage dosage) {
  JsonFields in(object, "\"dosage\"", {"kind", "perSide", "holdS", "reps", "repMs", "rounds", "restS"});
  if (const Json* kind = in.value("kind")) {
    const std::string_view k = kind->IsString() ? kind->GetString() : "";
    if (k == "hold")
      dosage.kind = DoseKind::Hold;
    else if (k == "reps")
      dosage.kind = DoseKind::Reps;
    else
      in.fail("\"kind\" must be \"hold\" or \"reps\"");
  }
  if (const auto per_side = in.flag("perSide")) dosage.per_side = *per_side;
  for (auto [name, field] : {std::pair<const char*, int*>{"holdS", &dosage.hold_s},
                             {"reps", &dosage.reps},
                             {"repMs", &dosage.rep_ms},
                             {"rounds", &dosage.rounds},
                             {"restS", &dosage.rest_s}}) {
    const Json* value = in.value(name);
    if (value && !value->IsInt())
      in.fail(std::string("\"") + name + "\" must be a whole number");
    else if (value)
      *field = value->GetInt();
  }
  if (!in.ok()) return Result<Dosage>::fail(in.error());
  return validate_dosage(dosage);
}

R read_custom_routine(JsonFields& in) {
  const Json* items = in.value("items");
  if (!items) return R::fail("\"items\" must be an array");
  auto plan = parse_routine_items(*items);
  if (!plan) return R::fail(plan.error());
  return R::ok(SetCustomRoutine{std::move(plan).value()});
}

// Seconds as JSON numbers (0.5 steps allowed) to whole milliseconds.
void read_seconds(JsonFields& in, const char* name, int& ms) {
  const Json* value = in.value(name);
  if (!value) return;
  if (!value->IsNumber()) return in.fail(std::string("\"") + name + "\" must be a number of seconds");
  const double seconds = value->GetDouble();
  if (!(seconds >= -1000.0 && seconds <= 1000.0))
    return in.fail(std::string("\"") + name + "\" is out of range");
  ms = static_cast<int>(std::lround(seconds * 1000.0));
}

R read_breath_pattern(JsonFields& in) {
  BreathPattern pattern;
  pattern.hold_in_ms = pattern.hold_out_ms = 0;
  read_seconds(in, "inhaleS", pattern.inhale_ms);
  read_seconds(in, "holdInS", pattern.hold_in_ms);
  read_seconds(in, "exhaleS", pattern.exhale_ms);
  read_seconds(in, "holdOutS", pattern.hold_out_ms);
  if (!in.ok()) return fields_error(in);
  const auto checked = validate_custom_pattern(pattern);
  if (!checked) return R::fail(checked.error());
  return R::ok(SetBreathPattern{pattern});
}

R read_breath_length(JsonFields& in) {
  const Json* minutes = in.value("minutes");
  const char* allowed = "\"minutes\" must be 1, 3, 5, 10, or 0 for open-ended";
  if (!minutes || !minutes->IsInt()) return R::fail(allowed);
  const std::int64_t ms = std::int64_t{minutes->GetInt()} * 60000;
  for (std::int64_t length : kBreathLengthsMs) {
    if (length == ms) return R::ok(SetBreathLength{ms});
  }
  return R::fail(allowed);
}

R read_breath_preset(JsonFields& in) {
  const auto key = in.word("preset");
  if (!key) return fields_error(in);
  if (const auto preset = preset_from_key(*key)) return R::ok(SetBreathPreset{*preset});
  return R::fail("unknown preset " + quoted(*key) + " (use \"seven\", \"relaxed\", \"box\" or \"478\")");
}

const std::vector<ActionReader>& core_action_readers() {
  static const std::vector<ActionReader> readers = {
      plain_reader<GoBack>("back"),
      plain_reader<PauseRoutine>("pauseRoutine"),
      plain_reader<ResumeRoutine>("resumeRoutine"),
      plain_reader<SkipExercise>("skipExercise"),
      plain_reader<PreviousExercise>("previousExercise"),
      plain_reader<RestartExercise>("restartExercise"),
      plain_reader<EndRoutine>("endRoutine"),
      plain_reader<CloseRoutine>("closeRoutine"),
      plain_reader<StartBreathing>("startBreathing"),
      plain_reader<PauseBreathing>("pauseBreathing"),
      plain_reader<ResumeBreathing>("resumeBreathing"),
      plain_reader<StopBreathing>("stopBreathing"),
      plain_reader<CloseBreathing>("closeBreathing"),
      plain_reader<FinishRestEarly>("finishRest"),
      plain_reader<CancelPositionTest>("cancelPositionTest"),
      plain_reader<ClosePositionTest>("closePositionTest"),
      plain_reader<ApplyUpdate>("applyUpdate"),
      plain_reader<OpenFullApp>("openFullApp"),
      plain_reader<AllowNotifications>("allowNotifications"),
      {"navigate", {"screen"}, read_navigate},
      {"setLocale", {"locale"}, read_set_locale},
      {"setSound",
       {"on"},
       [](JsonFields& in) { return read_switch(in, "on", [](bool on) { return Action(SetSound{on}); }); }},
      {"setVibration",
       {"on"},
       [](JsonFields& in) {
         return read_switch(in, "on", [](bool on) { return Action(SetVibration{on}); });
       }},
      {"setShareWithHost",
       {"on"},
       [](JsonFields& in) {
         return read_switch(in, "on", [](bool on) { return Action(SetShareWithHost{on}); });
       }},
      {"setReduceMotion",
       {"on"},
       [](JsonFields& in) {
         return read_switch(in, "on", [](bool on) { return Action(SetReduceMotion{on}); });
       }},
      {"showExercise", {"exercise"}, read_show_exercise},
      {"showLearnPage", {"page"}, read_show_learn_page},
      {"startRoutine", {"routine"}, read_start_routine},
      {"setCustomRoutine", {"items"}, read_custom_routine},
      {"setBreathPreset", {"preset"}, read_breath_preset},
      {"setBreathPattern", {"inhaleS", "holdInS", "exhaleS", "holdOutS"}, read_breath_pattern},
      {"setBreathLength", {"minutes"}, read_breath_length},
      {"startPositionTest",
       {"minutes"},
       [](JsonFields& in) {
         return read_whole(in, "minutes", kMinRestMinutes, kMaxRestMinutes,
                           [](int n) { return Action(StartPositionTest{n}); });
       }},
      {"ratePain",
       {"pain"},
       [](JsonFields& in) {
         return read_whole(in, "pain", 0, 10, [](int n) { return Action(RatePain{n}); });
       }},
  };
  return readers;
}

const ActionReader* reader_for(std::string_view type) {
  for (const auto* readers :
       {&core_action_readers(), &journal_action_readers(), &plan_action_readers(), &voice_action_readers()}) {
    for (const ActionReader& reader : *readers) {
      if (reader.type == type) return &reader;
    }
  }
  return nullptr;
}

}  // namespace

Result<RoutinePlan> parse_routine_items(const Json& items) {
  using RP = Result<RoutinePlan>;
  if (!items.IsArray()) return RP::fail("\"items\" must be an array");
  if (items.Size() > kMaxRoutineItems)
    return RP::fail("at most " + std::to_string(kMaxRoutineItems) + " items");
  RoutinePlan plan;
  for (const Json& item : items.GetArray()) {
    if (!item.IsObject()) return RP::fail("each item must be an object");
    JsonFields in(item, "an item", {"exercise", "dosage"});
    const auto key = in.word("exercise");
    if (!key) return RP::fail(in.error());
    const auto id = exercise_from_key(*key);
    if (!id) return RP::fail("unknown exercise " + quoted(*key));
    Dosage dosage = exercise(*id).dosage;
    if (const Json* given = in.value("dosage")) {
      const auto parsed = parse_dosage(*given, dosage);
      if (!parsed) return RP::fail(std::string(*key) + ": " + parsed.error());
      dosage = parsed.value();
    }
    plan.push_back({*id, dosage, Variant::Standard});
  }
  return RP::ok(std::move(plan));
}

Result<Action> parse_action(std::string_view json) {
  if (json.size() > kMaxActionBytes) {
    return R::fail("an action may be at most " + std::to_string(kMaxActionBytes >> 20) + " MB");
  }
  if (json_depth(json, kMaxActionDepth) > kMaxActionDepth) {
    return R::fail("an action may nest at most " + std::to_string(kMaxActionDepth) + " levels deep");
  }
  rapidjson::Document doc;
  // Iterative as well: the parser's own stack can't overflow, whatever the input.
  doc.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    return R::fail(std::string("malformed JSON at offset ") + std::to_string(doc.GetErrorOffset()) + ": " +
                   rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject()) return R::fail("an action must be a JSON object");
  const auto type = doc.FindMember("type");
  if (type == doc.MemberEnd()) return R::fail("action missing \"type\"");
  if (!type->value.IsString()) return R::fail("action \"type\" must be a string");
  const std::string_view kind(type->value.GetString(), type->value.GetStringLength());
  const ActionReader* reader = reader_for(kind);
  if (!reader) return R::fail("unknown action type " + quoted(kind));

  std::vector<std::string_view> fields = reader->fields;
  fields.push_back("type");
  JsonFields in(doc, kind, fields);
  R action = in.ok() ? reader->read(in) : fields_error(in);
  if (action && !in.ok()) action = fields_error(in);
  if (!action) return R::fail(std::string(kind) + ": " + action.error());
  return action;
}

}  // namespace unknot
