#include "core/storage/two_tabs.h"

#include <array>
#include <string>
#include <tuple>
#include <vector>

#include "core/support/dates.h"

namespace unknot {
namespace {

// A total order for the values of one setting, so that when both tabs changed the same setting
// differently each picks the same winner (the greater): which one wins is arbitrary, that both
// agree is what matters, or they would keep writing their own back.
template <class T>
auto order_key(const T& value) -> decltype(value < value, T()) {
  return value;
}
inline std::tuple<int, int, int, int, std::int64_t> order_key(const BreathSettings& b) {
  return {b.pattern.inhale_ms, b.pattern.hold_in_ms, b.pattern.exhale_ms, b.pattern.hold_out_ms, b.length_ms};
}
inline std::tuple<bool, int, int, int> order_key(const BreakSettings& b) {
  return {b.on, b.interval_min, b.quiet_from_min, b.quiet_to_min};
}
inline std::tuple<bool, bool, int, std::string> order_key(const VoiceSettings& v) {
  return {v.on, v.breaths, static_cast<int>(v.rate), v.voice};
}
inline std::vector<int> order_key(const RoutinePlan& plan) {
  std::vector<int> key;
  for (const RoutineItem& item : plan) {
    const Dosage& d = item.dosage;
    key.insert(key.end(), {static_cast<int>(item.exercise), static_cast<int>(d.kind), d.hold_s, d.reps,
                           d.rep_ms, d.per_side ? 1 : 0, d.rounds, d.rest_s});
  }
  return key;
}
inline std::tuple<bool, std::int64_t, std::array<int, 4>> order_key(const std::optional<PositionResult>& r) {
  return r ? std::make_tuple(true, r->finished_at_ms, r->ratings)
           : std::make_tuple(false, std::int64_t{0}, std::array<int, 4>{});
}
inline std::tuple<bool, std::int32_t, std::size_t, int, int, std::int32_t, int> order_key(
    const std::optional<Program>& p) {
  return p ? std::make_tuple(true, p->start_day, p->reviews.size(), p->level, p->baseline_pain,
                             p->resumed_day.value_or(-1), static_cast<int>(p->cautions))
           : std::make_tuple(false, std::int32_t{0}, std::size_t{0}, 0, 0, std::int32_t{0}, 0);
}
inline std::int64_t order_key(const std::optional<PsfsNaming>& renamed) {  // the later rename
  return renamed ? renamed->at_ms : -1;
}

template <class T>
T pick(const T& base, const T& mine, const T& theirs) {
  if (mine == base) return theirs;
  if (theirs == base || mine == theirs) return mine;
  return order_key(theirs) < order_key(mine) ? mine
                                             : theirs;  // both changed it: the same winner in both tabs
}

}  // namespace

std::uint8_t merge_bits(std::uint8_t base, std::uint8_t mine, std::uint8_t theirs) {
  const auto changed = static_cast<std::uint8_t>(base ^ mine);
  return static_cast<std::uint8_t>((theirs & ~changed) | (mine & changed));
}

Preferences merge_preferences(const Preferences& base, const Preferences& mine, const Preferences& theirs) {
  Preferences out = theirs;
  out.locale = pick(base.locale, mine.locale, theirs.locale);
  Settings& s = out.settings;
  s.sound = pick(base.settings.sound, mine.settings.sound, theirs.settings.sound);
  s.vibration = pick(base.settings.vibration, mine.settings.vibration, theirs.settings.vibration);
  s.reduce_motion =
      pick(base.settings.reduce_motion, mine.settings.reduce_motion, theirs.settings.reduce_motion);
  s.text_size = pick(base.settings.text_size, mine.settings.text_size, theirs.settings.text_size);
  s.high_contrast =
      pick(base.settings.high_contrast, mine.settings.high_contrast, theirs.settings.high_contrast);
  s.share_with_host =
      pick(base.settings.share_with_host, mine.settings.share_with_host, theirs.settings.share_with_host);
  s.voice = pick(base.settings.voice, mine.settings.voice, theirs.settings.voice);
  out.custom_plan = pick(base.custom_plan, mine.custom_plan, theirs.custom_plan);
  out.breath = pick(base.breath, mine.breath, theirs.breath);
  out.position_result = pick(base.position_result, mine.position_result, theirs.position_result);
  for (std::size_t i = 0; i < out.psfs_activities.size(); ++i) {
    out.psfs_activities[i] =
        pick(base.psfs_activities[i], mine.psfs_activities[i], theirs.psfs_activities[i]);
  }
  DailyPlan& plan = out.daily_plan;
  plan.items = merge_bits(base.daily_plan.items, mine.daily_plan.items, theirs.daily_plan.items);
  plan.routine = pick(base.daily_plan.routine, mine.daily_plan.routine, theirs.daily_plan.routine);
  for (std::size_t i = 0; i < plan.times.size(); ++i) {
    plan.times[i] = pick(base.daily_plan.times[i], mine.daily_plan.times[i], theirs.daily_plan.times[i]);
  }
  out.breaks = pick(base.breaks, mine.breaks, theirs.breaks);
  out.program = pick(base.program, mine.program, theirs.program);
  out.psfs_renamed = pick(base.psfs_renamed, mine.psfs_renamed, theirs.psfs_renamed);
  return out;
}

std::string plan_record_id(std::int32_t day) {
  return "plan-" + iso_date(day);
}

}  // namespace unknot
