// Today's plan, movement breaks and the program as the JS API sends them, e.g.
//   {"type":"tickPlanItem","item":"walk","done":true}
//   {"type":"setPlanItem","item":"heat","included":true}
//   {"type":"setPlanTime","item":"walk","time":"midday"}
//   {"type":"setPlanRoutine","routine":"short"}
//   {"type":"setMovementBreaks","on":true,"intervalMin":45,"quietFrom":"22:00","quietTo":"07:00"}
//   {"type":"finishBreak","snooze":false}
//   {"type":"startProgram","pain":5,"screening":{"redFlags":[],"pastCancer":false,"pregnant":false,
//     "osteoporosis":false,"recentBackSurgery":false}}
//   {"type":"resumeProgram"}
//   {"type":"reviewWeek","feel":"same","checkIn":{"pain":4,"psfs":[6,null,null],"redFlags":[]}}
//   {"type":"endProgram"}
#include <array>

#include "core/flow/action_readers.h"
#include "core/journal/entry_json.h"
#include "core/journal/journal_words.h"

namespace unknot {
namespace {

using Json = rapidjson::Value;
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

Result<PlanItem> read_plan_item(const JsonFields& in) {
  const auto bit = value_from_key(kPlanItemWords, given_word(in, "item"));
  if (!bit) {
    return Result<PlanItem>::fail(
        "\"item\" must be one of routine, breathing, walk, water, heat, ballMassage, positionPractice");
  }
  int index = 0;
  while ((1u << index) != *bit) ++index;
  return Result<PlanItem>::ok(static_cast<PlanItem>(index));
}

template <class Make>
R read_plan_switch(JsonFields& in, const char* flag, Make make) {
  const auto item = read_plan_item(in);
  if (!item) return R::fail(item.error());
  return read_switch(in, flag, [&](bool on) { return make(item.value(), on); });
}

R read_plan_time(JsonFields& in) {
  const auto item = read_plan_item(in);
  if (!item) return R::fail(item.error());
  const auto time = index_of(kPlanTimeKeys, given_word(in, "time"));
  if (!time) return R::fail("\"time\" must be any, morning, midday, evening or bedtime");
  return R::ok(SetPlanTime{item.value(), static_cast<PlanTime>(*time)});
}

R read_plan_routine(JsonFields& in) {
  const std::string_view key = given_word(in, "routine");
  if (key == "full") return R::ok(SetPlanRoutine{RoutineKind::Full});
  if (key == "short") return R::ok(SetPlanRoutine{RoutineKind::Short});
  return R::fail("\"routine\" must be \"full\" or \"short\"");
}

R read_movement_breaks(JsonFields& in) {
  BreakSettings settings;
  in.require("on");
  const auto on = in.flag("on");
  if (!on) return fields_error(in);
  settings.on = *on;
  if (const Json* interval = in.value("intervalMin")) {
    if (!interval->IsInt()) return R::fail("\"intervalMin\" must be 30, 45 or 60");
    settings.interval_min = interval->GetInt();
  }
  for (auto [name, field] : {std::pair<const char*, int*>{"quietFrom", &settings.quiet_from_min},
                             {"quietTo", &settings.quiet_to_min}}) {
    if (!in.value(name)) continue;
    const auto minutes = clock_minutes(given_word(in, name));
    if (!minutes) return R::fail(std::string("\"") + name + "\" must be a time such as \"22:00\"");
    *field = *minutes;
  }
  if (const auto valid = validate_break_settings(settings); !valid) return R::fail(valid.error());
  return R::ok(SetMovementBreaks{settings});
}

R read_review_week(JsonFields& in) {
  const auto feel = index_of(kFeelKeys, given_word(in, "feel"));
  if (!feel) return R::fail("\"feel\" must be \"easier\", \"same\" or \"harder\"");
  const Json* given = in.value("checkIn");
  if (!given || !given->IsObject()) return R::fail("\"checkIn\" must be an object with at least \"pain\"");
  auto entry = read_checkin_json(*given, false);
  if (!entry) return R::fail(entry.error());
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

std::string_view plan_time_key(PlanTime time) {
  return kPlanTimeKeys[static_cast<std::size_t>(time)];
}
std::string_view week_feel_key(WeekFeel feel) {
  return kFeelKeys[static_cast<std::size_t>(feel)];
}

// The screening's answers: every question is required, so a screening can't be skipped by
// leaving it out.
R read_start_program(JsonFields& in) {
  in.require("pain");
  const auto pain = in.whole("pain", 0, 10);
  const Json* object = in.value("screening");
  if (in.ok() && !object) in.fail("screening is required: ask the warning-sign questions before starting");
  if (in.ok() && !object->IsObject()) in.fail("screening must be an object {…}");
  if (!in.ok()) return fields_error(in);
  JsonFields answers(*object, "screening",
                     {"redFlags", "pastCancer", "pregnant", "osteoporosis", "recentBackSurgery"});
  StartProgram start{static_cast<int>(*pain), {}};
  for (const char* name : {"redFlags", "pastCancer", "pregnant", "osteoporosis", "recentBackSurgery"})
    answers.require(name);
  start.screening.red_flags = answers.mask("redFlags", kRedFlagWords, "warning sign");
  start.screening.past_cancer = answers.flag("pastCancer").value_or(false);
  for (const JournalWord& caution : kCautionWords) {
    const std::string name(caution.key);
    if (answers.flag(name.c_str()).value_or(false)) start.screening.cautions |= caution.value;
  }
  if (!answers.ok()) return R::fail("screening." + answers.error());
  return R::ok(start);
}

const std::vector<ActionReader>& plan_action_readers() {
  static const std::vector<ActionReader> readers = {
      {"tickPlanItem",
       {"item", "done"},
       [](JsonFields& in) {
         return read_plan_switch(in, "done", [](PlanItem i, bool on) { return Action(TickPlanItem{i, on}); });
       }},
      {"setPlanItem",
       {"item", "included"},
       [](JsonFields& in) {
         return read_plan_switch(in, "included", [](PlanItem i, bool on) {
           return Action(SetPlanItem{i, on});
         });
       }},
      {"setPlanTime", {"item", "time"}, read_plan_time},
      {"setPlanRoutine", {"routine"}, read_plan_routine},
      {"setMovementBreaks", {"on", "intervalMin", "quietFrom", "quietTo"}, read_movement_breaks},
      {"finishBreak",
       {"snooze"},
       [](JsonFields& in) {
         return read_switch(in, "snooze", [](bool s) { return Action(FinishBreak{s}); });
       }},
      {"startProgram", {"pain", "screening"}, read_start_program},
      plain_reader<ResumeProgram>("resumeProgram"),
      {"reviewWeek", {"feel", "checkIn"}, read_review_week},
      plain_reader<EndProgram>("endProgram"),
  };
  return readers;
}

}  // namespace unknot
