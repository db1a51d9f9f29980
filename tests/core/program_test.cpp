// The 12-week program: the screening before it, the warning signs' tiers, each weekly outcome
// (advance, hold, step down, pause and resume, stop, see a clinician), the routine at each
// level within safe doses, progress against the baseline, and the weekly review in the journal.
#include <catch2/catch.hpp>

#include "app_harness.h"
#include "core/flow/state_json.h"
#include "core/journal/journal.h"
#include "core/journal/journal_words.h"
#include "core/plan/plan_actions.h"
#include "core/plan/program.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::App;
using unknot::test::plain_refusal;
namespace store = unknot::platform::memory_storage;

namespace {

constexpr std::int64_t kDayMs = 86'400'000LL;
constexpr std::int64_t kWeekMs = 7 * kDayMs;

ReviewWeek review(int pain, WeekFeel feel = WeekFeel::Same, std::uint16_t flags = 0) {
  CheckIn entry;
  entry.pain = pain;
  entry.red_flags = flags;
  entry.psfs = {5, 6, kNoScore};
  return ReviewWeek{entry, feel};
}

StartProgram start_with(int pain, Screening screening = {}) {
  return StartProgram{pain, screening};
}

void start(App& app, int pain) {
  store::reset();
  app.open();
  REQUIRE(app.run(start_with(pain)).error.empty());
}

// A practice session `days_ago` before now, as a finished routine records it.
void practised(App& app, int days_ago) {
  SessionRecord s;
  s.id = "s" + std::to_string(app.state.journal.sessions.size());
  s.at_ms = app.now - days_ago * kDayMs;
  s.utc_offset_min = 60;
  s.day = local_day(s.at_ms, s.utc_offset_min);
  s.kind = SessionKind::Routine;
  s.routine = RoutineKind::Program;
  upsert(app.state.journal, s);
}

// A week lived: two sessions, then the review.
DispatchOutcome week(App& app, int pain, WeekFeel feel = WeekFeel::Same, std::uint16_t flags = 0) {
  app.now += kWeekMs;
  practised(app, 5);
  practised(app, 2);
  return app.run(review(pain, feel, flags));
}

// A review as decide_week sees it: sessions and the 7-day average already filled in.
WeekReview lived(int sessions, double average, std::uint16_t flags = 0, WeekFeel feel = WeekFeel::Same) {
  WeekReview r;
  r.sessions = sessions;
  r.average_tenths = static_cast<int>(average * 10);
  r.pain = static_cast<int>(average);
  r.red_flags = flags;
  r.feel = feel;
  return r;
}

Program with_outcomes(int baseline, std::initializer_list<WeekOutcome> outcomes) {
  Program p = start_program(100, baseline, kNoPsfsScores);
  for (WeekOutcome o : outcomes) {
    WeekReview r = lived(3, baseline);
    r.outcome = o;
    r.day = p.week_start_day() + kDaysPerWeek;
    p.reviews.push_back(r);
  }
  return p;
}

}  // namespace

TEST_CASE("every warning sign has its tier, and only the screening asks about a past cancer") {
  for (std::uint16_t bit :
       {kBladderOrBowel, kGroinNumbness, kLegWeakening, kSexualFunction, kAfterFallOrAccident})
    CHECK(care_tier(bit) == CareTier::Emergency);
  for (std::uint16_t bit : {kFeverOrUnwell, kPastCancer, kCancerOrWeightLoss, kWeightLoss, kSevereAtNight,
                            kMinorFallFragileBones})
    CHECK(care_tier(bit) == CareTier::Today);
  for (std::uint16_t bit : {kBelowKneeNumbness, kNoBetterAfterWeeks}) CHECK(care_tier(bit) == CareTier::Soon);
  CHECK_FALSE(care_tier(0).has_value());
  CHECK(care_tier(kBelowKneeNumbness | kWeightLoss) == CareTier::Today);  // the most urgent wins
  CHECK(care_tier(kWeightLoss | kSexualFunction) == CareTier::Emergency);
  CHECK((kAskedFlags & kPastCancer) == 0);
  CHECK((kAskedFlags & kCancerOrWeightLoss) == 0);
  CHECK(keys_of_mask(kRedFlagWords, kAllRedFlags).size() == 13);
}

