// Pieces the program's screens share: the program screen (program_screen.cpp), its start form's
// screening (program_screening.cpp) and the weekly review (review_screen.cpp).
#pragma once
#include "core/plan/program.h"
#include "ui/widgets/page_builder.h"

namespace unknot::ui {

// A heading-sized question with room above it.
void question(PageBuilder& page, Str text);
// The screening before the program starts: the warning signs now, a past cancer, and the
// cautions that choose gentler variants. Answers go in ui.memory.program.screening.
void screening_questions(PageBuilder& page);
// Since the start: pain and the PSFS average against the baseline; then week by week.
void progress_block(const AppState& state, const Program& program, PageBuilder& page);
void weeks_block(const Program& program, PageBuilder& page);
// Why the last review suggested a clinician, in words (for a SeeClinician outcome).
Str clinician_advice(const Program& program);
// The level's short description.
Str level_name(int level);

}  // namespace unknot::ui
