// What the routine says at its cues (to a screen reader now, to a voice coach later) and the line
// the player shows under its figure: the exercise's own cue lines, at the moments the cues mark.
#include <catch2/catch.hpp>

#include "core/flow/dispatch.h"
#include "core/routine/routine_words.h"

using namespace unknot;

namespace {

constexpr std::int64_t kT0 = 1'700'000'000'000;
const BreathPattern kBreath{};  // 7 breaths a minute: 3.4 s in, 5.1 s out

Dosage hold(int seconds, bool per_side, int rounds) {
  Dosage d;
  d.kind = DoseKind::Hold;
  d.hold_s = seconds;
  d.per_side = per_side;
  d.rounds = rounds;
  d.rest_s = 10;
  return d;
}

Dosage cat_cow_reps() {
  Dosage d;
  d.kind = DoseKind::Reps;
  d.reps = 2;
  d.rep_ms = static_cast<int>(cycle_ms(kBreath));  // one breath a rep, as the routine paces it
  return d;
}

// Cat cow for two breaths, then child's pose side bend: 30 s a side, two rounds.
RoutinePlan plan() {
  return {{ExerciseId::CatCow, cat_cow_reps()}, {ExerciseId::ChildsPoseSideBend, hold(30, true, 2)}};
}

// Every cue the run gives from t0 to `until`, a frame every 100 ms, with the words said for it.
struct Said {
  std::int64_t at;
  std::string words;
};
std::vector<Said> run_and_listen(RoutineRun& run, std::int64_t until, Locale locale = Locale::En) {
  std::vector<Said> said;
  for (std::int64_t t = kT0; t <= until; t += 100) {
    const auto cues = run.advance(t);
    for (std::string& words : routine_cue_words(locale, cues, run, t, kBreath))
      said.push_back({t - kT0, words});
  }
  return said;
}

std::vector<std::string> words_only(const std::vector<Said>& said) {
  std::vector<std::string> out;
  for (const Said& s : said) out.push_back(s.words);
  return out;
}

}  // namespace

TEST_CASE("the routine says each phase with what to do in it, and counts down only at the end of a phase") {
  RoutineRun run(RoutineKind::Custom, plan(), kT0);
  std::vector<Said> said{{0, routine_cue_words(Locale::En, {Cue::GetReady}, run, kT0, kBreath).at(0)}};
  const std::int64_t cat_cow_ms = 2 * cycle_ms(kBreath);
  // Get ready, cat cow, get ready, the first side, the switch and the second side of round 1.
  const std::int64_t until = kGetReadyMs + cat_cow_ms + kGetReadyMs + 30000 + kSwitchSidesMs + 30000 + 500;
  for (Said& s : run_and_listen(run, kT0 + until)) said.push_back(s);

  const std::vector<std::string> expected{
      "Get ready: Cat cow. Come onto your hands and knees, wrists under shoulders.",
      "3",
      "2",
      "1",
      "Go. Breathe in: let your belly sink and lift your chest.",
      // two reps: each rep is a tone only
      "Get ready: Child's pose with side bend. Kneel with knees apart and sit back toward your heels.",
      "3",
      "2",
      "1",
      "Go: Reach to the right. Walk both hands to one side and breathe into the stretch.",
      "10 seconds left",
      "3",
      "2",
      "1",
      "Switch sides: Reach to the left.",
      "3",
      "2",
      "1",
      "Go. Walk both hands to one side and breathe into the stretch.",
      "10 seconds left",
      "3",
      "2",
      "1",
      "Rest. Next: round 2 of 2.",
  };
  CHECK(words_only(said) == expected);

  // "10 seconds left" comes 10 s before the hold ends, and each count on its second.
  const std::int64_t hold_start = kGetReadyMs + cat_cow_ms + kGetReadyMs;
  // (said on the first frame at or after its moment; frames come every 100 ms here)
  const auto late_by = [&](std::size_t index, std::int64_t moment) { return said.at(index).at - moment; };
  for (const auto& [index, moment] : {std::pair<std::size_t, std::int64_t>{10, hold_start + 20000},
                                      {11, hold_start + 27000},
                                      {13, hold_start + 29000}}) {
    CHECK(late_by(index, moment) >= 0);
    CHECK(late_by(index, moment) < 100);
  }
  // Never two phrases at once: each is said at its own moment, at least a second apart.
  for (std::size_t i = 1; i < said.size(); ++i) CHECK(said[i].at - said[i - 1].at >= 1000);
}

