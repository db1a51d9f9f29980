// Today's plan, movement breaks and the program as the JS API sends them, e.g.
//   {"type":"tickPlanItem","item":"walk","done":true}
//   {"type":"setPlanItem","item":"heat","included":true}
//   {"type":"setPlanTime","item":"walk","time":"midday"}
//   {"type":"setPlanRoutine","routine":"short"}
//   {"type":"setMovementBreaks","on":true,"intervalMin":45,"quietFrom":"22:00","quietTo":"07:00"}
//   {"type":"finishBreak","snooze":false}
//   {"type":"startProgram","pain":5}
//   {"type":"reviewWeek","feel":"same","checkIn":{"pain":4,"psfs":[6,null,null],"redFlags":[]}}
//   {"type":"endProgram"}
#include <array>

#include "core/support/action_fields.h"
#include "core/journal/entry_json.h"
#include "core/journal/journal_words.h"

namespace unknot {
namespace {

using namespace action_fields;
using R = Result<Action>;

constexpr std::array<std::string_view, kPlanTimeCount> kPlanTimeKeys = {"any", "morning", "midday", "evening",
                                                                        "bedtime"};
constexpr std::array<std::string_view, 3> kFeelKeys = {"easier", "same", "harder"};

template <std::size_t N>
std::optional<std::size_t> index_of(const std::array<std::string_view, N>& keys, std::string_view key) {
  for (std::size_t i = 0; i < N; ++i) {
    if (keys[i] == key) return i;
  }
  return std::nullopt;
}

Result<PlanItem> plan_item_field(const Json& object, const char* type) {
  const auto key = string_field(object, "item");
  const auto bit = key ? value_from_key(kPlanItemWords, key.value()) : std::nullopt;
  if (!bit) {
    return Result<PlanItem>::fail(std::string(type) +
                                  ": \"item\" must be one of routine, breathing, walk, water, heat, ballMassage, "
                                  "positionPractice");
  }
  int index = 0;
  while ((1u << index) != *bit) ++index;
  return Result<PlanItem>::ok(static_cast<PlanItem>(index));
}

template <class Make>
R parse_plan_switch(const Json& object, const char* type, const char* flag, Make make) {
  const auto item = plan_item_field(object, type);
  if (!item) return R::fail(item.error());
  const auto on = bool_field(object, flag);
  if (!on) return R::fail(std::string(type) + ": " + on.error());
  return R::ok(make(item.value(), on.value()));
}

R parse_plan_time(const Json& object) {
  const auto item = plan_item_field(object, "setPlanTime");
  if (!item) return R::fail(item.error());
  const auto key = string_field(object, "time");
  const auto time = key ? index_of(kPlanTimeKeys, key.value()) : std::nullopt;
  if (!time) return R::fail("setPlanTime: \"time\" must be any, morning, midday, evening or bedtime");
  return R::ok(SetPlanTime{item.value(), static_cast<PlanTime>(*time)});
}

R parse_plan_routine(const Json& object) {
  const auto key = string_field(object, "routine");
  if (key && key.value() == "full") return R::ok(SetPlanRoutine{RoutineKind::Full});
  if (key && key.value() == "short") return R::ok(SetPlanRoutine{RoutineKind::Short});
  return R::fail("setPlanRoutine: \"routine\" must be \"full\" or \"short\"");
}

R parse_movement_breaks(const Json& object) {
  BreakSettings settings;
  const auto on = bool_field(object, "on");
  if (!on) return R::fail("setMovementBreaks: " + on.error());
  settings.on = on.value();
  const auto interval = object.FindMember("intervalMin");
  if (interval != object.MemberEnd()) {
    if (!interval->value.IsInt()) return R::fail("setMovementBreaks: \"intervalMin\" must be 30, 45 or 60");
    settings.interval_min = interval->value.GetInt();
  }
  for (auto [name, field] : {std::pair<const char*, int*>{"quietFrom", &settings.quiet_from_min},
                             {"quietTo", &settings.quiet_to_min}}) {
    const auto it = object.FindMember(name);
    if (it == object.MemberEnd()) continue;
    const auto minutes = it->value.IsString() ? clock_minutes(it->value.GetString()) : std::nullopt;
    if (!minutes) return R::fail(std::string("setMovementBreaks: \"") + name + "\" must be a time such as \"22:00\"");
    *field = *minutes;
  }
  if (const auto valid = validate_break_settings(settings); !valid) return R::fail("setMovementBreaks: " + valid.error());
  return R::ok(SetMovementBreaks{settings});
}

R parse_review_week(const Json& object) {
  const auto key = string_field(object, "feel");
  const auto feel = key ? index_of(kFeelKeys, key.value()) : std::nullopt;
  if (!feel) return R::fail("reviewWeek: \"feel\" must be \"easier\", \"same\" or \"harder\"");
  const auto it = object.FindMember("checkIn");
  if (it == object.MemberEnd() || !it->value.IsObject()) {
    return R::fail("reviewWeek: \"checkIn\" must be an object with at least \"pain\"");
  }
  auto entry = read_checkin_json(it->value, false);
  if (!entry) return R::fail("reviewWeek: " + entry.error());
  return R::ok(ReviewWeek{std::move(entry).value(), static_cast<WeekFeel>(*feel)});
}

}  // namespace

std::optional<int> clock_minutes(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (std::size_t i : {0u, 1u, 3u, 4u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}


std::string_view plan_time_key(PlanTime time) { return kPlanTimeKeys[static_cast<std::size_t>(time)]; }
std::string_view week_feel_key(WeekFeel feel) { return kFeelKeys[static_cast<std::size_t>(feel)]; }

std::optional<Result<Action>> parse_plan_action(std::string_view type, const Json& object) {
  if (type == "tickPlanItem") {
    return parse_plan_switch(object, "tickPlanItem", "done", [](PlanItem i, bool on) { return Action(TickPlanItem{i, on}); });
  }
  if (type == "setPlanItem") {
    return parse_plan_switch(object, "setPlanItem", "included",
                             [](PlanItem i, bool on) { return Action(SetPlanItem{i, on}); });
  }
  if (type == "setPlanTime") return parse_plan_time(object);
  if (type == "setPlanRoutine") return parse_plan_routine(object);
  if (type == "setMovementBreaks") return parse_movement_breaks(object);
  if (type == "finishBreak") {
    const auto snooze = bool_field(object, "snooze");
    if (!snooze) return R::fail("finishBreak: " + snooze.error());
    return R::ok(FinishBreak{snooze.value()});
  }
  if (type == "startProgram") {
    return parse_int_action(object, "startProgram", "pain", 0, 10, [](int n) { return Action(StartProgram{n}); });
  }
  if (type == "reviewWeek") return parse_review_week(object);
  if (type == "endProgram") return R::ok(EndProgram{});
  return std::nullopt;
}

}  // namespace unknot
