#include "core/transfer/clinician_summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

#include "core/journal/journal_words.h"
#include "core/progress/pain_trend.h"
#include "core/support/dates.h"
#include "core/support/utf8.h"
#include "core/transfer/html.h"
#include "core/transfer/summary_chart.h"
#include "core/transfer/summary_style.h"  // generated from summary_style.css

namespace unknot {
namespace {

constexpr std::size_t kRecentCheckins = 14;
constexpr std::size_t kNoteShown = 60;       // bytes of a note in the table: enough to give the gist
constexpr std::size_t kFlagDatesListed = 5;  // more than this and only the first and latest are named
constexpr std::string_view kNoValue = "—";

// Print-first styling (summary_style.css): A4 and Letter both fit a 180 mm column; warning signs
// stand out in colour and, for black-and-white printers, with a thick border.
constexpr std::string_view kStyle = kSummaryStyle;

std::string tag(std::string_view name, std::string_view inner_html, std::string_view css_class = {}) {
  std::string open = "<" + std::string(name);
  if (!css_class.empty()) open += " class=\"" + std::string(css_class) + "\"";
  return open + ">" + std::string(inner_html) + "</" + std::string(name) + ">";
}

std::string text_tag(std::string_view name, std::string_view text, std::string_view css_class = {}) {
  return tag(name, html_escape(text), css_class);
}

// A table row; each cell's HTML is wrapped in `cell` ("td" or "th").
std::string row(std::initializer_list<std::string> cells_html, std::string_view cell = "td") {
  std::string out;
  for (const std::string& html : cells_html) out += tag(cell, html);
  return tag("tr", out);
}

// A row that names what its value is: <th>label</th><td>value</td>.
std::string labelled_row(std::string_view label, const std::string& value_html) {
  return tag("tr", text_tag("th", label) + tag("td", value_html));
}

// As decimal(), with a true minus sign: it reads better in print.
std::string printed(Locale locale, double value, int digits = 1, bool with_sign = false) {
  std::string out = decimal(locale, value, digits, with_sign);
  if (!out.empty() && out.front() == '-') out.replace(0, 1, "−");
  return out;
}

// On the PSFS, higher is better.
std::string_view psfs_meaning(Locale locale, double change) {
  constexpr double kEpsilon = 1e-9;  // 2.0 computed as 1.9999999 still counts
  if (change >= kMeaningfulPsfsChange - kEpsilon) return tr(locale, Str::SummaryBetter);
  if (change <= -kMeaningfulPsfsChange + kEpsilon) return tr(locale, Str::SummaryWorse);
  return tr(locale, Str::SummaryNotMeaningful);
}

// --- the parts of the page ---

std::string document_start(Locale locale) {
  const std::string title = html_escape(tr(locale, Str::SummaryTitle));
  return "<!DOCTYPE html><html lang=\"" + std::string(locale_id(locale)) +
         "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">"
         "<title>" +
         title + "</title><style>" + std::string(kStyle) + "</style></head><body>";
}

std::pair<std::int32_t, std::int32_t> days_covered(const Journal& journal) {
  std::vector<std::int32_t> days;
  for (const CheckIn& e : journal.checkins) days.push_back(e.day);
  for (const SessionRecord& s : journal.sessions) days.push_back(s.day);
  const auto [first, last] = std::minmax_element(days.begin(), days.end());
  return {*first, *last};
}

std::string heading(const Journal& journal, Locale locale, std::int32_t today) {
  std::string out = text_tag("h1", tr(locale, Str::SummaryTitle));
  std::string meta;
  if (!journal.checkins.empty() || !journal.sessions.empty()) {
    const auto [first, last] = days_covered(journal);
    meta = fill(tr(locale, Str::SummaryCovers), {long_date(locale, first), long_date(locale, last)}) + " · ";
  }
  meta += fill(tr(locale, Str::SummaryMade), {long_date(locale, today)});
  out += text_tag("p", meta, "meta");
  return out + text_tag("p", tr(locale, Str::SummarySelfReported), "note");
}

std::string flag_dates(Locale locale, const std::vector<std::int32_t>& days) {
  if (days.size() > kFlagDatesListed) {
    return fill(
        tr(locale, Str::SummaryFlagTimes),
        {std::to_string(days.size()), long_date(locale, days.front()), long_date(locale, days.back())});
  }
  std::string listed;
  for (std::int32_t day : days) listed += (listed.empty() ? "" : ", ") + long_date(locale, day);
  return fill(tr(locale, Str::SummaryFlagOn), {listed});
}

// The care page's sentences end with a full stop; here the dates follow them.
std::string_view without_full_stop(std::string_view sentence) {
  return !sentence.empty() && sentence.back() == '.' ? sentence.substr(0, sentence.size() - 1) : sentence;
}

// First, because a clinician must not miss them.
std::string red_flags(const Journal& journal, Locale locale) {
  std::string items;
  for (const JournalWord& flag : kRedFlagWords) {
    std::vector<std::int32_t> days;
    for (const CheckIn& e : journal.checkins) {
      if ((e.red_flags & flag.value) && (days.empty() || days.back() != e.day)) days.push_back(e.day);
    }
    if (days.empty()) continue;
    items += tag("li", html_escape(without_full_stop(tr(locale, flag.word))) + ": " +
                           html_escape(flag_dates(locale, days)));
  }
  if (items.empty()) return text_tag("p", tr(locale, Str::SummaryFlagsNone), "meta");
  return tag("section", text_tag("h2", tr(locale, Str::SummaryFlagsHeading)) + tag("ul", items), "flags");
}

std::string change_text(const std::vector<DailyPain>& daily, Locale locale, std::int32_t today) {
  const auto change = change_from_baseline(daily, today);
  if (!change) return std::string(tr(locale, Str::SummaryNotYet));
  // PainChange counts a drop as positive; on paper a drop reads as a minus.
  const std::string amount =
      fill(tr(locale, Str::SummaryPointsPercent),
           {printed(locale, -change->points, 1, true), printed(locale, -change->percent, 0, true)});
  // Under a baseline of 3 the meaningful-change rule is not applied (as on Progress).
  std::string meaning =
      std::string(tr(locale, change->judged ? Str::SummaryNotMeaningful : Str::SummaryNotJudged));
  if (change->meaningful_drop) meaning = tr(locale, Str::SummaryBetter);
  if (change->meaningful_rise) meaning = tr(locale, Str::SummaryWorse);
  return amount + ": " + meaning;
}

std::string pain(const Journal& journal, Locale locale, std::int32_t today) {
  const auto daily = daily_pain(journal.checkins);
  const auto average_of = [&](std::optional<double> value) {
    return value ? printed(locale, *value) : std::string(kNoValue);
  };
  std::string out = text_tag("h2", tr(locale, Str::SummaryPainHeading));
  out += text_tag("p", fill(tr(locale, Str::SummaryCheckinCount),
                            {std::to_string(journal.checkins.size()), std::to_string(daily.size())}));
  std::string rows = labelled_row(tr(locale, Str::SummaryBaseline), html_escape(average_of(baseline(daily))));
  rows += labelled_row(tr(locale, Str::SummaryLastWeek),
                       html_escape(average_of(seven_day_average(daily, today))));
  rows += labelled_row(tr(locale, Str::SummaryChange), html_escape(change_text(daily, locale, today)));
  out += tag("table", rows);
  out += text_tag("p", tr(locale, Str::SummaryPainThreshold), "note");
  out += text_tag("h3", tr(locale, Str::SummaryChartTitle));
  out += pain_chart_svg(daily, today, locale);
  out += text_tag("p", tr(locale, Str::SummaryChartLegend), "note");
  return tag("section", out);
}

// --- PSFS ---

// The first and the latest check-in for which `has` holds.
std::pair<const CheckIn*, const CheckIn*> first_and_latest(const std::vector<CheckIn>& entries,
                                                           const std::function<bool(const CheckIn&)>& has) {
  const auto first = std::find_if(entries.begin(), entries.end(), has);
  const auto latest = std::find_if(entries.rbegin(), entries.rend(), has);
  if (first == entries.end()) return {nullptr, nullptr};
  return {&*first, &*latest};
}

std::string score_on(Locale locale, const std::string& score, const CheckIn& e) {
  return fill(tr(locale, Str::SummaryScoreOn), {score, short_date(locale, e.day)});
}

std::string psfs_row(const Journal& journal, Locale locale, std::size_t index, const std::string& name) {
  const auto [first, latest] =
      first_and_latest(journal.checkins, [index](const CheckIn& e) { return e.psfs[index] != kNoScore; });
  if (!first)
    return row({html_escape(name), std::string(kNoValue), std::string(kNoValue), std::string(kNoValue)});
  const int change = latest->psfs[index] - first->psfs[index];
  return row({html_escape(name), html_escape(score_on(locale, std::to_string(first->psfs[index]), *first)),
              html_escape(score_on(locale, std::to_string(latest->psfs[index]), *latest)),
              html_escape(fill(tr(locale, Str::SummaryPoints), {printed(locale, change, 0, true)}))});
}

std::string psfs_average_row(const Journal& journal, Locale locale) {
  const auto [first, latest] =
      first_and_latest(journal.checkins, [](const CheckIn& e) { return psfs_average(e.psfs).has_value(); });
  const double before = *psfs_average(first->psfs), now = *psfs_average(latest->psfs);
  const double change = now - before;  // higher is better on the PSFS
  const std::string change_words = fill(tr(locale, Str::SummaryPoints), {printed(locale, change, 1, true)}) +
                                   ": " + std::string(psfs_meaning(locale, change));
  return row({text_tag("strong", tr(locale, Str::SummaryAverage)),
              html_escape(score_on(locale, printed(locale, before), *first)),
              html_escape(score_on(locale, printed(locale, now), *latest)), html_escape(change_words)});
}

std::string psfs(const Journal& journal, const PsfsActivities& names, Locale locale) {
  std::string out = text_tag("h2", tr(locale, Str::SummaryPsfsHeading));
  const bool rated = std::any_of(journal.checkins.begin(), journal.checkins.end(),
                                 [](const CheckIn& e) { return psfs_average(e.psfs).has_value(); });
  if (!rated) return tag("section", out + text_tag("p", tr(locale, Str::SummaryPsfsNone)));
  std::string rows =
      row({html_escape(tr(locale, Str::SummaryActivity)), html_escape(tr(locale, Str::SummaryFirst)),
           html_escape(tr(locale, Str::SummaryLatest)), html_escape(tr(locale, Str::SummaryChangeShort))},
          "th");
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string name =
        names[i].empty() ? fill(tr(locale, Str::SummaryActivityN), {std::to_string(i + 1)}) : names[i];
    rows += psfs_row(journal, locale, i, name);
  }
  rows += psfs_average_row(journal, locale);
  return tag("section",
             out + tag("table", rows) + text_tag("p", tr(locale, Str::SummaryPsfsThreshold), "note"));
}

// --- what was reported most ---

using Matches = std::function<bool(const CheckIn&, std::uint16_t value)>;

// "Left side (12), Centre (4)": each word with how many check-ins reported it, most first.
std::string counted(WordList words, Locale locale, const std::vector<CheckIn>& entries,
                    const Matches& matches) {
  std::vector<std::pair<int, const JournalWord*>> counts;
  for (const JournalWord& word : words) {
    const auto count = std::count_if(entries.begin(), entries.end(),
                                     [&](const CheckIn& e) { return matches(e, word.value); });
    if (count > 0) counts.emplace_back(static_cast<int>(count), &word);
  }
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (counts.empty()) return std::string(tr(locale, Str::SummaryNothingReported));
  std::string out;
  for (const auto& [count, word] : counts) {
    out +=
        (out.empty() ? "" : ", ") + std::string(tr(locale, word->word)) + " (" + std::to_string(count) + ")";
  }
  return out;
}

template <class Mask>
Matches has_bit(Mask CheckIn::*mask) {
  return [mask](const CheckIn& e, std::uint16_t bit) { return (e.*mask & bit) != 0; };
}

std::string most_common(const Journal& journal, Locale locale) {
  const auto& entries = journal.checkins;
  const Matches feel = [](const CheckIn& e, std::uint16_t value) {
    return e.feel && static_cast<std::uint16_t>(*e.feel) == value;
  };
  const std::pair<Str, std::string> lines[] = {
      {Str::ColumnLocations, counted(kSpotWords, locale, entries, has_bit(&CheckIn::spots))},
      {Str::ColumnFeel, counted(kFeelWords, locale, entries, feel)},
      {Str::ColumnLimits, counted(kActivityWords, locale, entries, has_bit(&CheckIn::limits))},
      {Str::ColumnCauses, counted(kCauseWords, locale, entries, has_bit(&CheckIn::causes))},
      {Str::ColumnSelfCare, counted(kSelfCareWords, locale, entries, has_bit(&CheckIn::self_care))},
  };
  std::string rows;
  for (const auto& [label, text] : lines) rows += labelled_row(tr(locale, label), html_escape(text));
  return tag(
      "section",
      text_tag("h2", tr(locale, Str::SummaryCommonHeading)) + tag("table", rows) +
          text_tag("p", fill(tr(locale, Str::SummaryCountsOver), {std::to_string(entries.size())}), "note"));
}

// --- practice and the latest entries ---

// Weeks as columns, so four weeks take three lines of the page.
std::string sessions_by_week(const Journal& journal, Locale locale, std::int32_t today) {
  std::string weeks = text_tag("th", tr(locale, Str::SummaryWeek));
  std::string counts = text_tag("th", tr(locale, Str::SummarySessions));
  std::string minutes = text_tag("th", tr(locale, Str::SummaryMinutes));
  for (std::int32_t start = today - 27; start <= today; start += 7) {
    int count = 0;
    std::int64_t active_ms = 0;
    for (const SessionRecord& s : journal.sessions) {
      if (!is_practice(s) || s.day < start || s.day > start + 6) continue;
      ++count;
      active_ms += s.active_ms;
    }
    weeks += text_tag("th", short_date(locale, start), "num");
    counts += tag("td", std::to_string(count), "num");
    minutes += tag("td", std::to_string((active_ms + 30'000) / 60'000), "num");
  }
  const std::string rows = tag("tr", weeks) + tag("tr", counts) + tag("tr", minutes);
  return tag("section", text_tag("h2", tr(locale, Str::SummarySessionsHeading)) + tag("table", rows));
}

std::string shortened(std::string_view note) {
  const std::string_view shown = utf8_prefix(note, kNoteShown);
  return std::string(shown) + (shown.size() < note.size() ? "…" : "");
}

std::string recent(const Journal& journal, Locale locale) {
  std::string rows =
      row({html_escape(tr(locale, Str::ColumnDate)), html_escape(tr(locale, Str::ColumnPain)),
           html_escape(tr(locale, Str::ColumnLocations)), html_escape(tr(locale, Str::ColumnNote))},
          "th");
  const auto& entries = journal.checkins;
  const std::size_t shown = std::min(entries.size(), kRecentCheckins);
  for (auto e = entries.rbegin(); e != entries.rbegin() + static_cast<std::ptrdiff_t>(shown); ++e) {
    rows += row(
        {tag("span", html_escape(short_date(locale, e->day) + " " + clock_time(e->at_ms, e->utc_offset_min)),
             "when"),
         std::to_string(e->pain), html_escape(words_of_mask(kSpotWords, locale, e->spots, ", ")),
         html_escape(shortened(e->note))});
  }
  return tag("section", text_tag("h2", tr(locale, Str::SummaryRecentHeading)) + tag("table", rows));
}

}  // namespace

std::string clinician_summary_html(const Journal& journal, const PsfsActivities& psfs_activities,
                                   Locale locale, std::int64_t now_ms, int utc_offset_min) {
  const std::int32_t today = local_day(now_ms, utc_offset_min);
  std::string out = document_start(locale);
  out += heading(journal, locale, today);
  if (journal.checkins.empty()) {
    out += text_tag("p", tr(locale, Str::SummaryNoData));
  } else {
    out += red_flags(journal, locale);
    out += pain(journal, locale, today);
    out += psfs(journal, psfs_activities, locale);
  }
  // Side by side: both are short tables, and the page must stay one page.
  const std::string common = journal.checkins.empty() ? std::string() : most_common(journal, locale);
  out += tag("div", common + sessions_by_week(journal, locale, today), "pair");
  if (!journal.checkins.empty()) out += recent(journal, locale);
  return out + "</body></html>";
}

}  // namespace unknot
