#include "core/settings/preferences_json.h"

#include <array>
#include <cstdio>

#include "core/flow/action_readers.h"
#include "core/flow/state_json.h"
#include "core/journal/entry_json.h"
#include "core/journal/journal_words.h"
#include "core/plan/plan_state_json.h"
#include "core/support/dates.h"
#include "core/support/json_fields.h"

namespace unknot {
namespace {

using Json = rapidjson::Value;
using R = Result<Preferences>;

constexpr std::array<std::string_view, 3> kTextSizeKeys = {"standard", "large", "largest"};
constexpr std::array<std::string_view, 2> kVoiceRateKeys = {"normal", "slower"};

std::string clock_text(int minutes) {
  return clock_time(std::int64_t{minutes} * 60'000, 0);
}

void write_breathing(JsonWriter& out, const BreathSettings& breath) {
  out.begin_object();
  out.field("inhaleMs", breath.pattern.inhale_ms);
  out.field("holdInMs", breath.pattern.hold_in_ms);
  out.field("exhaleMs", breath.pattern.exhale_ms);
  out.field("holdOutMs", breath.pattern.hold_out_ms);
  out.field("lengthMs", breath.length_ms);
  out.end_object();
}

void write_position(JsonWriter& out, const std::optional<PositionResult>& result) {
  if (!result) {
    out.null();
    return;
  }
  out.begin_object();
  out.key("ratings");
  out.begin_array();
  for (int rating : result->ratings) out.value(rating);
  out.end_array();
  out.field("verdict", verdict_id(result->verdict));
  out.field("worse", result->worse);
  out.field("finishedAt", result->finished_at_ms);
  out.end_object();
}

void write_plan(JsonWriter& out, const DailyPlan& plan) {
  out.begin_object();
  out.key("items");
  out.begin_array();
  for (std::string_view key : keys_of_mask(kPlanItemWords, plan.items)) out.value(key);
  out.end_array();
  out.field("routine", key_of(kRoutineKindWords, static_cast<std::uint16_t>(plan.routine)));
  out.key("times");
  out.begin_object();
  for (std::size_t i = 0; i < kPlanItemCount; ++i) {
    out.field(key_of(kPlanItemWords, plan_bit(static_cast<PlanItem>(i))), plan_time_key(plan.times[i]));
  }
  out.end_object();
  out.end_object();
}

void write_breaks(JsonWriter& out, const BreakSettings& breaks) {
  out.begin_object();
  out.field("on", breaks.on);
  out.field("intervalMin", breaks.interval_min);
  out.field("quietFrom", clock_text(breaks.quiet_from_min));
  out.field("quietTo", clock_text(breaks.quiet_to_min));
  out.end_object();
}

void write_program(JsonWriter& out, const std::optional<Program>& program) {
  if (!program) {
    out.null();
    return;
  }
  out.begin_object();
  out.field("startDay", iso_date(program->start_day));
  out.field("baselinePain", program->baseline_pain);
  write_scores(out, "baselinePsfs", program->baseline_psfs);
  out.field("level", program->level);
  out.key("cautions");
  out.begin_array();
  for (std::string_view key : keys_of_mask(kCautionWords, program->cautions)) out.value(key);
  out.end_array();
  out.key("resumedDay");
  if (program->resumed_day)
    out.value(iso_date(*program->resumed_day));
  else
    out.null();
  out.key("reviews");
  out.begin_array();
  for (const WeekReview& review : program->reviews) {
    out.begin_object();
    out.field("day", iso_date(review.day));
    out.field("pain", review.pain);
    out.field("averagePain", review.average_tenths / 10.0);
    write_scores(out, "psfs", review.psfs);
    out.field("feel", week_feel_key(review.feel));
    out.key("redFlags");
    out.begin_array();
    for (std::string_view key : keys_of_mask(kRedFlagWords, review.red_flags)) out.value(key);
    out.end_array();
    out.field("sessions", review.sessions);
    out.field("outcome", outcome_key(review.outcome));
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

// --- reading ---

// A field's value, or null when it is absent or JSON null.
const Json* member(const Json& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  const auto it = object.FindMember(name);
  return it == object.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

// One of `count` keys that `key_at(i)` gives, by its index.
template <class KeyAt>
std::optional<std::size_t> key_index(JsonFields& in, const char* name, std::size_t count, KeyAt key_at) {
  const auto text = in.text(name, 32);
  if (!text) return std::nullopt;
  std::string choices;
  for (std::size_t i = 0; i < count; ++i) {
    if (key_at(i) == *text) return i;
    choices += (i ? ", " : "") + std::string(key_at(i));
  }
  in.fail(std::string(name) + " must be one of " + choices);
  return std::nullopt;
}

std::optional<std::int32_t> iso_day(JsonFields& in, const char* name) {
  const auto text = in.text(name, 16);
  if (!text) return std::nullopt;
  int y = 0, m = 0, d = 0;
  const bool shaped = text->size() == 10 && std::sscanf(text->c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3;
  const std::int32_t day = shaped ? days_from_civil({y, m, d}) : 0;
  if (!shaped || iso_date(day) != *text) {
    in.fail(std::string(name) + " must be a date such as \"2026-11-27\"");
    return std::nullopt;
  }
  return day;
}

std::optional<int> clock_field(JsonFields& in, const char* name) {
  const auto text = in.text(name, 8);
  if (!text) return std::nullopt;
  const auto minutes = clock_minutes(*text);
  if (!minutes) in.fail(std::string(name) + " must be a time such as \"22:00\"");
  return minutes;
}

Result<bool> read_breathing(const Json& object, BreathSettings& breath) {
  JsonFields in(object, "settings.breathing", {"inhaleMs", "holdInMs", "exhaleMs", "holdOutMs", "lengthMs"});
  const struct {
    const char* name;
    int* field;
  } steps[] = {{"inhaleMs", &breath.pattern.inhale_ms},
               {"holdInMs", &breath.pattern.hold_in_ms},
               {"exhaleMs", &breath.pattern.exhale_ms},
               {"holdOutMs", &breath.pattern.hold_out_ms}};
  for (const auto& step : steps) {
    if (const auto ms = in.whole(step.name, 0, 60'000)) *step.field = static_cast<int>(*ms);
  }
  if (const auto length = in.whole("lengthMs", 0, 3'600'000)) breath.length_ms = *length;
  return in.ok() ? Result<bool>::ok(true) : Result<bool>::fail(in.error());
}

Result<bool> read_position(const Json& object, std::optional<PositionResult>& result) {
  JsonFields in(object, "settings.positionTest", {"ratings", "verdict", "worse", "finishedAt"});
  for (const char* name : {"ratings", "verdict"}) in.require(name);
  PositionResult read;
  if (const Json* ratings = in.array("ratings", "4 ratings from 0 to 10")) {
    bool shaped = ratings->Size() == read.ratings.size();
    for (rapidjson::SizeType i = 0; shaped && i < ratings->Size(); ++i) {
      const Json& rating = (*ratings)[i];
      shaped = rating.IsInt() && rating.GetInt() >= 0 && rating.GetInt() <= 10;
      if (shaped) read.ratings[i] = rating.GetInt();
    }
    if (!shaped) in.fail("settings.positionTest.ratings must be 4 ratings from 0 to 10");
  }
  const auto verdict =
      key_index(in, "verdict", 4, [](std::size_t i) { return verdict_id(static_cast<PositionVerdict>(i)); });
  if (verdict) read.verdict = static_cast<PositionVerdict>(*verdict);
  if (const auto worse = in.flag("worse")) read.worse = *worse;
  if (const auto at = in.whole("finishedAt", 0, 253'402'300'799'999)) read.finished_at_ms = *at;
  if (!in.ok()) return Result<bool>::fail(in.error());
  result = read;
  return Result<bool>::ok(true);
}

Result<bool> read_plan(const Json& object, DailyPlan& plan) {
  JsonFields in(object, "settings.plan", {"items", "routine", "times"});
  if (in.has("items")) plan.items = static_cast<std::uint8_t>(in.mask("items", kPlanItemWords, "plan item"));
  if (const auto routine = in.choice("routine", kRoutineKindWords, "routine", Null::Refused)) {
    plan.routine = static_cast<RoutineKind>(*routine);
  }
  if (const Json* times = member(object, "times"); in.ok() && times) {
    JsonFields time_of(*times, "settings.plan.times",
                       {"routine", "breathing", "walk", "water", "heat", "ballMassage", "positionPractice"});
    for (std::size_t i = 0; i < kPlanItemCount; ++i) {
      const std::string name(key_of(kPlanItemWords, plan_bit(static_cast<PlanItem>(i))));
      if (!time_of.has(name.c_str())) continue;
      const auto time = key_index(time_of, name.c_str(), kPlanTimeCount,
                                  [](std::size_t t) { return plan_time_key(static_cast<PlanTime>(t)); });
      if (time) plan.times[i] = static_cast<PlanTime>(*time);
    }
    if (!time_of.ok()) in.fail(time_of.error());
  }
  return in.ok() ? Result<bool>::ok(true) : Result<bool>::fail(in.error());
}

Result<bool> read_breaks(const Json& object, BreakSettings& breaks) {
  JsonFields in(object, "settings.movementBreaks", {"on", "intervalMin", "quietFrom", "quietTo"});
  if (const auto on = in.flag("on")) breaks.on = *on;
  if (const auto every = in.whole("intervalMin", 1, 24 * 60)) breaks.interval_min = static_cast<int>(*every);
  if (const auto from = clock_field(in, "quietFrom")) breaks.quiet_from_min = *from;
  if (const auto to = clock_field(in, "quietTo")) breaks.quiet_to_min = *to;
  return in.ok() ? Result<bool>::ok(true) : Result<bool>::fail(in.error());
}

Result<WeekReview> read_review(const Json& object) {
  JsonFields in(object, "a review",
                {"day", "pain", "averagePain", "psfs", "feel", "redFlags", "sessions", "outcome"});
  for (const char* name : {"day", "pain", "outcome"}) in.require(name);
  WeekReview review;
  if (const auto day = iso_day(in, "day")) review.day = *day;
  if (const auto pain = in.whole("pain", 0, 10)) review.pain = static_cast<int>(*pain);
  review.average_tenths = review.pain * 10;  // exports from before the 7-day average judged one rating
  if (const auto average = in.tenths("averagePain", 0, 10)) review.average_tenths = *average;
  if (const auto psfs = in.psfs("psfs")) review.psfs = *psfs;
  const auto feel =
      key_index(in, "feel", 3, [](std::size_t i) { return week_feel_key(static_cast<WeekFeel>(i)); });
  if (feel) review.feel = static_cast<WeekFeel>(*feel);
  review.red_flags = in.mask("redFlags", kRedFlagWords, "warning sign");
  if (const auto sessions = in.whole("sessions", 0, 1000)) review.sessions = static_cast<int>(*sessions);
  const auto outcome = key_index(in, "outcome", kWeekOutcomeCount,
                                 [](std::size_t i) { return outcome_key(static_cast<WeekOutcome>(i)); });
  if (outcome) review.outcome = static_cast<WeekOutcome>(*outcome);
  return in.ok() ? Result<WeekReview>::ok(review) : Result<WeekReview>::fail(in.error());
}

Result<bool> read_psfs_renamed(const Json& object, std::optional<PsfsNaming>& renamed) {
  JsonFields in(object, "settings.psfsRenamed", {"at", "day"});
  for (const char* name : {"at", "day"}) in.require(name);
  PsfsNaming naming;
  if (const auto at = in.whole("at", 0, kLatestTimeMs, Null::Refused, "milliseconds since 1970-01-01 UTC"))
    naming.at_ms = *at;
  if (const auto day = iso_day(in, "day")) naming.day = *day;
  if (!in.ok()) return Result<bool>::fail(in.error());
  renamed = naming;
  return Result<bool>::ok(true);
}

Result<bool> read_program(const Json& object, std::optional<Program>& program) {
  JsonFields in(object, "settings.program",
                {"startDay", "baselinePain", "baselinePsfs", "level", "cautions", "resumedDay", "reviews"});
  for (const char* name : {"startDay", "baselinePain"}) in.require(name);
  Program read;
  if (const auto day = iso_day(in, "startDay")) read.start_day = *day;
  if (const auto pain = in.whole("baselinePain", 0, 10)) read.baseline_pain = static_cast<int>(*pain);
  if (const auto psfs = in.psfs("baselinePsfs")) read.baseline_psfs = *psfs;
  if (const auto level = in.whole("level", 0, kProgramLevels - 1)) read.level = static_cast<int>(*level);
  read.cautions = static_cast<std::uint8_t>(in.mask("cautions", kCautionWords, "screening caution"));
  if (in.has("resumedDay") && !in.value("resumedDay")->IsNull()) read.resumed_day = iso_day(in, "resumedDay");
  if (const Json* reviews = in.array("reviews", "weekly reviews")) {
    for (rapidjson::SizeType i = 0; in.ok() && i < reviews->Size(); ++i) {
      auto review = read_review((*reviews)[i]);
      if (review)
        read.reviews.push_back(review.value());
      else
        in.fail("settings.program review " + std::to_string(i + 1) + ": " + review.error());
    }
  }
  if (!in.ok()) return Result<bool>::fail(in.error());
  program = std::move(read);
  return Result<bool>::ok(true);
}

}  // namespace

void write_settings_json(JsonWriter& out, const Preferences& p) {
  out.begin_object();
  out.field("language", locale_id(p.locale));
  out.field("sound", p.settings.sound);
  out.field("vibration", p.settings.vibration);
  out.field("reduceMotion", p.settings.reduce_motion);
  out.field("textSize", kTextSizeKeys[static_cast<std::size_t>(p.settings.text_size)]);
  out.field("highContrast", p.settings.high_contrast);
  out.field("voiceCoach", p.settings.voice.on);
  out.field("voiceBreaths", p.settings.voice.breaths);
  out.field("voiceRate", kVoiceRateKeys[static_cast<std::size_t>(p.settings.voice.rate)]);
  out.field("voice", p.settings.voice.voice);
  out.key("breathing");
  write_breathing(out, p.breath);
  out.key("customRoutine");
  write_routine_plan(out, p.custom_plan);
  out.key("positionTest");
  write_position(out, p.position_result);
  out.key("plan");
  write_plan(out, p.daily_plan);
  out.key("movementBreaks");
  write_breaks(out, p.breaks);
  out.key("program");
  write_program(out, p.program);
  out.key("psfsRenamed");  // when the activities were last renamed: PSFS comparisons start there
  if (p.psfs_renamed) {
    out.begin_object();
    out.field("at", p.psfs_renamed->at_ms);
    out.field("day", iso_date(p.psfs_renamed->day));
    out.end_object();
  } else {
    out.null();
  }
  out.end_object();
}

Result<Preferences> read_settings_json(const Json& object, Preferences p) {
  JsonFields in(object, "settings",
                {"language", "sound", "vibration", "reduceMotion", "textSize", "highContrast", "voiceCoach",
                 "voiceBreaths", "voiceRate", "voice", "breathing", "customRoutine", "positionTest", "plan",
                 "movementBreaks", "program", "psfsRenamed"});
  if (const auto tag = in.text("language", 16)) {
    if (const auto locale = locale_from_tag(*tag))
      p.locale = *locale;
    else
      in.fail("settings.language must be \"en\" or \"es\"");
  }
  if (const auto on = in.flag("sound")) p.settings.sound = *on;
  if (const auto on = in.flag("vibration")) p.settings.vibration = *on;
  if (const auto on = in.flag("reduceMotion")) p.settings.reduce_motion = *on;
  if (const auto on = in.flag("highContrast")) p.settings.high_contrast = *on;
  const auto size =
      key_index(in, "textSize", kTextSizeKeys.size(), [](std::size_t i) { return kTextSizeKeys[i]; });
  if (size) p.settings.text_size = static_cast<TextSize>(*size);
  if (const auto on = in.flag("voiceCoach")) p.settings.voice.on = *on;
  if (const auto on = in.flag("voiceBreaths")) p.settings.voice.breaths = *on;
  const auto rate =
      key_index(in, "voiceRate", kVoiceRateKeys.size(), [](std::size_t i) { return kVoiceRateKeys[i]; });
  if (rate) p.settings.voice.rate = static_cast<VoiceRate>(*rate);
  if (const auto voice = in.text("voice", kMaxVoiceIdBytes)) p.settings.voice.voice = *voice;
  if (!in.ok()) return R::fail(in.error());

  // The nested groups, each read only when the object as a whole is sound.
  Result<bool> read = Result<bool>::ok(true);
  if (const Json* breath = member(object, "breathing")) read = read_breathing(*breath, p.breath);
  if (const Json* routine = member(object, "customRoutine"); read && routine) {
    auto plan = parse_routine_items(*routine);
    if (plan)
      p.custom_plan = std::move(plan).value();
    else
      read = Result<bool>::fail("settings.customRoutine: " + plan.error());
  }
  if (object.HasMember("positionTest") && read) {
    p.position_result.reset();
    if (const Json* position = member(object, "positionTest"))
      read = read_position(*position, p.position_result);
  }
  if (const Json* plan = member(object, "plan"); read && plan) read = read_plan(*plan, p.daily_plan);
  if (const Json* breaks = member(object, "movementBreaks"); read && breaks)
    read = read_breaks(*breaks, p.breaks);
  if (object.HasMember("program") && read) {
    p.program.reset();
    if (const Json* program = member(object, "program")) read = read_program(*program, p.program);
  }
  if (object.HasMember("psfsRenamed") && read) {
    p.psfs_renamed.reset();
    if (const Json* renamed = member(object, "psfsRenamed"))
      read = read_psfs_renamed(*renamed, p.psfs_renamed);
  }
  if (!read) return R::fail(read.error());
  auto valid = validate_preferences(p);
  if (!valid) return R::fail("settings: " + valid.error());
  return valid;
}

std::vector<Str> settings_changes(const Preferences& a, const Preferences& b) {
  std::vector<Str> changes;
  const auto differs = [&](bool different, Str words) {
    if (different) changes.push_back(words);
  };
  differs(a.locale != b.locale, Str::LanguageLabel);
  differs(a.settings.sound != b.settings.sound, Str::DataSettingSound);
  differs(a.settings.vibration != b.settings.vibration, Str::DataSettingVibration);
  differs(a.settings.reduce_motion != b.settings.reduce_motion, Str::ReduceMotion);
  differs(a.settings.text_size != b.settings.text_size, Str::TextSizeHeading);
  differs(a.settings.high_contrast != b.settings.high_contrast, Str::HighContrast);
  differs(a.settings.voice != b.settings.voice, Str::VoiceCoach);
  differs(!(a.breath == b.breath), Str::DataSettingBreathing);
  differs(a.custom_plan != b.custom_plan, Str::CustomTitle);
  differs(a.position_result != b.position_result, Str::DataSettingPosition);
  differs(a.daily_plan != b.daily_plan, Str::DataSettingPlan);
  differs(a.breaks != b.breaks, Str::BreaksHeading);
  differs(a.program != b.program, Str::ProgramTitle);
  return changes;
}

}  // namespace unknot
