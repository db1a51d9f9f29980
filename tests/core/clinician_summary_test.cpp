#include <catch2/catch.hpp>

#include <string>

#include "core/support/dates.h"
#include "core/transfer/clinician_summary.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::contains;

namespace {

constexpr std::int64_t kDayMs = 86'400'000;
const std::int32_t kFirstDay = days_from_civil({2026, 11, 1});
const std::int32_t kToday = kFirstDay + 20;  // 2026-11-21
// Noon on a day, in UTC (the tests' zone), so times land on that day.
std::int64_t noon(std::int32_t day) {
  return std::int64_t{day} * kDayMs + kDayMs / 2;
}
const std::int64_t kNow = noon(kToday);

CheckIn checkin(std::int32_t day, int pain, std::string id) {
  CheckIn e;
  e.id = std::move(id);
  e.at_ms = noon(day);
  e.day = day;
  e.pain = pain;
  return e;
}

// A first week at 6, a last week at 3: a 3-point (50%) drop. PSFS from 3 to 6 on activity 1.
Journal improving_journal() {
  Journal journal;
  for (std::int32_t day = kFirstDay; day < kFirstDay + 7; ++day) {
    CheckIn e = checkin(day, 6, "early" + std::to_string(day));
    e.spots = kSpotLeft;
    e.feel = PainFeel::Tight;
    e.limits = kSitting;
    e.causes = kHoldingOnePosition;
    e.self_care = kHeat;
    e.psfs = {3, kNoScore, kNoScore};
    upsert(journal, e);
  }
  for (std::int32_t day = kToday - 6; day <= kToday; ++day) {
    CheckIn e = checkin(day, 3, "late" + std::to_string(day));
    e.spots = kSpotLeft | kSpotCentre;
    e.self_care = kWalk;
    e.psfs = {6, kNoScore, kNoScore};
    upsert(journal, e);
  }
  SessionRecord s;
  s.id = "session";
  s.at_ms = noon(kToday - 1);
  s.day = kToday - 1;
  s.active_ms = 5 * 60'000;
  upsert(journal, s);
  return journal;
}

const PsfsActivities kActivities = {"Tying shoes", "", ""};

std::string summary(const Journal& journal, Locale locale = Locale::En) {
  return clinician_summary_html(journal, kActivities, locale, kNow, 0);
}

}  // namespace

TEST_CASE("the summary is one self-contained HTML document") {
  const std::string html = summary(improving_journal());
  CHECK(html.rfind("<!DOCTYPE html><html lang=\"en\">", 0) == 0);
  CHECK(contains(html, "<meta charset=\"utf-8\">"));
  CHECK(contains(html, "<style>"));
  CHECK(contains(html, "@page"));
  CHECK(contains(html, "<svg"));
  CHECK(html.size() > 2000);
  CHECK(html.compare(html.size() - 14, 14, "</body></html>") == 0);
  for (const char* outside : {"<script", "http", "src=", "<link", "<img", "@import", "url("}) {
    INFO(outside);
    CHECK_FALSE(contains(html, outside));
  }
}

TEST_CASE("the summary says what it covers, when it was made and that it is self-reported") {
  const std::string html = summary(improving_journal());
  CHECK(contains(html, "<h1>Lower-back pain summary</h1>"));
  CHECK(contains(html, "1 November 2026 to 21 November 2026"));
  CHECK(contains(html, "Made 21 November 2026"));
  CHECK(contains(html, "Self-reported by the patient with Unknot"));
  CHECK(contains(html, "not a diagnosis"));
}

TEST_CASE("the summary gives the baseline, the last week and the change with its threshold") {
  const std::string html = summary(improving_journal());
  CHECK(contains(html, "14 check-ins on 14 days"));
  CHECK(contains(html, "<th>Baseline (first week average)</th><td>6.0</td>"));
  CHECK(contains(html, "<th>Last 7 days, average</th><td>3.0</td>"));
  CHECK(contains(html, "−3.0 points (−50%): clinically meaningful improvement"));
  CHECK(contains(html, "Farrar et al., Pain 2001"));
}

TEST_CASE("a small change is shown as below the threshold, and no change before two weeks") {
  Journal journal = improving_journal();
  for (CheckIn e : journal.checkins) {
    if (e.pain == 3) e.pain = 5;
    upsert(journal, e);
  }
  CHECK(contains(summary(journal), "−1.0 points (−17%): below the threshold for a meaningful change"));
  Journal young;
  upsert(young, checkin(kToday - 2, 4, "a"));
  CHECK(contains(summary(young), "Not enough data yet"));
}

TEST_CASE("the summary shows PSFS scores, first and latest, and the change in the average") {
  const std::string html = summary(improving_journal());
  CHECK(contains(html, "<td>Tying shoes</td><td>3 on Nov 1</td><td>6 on Nov 21</td><td>+3 points</td>"));
  CHECK(contains(html, "<td>Activity 2</td><td>—</td>"));
  CHECK(contains(html, "+3.0 points: clinically meaningful improvement"));
  CHECK(contains(html, "Stratford et al., 1995"));
  Journal unrated;
  upsert(unrated, checkin(kToday, 4, "a"));
  CHECK(contains(summary(unrated), "No activities rated yet."));
}

