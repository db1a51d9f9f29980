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

// The routine for `level` (0 to kProgramLevels - 1); `cautions`: Program::cautions, the
// ProgramCaution bits from the screening.
RoutinePlan program_routine(int level, std::uint8_t cautions);

}  // namespace unknot
