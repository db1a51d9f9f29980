#include <catch2/catch.hpp>

#include <cereal/archives/binary.hpp>
#include <cereal/archives/json.hpp>
#include <sstream>

#include "core/serialization.h"

using namespace unknot;

namespace {
template <class Out, class In, class T>
T round_trip(const T& value) {
  std::stringstream stream;
  {
    Out out(stream);
    out(cereal::make_nvp("value", value));
  }
  T back{};
  In in(stream);
  in(cereal::make_nvp("value", back));
  return back;
}
}  // namespace

TEST_CASE("the user's routine and settings survive a cereal round trip, binary and JSON") {
  RoutinePlan plan = short_routine();
  plan[1].dosage.hold_s = 45;
  plan[2].dosage.reps = 12;
  std::swap(plan[0], plan[3]);
  CHECK(round_trip<cereal::BinaryOutputArchive, cereal::BinaryInputArchive>(plan) == plan);
  CHECK(round_trip<cereal::JSONOutputArchive, cereal::JSONInputArchive>(plan) == plan);

  Settings settings;
  settings.sound = false;
  const Settings back = round_trip<cereal::JSONOutputArchive, cereal::JSONInputArchive>(settings);
  CHECK_FALSE(back.sound);
  CHECK(back.vibration);
}

TEST_CASE("breathing settings and a position result survive a round trip") {
  BreathSettings breath;
  breath.pattern = {3500, 1000, 6000, 500};
  breath.length_ms = 600000;
  const BreathSettings back = round_trip<cereal::JSONOutputArchive, cereal::JSONInputArchive>(breath);
  CHECK(back.pattern == breath.pattern);
  CHECK(back.length_ms == 600000);

  PositionResult result;
  result.ratings = {6, 3, 5, 5};
  result.verdict = PositionVerdict::OnBackBetter;
  result.worse = false;
  result.finished_at_ms = 1'700'000'000'123;
  const PositionResult copy = round_trip<cereal::BinaryOutputArchive, cereal::BinaryInputArchive>(result);
  CHECK(copy.ratings == result.ratings);
  CHECK(copy.verdict == PositionVerdict::OnBackBetter);
  CHECK(copy.finished_at_ms == result.finished_at_ms);
}

TEST_CASE("stored types carry a version from 1") {
  std::stringstream stream;
  {
    cereal::JSONOutputArchive out(stream);
    out(cereal::make_nvp("item", RoutineItem{ExerciseId::BirdDog, exercise(ExerciseId::BirdDog).dosage}));
  }
  CHECK(stream.str().find("\"cereal_class_version\": 1") != std::string::npos);
}