TEST_CASE("the screening comes before the program: a sign for care today or now keeps it from starting") {
  App app;
  store::reset();
  app.open();
  for (std::uint16_t sign :
       {kBladderOrBowel, kSexualFunction, kFeverOrUnwell, kWeightLoss, kMinorFallFragileBones}) {
    const auto out = app.run(start_with(5, Screening{sign, false, 0}));
    REQUIRE(out.error.empty());
    CHECK_FALSE(app.state.program);
    CHECK(app.state.screen == Screen::CareNow);
    CHECK(app.state.care_flags == sign);
    CHECK(app.state.care_note == CareNote::ProgramWaits);
    REQUIRE(out.announcements.size() == 1);
    CHECK(out.announcements[0].assertive);
    app.run(Navigate{Screen::Program});
  }
  // A past cancer with new, unchecked back pain is a same-day sign too, asked only here.
  app.run(start_with(5, Screening{0, true, 0}));
  CHECK_FALSE(app.state.program);
  CHECK(app.state.care_flags == kPastCancer);
  // Opened by the user, the care page marks nothing.
  app.run(Navigate{Screen::Home});
  app.run(Navigate{Screen::CareNow});
  CHECK(app.state.care_flags == 0);
  CHECK(app.state.care_note == CareNote::None);

  // Cautions don't block: they are kept for gentler variants.
  app.run(Navigate{Screen::Program});
  REQUIRE(app.run(start_with(4, Screening{0, false, kCautionPregnant | kCautionOsteoporosis})).error.empty());
  REQUIRE(app.state.program);
  CHECK(app.state.program->cautions == (kCautionPregnant | kCautionOsteoporosis));
  CHECK(app.state.screen == Screen::Program);
}

TEST_CASE("a screening sign for a clinician soon starts the program and says so on the care page") {
  App app;
  store::reset();
  app.open();
  app.run(Navigate{Screen::Program});
  REQUIRE(app.run(start_with(5, Screening{kBelowKneeNumbness, false, 0})).error.empty());
  REQUIRE(app.state.program);
  CHECK(app.state.program->active());
  CHECK(app.state.screen == Screen::CareNow);
  CHECK(app.state.care_note == CareNote::ProgramStartedSeeSoon);
  CHECK(app.state.care_flags == kBelowKneeNumbness);
}

TEST_CASE("a week's review is due after seven days, and a week of 2 sessions moves up a level") {
  App app;
  start(app, 6);
  REQUIRE(app.state.program);
  CHECK(app.state.program->week() == 1);
  CHECK(app.run(review(5)).error == "reviewWeek: the week is not over yet");
  CHECK(app.run(Navigate{Screen::Review}).error == "there is no weekly review due");
  app.now += kWeekMs;
  CHECK(app.run(Navigate{Screen::Review}).error.empty());
  app.now -= kWeekMs;
  const auto out = week(app, 5);
  REQUIRE(out.error.empty());
  CHECK(app.state.program->level == 1);
  CHECK(app.state.program->week() == 2);
  CHECK(app.state.program->reviews.back().outcome == WeekOutcome::Advanced);
  CHECK(app.state.program->reviews.back().sessions == 2);
  CHECK(app.state.program->reviews.back().average_tenths == 50);
  CHECK(app.state.review_saved);
  // The review is a check-in in the journal too, durable like any other.
  REQUIRE(app.state.journal.checkins.size() == 1);
  CHECK(app.state.journal.checkins.back().pain == 5);
  CHECK(app.state.journal.checkins.back().psfs[1] == 6);
  CHECK(out.writes.size() >= 1);
  CHECK(planned_routine(app.state) == RoutineKind::Program);
  CHECK(app.run(review(5)).error == "reviewWeek: the week is not over yet");  // week 2 has just begun
}

