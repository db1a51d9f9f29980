// Home: the app's name, a question, and one large card per section.
#include <algorithm>
#include <string>

#include "core/learn/learn_content.h"
#include "core/progress/pain_rise.h"
#include "ui/art/icons.h"
#include "ui/screens/hosting_notices.h"
#include "ui/screens/screens.h"
#include "ui/screens/section_titles.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/notice.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr float kIconRadius = 23.0f;
constexpr float kCardPadding = 16.0f;
constexpr float kTextLeft = kCardPadding + 2 * kIconRadius + 16.0f;  // from the card's left edge
constexpr float kChevronSpace = 36.0f;
constexpr float kCardGap = 12.0f;

float card_height(const UiContext& ui, Screen section, float card_width) {
  const SectionText text = section_text(section);
  const float text_width = card_width - kTextLeft - kChevronSpace;
  const float content = text_height(ui.fonts.bold, ui.t(text.title), text_width) + 4 +
                        text_height(ui.fonts.small, ui.t(text.hint), text_width);
  return std::max(2 * kIconRadius, content) + 2 * kCardPadding;
}

void section_card(UiContext& ui, Screen section, ImVec2 pos, ImVec2 size) {
  const Palette& p = palette();
  const SectionText text = section_text(section);
  const std::string id = "home." + std::string(screen_id(section));
  const auto hit = interact(ui, {id, ui.t(text.title), "button", std::nullopt, kCardRounding}, pos, size);
  if (hit.pressed) ui.emit(Navigate{section});

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw_card(draw, pos, pos + size,
            hit.held      ? p.surface_pressed
            : hit.hovered ? p.surface_hover
                          : p.surface,
            kCardRounding);
  const SectionColors colors = section_colors(section);
  const ImVec2 icon_center = pos + ImVec2(kCardPadding + kIconRadius, size.y / 2);
  draw->AddCircleFilled(icon_center, kIconRadius, colors.tint);
  draw_section_icon(draw, section, icon_center, kIconRadius * 0.78f, colors.ink);

  const float text_width = size.x - kTextLeft - kChevronSpace;
  const float title_h = text_height(ui.fonts.bold, ui.t(text.title), text_width);
  const float hint_h = text_height(ui.fonts.small, ui.t(text.hint), text_width);
  float y = pos.y + (size.y - title_h - 4 - hint_h) / 2;
  // The title is the card's name; the hint is read after it, as the card's own paragraph.
  draw_text(ui, ui.fonts.bold, ImVec2(pos.x + kTextLeft, y), p.text, ui.t(text.title), text_width,
            TextRole::None);
  y += title_h + 4;
  draw_text(ui, ui.fonts.small, ImVec2(pos.x + kTextLeft, y), p.text_muted, ui.t(text.hint), text_width);
  draw_chevron(draw, ImVec2(pos.x + size.x - 22, pos.y + size.y / 2), 7, p.text_muted,
               ChevronDirection::Right);
}

// After a pain rise (core/progress/pain_rise.h decides when), the flare-up plan one tap away.
float flare_card(const AppState& state, UiContext& ui, const Column& column, float y) {
  if (!current_flare_up(state.journal, local_day(ui.now_ms, ui.utc_offset_min))) return y;
  const NoticeDrawn drawn = notice_box(ui, column, y, info_look(), ui.t(Str::HomeFlareTitle),
                                       ui.t(Str::HomeFlareBody), {{"home.flare", ui.t(Str::FlarePlanOpen)}});
  if (drawn.pressed == 0) ui.emit(ShowLearnPage{LearnPage::FlareUps});
  return drawn.bottom + 6;
}

}  // namespace

void draw_home(const AppState& state, UiContext& ui) {
  const Palette& p = palette();
  const Column column = content_column();
  float y = column.top + 8;

  y += draw_text(ui, ui.fonts.title, ImVec2(column.x, y), p.primary, ui.t(Str::AppName), column.width,
                 TextRole::Heading1);
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y + 2), p.text_muted, ui.t(Str::AppTagline),
                 column.width) +
       16;
  y = care_banner(ui, column, y, "home.care") + 22;
  y = embedded_notice(state, ui, column, y);
  y = today_plan_card(state, ui, column, y);
  y = flare_card(state, ui, column, y);
  y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::HomeQuestion), column.width,
                 TextRole::Heading2) +
       14;

  const int columns = column.width >= 620 ? 2 : 1;
  const float card_w =
      (column.width - kCardGap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  float card_h = 0;
  for (Screen section : kSections) card_h = std::max(card_h, card_height(ui, section, card_w));

  const int count = static_cast<int>(kSections.size());
  for (int index = 0; index < count; ++index) {
    const int row = index / columns, col = index % columns;
    const ImVec2 pos(column.x + static_cast<float>(col) * (card_w + kCardGap),
                     y + static_cast<float>(row) * (card_h + kCardGap));
    // A lone card on the last row of a grid spans it, rather than leaving a hole beside it.
    const bool spans_row = columns > 1 && index == count - 1 && col == 0;
    section_card(ui, kSections[static_cast<std::size_t>(index)], pos,
                 ImVec2(spans_row ? column.width : card_w, card_h));
  }
  const int rows = (count + columns - 1) / columns;
  y += static_cast<float>(rows) * (card_h + kCardGap) + 12;

  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), p.text_muted, ui.t(Str::Disclaimer), column.width);
  ImGui::SetCursorScreenPos(ImVec2(column.x, y));
  ImGui::Dummy(ImVec2(column.width, kPagePadding));  // bottom breathing room when scrolled
}

}  // namespace unknot::ui
