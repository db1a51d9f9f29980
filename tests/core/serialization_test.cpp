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

TEST_CASE("stored types carry a version from 1") {
  std::stringstream stream;
  {
    cereal::JSONOutputArchive out(stream);
    out(cereal::make_nvp("item", RoutineItem{ExerciseId::BirdDog, exercise(ExerciseId::BirdDog).dosage}));
  }
  CHECK(stream.str().find("\"cereal_class_version\": 1") != std::string::npos);
}