TEST_CASE("decide_week: each outcome from the rules") {
  const Program fresh = start_program(100, 5, kNoPsfsScores);
  // Zero sessions, or one: the level holds, whatever the pain.
  CHECK(decide_week(fresh, lived(0, 3)).outcome == WeekOutcome::Held);
  CHECK(decide_week(fresh, lived(1, 3)).outcome == WeekOutcome::Held);
  CHECK(decide_week(fresh, lived(2, 5)).outcome == WeekOutcome::Advanced);
  CHECK(decide_week(fresh, lived(3, 4, 0, WeekFeel::Harder)).outcome == WeekOutcome::Held);
  // The 7-day average against the baseline: a rise of 2 steps down, of 1.9 does not.
  CHECK(decide_week(fresh, lived(3, 7)).outcome == WeekOutcome::SteppedDown);
  CHECK(decide_week(fresh, lived(0, 7)).outcome == WeekOutcome::SteppedDown);
  CHECK(decide_week(fresh, lived(3, 6.9)).outcome == WeekOutcome::Advanced);
  // Warning signs: now stops, today pauses, soon suggests a clinician.
  CHECK(decide_week(fresh, lived(3, 4, kLegWeakening)).outcome == WeekOutcome::Stopped);
  CHECK(decide_week(fresh, lived(3, 4, kFeverOrUnwell)).outcome == WeekOutcome::Paused);
  const WeekDecision soon = decide_week(fresh, lived(3, 4, kNoBetterAfterWeeks));
  CHECK(soon.outcome == WeekOutcome::SeeClinician);
  CHECK(soon.reason == ClinicianReason::Sign);
  // Two held weeks in a row.
  const Program held_once = with_outcomes(5, {WeekOutcome::Advanced, WeekOutcome::Held});
  const WeekDecision twice = decide_week(held_once, lived(1, 5));
  CHECK(twice.outcome == WeekOutcome::SeeClinician);
  CHECK(twice.reason == ClinicianReason::TwoHeldWeeks);
  CHECK(decide_week(held_once, lived(3, 5)).outcome == WeekOutcome::Advanced);
  // Week 6 without a meaningful improvement (judged from a baseline of 3 or more).
  const auto five = {WeekOutcome::Advanced, WeekOutcome::Advanced, WeekOutcome::Advanced,
                     WeekOutcome::Advanced, WeekOutcome::Advanced};
  const Program week_six = with_outcomes(6, five);
  const WeekDecision unchanged = decide_week(week_six, lived(3, 4.5));
  CHECK(unchanged.outcome == WeekOutcome::SeeClinician);
  CHECK(unchanged.reason == ClinicianReason::NoChangeByWeek6);
  CHECK(decide_week(week_six, lived(3, 4)).outcome == WeekOutcome::Advanced);                // 2 points less
  CHECK(decide_week(with_outcomes(2, five), lived(3, 2)).outcome == WeekOutcome::Advanced);  // not judged
  CHECK(decide_week(with_outcomes(6, {WeekOutcome::Advanced}), lived(3, 6)).outcome == WeekOutcome::Advanced);
}

TEST_CASE("a rise of 2 steps down a level and suggests the short routine; then it climbs again") {
  App app;
  start(app, 4);
  week(app, 4);
  week(app, 4);
  REQUIRE(app.state.program->level == 2);
  app.save(7);  // the week's pain runs high: 7 and 6, with the review's 6
  week(app, 6);
  CHECK(app.state.program->reviews.back().outcome == WeekOutcome::SteppedDown);
  CHECK(app.state.program->level == 1);
  CHECK(app.state.program->suggests_short());
  week(app, 4);
  CHECK(app.state.program->level == 2);
  CHECK_FALSE(app.state.program->suggests_short());
}

TEST_CASE("a new same-day sign pauses the program with care advice; resuming restarts the week") {
  App app;
  start(app, 5);
  const auto out = week(app, 4, WeekFeel::Same, kSevereAtNight);
  REQUIRE(out.error.empty());
  CHECK(app.state.screen == Screen::CareNow);
  CHECK(app.state.care_flags == kSevereAtNight);
  CHECK(app.state.program->paused());
  CHECK_FALSE(app.state.program->active());
  CHECK_FALSE(app.state.program->stopped());
  CHECK(app.run(StartRoutine{RoutineKind::Program}).error ==
        "there is no program under way: start one first");
  CHECK(app.run(start_with(4)).error == "startProgram: a program is already under way");
  app.now += 3 * kDayMs;
  REQUIRE(app.run(ResumeProgram{}).error.empty());
  CHECK(app.state.program->active());
  CHECK_FALSE(app.state.program->review_due(today(Moment{app.now + 6 * kDayMs, 60, 0})));
  CHECK(app.state.program->review_due(today(Moment{app.now + 7 * kDayMs, 60, 0})));
  CHECK(app.state.program->level == 0);  // where it was
  CHECK(app.run(ResumeProgram{}).error == "resumeProgram: the program is not paused");
}

TEST_CASE("an emergency sign in the review stops the program and opens Get care now") {
  App app;
  start(app, 5);
  const auto out = week(app, 5, WeekFeel::Same, kLegWeakening);
  REQUIRE(out.error.empty());
  CHECK(app.state.screen == Screen::CareNow);
  CHECK(app.state.program->stopped());
  CHECK_FALSE(app.state.program->active());
  CHECK(app.state.journal.checkins.back().red_flags == kLegWeakening);
  CHECK(app.run(StartRoutine{RoutineKind::Program}).error ==
        "there is no program under way: start one first");
  app.now += kWeekMs;
  CHECK(app.run(review(3)).error == "reviewWeek: no program is under way");
  CHECK(app.run(start_with(3)).error.empty());  // a new start is the user's choice, after care
}

