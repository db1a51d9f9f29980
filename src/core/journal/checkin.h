// A symptom check-in: pain on the 0-10 Numeric Rating Scale and what goes with it (where, how
// it feels, what it limits, likely causes, self-care used, a note). Validated before it is kept.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/support/result.h"

namespace unknot {

// Where it hurts, on the lower-back map. Several may apply.
enum PainSpot : std::uint8_t {
  kSpotLeft = 1 << 0,
  kSpotCentre = 1 << 1,
  kSpotRight = 1 << 2,
  kSpotAboveSacrum = 1 << 3,
  kSpotButtock = 1 << 4,  // it spreads into the buttock
  kSpotLeg = 1 << 5,      // or down a leg
};
inline constexpr std::uint8_t kAllSpots = (1 << 6) - 1;

enum class PainFeel : std::uint8_t { Sharp, Tight, Aching, DullAche };

// Daily activities the pain limits.
enum Activity : std::uint8_t {
  kBending = 1 << 0,
  kLifting = 1 << 1,
  kTwisting = 1 << 2,
  kSleeping = 1 << 3,
  kSitting = 1 << 4,
  kWalking = 1 << 5,
};
inline constexpr std::uint8_t kAllActivities = (1 << 6) - 1;

// Likely causes, from the article: the user's own guess, not a diagnosis.
enum Cause : std::uint8_t {
  kOverdoingIt = 1 << 0,
  kRepetitiveMotion = 1 << 1,
  kMuscleImbalance = 1 << 2,
  kHoldingOnePosition = 1 << 3,
  kStress = 1 << 4,
  kInjuryOrCondition = 1 << 5,
};
inline constexpr std::uint8_t kAllCauses = (1 << 6) - 1;

// Self-care used since the last check-in.
enum SelfCare : std::uint16_t {
  kHeat = 1 << 0,
  kMassage = 1 << 1,
  kFoamRollerOrBall = 1 << 2,
  kWalk = 1 << 3,
  kEpsomSaltBath = 1 << 4,
  kWater = 1 << 5,
  kDeepBreaths = 1 << 6,
  kStretching = 1 << 7,
  kCoreWork = 1 << 8,
};
inline constexpr std::uint16_t kAllSelfCare = (1 << 9) - 1;

// Warning signs, in three tiers (after NICE NG59 and common red-flag screening lists). Each is
// one short line the user ticks; none is a diagnosis. The bits of signs from before the tiers
// keep their place and key, so old records and exports still read the same.
enum RedFlag : std::uint16_t {
  kBladderOrBowel = 1 << 0,       // trouble passing urine, or loss of bladder or bowel control
  kGroinNumbness = 1 << 1,        // numbness around the genitals, back passage or buttocks (saddle area)
  kLegWeakening = 1 << 2,         // leg weakness getting worse, or symptoms in both legs
  kFeverOrUnwell = 1 << 3,        // fever or feeling unwell with back pain
  kAfterFallOrAccident = 1 << 4,  // back pain after a serious fall or accident
  // Before the tiers one question asked about both; records that have it keep it (same-day
  // tier), and new check-ins ask kWeightLoss, the screening kPastCancer.
  kCancerOrWeightLoss = 1 << 5,
  kSevereAtNight = 1 << 6,           // pain at night or at rest that no position eases
  kBelowKneeNumbness = 1 << 7,       // pain spreading below the knee with numbness or tingling
  kSexualFunction = 1 << 8,          // new difficulty with erections or sexual sensation
  kPastCancer = 1 << 9,              // new back pain with a past cancer: asked once, at screening
  kWeightLoss = 1 << 10,             // weight loss you can't explain
  kMinorFallFragileBones = 1 << 11,  // a minor fall with osteoporosis or long-term steroid use
  kNoBetterAfterWeeks = 1 << 12,     // no better after 4 to 6 weeks of self-care
};
inline constexpr std::uint16_t kAllRedFlags = (1 << 13) - 1;
inline constexpr std::uint16_t kEmergencyFlags =
    kBladderOrBowel | kGroinNumbness | kLegWeakening | kSexualFunction | kAfterFallOrAccident;
inline constexpr std::uint16_t kTodayFlags = kFeverOrUnwell | kPastCancer | kCancerOrWeightLoss |
                                             kWeightLoss | kSevereAtNight | kMinorFallFragileBones;
inline constexpr std::uint16_t kSoonFlags = kBelowKneeNumbness | kNoBetterAfterWeeks;
static_assert((kEmergencyFlags | kTodayFlags | kSoonFlags) == kAllRedFlags, "every sign has a tier");
// What a check-in and a weekly review ask: all but the legacy question and the past cancer, a
// fact about the person that the program's screening asks once.
inline constexpr std::uint16_t kAskedFlags = kAllRedFlags & ~(kCancerOrWeightLoss | kPastCancer);

// How soon the signs say to get care: the most urgent tier among them.
enum class CareTier : std::uint8_t { Soon, Today, Emergency };
std::optional<CareTier> care_tier(std::uint16_t flags) noexcept;
// "soon", "today" or "emergency", as state() says it.
std::string_view care_tier_key(CareTier tier) noexcept;

// Patient-Specific Functional Scale: up to 3 activities the user finds hard, each rated
// 0 (unable) to 10 (as before the problem). Unrated activities are kNoScore.
inline constexpr std::size_t kPsfsActivities = 3;
inline constexpr std::int8_t kNoScore = -1;
using PsfsScores = std::array<std::int8_t, kPsfsActivities>;
inline constexpr PsfsScores kNoPsfsScores{kNoScore, kNoScore, kNoScore};
// A change of 2 points on the PSFS average is meaningful (Stratford et al., 1995).
inline constexpr double kMeaningfulPsfsChange = 2.0;

inline constexpr std::size_t kMaxNoteBytes = 2000;
inline constexpr std::size_t kMaxIdBytes = 64;

struct CheckIn {
  std::string id;                   // stable and unique, made by the platform when the entry is created
  std::int64_t at_ms = 0;           // when, wall clock
  std::int16_t utc_offset_min = 0;  // the user's time zone when it was made, for local dates and times
  std::int32_t day = 0;             // the user's local calendar day (days since 1970-01-01 there)
  int pain = 0;                     // 0 = no pain, 10 = worst pain imaginable
  std::uint8_t spots = 0;
  std::optional<PainFeel> feel;
  bool radiates = false;
  std::optional<int> stiffness;  // 0-10, if given
  std::uint8_t limits = 0;
  std::uint8_t causes = 0;
  std::uint16_t self_care = 0;
  std::uint16_t red_flags = 0;
  PsfsScores psfs = kNoPsfsScores;
  std::string note;
  // The day after a routine that raised pain by 2 or more: did it settle? Absent when not asked.
  std::optional<bool> rise_settled;

  bool operator==(const CheckIn& other) const;
  bool operator!=(const CheckIn& other) const { return !(*this == other); }
};

// The local calendar day of a moment, given the zone's offset from UTC.
std::int32_t local_day(std::int64_t at_ms, int utc_offset_min) noexcept;
// The mean of the rated PSFS activities, if any is rated.
std::optional<double> psfs_average(const PsfsScores& scores) noexcept;

// Checks every field; the error names the field and what is allowed.
Result<CheckIn> validate_checkin(const CheckIn& entry);

}  // namespace unknot
