// Get care now: the warning signs in three tiers, most urgent first (emergency, see a doctor
// today, see a clinician soon), each sign one short line. Reached from home in one tap, and
// opened at once by a check-in, review or screening with a sign, whose signs are marked here.
#include <algorithm>
#include <string>
#include <vector>

#include "core/journal/journal_words.h"
#include "ui/art/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets/chips.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/notice.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

struct Tier {
  CareTier tier;
  Str title;
  std::uint16_t flags;
  std::string_view key;  // in the chips' ids
};
// Most urgent first; CareTier counts the other way (Soon is 0).
constexpr Tier kTiers[] = {
    {CareTier::Emergency, Str::CareEmergencyTitle, kEmergencyFlags, "emergency"},
    {CareTier::Today, Str::CareTodayTitle, kTodayFlags, "today"},
    {CareTier::Soon, Str::CareSoonTitle, kSoonFlags, "soon"},
};

float tier_heading(UiContext& ui, const Tier& tier, const Column& column, float y) {
  const ImU32 ink = tier.tier == CareTier::Soon ? palette().text : section_colors(Screen::CareNow).ink;
  return y +
         draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), ink, ui.t(tier.title), column.width,
                   TextRole::Heading2) +
         8;
}

// One sign as a card: the emergency tier filled warm, the others outlined. A sign the user
// ticked says so, in words, not only by colour.
float sign_card(UiContext& ui, const Tier& tier, Str sign, bool ticked, const Column& column, float y) {
  const Palette& p = palette();
  const SectionColors warm = section_colors(Screen::CareNow);
  const float text_w = column.width - 64;
  const float text_h = text_height(ui.fonts.bold, ui.t(sign), text_w);
  const std::string_view mark = ui.t(Str::CareYouTicked);
  const float mark_h = ticked ? text_height(ui.fonts.small, mark, text_w) + 2 : 0;
  const float h = std::max(text_h + mark_h + 24, 52.0f);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 min(column.x, y), max(column.x + column.width, y + h);
  if (tier.tier == CareTier::Emergency) {
    draw->AddRectFilled(min, max, warm.tint, 12);
  } else {
    draw->AddRectFilled(min, max, p.surface, 12);
    draw->AddRect(min, max, tier.tier == CareTier::Today ? warm.ink : p.border, 12, 0, 1.5f);
  }
  if (ticked) draw->AddRect(min, max, p.text, 12, 0, 3.0f);
  const ImVec2 icon(column.x + 26, y + h / 2);
  draw->AddCircleFilled(icon, 13, tier.tier == CareTier::Soon ? p.text_muted : warm.ink);
  draw_section_icon(draw, Screen::CareNow, icon, 13, IM_COL32_WHITE);
  const float top = y + (h - text_h - mark_h) / 2;
  draw_text(ui, ui.fonts.bold, ImVec2(column.x + 52, top), p.text, ui.t(sign), text_w, TextRole::None);
  if (ticked)
    draw_text(ui, ui.fonts.small, ImVec2(column.x + 52, top + text_h + 2), p.text, mark, text_w,
              TextRole::None);
  // The tier's signs are read as a list, each item with its "you ticked this" in words.
  std::string words(ui.t(sign));
  if (ticked) words += ". " + std::string(mark);
  ui.widgets.add_text(TextRole::ListItem, words, WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y});
  return y + h + 8;
}

// The most urgent tier among the signs just ticked, first: what to do, and which signs.
float ticked_note(const AppState& state, UiContext& ui, const Column& column, float y) {
  const auto tier = care_tier(state.care_flags);
  if (!tier) return y;
  const Tier& shown = kTiers[2 - static_cast<int>(*tier)];  // kTiers runs from the most urgent
  const std::string signs = words_of_mask(kRedFlagWords, ui.locale, state.care_flags, "; ");
  const std::string body = fill(ui.t(Str::CareYouTickedList), {signs});
  const NoticeDrawn note = notice_box(ui, column, y, *tier == CareTier::Soon ? info_look() : warning_look(),
                                      ui.t(shown.title), body);
  return note.bottom;
}

