// Actions from JSON (the JS API, the host page): one reader per action type, each naming the
// fields it takes. parse_action() reads every action through JsonFields, the one reader of JSON
// from outside, so the policy is the same everywhere: an unknown or repeated field is refused
// and named, and every error names the field and what it allows.
#pragma once
#include <rapidjson/document.h>

#include <optional>
#include <string_view>
#include <vector>

#include "core/flow/action.h"
#include "core/support/json_fields.h"

namespace unknot {

struct ActionReader {
  std::string_view type;
  std::vector<std::string_view> fields;  // besides "type"
  // Reads the action; a problem is a failed Result or in.fail(). parse_action() puts the type
  // in front of the message ("setSound: on is required").
  Result<Action> (*read)(JsonFields& in);
};

// The journal's actions (journal_action_json.cpp), and the plan's, breaks' and program's
// (plan_action_json.cpp), and the voice coach's (voice/voice_actions.cpp). action.cpp holds the rest.
const std::vector<ActionReader>& journal_action_readers();
const std::vector<ActionReader>& plan_action_readers();
const std::vector<ActionReader>& voice_action_readers();

// The first problem `in` met, as a failed action.
inline Result<Action> fields_error(const JsonFields& in) {
  return Result<Action>::fail(in.error());
}

// An action that carries nothing but its type.
template <class A>
ActionReader plain_reader(std::string_view type) {
  return {type, {}, [](JsonFields&) { return Result<Action>::ok(A{}); }};
}

// A field's text, or "" when it is absent or not text: for fields that must be one of a few
// words, whose error lists them.
inline std::string_view given_word(const JsonFields& in, const char* name) {
  const rapidjson::Value* value = in.value(name);
  return value && value->IsString() ? std::string_view(value->GetString(), value->GetStringLength())
                                    : std::string_view();
}

// A required true/false field made into an action.
template <class Make>
Result<Action> read_switch(JsonFields& in, const char* name, Make make) {
  in.require(name);
  const auto on = in.flag(name);
  if (!in.ok()) return fields_error(in);
  return Result<Action>::ok(make(*on));
}

// A required whole number from low to high made into an action.
template <class Make>
Result<Action> read_whole(JsonFields& in, const char* name, int low, int high, Make make) {
  in.require(name);
  const auto n = in.whole(name, low, high);
  if (!in.ok()) return fields_error(in);
  return Result<Action>::ok(make(static_cast<int>(*n)));
}

// Their JSON words, shared with state().
std::string_view plan_time_key(PlanTime time);
std::string_view week_feel_key(WeekFeel feel);
// "22:30" to minutes after midnight; anything else is nullopt.
std::optional<int> clock_minutes(std::string_view text);
// A routine's items as the JS API and the export file give them: [{exercise, dosage?}, ...],
// each dose's fields left out keeping the exercise's default (action.cpp).
Result<RoutinePlan> parse_routine_items(const rapidjson::Value& items);

}  // namespace unknot
