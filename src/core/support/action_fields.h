// Reading typed fields of a JSON action, with errors that name the field and what it must be.
// Shared by the action parsers (action.cpp, journal_action_json.cpp).
#pragma once
#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/flow/action.h"

namespace unknot::action_fields {

using Json = rapidjson::Value;

inline Result<std::string_view> string_field(const Json& object, const char* name) {
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd()) return Result<std::string_view>::fail(std::string("missing \"") + name + "\"");
  if (!it->value.IsString()) return Result<std::string_view>::fail(std::string("\"") + name + "\" must be a string");
  return Result<std::string_view>::ok({it->value.GetString(), it->value.GetStringLength()});
}

inline Result<bool> bool_field(const Json& object, const char* name) {
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd()) return Result<bool>::fail(std::string("missing \"") + name + "\"");
  if (!it->value.IsBool()) return Result<bool>::fail(std::string("\"") + name + "\" must be true or false");
  return Result<bool>::ok(it->value.GetBool());
}

template <class Make>
inline Result<Action> parse_switch(const Json& object, const char* type, Make make) {
  const auto on = bool_field(object, "on");
  if (!on) return Result<Action>::fail(std::string(type) + ": " + on.error());
  return Result<Action>::ok(make(on.value()));
}

inline Result<Action> parse_int_action(const Json& object, const char* type, const char* name, int low, int high,
                                Action (*make)(int)) {
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsInt() || it->value.GetInt() < low || it->value.GetInt() > high) {
    return Result<Action>::fail(std::string(type) + ": \"" + name + "\" must be a whole number from " +
                                std::to_string(low) + " to " + std::to_string(high));
  }
  return Result<Action>::ok(make(it->value.GetInt()));
}

}  // namespace unknot::action_fields

namespace unknot {
// The journal's actions (journal_action_json.cpp); nothing when `type` is not one of them.
std::optional<Result<Action>> parse_journal_action(std::string_view type, const rapidjson::Value& action);
// Today's plan, movement breaks and the program (plan_action_json.cpp), likewise.
std::optional<Result<Action>> parse_plan_action(std::string_view type, const rapidjson::Value& action);
// Their JSON words, shared with state().
std::string_view plan_time_key(PlanTime time);
std::string_view week_feel_key(WeekFeel feel);
// "22:30" to minutes after midnight; anything else is nullopt.
std::optional<int> clock_minutes(std::string_view text);
// A routine's items as the JS API and the export file give them: [{exercise, dosage?}, ...],
// each dose's fields left out keeping the exercise's default (action.cpp).
Result<RoutinePlan> parse_routine_items(const rapidjson::Value& items);
}  // namespace unknot
