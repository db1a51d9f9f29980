// The journal's words: for every value of the check-in and session enums, the stable key that
// exported files use (never translated, never renamed) and the translated word people read.
// One table per enum, so adding a value is one line; the check-in screens reuse these too.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/strings.h"
#include "core/journal/checkin.h"
#include "core/plan/daily_plan.h"
#include "core/plan/program.h"
#include "core/routine/routine_plan.h"
#include "core/routine/session_record.h"

namespace unknot {

// One value: its bit (for bitmask enums) or its underlying number (for one-choice enums).
struct JournalWord {
  std::uint16_t value;
  std::string_view key;  // in JSON; part of the file format, see docs/DATA_FORMAT.md
  Str word;              // what the user reads, in their language
};

// A view of one enum's table, so the helpers below work on any of them.
class WordList {
 public:
  template <std::size_t N>
  constexpr WordList(const std::array<JournalWord, N>& words) noexcept : first_(words.data()), count_(N) {}
  constexpr const JournalWord* begin() const noexcept { return first_; }
  constexpr const JournalWord* end() const noexcept { return first_ + count_; }
  constexpr std::size_t size() const noexcept { return count_; }

 private:
  const JournalWord* first_;
  std::size_t count_;
};

// clang-format off
inline constexpr std::array<JournalWord, 6> kSpotWords{{
    {kSpotLeft, "left", Str::SpotLeft},
    {kSpotCentre, "centre", Str::SpotCentre},
    {kSpotRight, "right", Str::SpotRight},
    {kSpotAboveSacrum, "aboveSacrum", Str::SpotAboveSacrum},
    {kSpotButtock, "buttock", Str::SpotButtock},
    {kSpotLeg, "leg", Str::SpotLeg},
}};
inline constexpr std::array<JournalWord, 4> kFeelWords{{
    {static_cast<std::uint16_t>(PainFeel::Sharp), "sharp", Str::FeelSharp},
    {static_cast<std::uint16_t>(PainFeel::Tight), "tight", Str::FeelTight},
    {static_cast<std::uint16_t>(PainFeel::Aching), "aching", Str::FeelAching},
    {static_cast<std::uint16_t>(PainFeel::DullAche), "dullAche", Str::FeelDullAche},
}};
inline constexpr std::array<JournalWord, 6> kActivityWords{{
    {kBending, "bending", Str::LimitBending},
    {kLifting, "lifting", Str::LimitLifting},
    {kTwisting, "twisting", Str::LimitTwisting},
    {kSleeping, "sleeping", Str::LimitSleeping},
    {kSitting, "sitting", Str::LimitSitting},
    {kWalking, "walking", Str::LimitWalking},
}};
inline constexpr std::array<JournalWord, 6> kCauseWords{{
    {kOverdoingIt, "overdoingIt", Str::CauseOverdoingIt},
    {kRepetitiveMotion, "repetitiveMotion", Str::CauseRepetitive},
    {kMuscleImbalance, "muscleImbalance", Str::CauseImbalance},
    {kHoldingOnePosition, "holdingOnePosition", Str::CauseOnePosition},
    {kStress, "stress", Str::CauseStress},
    {kInjuryOrCondition, "injuryOrCondition", Str::CauseInjury},
}};
inline constexpr std::array<JournalWord, 9> kSelfCareWords{{
    {kHeat, "heat", Str::SelfCareHeat},
    {kMassage, "massage", Str::SelfCareMassage},
    {kFoamRollerOrBall, "foamRollerOrBall", Str::SelfCareFoamRoller},
    {kWalk, "walk", Str::SelfCareWalk},
    {kEpsomSaltBath, "epsomSaltBath", Str::SelfCareEpsom},
    {kWater, "water", Str::SelfCareWater},
    {kDeepBreaths, "deepBreaths", Str::SelfCareBreaths},
    {kStretching, "stretching", Str::SelfCareStretching},
    {kCoreWork, "coreWork", Str::SelfCareCoreWork},
}};
// The warning signs in tier order, most urgent first (the care page's sentences, so a sign reads
// the same everywhere). Keys of the signs from before the tiers are kept for old exports.
inline constexpr std::array<JournalWord, 13> kRedFlagWords{{
    {kBladderOrBowel, "bladderOrBowel", Str::FlagBladder},
    {kGroinNumbness, "groinNumbness", Str::FlagGroin},
    {kLegWeakening, "legWeakening", Str::FlagWeakness},
    {kSexualFunction, "sexualFunction", Str::FlagSexual},
    {kAfterFallOrAccident, "afterFallOrAccident", Str::FlagFall},
    {kFeverOrUnwell, "feverOrUnwell", Str::FlagFever},
    {kPastCancer, "pastCancer", Str::FlagPastCancer},
    {kCancerOrWeightLoss, "cancerOrWeightLoss", Str::FlagCancer},
    {kWeightLoss, "weightLoss", Str::FlagWeightLoss},
    {kSevereAtNight, "severeAtNight", Str::FlagNight},
    {kMinorFallFragileBones, "minorFallFragileBones", Str::FlagMinorFall},
    {kBelowKneeNumbness, "belowKneeNumbness", Str::FlagBelowKnee},
    {kNoBetterAfterWeeks, "noBetterAfterWeeks", Str::FlagNoBetter},
}};
// The program's screening cautions, as the screening asks them.
inline constexpr std::array<JournalWord, 3> kCautionWords{{
    {kCautionPregnant, "pregnant", Str::ScreeningPregnant},
    {kCautionOsteoporosis, "osteoporosis", Str::ScreeningOsteoporosis},
    {kCautionRecentBackSurgery, "recentBackSurgery", Str::ScreeningBackSurgery},
}};
inline constexpr std::array<JournalWord, 4> kSessionKindWords{{
    {static_cast<std::uint16_t>(SessionKind::Routine), "routine", Str::RoutineTitle},
    {static_cast<std::uint16_t>(SessionKind::Breathing), "breathing", Str::BreathingHeading},
    {static_cast<std::uint16_t>(SessionKind::PositionTest), "positionTest", Str::SessionPositionTest},
    {static_cast<std::uint16_t>(SessionKind::Plan), "plan", Str::SessionPlan},
}};
inline constexpr std::array<JournalWord, 4> kRoutineKindWords{{
    {static_cast<std::uint16_t>(RoutineKind::Full), "full", Str::RoutineKindFull},
    {static_cast<std::uint16_t>(RoutineKind::Short), "short", Str::StartShort},
    {static_cast<std::uint16_t>(RoutineKind::Custom), "custom", Str::RoutineKindCustom},
    {static_cast<std::uint16_t>(RoutineKind::Program), "program", Str::ProgramTitle},
}};
// Today's plan's items, as bits of a Plan record's plan_items.
inline constexpr std::array<JournalWord, 7> kPlanItemWords{{
    {plan_bit(PlanItem::Routine), "routine", Str::RoutineTitle},
    {plan_bit(PlanItem::Breathing), "breathing", Str::PlanBreathing},
    {plan_bit(PlanItem::Walk), "walk", Str::PlanWalk},
    {plan_bit(PlanItem::Water), "water", Str::PlanWater},
    {plan_bit(PlanItem::Heat), "heat", Str::PlanHeat},
    {plan_bit(PlanItem::BallMassage), "ballMassage", Str::PlanBall},
    {plan_bit(PlanItem::PositionPractice), "positionPractice", Str::PlanPosition},
}};
// clang-format on

// The entry for a value, or null when the table has none.
const JournalWord* find_word(WordList words, std::uint16_t value) noexcept;
// The value a key stands for (keys match exactly, case included).
std::optional<std::uint16_t> value_from_key(WordList words, std::string_view key) noexcept;
// The key of a value; empty when the table has none.
std::string_view key_of(WordList words, std::uint16_t value) noexcept;
// The translated word of a value; empty when the table has none.
std::string_view word_of(WordList words, Locale locale, std::uint16_t value) noexcept;

// The keys of the bits set in a mask, in table order.
std::vector<std::string_view> keys_of_mask(WordList words, std::uint16_t mask);
// The translated words of the bits set in a mask, in table order, joined by `separator`.
std::string words_of_mask(WordList words, Locale locale, std::uint16_t mask, std::string_view separator);
// "left, centre, right, ...": what a reader of an error message may use instead.
std::string key_choices(WordList words);

// The display words the check-in screens ask for most.
std::string_view spot_word(Locale locale, std::uint8_t bit) noexcept;
std::string_view feel_word(Locale locale, PainFeel feel) noexcept;
std::string_view activity_word(Locale locale, std::uint8_t bit) noexcept;
std::string_view cause_word(Locale locale, std::uint8_t bit) noexcept;
std::string_view self_care_word(Locale locale, std::uint16_t bit) noexcept;
std::string_view red_flag_word(Locale locale, std::uint16_t bit) noexcept;
std::string_view session_kind_word(Locale locale, SessionKind kind) noexcept;
std::string_view routine_kind_word(Locale locale, RoutineKind kind) noexcept;

}  // namespace unknot