float program_note(const AppState& state, UiContext& ui, const Column& column, float y) {
  if (state.care_note == CareNote::None) return y;
  const bool waits = state.care_note == CareNote::ProgramWaits;
  const std::string_view body = ui.t(waits ? Str::CareProgramWaits : Str::CareProgramStartedSoon);
  const NoticeDrawn note =
      notice_box(ui, column, y, waits ? warning_look() : info_look(), ui.t(Str::ProgramTitle), body);
  return note.bottom;
}

}  // namespace

// The warning signs, one tap away: a warm banner that stands apart from the section cards.
float care_banner(UiContext& ui, const Column& column, float y, std::string_view id) {
  const Palette& p = palette();
  const SectionColors warm = section_colors(Screen::CareNow);
  const std::string_view label = ui.t(Str::CareBanner);
  const float text_w = column.width - 90;
  const float h = std::max(56.0f, text_height(ui.fonts.bold, label, text_w) + 24);
  const ImVec2 pos(column.x, y), size(column.width, h);
  const auto hit = interact(ui, {id, label, "button", std::nullopt, 14}, pos, size);
  if (hit.pressed) ui.emit(Navigate{Screen::CareNow});
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, pos + size, hit.held ? IM_COL32(0xEF, 0xCF, 0xC5, 255) : warm.tint, 14);
  draw->AddRect(pos, pos + size, warm.ink, 14, 0, hit.hovered ? 2.5f : 1.5f);
  const ImVec2 icon = pos + ImVec2(30, h / 2);
  draw->AddCircleFilled(icon, 15, warm.ink);
  draw_section_icon(draw, Screen::CareNow, icon, 15, IM_COL32_WHITE);
  const float th = text_height(ui.fonts.bold, label, text_w);
  draw_text(ui, ui.fonts.bold, pos + ImVec2(58, (h - th) / 2), p.text, label, text_w,
            TextRole::None);  // its name
  draw_chevron(draw, pos + ImVec2(size.x - 22, h / 2), 7, warm.ink, ChevronDirection::Right);
  return y + h;
}

std::uint16_t tiered_sign_chips(UiContext& ui, std::string_view id, std::uint16_t mask, std::uint16_t offered,
                                const Column& column, float& y) {
  for (const Tier& tier : kTiers) {
    std::vector<Chip> chips;
    std::vector<std::uint16_t> bits;
    for (const JournalWord& word : kRedFlagWords) {
      if (!(word.value & tier.flags & offered)) continue;
      chips.push_back(Chip{ui.t(word.word), (mask & word.value) != 0});
      bits.push_back(word.value);
    }
    if (chips.empty()) continue;
    y = draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), palette().text, ui.t(tier.title), column.width,
                  TextRole::Heading3) +
        y + 6;
    const std::string tier_id = std::string(id) + "." + std::string(tier.key);
    if (const auto pressed = chip_flow(ui, tier_id, chips, "checkbox", column, y)) mask ^= bits[*pressed];
    y += 14;
  }
  return mask;
}

void draw_care(const AppState& state, UiContext& ui) {
  const Palette& p = palette();
  const Column column = content_column();
  float y = section_top(ui, Screen::CareNow, column);
  y = ticked_note(state, ui, column, y);
  y = program_note(state, ui, column, y);
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text, ui.t(Str::CareIntro), column.width) + 14;
  for (const Tier& tier : kTiers) {
    y = tier_heading(ui, tier, column, y);
    for (const JournalWord& word : kRedFlagWords) {
      const bool ticked = (state.care_flags & word.value) != 0;
      // The old combined question shows only to someone who ticked it, before the tiers.
      if (!(word.value & tier.flags) || (word.value == kCancerOrWeightLoss && !ticked)) continue;
      y = sign_card(ui, tier, word.word, ticked, column, y);
    }
    y += 14;
  }
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(Str::CareUnsure), column.width) +
       12;
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), p.text_muted, ui.t(Str::Disclaimer), column.width);
  end_page(column, y);
}

}  // namespace unknot::ui
