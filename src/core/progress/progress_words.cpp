#include "core/progress/progress_words.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/journal/journal_words.h"
#include "core/support/dates.h"

namespace unknot {
namespace {

// The short date, with the year when it is needed to tell which one.
std::string window_date(Locale locale, std::int32_t day, bool with_year) {
  return with_year ? short_date_with_year(locale, day) : short_date(locale, day);
}

std::pair<std::string, std::string> window_dates(Locale locale, ChartWindow window, std::int32_t today) {
  const int this_year = civil_from_days(today).year;
  const bool with_year =
      civil_from_days(window.first).year != this_year || civil_from_days(window.last).year != this_year;
  return {window_date(locale, window.first, with_year), window_date(locale, window.last, with_year)};
}

std::string percent(double value) {
  return std::to_string(static_cast<int>(std::lround(std::abs(value))));
}

}  // namespace

std::string change_sentence(Locale locale, const ProgressSummary& s) {
  const auto t = [locale](Str key) { return tr(locale, key); };
  const std::string base = s.baseline ? decimal(locale, *s.baseline) : std::string();
  const std::string points = s.change ? decimal(locale, std::abs(s.change->points)) : std::string();
  const std::string pct = s.change ? percent(s.change->percent) : std::string();
  switch (s.verdict) {
    case ChangeVerdict::NoData: return std::string(t(Str::ProgressEmptyBody));
    case ChangeVerdict::FirstWeek:
      return fill(t(Str::ProgressFirstWeek), {base, short_date(locale, s.compare_from)});
    case ChangeVerdict::NeedSecondWeek:
      return fill(t(Str::ProgressNeedWeek), {base, short_date(locale, s.compare_from)});
    case ChangeVerdict::NoRecentData: return fill(t(Str::ProgressNoRecent), {base});
    case ChangeVerdict::MeaningfulDrop: return fill(t(Str::ProgressMeaningfulDrop), {points, pct});
    case ChangeVerdict::SmallDrop: return fill(t(Str::ProgressSmallDrop), {points, pct});
    case ChangeVerdict::AboutTheSame: return std::string(t(Str::ProgressSame));
    case ChangeVerdict::SmallRise: return fill(t(Str::ProgressSmallRise), {points});
    case ChangeVerdict::MeaningfulRise: return fill(t(Str::ProgressMeaningfulRise), {points});
    case ChangeVerdict::LowBaselineLower: return fill(t(Str::ProgressLowBaselineLower), {points, pct, base});
    case ChangeVerdict::LowBaselineHigher: return fill(t(Str::ProgressLowBaselineHigher), {points, base});
  }
  return {};
}

std::string weeks_line(Locale locale, const ProgressSummary& s) {
  if (!s.change || !s.last_seven || !s.baseline) return {};
  return fill(tr(locale, Str::ProgressWeeksLine),
              {decimal(locale, *s.last_seven), decimal(locale, *s.baseline)});
}

std::string range_text(Locale locale, ChartWindow window, std::int32_t today) {
  const auto [first, last] = window_dates(locale, window, today);
  return fill(tr(locale, Str::ProgressRange), {first, last});
}

std::string chart_description(Locale locale, const ProgressSummary& s, ChartWindow window) {
  const auto by_day = [](const DailyPain& d, std::int32_t day) { return d.day < day; };
  const auto from = std::lower_bound(s.daily.begin(), s.daily.end(), window.first, by_day);
  const auto to = std::lower_bound(from, s.daily.end(), window.last + 1, by_day);
  const std::string days = std::to_string(to - from);
  const auto [first, last] = window_dates(locale, window, s.today);
  const std::string base = s.baseline ? decimal(locale, *s.baseline) : "-";
  const auto average = seven_day_average(s.daily, window.last);
  if (!average) return fill(tr(locale, Str::ProgressChartLabelGap), {first, last, base, days});
  return fill(tr(locale, Str::ProgressChartLabel), {first, last, decimal(locale, *average), base, days});
}

Str care_item_name(std::uint16_t item) {
  for (const JournalWord& word : kSelfCareWords) {
    if (word.value == item) return word.word;
  }
  return kSelfCareWords.back().word;  // not reached: links are made from the same items
}

std::string care_sentence(Locale locale, const SelfCareLink& link) {
  const auto t = [locale](Str key) { return tr(locale, key); };
  if (!link.enough) {
    // The short side decides: days after using it, or days after not using it.
    const bool need_with = link.days_with <= link.days_without;
    return fill(tr_plural(locale, need_with ? Str::ProgressCareNeedWith : Str::ProgressCareNeedWithout,
                          link.days_needed),
                {std::to_string(link.days_needed)});
  }
  const std::string with = decimal(locale, link.next_day_with),
                    without = decimal(locale, link.next_day_without);
  const double difference = link.difference();
  if (std::abs(difference) < kAboutTheSamePoints) return fill(t(Str::ProgressCareSame), {with, without});
  return fill(t(difference > 0 ? Str::ProgressCareLower : Str::ProgressCareHigher),
              {decimal(locale, std::abs(difference)), with, without});
}

std::string psfs_sentence(Locale locale, const PsfsProgress& psfs) {
  const auto t = [locale](Str key) { return tr(locale, key); };
  const std::string first = decimal(locale, psfs.first.value), latest = decimal(locale, psfs.latest.value);
  const std::string first_day = short_date(locale, psfs.first.day),
                    latest_day = short_date(locale, psfs.latest.day);
  // Said first, so nobody reads a comparison as one with the activities they used to rate.
  const std::string renamed = psfs.since_renamed ? std::string(t(Str::ProgressPsfsRenamed)) + " " : "";
  if (psfs.rated_checkins < 2) return renamed + fill(t(Str::ProgressPsfsOnce), {first, first_day});
  Str key = Str::ProgressPsfsSame;
  if (psfs.meaningful_gain())
    key = Str::ProgressPsfsGain;
  else if (psfs.meaningful_loss())
    key = Str::ProgressPsfsLoss;
  else if (psfs.change() >= kAboutTheSamePoints)
    key = Str::ProgressPsfsSmallGain;
  else if (psfs.change() <= -kAboutTheSamePoints)
    key = Str::ProgressPsfsSmallLoss;
  return renamed + fill(t(key), {first, latest, first_day, latest_day});
}

std::string streak_text(Locale locale, int days) {
  if (days <= 0) return std::string(tr(locale, Str::ProgressStreakNone));
  return fill(tr_plural(locale, Str::ProgressStreakDays, days), {std::to_string(days)});
}

}  // namespace unknot