TEST_CASE("the program completes after 12 reviews, and its level never passes the top") {
  App app;
  start(app, 7);
  for (int n = 0; n < kProgramWeeks; ++n) REQUIRE(week(app, std::max(1, 6 - n / 2)).error.empty());
  CHECK(app.state.program->complete());
  CHECK(app.state.program->level == kProgramLevels - 1);
  CHECK(app.state.program->week() == kProgramWeeks);
  app.now += kWeekMs;
  CHECK_FALSE(app.state.program->review_due(today(Moment{app.now, 60, 0})));
  store::deliver_reports();
  App reopened;
  reopened.open();
  REQUIRE(reopened.state.program);
  CHECK(*reopened.state.program == *app.state.program);
}

TEST_CASE("progress against the baseline uses the meaningful-change thresholds") {
  Program p = start_program(100, 6, PsfsScores{3, 4, kNoScore});
  CHECK_FALSE(program_progress(p).has_value());
  p.reviews.push_back(WeekReview{107, 5, {4, 5, kNoScore}, WeekFeel::Same, 0, 3, WeekOutcome::Advanced, 50});
  auto progress = program_progress(p);
  REQUIRE(progress);
  CHECK(progress->pain_change == 1);
  CHECK_FALSE(progress->pain_meaningful);
  CHECK_FALSE(progress->psfs_meaningful);  // 3.5 to 4.5
  p.reviews.push_back(WeekReview{114, 4, {5, 6, kNoScore}, WeekFeel::Same, 3, 3, WeekOutcome::Advanced, 40});
  progress = program_progress(p);
  CHECK(progress->pain_change == 2);
  CHECK(progress->pain_meaningful);  // 2 points
  CHECK(progress->psfs_meaningful);  // 3.5 to 5.5
  Program low = start_program(100, 3, kNoPsfsScores);
  low.reviews.push_back(WeekReview{107, 2, kNoPsfsScores, WeekFeel::Same, 0, 3, WeekOutcome::Advanced, 20});
  CHECK(program_progress(low)->pain_meaningful);  // 33% less
  CHECK(*program_progress(low)->pain_threshold == Approx(2.1));
}

TEST_CASE("program progress: from a start under 3 the numbers are not judged, the chart has no line") {
  Program p = start_program(100, 2, kNoPsfsScores);
  p.reviews.push_back(WeekReview{107, 0, kNoPsfsScores, WeekFeel::Same, 0, 3, WeekOutcome::Advanced, 0});
  const auto progress = program_progress(p);
  REQUIRE(progress);
  CHECK(progress->pain_change == 2);
  CHECK_FALSE(progress->pain_judged);
  CHECK_FALSE(progress->pain_meaningful);
  CHECK_FALSE(progress->pain_threshold);  // the chart draws its line from this: none
  Program five = start_program(100, 5, kNoPsfsScores);
  five.reviews.push_back(WeekReview{107, 4, kNoPsfsScores, WeekFeel::Same, 0, 3, WeekOutcome::Advanced, 40});
  CHECK(five.reviews.size() == 1);
  CHECK(*program_progress(five)->pain_threshold == Approx(3.5));  // the line and the text agree: 30%
  CHECK_FALSE(program_progress(five)->pain_meaningful);           // 4 is above 3.5
}

TEST_CASE("program progress: PSFS like with like, and restarted after a rename") {
  Program p = start_program(100, 6, PsfsScores{3, 4, kNoScore});
  p.reviews.push_back(WeekReview{107, 5, {6, kNoScore, 8}, WeekFeel::Same, 0, 3, WeekOutcome::Advanced, 50});
  auto progress = program_progress(p);
  REQUIRE(progress->psfs_baseline);
  CHECK(*progress->psfs_baseline == Approx(3.0));  // only the first activity was rated both times
  CHECK(*progress->psfs_now == Approx(6.0));
  CHECK(progress->psfs_meaningful);

  // Renamed on day 110: the start's ratings were for other activities; the first review under
  // the new names is the baseline.
  p.reviews.push_back(WeekReview{114, 5, {7, 7, kNoScore}, WeekFeel::Same, 0, 3, WeekOutcome::Advanced, 50});
  p.reviews.push_back(WeekReview{121, 4, {8, 8, kNoScore}, WeekFeel::Same, 0, 3, WeekOutcome::Advanced, 40});
  const PsfsNaming renamed{110LL * 86'400'000, 110};
  progress = program_progress(p, renamed);
  CHECK(*progress->psfs_baseline == Approx(7.0));
  CHECK(*progress->psfs_now == Approx(8.0));
  CHECK_FALSE(progress->psfs_meaningful);
  // Without the rename, the start's 3.5 would have made it look meaningful.
  CHECK(program_progress(p)->psfs_meaningful);

  // Only one review since the rename: nothing to compare yet.
  progress = program_progress(p, PsfsNaming{118LL * 86'400'000, 118});
  CHECK_FALSE(progress->psfs_baseline);
}