TEST_CASE("a count whose moment has passed is not said when a phase change comes in the same frame") {
  RoutineRun run(RoutineKind::Custom, plan(), kT0);
  run.advance(kT0 + kGetReadyMs - 1200);                   // frames stop just before the count of 1...
  const auto cues = run.advance(kT0 + kGetReadyMs + 100);  // ...and resume after the start
  REQUIRE(cues == std::vector<Cue>{Cue::Countdown, Cue::Start});
  CHECK(routine_cue_words(Locale::En, cues, run, kT0 + kGetReadyMs + 100, kBreath) ==
        std::vector<std::string>{"Go. Breathe in: let your belly sink and lift your chest."});
}

TEST_CASE("a hold shorter than 20 s has no \"10 seconds left\"") {
  RoutineRun run(RoutineKind::Custom, {{ExerciseId::SealStretch, hold(15, false, 1)}}, kT0);
  for (const Said& s : run_and_listen(run, kT0 + kGetReadyMs + 15000)) CHECK(s.words != "10 seconds left");
}

TEST_CASE("the routine speaks the user's language") {
  RoutineRun run(RoutineKind::Custom, plan(), kT0);
  const auto words = routine_cue_words(Locale::Es, {Cue::GetReady}, run, kT0, kBreath);
  REQUIRE(words.size() == 1);
  CHECK(words[0].rfind("Prepárate: Gato-vaca. ", 0) == 0);
  CHECK(routine_cue_words(Locale::Es, {Cue::Done}, run, kT0, kBreath) ==
        std::vector<std::string>{"Terminado"});
}

TEST_CASE("the player's line follows the breath in cat cow, the hold's cue, the side and the rest") {
  RoutineRun run(RoutineKind::Custom, plan(), kT0);
  const auto line = [&](std::int64_t offset) {  // offsets only go forward, as the clock does
    run.advance(kT0 + offset);
    return player_step_line(Locale::En, run, run.position(kT0 + offset), kBreath);
  };
  CHECK(line(0) == "Come onto your hands and knees, wrists under shoulders.");
  CHECK(line(kGetReadyMs + 1000) == "Breathe in: let your belly sink and lift your chest.");
  CHECK(line(kGetReadyMs + 5000) == "Breathe out: round your back, tuck chin and tailbone.");
  CHECK(line(kGetReadyMs + cycle_ms(kBreath) + 1000) ==
        "Breathe in: let your belly sink and lift your chest.");
  const std::int64_t hold_start = kGetReadyMs + 2 * cycle_ms(kBreath) + kGetReadyMs;
  CHECK(line(hold_start - 1000) == "Kneel with knees apart and sit back toward your heels.");
  CHECK(line(hold_start + 1000) == "Walk both hands to one side and breathe into the stretch.");
  CHECK(line(hold_start + 31000) == "Now: Reach to the left");
  CHECK(line(hold_start + 30000 + kSwitchSidesMs + 30000 + 1000) == "Next: round 2 of 2");
}

TEST_CASE("dispatch announces the routine's cues in words, and the breathing visualiser's as before") {
  AppState state;
  const Moment start{kT0, 0};
  REQUIRE(dispatch(state, StartRoutine{RoutineKind::Short}, start).announcements.at(0).text ==
          "Get ready: Cat cow. Come onto your hands and knees, wrists under shoulders.");
  const DispatchOutcome tick = dispatch(state, Tick{}, Moment{kT0 + kGetReadyMs + 50, 0});
  REQUIRE_FALSE(tick.announcements.empty());
  CHECK(tick.announcements.back().text.rfind("Go. Breathe in", 0) == 0);
  dispatch(state, EndRoutine{}, Moment{kT0 + kGetReadyMs + 100, 0});
  dispatch(state, CloseRoutine{}, Moment{kT0 + kGetReadyMs + 100, 0});
  const DispatchOutcome breathing = dispatch(state, StartBreathing{}, Moment{kT0 + 20000, 0});
  REQUIRE(breathing.announcements.size() == 1);
  CHECK(breathing.announcements[0].parts == std::vector<Str>{Str::BreatheIn});
}
