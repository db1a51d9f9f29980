// The 12-week program's levels: twelve distinct routines that grow through the variants and the
// doses within the safe bounds, level 0 without bird dog, and the screening's cautions keeping
// every exercise gentler.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"
#include "core/plan/program_levels.h"

using namespace unknot;

namespace {

int rank(Variant variant) {
  return static_cast<int>(variant);  // Easier < Standard < Harder
}

const RoutineItem* find(const RoutinePlan& plan, ExerciseId id) {
  const auto found =
      std::find_if(plan.begin(), plan.end(), [&](const RoutineItem& i) { return i.exercise == id; });
  return found == plan.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("the program has 12 levels, each a distinct routine within the dose limits") {
  REQUIRE(kProgramLevels == 12);
  std::vector<RoutinePlan> plans;
  for (int level = 0; level < kProgramLevels; ++level) {
    INFO("level " << level);
    const RoutinePlan plan = program_routine(level, 0);
    REQUIRE(validate_plan(plan));
    for (const RoutineItem& item : plan) {
      if (item.dosage.kind == DoseKind::Hold && item.exercise != ExerciseId::DiaphragmaticBreathing)
        CHECK(item.dosage.hold_s <= 45);
      if (item.dosage.kind == DoseKind::Reps) CHECK(item.dosage.reps <= 15);
      CHECK(item.dosage.rounds <= exercise(item.exercise).dosage.rounds);
    }
    for (const RoutinePlan& earlier : plans) CHECK_FALSE(earlier == plan);
    plans.push_back(plan);
  }
}

TEST_CASE("levels progress by variants, never back to an easier one") {
  for (const Exercise& e : exercise_catalog()) {
    INFO(e.key);
    int previous = rank(Variant::Easier);
    for (int level = 1; level < kProgramLevels; ++level) {
      const RoutineItem* item = find(program_routine(level, 0), e.id);
      REQUIRE(item != nullptr);
      CHECK(rank(item->variant) >= previous);
      previous = rank(item->variant);
    }
  }
  // Week 2 starts every exercise at its easier variant; the routine at its defaults comes in the
  // middle, and the last weeks hold harder variants.
  for (const RoutineItem& item : program_routine(1, 0)) CHECK(item.variant == Variant::Easier);
  CHECK(program_routine(6, 0) == full_routine());
  const RoutinePlan top = program_routine(kProgramLevels - 1, 0);
  CHECK(std::count_if(top.begin(), top.end(),
                      [](const RoutineItem& i) { return i.variant == Variant::Harder; }) >= 6);
  CHECK(find(top, ExerciseId::BirdDog)->dosage.rep_ms > exercise(ExerciseId::BirdDog).dosage.rep_ms);
}

TEST_CASE("level 0 is the short routine: no bird dog, ending at rest on the back with the legs up") {
  const RoutinePlan start = program_routine(0, 0);
  CHECK(start == short_routine());
  CHECK(find(start, ExerciseId::BirdDog) == nullptr);
  REQUIRE(find(start, ExerciseId::DiaphragmaticBreathing) != nullptr);
  CHECK(start.back().exercise == ExerciseId::DiaphragmaticBreathing);
  CHECK(start.back().variant == Variant::Easier);
}

TEST_CASE("any screening caution keeps every exercise one variant gentler and doses at most the default") {
  // None is harder than its standard, and at least one is at its easier variant.
  const std::uint8_t cautions[] = {kCautionPregnant, kCautionOsteoporosis, kCautionRecentBackSurgery,
                                   kAllCautions};
  for (std::uint8_t caution : cautions) {
    for (int level = 0; level < kProgramLevels; ++level) {
      INFO("caution " << int(caution) << ", level " << level);
      const RoutinePlan plain = program_routine(level, 0);
      const RoutinePlan careful = program_routine(level, caution);
      REQUIRE(validate_plan(careful));
      // Pregnancy leaves out the seal stretch (lying on the belly); nothing else is left out.
      const bool pregnant = (caution & kCautionPregnant) != 0;
      const auto has_seal = [](const RoutinePlan& plan) {
        return std::any_of(plan.begin(), plan.end(),
                           [](const RoutineItem& item) { return item.exercise == ExerciseId::SealStretch; });
      };
      CHECK(has_seal(careful) == (has_seal(plain) && !pregnant));
      REQUIRE(careful.size() == plain.size() - (has_seal(plain) && pregnant ? 1 : 0));
      int gentler = 0, easier = 0;
      for (const RoutineItem& item : careful) {
        const RoutineItem& same = *std::find_if(
            plain.begin(), plain.end(), [&](const RoutineItem& p) { return p.exercise == item.exercise; });
        CHECK(rank(item.variant) <= rank(Variant::Standard));
        CHECK(rank(item.variant) <= rank(same.variant));
        if (same.variant != Variant::Easier) CHECK(rank(item.variant) < rank(same.variant));
        if (item.exercise == ExerciseId::SealStretch) CHECK(item.variant == Variant::Easier);
        if (rank(item.variant) < rank(same.variant)) ++gentler;
        if (item.variant == Variant::Easier) ++easier;
        const Dosage& standard = exercise(item.exercise).dosage;
        CHECK(item.dosage.reps <= standard.reps);
        CHECK(item.dosage.hold_s <= standard.hold_s);
        CHECK(item.dosage.rounds <= standard.rounds);
        CHECK(item.dosage.rep_ms == standard.rep_ms);
      }
      // The supported seal stretch keeps one exercise at its easier variant; in pregnancy it is
      // left out instead, and the rest are still a variant gentler.
      CHECK((easier >= 1 || pregnant));
      // Gentler than without the caution, unless every exercise is at its easier variant already.
      CHECK((gentler >= 1 || easier == static_cast<int>(careful.size())));
    }
  }
}

TEST_CASE("state() lists the program week's exercises with their variant and dose") {
  AppState state;
  Program program = start_program(20700, 5, kNoPsfsScores);
  program.level = kProgramLevels - 1;
  state.program = program;
  const std::string json = state_to_json(state, 20700LL * 86'400'000, 0);
  CHECK(json.find(R"("routine":[{"exercise":"cat_cow","variant":"harder","dosage":{"kind":"reps",)") !=
        std::string::npos);
  CHECK(json.find(R"({"exercise":"seal_stretch","variant":"harder",)") != std::string::npos);
  state.program->level = 0;
  const std::string all = state_to_json(state, 20700LL * 86'400'000, 0);
  const std::string first = all.substr(all.find(R"("program":)"));
  CHECK(first.find(R"("exercise":"bird_dog")") == std::string::npos);
  CHECK(
      first.find(
          R"({"exercise":"diaphragmatic_breathing","variant":"easier","dosage":{"kind":"hold","holdS":120,)") !=
      std::string::npos);
}

TEST_CASE("the program's routine runs with the week's variants") {
  AppState state;
  const std::int64_t now = 20700LL * 86'400'000;
  Program program = start_program(20700, 5, kNoPsfsScores);
  program.level = 9;
  state.program = program;
  dispatch(state, StartRoutine{RoutineKind::Program}, now);
  REQUIRE(state.routine);
  const RoutinePlan expected = program_routine(9, 0);
  REQUIRE(state.routine->plan().size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
    CHECK(state.routine->plan()[i].variant == expected[i].variant);
  CHECK(state_to_json(state, now, 0)
            .find(R"("routine":{"kind":"program","exercise":"cat_cow","variant":"harder",)") !=
        std::string::npos);
}

TEST_CASE("a program with a screening caution runs and lists the gentler variants") {
  AppState state;
  const std::int64_t now = 20700LL * 86'400'000;
  Program program = start_program(20700, 5, kNoPsfsScores);
  program.level = kProgramLevels - 1;
  program.cautions = kCautionOsteoporosis;
  state.program = program;
  dispatch(state, StartRoutine{RoutineKind::Program}, now);
  REQUIRE(state.routine);
  const RoutinePlan expected = program_routine(kProgramLevels - 1, kCautionOsteoporosis);
  REQUIRE(state.routine->plan().size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
    CHECK(state.routine->plan()[i].variant == expected[i].variant);
  CHECK(state.routine->plan().front().variant == Variant::Standard);  // cat cow: harder, one gentler
  const std::string json = state_to_json(state, now, 0);
  CHECK(json.find(R"({"exercise":"seal_stretch","variant":"easier",)") != std::string::npos);
}