TEST_CASE("the summary counts what was reported most, most first") {
  const std::string html = summary(improving_journal());
  CHECK(contains(html, "<th>Locations</th><td>Left side (14), Centre (7)</td>"));
  CHECK(contains(html, "<th>Feel</th><td>Tight (7)</td>"));
  CHECK(contains(html, "<th>Limited activities</th><td>Sitting (7)</td>"));
  CHECK(contains(html, "<th>Likely causes</th><td>Holding one position (7)</td>"));
  CHECK(contains(html, "<th>Self-care</th><td>Heat (7), A walk (7)</td>"));
}

TEST_CASE("warning signs are shown first and prominently, with their dates") {
  Journal journal = improving_journal();
  CHECK(contains(summary(journal), "No warning signs reported."));
  CheckIn flagged = checkin(kToday - 3, 7, "flag");
  flagged.red_flags = kBladderOrBowel | kBelowKneeNumbness;
  upsert(journal, flagged);
  const std::string html = summary(journal);
  const auto box = html.find("<section class=\"flags\"><h2>Warning signs reported</h2>");
  REQUIRE(box != std::string::npos);
  CHECK(box < html.find("Pain (0-10 Numeric Rating Scale)"));
  CHECK(contains(html,
                 "<li>Trouble passing urine, or loss of bladder or bowel control: on 18 November 2026</li>"));
  CHECK(contains(html,
                 "<li>Pain spreading below the knee with numbness or tingling: on 18 November 2026</li>"));
}

TEST_CASE("the chart covers 90 days on a labelled 0-10 axis") {
  const std::string html = summary(improving_journal());
  const std::string svg = html.substr(html.find("<svg"), html.find("</svg>") - html.find("<svg"));
  CHECK(contains(svg, "<title>Daily pain, last 90 days</title>"));
  for (const char* label :
       {">0</text>", ">2</text>", ">10</text>", ">Pain (0-10)</text>", ">Nov 21</text>", ">Aug 24</text>"}) {
    INFO(label);
    CHECK(contains(svg, label));
  }
  CHECK(contains(svg, "stroke-dasharray"));  // the baseline
  CHECK(contains(svg, "<polyline"));         // the 7-day average
  CHECK(contains(svg, "<circle"));           // the daily means
  CHECK_FALSE(contains(svg, "xmlns"));       // inline SVG needs no namespace URL
}

TEST_CASE("sessions are counted per week for the last 4 weeks") {
  const std::string html = summary(improving_journal());
  CHECK(contains(html,
                 "<tr><th>Week</th><th class=\"num\">Oct 25</th><th class=\"num\">Nov 1</th>"
                 "<th class=\"num\">Nov 8</th><th class=\"num\">Nov 15</th></tr>"));
  CHECK(contains(html,
                 "<tr><th>Sessions</th><td class=\"num\">0</td><td class=\"num\">0</td>"
                 "<td class=\"num\">0</td><td class=\"num\">1</td></tr>"));
  CHECK(contains(html,
                 "<tr><th>Minutes</th><td class=\"num\">0</td><td class=\"num\">0</td>"
                 "<td class=\"num\">0</td><td class=\"num\">5</td></tr>"));
}

TEST_CASE("the last 14 check-ins are listed newest first, notes escaped and shortened") {
  Journal journal = improving_journal();
  CheckIn hostile = checkin(kToday, 2, "zz");
  hostile.note = "<script>alert('x')</script> & \"more\"";
  upsert(journal, hostile);
  CheckIn wordy = checkin(kToday - 1, 2, "zy");
  wordy.note = std::string(200, 'w');
  upsert(journal, wordy);
  const std::string html = summary(journal);
  CHECK(contains(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"));
  CHECK_FALSE(contains(html, "<script"));
  CHECK(contains(html, std::string(60, 'w') + "…"));
  CHECK_FALSE(contains(html, std::string(61, 'w')));
  const std::string recent = html.substr(html.find("Last 14 check-ins"));
  CHECK(recent.find("Nov 21 12:00") < recent.find("Nov 20 12:00"));
  CHECK(contains(recent, "Nov 3 12:00"));        // the 14th newest
  CHECK_FALSE(contains(recent, "Nov 2 12:00"));  // the 15th newest and older are left out
}

TEST_CASE("the activity names the user typed are escaped too") {
  const std::string html =
      clinician_summary_html(improving_journal(), {"<b>lift</b>", "", ""}, Locale::En, kNow, 0);
  CHECK(contains(html, "&lt;b&gt;lift&lt;/b&gt;"));
  CHECK_FALSE(contains(html, "<b>"));
}

TEST_CASE("the summary is in Spanish, with decimal commas") {
  const std::string html = summary(improving_journal(), Locale::Es);
  CHECK(html.rfind("<!DOCTYPE html><html lang=\"es\">", 0) == 0);
  CHECK(contains(html, "<h1>Resumen del dolor lumbar</h1>"));
  CHECK(contains(html, "Del 1 de noviembre de 2026 al 21 de noviembre de 2026"));
  CHECK(contains(html, "<td>6,0</td>"));
  CHECK(contains(html, "−3,0 puntos (−50 %): mejoría clínicamente relevante"));
  CHECK(contains(html, "Lado izquierdo (14), Centro (7)"));
  CHECK(contains(html, "No se ha indicado ninguna señal de alarma."));
  CHECK_FALSE(contains(html, "Baseline"));
  CHECK_FALSE(contains(html, "<script"));
}

TEST_CASE("an empty journal still makes a valid page") {
  for (Locale locale : kAllLocales) {
    const std::string html = clinician_summary_html(Journal{}, {}, locale, kNow, 0);
    CHECK(contains(html, tr(locale, Str::SummaryNoData).data()));
    CHECK(contains(html, "</body></html>"));
  }
}