TEST_CASE("program actions from JSON, and state() shows the week") {
  AppState state;
  const std::int64_t t0 = unknot::test::kAppStart;
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"startProgram","pain":11})", t0)) ==
        R"({"ok":false,"error":"startProgram: pain must be a whole number from 0 to 10"})");
  CHECK(
      plain_refusal(dispatch_json(state, R"({"type":"startProgram","pain":5})", t0)) ==
      R"({"ok":false,"error":"startProgram: screening is required: ask the warning-sign questions before starting"})");
  CHECK(plain_refusal(
            dispatch_json(state, R"({"type":"startProgram","pain":5,"screening":{"redFlags":[]}})", t0)) ==
        R"({"ok":false,"error":"startProgram: screening.pastCancer is required"})");
  CHECK(
      plain_refusal(dispatch_json(
          state,
          R"({"type":"startProgram","pain":5,"screening":{"redFlags":["pastCancer"],"pastCancer":false,"pregnant":false,"osteoporosis":false,"recentBackSurgery":false}})",
          t0)) ==
      R"({"ok":false,"error":"startProgram: screening.redFlags holds a sign the screening doesn't ask"})");
  CHECK(
      dispatch_json(
          state,
          R"({"type":"startProgram","pain":5,"screening":{"redFlags":[],"pastCancer":false,"pregnant":false,"osteoporosis":true,"recentBackSurgery":false}})",
          t0) == R"({"ok":true,"changed":true})");
  CHECK(
      plain_refusal(dispatch_json(state, R"({"type":"reviewWeek","feel":"meh","checkIn":{"pain":4}})", t0)) ==
      R"({"ok":false,"error":"reviewWeek: \"feel\" must be \"easier\", \"same\" or \"harder\""})");
  const std::int64_t later = t0 + kWeekMs;
  CHECK(dispatch_json(state,
                      R"({"type":"reviewWeek","feel":"easier","checkIn":{"pain":4,"psfs":[6,null,null]}})",
                      later) == R"({"ok":true,"changed":true})");
  const std::string json = state_to_json(state, later, 0);
  CHECK(
      json.find(
          R"("program":{"week":2,"level":0,"active":true,"stopped":false,"paused":false,"complete":false,)") !=
      std::string::npos);
  CHECK(json.find(R"("cautions":["osteoporosis"])") != std::string::npos);
  CHECK(
      json.find(
          R"("reviews":[{"date":"2026-11-27","pain":4,"averagePain":4.0,"psfs":[6,null,null],"feel":"easier","sessions":0,"outcome":"held"}])") !=
      std::string::npos);
  CHECK(json.find(R"("careTier":null)") != std::string::npos);
  CHECK(dispatch_json(state, R"({"type":"endProgram"})", later) == R"({"ok":true,"changed":true})");
  CHECK(state_to_json(state, later, 0).find(R"("program":null)") != std::string::npos);
}

TEST_CASE("state() gives the latest check-in's care tier") {
  AppState state;
  const std::int64_t t0 = unknot::test::kAppStart;
  auto tier_after = [&](const char* flags) {
    const std::string action =
        std::string(R"({"type":"saveCheckIn","checkIn":{"pain":4,"redFlags":)") + flags + "}}";
    REQUIRE(dispatch_json(state, action, t0).find(R"("ok":true)") != std::string::npos);
    const std::string json = state_to_json(state, t0, 0);
    const auto at = json.find(R"("careTier":)");
    REQUIRE(at != std::string::npos);
    return json.substr(at + 11, json.find_first_of(",}", at) - at - 11);
  };
  CHECK(tier_after("[]") == "null");
  CHECK(tier_after(R"(["noBetterAfterWeeks"])") == R"("soon")");
  CHECK(tier_after(R"(["weightLoss","belowKneeNumbness"])") == R"("today")");
  CHECK(tier_after(R"(["sexualFunction"])") == R"("emergency")");
}
