// Learn: an index of short pages (what a knot is, its causes and symptoms, self-care, where the
// figures come from) with "Get care now" first, and the page being read. The pages come from
// core/learn/learn_content (their words from content/<locale>/learn/); this file only lays them
// out and turns a page's links into actions.
#include <string>

#include "core/learn/learn_content.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

Str group_title(LearnGroup group) {
  switch (group) {
    case LearnGroup::Understanding: return Str::LearnGroupUnderstanding;
    case LearnGroup::Causes: return Str::LearnGroupCauses;
    case LearnGroup::SelfCare: return Str::LearnGroupSelfCare;
    case LearnGroup::About: return Str::LearnGroupAbout;
  }
  return Str::LearnGroupAbout;
}

// The id a link's button has in the JS API: the exercise's key for a card, else the screen's id.
std::string link_id(const LearnLink& link) {
  return "learn.link." + std::string(link.exercise ? exercise(*link.exercise).key : screen_id(link.screen));
}

void draw_index(UiContext& ui, const Column& column) {
  const Palette& p = palette();
  float y = section_top(ui, Screen::Learn, column);
  // The warning signs come before anything to read: someone who needs them should not scroll.
  y = care_banner(ui, column, y, "learn.care") + 24;
  for (LearnGroup group : kLearnGroups) {
    y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(group_title(group)), column.width,
                   TextRole::Heading2) +
         10;
    for (const LearnPageContent& page : learn_pages()) {
      if (page.group != group) continue;
      const std::string id = "learn.page." + std::string(page.key);
      const auto placed = sized_button(ui, id, pick(ui.locale, page.title), ImVec2(column.x, y), column.width,
                                       52, ButtonStyle::Secondary);
      if (placed.pressed) ui.emit(ShowLearnPage{page.page});
      y += placed.height + 8;
    }
    y += 18;
  }
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), p.text_muted, ui.t(Str::Disclaimer), column.width);
  end_page(column, y);
}

// A bulleted list: a dot, then the item's text wrapped beside it.
float draw_bullets(UiContext& ui, const Column& column, float y, const std::vector<Text>& items) {
  const Palette& p = palette();
  const float indent = 26;
  const float dot_y = css_size(ui.fonts.body) * 0.55f;
  for (const Text& item : items) {
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(column.x + 9, y + dot_y), 4, p.primary);
    y += draw_text(ui, ui.fonts.body, ImVec2(column.x + indent, y), p.text, pick(ui.locale, item),
                   column.width - indent, TextRole::ListItem) +
         8;
  }
  return y;
}

// When to take care or stop, set apart in the warm colour of the warning signs.
float draw_safety(UiContext& ui, const Column& column, float y, const Text& safety) {
  const Palette& p = palette();
  const SectionColors warm = section_colors(Screen::CareNow);
  constexpr float kPad = 16;
  const float inner_w = column.width - 2 * kPad;
  const std::string_view label = ui.t(Str::LearnSafety), text = pick(ui.locale, safety);
  const float h = kPad + text_height(ui.fonts.bold, label, inner_w) + 4 +
                  text_height(ui.fonts.body, text, inner_w) + kPad;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(column.x, y), ImVec2(column.x + column.width, y + h), warm.tint, 12);
  draw->AddRectFilled(ImVec2(column.x, y), ImVec2(column.x + 5, y + h), warm.ink, 12,
                      ImDrawFlags_RoundCornersLeft);
  float inner_y = y + kPad;
  inner_y += draw_text(ui, ui.fonts.bold, ImVec2(column.x + kPad, inner_y), p.text, label, inner_w,
                       TextRole::Heading3) +
             4;
  draw_text(ui, ui.fonts.body, ImVec2(column.x + kPad, inner_y), p.text, text, inner_w);
  return y + h;
}

void draw_page(UiContext& ui, const Column& column, const LearnPageContent& page) {
  const Palette& p = palette();
  float y = back_bar(ui, ImVec2(column.x - 8, column.top)) + 12;
  y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), p.text_muted, ui.t(group_title(page.group)),
                 column.width) +
       4;
  const std::string_view title = pick(ui.locale, page.title);
  y += draw_text(ui, ui.fonts.title, ImVec2(column.x, y), p.text, title, column.width, TextRole::Heading1) +
       16;

  for (const Text& paragraph : page.paragraphs) {
    y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text, pick(ui.locale, paragraph), column.width) +
         12;
  }
  if (!page.bullets.empty()) {
    y += 6;
    y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, pick(ui.locale, page.list_heading),
                   column.width, TextRole::Heading2) +
         8;
    y = draw_bullets(ui, column, y, page.bullets) + 4;
  }
  if (!page.safety.empty()) y = draw_safety(ui, column, y + 8, page.safety) + 12;

  if (!page.links.empty()) {
    y += 12;
    y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::LearnTryInApp), column.width,
                   TextRole::Heading2) +
         10;
    for (const LearnLink& link : page.links) {
      const std::string label = learn_link_label(ui.locale, link);
      const auto placed =
          sized_button(ui, link_id(link), label, ImVec2(column.x, y), column.width, 52,
                       link.screen == Screen::CareNow ? ButtonStyle::Primary : ButtonStyle::Secondary);
      if (placed.pressed) {
        if (link.exercise) ui.emit(ShowExercise{static_cast<std::size_t>(*link.exercise)});
        ui.emit(Navigate{link.screen});
      }
      y += placed.height + 8;
    }
  }
  y += 16;
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), p.text_muted, ui.t(Str::Disclaimer), column.width);
  end_page(column, y);
}

}  // namespace

void draw_learn(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  if (state.learn_page) {
    draw_page(ui, column, learn_page(*state.learn_page));
  } else {
    draw_index(ui, column);
  }
}

}  // namespace unknot::ui
