// The 12-week program's routine for each level: it grows week by week through the exercises'
// variants (easier, standard, harder) and their doses, all within DosageLimits and near the
// default doses. Level 0 is the short routine; a caution from the screening (pregnancy,
// osteoporosis, back surgery in the last year) keeps every exercise one variant gentler (seal
// stretch at its easier, supported one) and its dose no higher than the default.
#pragma once
#include <cstdint>

#include "core/plan/program.h"
#include "core/routine/routine_plan.h"

namespace unknot {

// Program::cautions bits, asked once at the program's screening. They do not block the program.
inline constexpr std::uint8_t kCautionPregnant = 1, kCautionOsteoporosis = 2, kCautionRecentBackSurgery = 4;

// The routine for `level` (0 to kProgramLevels - 1); `cautions` as in Program::cautions.
RoutinePlan program_routine(int level, std::uint8_t cautions);

}  // namespace unknot
