// The program's screening, asked once before it starts. The warning signs come first, under
// their tiers; an emergency or same-day sign (or a past cancer with new, unchecked back pain)
// keeps the program from starting and the core opens the care page instead. Pregnancy,
// osteoporosis and recent back surgery don't block: they bring gentler variants and a caution.
#include "core/journal/journal_words.h"
#include "ui/screens/program_parts.h"
#include "ui/widgets/chips.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

void screening_questions(PageBuilder& page) {
  UiContext& ui = page.ui;
  Screening& answers = ui.memory.program.screening;
  page.y += 8;
  page.heading(Str::ScreeningTitle, 6);
  page.paragraph(Str::ScreeningIntro, 10);
  page.y +=
      draw_text(ui, ui.fonts.heading, ImVec2(page.column.x, page.y), section_colors(Screen::CareNow).ink,
                ui.t(Str::ScreeningFlags), page.column.width, TextRole::Heading3) +
      10;  // warning signs stand out, as in the check-in
  // The past cancer is asked here only, among the same-day signs; the action carries it apart.
  const std::uint16_t shown = answers.red_flags | (answers.past_cancer ? kPastCancer : 0);
  const std::uint16_t ticked =
      tiered_sign_chips(ui, "screening.flags", shown, kAskedFlags | kPastCancer, page.column, page.y);
  answers.past_cancer = (ticked & kPastCancer) != 0;
  answers.red_flags = ticked & ~kPastCancer;
  question(page, Str::ScreeningAboutYou);
  answers.cautions = static_cast<std::uint8_t>(
      mask_chips(ui, "screening.cautions", kCautionWords, answers.cautions, page.column, page.y));
  page.y += 10;
  if (answers.cautions != 0) page.paragraph(Str::ScreeningCautionNote, 10);
  page.paragraph(Str::ScreeningNoneApply, 10);
}

}  // namespace unknot::ui
