// How the user's choices are stored: cereal serialize functions for every persisted type, each
// versioned from 1 so that a later change can migrate what older versions wrote. Kept apart
// from the types so the core's other code never sees cereal.
#pragma once
#include <cereal/cereal.hpp>
#include <cereal/types/array.hpp>
#include <cereal/types/vector.hpp>

#include "core/app_state.h"
#include "core/routine_plan.h"

namespace unknot {

template <class Archive>
void serialize(Archive& archive, Dosage& d, const std::uint32_t /*version*/) {
  archive(cereal::make_nvp("kind", d.kind), cereal::make_nvp("holdS", d.hold_s), cereal::make_nvp("reps", d.reps),
          cereal::make_nvp("repMs", d.rep_ms), cereal::make_nvp("perSide", d.per_side),
          cereal::make_nvp("rounds", d.rounds), cereal::make_nvp("restS", d.rest_s));
}

template <class Archive>
void serialize(Archive& archive, RoutineItem& item, const std::uint32_t /*version*/) {
  archive(cereal::make_nvp("exercise", item.exercise), cereal::make_nvp("dosage", item.dosage));
}

template <class Archive>
void serialize(Archive& archive, Settings& s, const std::uint32_t /*version*/) {
  archive(cereal::make_nvp("sound", s.sound), cereal::make_nvp("vibration", s.vibration));
}

template <class Archive>
void serialize(Archive& archive, BreathPattern& p, const std::uint32_t /*version*/) {
  archive(cereal::make_nvp("inhaleMs", p.inhale_ms), cereal::make_nvp("holdInMs", p.hold_in_ms),
          cereal::make_nvp("exhaleMs", p.exhale_ms), cereal::make_nvp("holdOutMs", p.hold_out_ms));
}

template <class Archive>
void serialize(Archive& archive, BreathSettings& s, const std::uint32_t /*version*/) {
  archive(cereal::make_nvp("pattern", s.pattern), cereal::make_nvp("lengthMs", s.length_ms));
}

template <class Archive>
void serialize(Archive& archive, PositionResult& r, const std::uint32_t /*version*/) {
  archive(cereal::make_nvp("ratings", r.ratings), cereal::make_nvp("verdict", r.verdict),
          cereal::make_nvp("worse", r.worse), cereal::make_nvp("finishedAt", r.finished_at_ms));
}

}  // namespace unknot

CEREAL_CLASS_VERSION(unknot::BreathPattern, 1)
CEREAL_CLASS_VERSION(unknot::BreathSettings, 1)
CEREAL_CLASS_VERSION(unknot::PositionResult, 1)
CEREAL_CLASS_VERSION(unknot::Dosage, 1)
CEREAL_CLASS_VERSION(unknot::RoutineItem, 1)
CEREAL_CLASS_VERSION(unknot::Settings, 1)
