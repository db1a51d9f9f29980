// Progress: whether the pain is easing. The change from the user's own first week in words,
// the pain chart, sessions per week, a forgiving streak, which self-care went with lower pain
// the next day, and the PSFS average. Everything it says comes from a ProgressSummary worked out
// once per journal revision and day, not per frame.
#include <algorithm>
#include <string>

#include "core/progress/progress_words.h"
#include "core/support/dates.h"
#include "ui/art/pain_chart.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr float kPad = 18.0f;  // inside a card
constexpr float kGap = 16.0f;  // between cards

const ProgressSummary& summary_for(const AppState& state, UiContext& ui) {
  ProgressView& view = ui.memory.progress;
  const ProgressView::Key key{state.journal.revision, local_day(ui.now_ms, ui.utc_offset_min),
                              state.journal.checkins.size(), state.journal.sessions.size(),
                              state.psfs_renamed};
  if (!view.summary || !(view.summary_key == key)) {
    view.summary = summarize_progress(state.journal, key.today, state.psfs_renamed);
    view.summary_key = key;
  }
  return *view.summary;
}

// Cards are drawn content first, then their background underneath once the height is known.
struct CardLayer {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  CardLayer() {
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
  }
  void background(ImVec2 min, ImVec2 max) {
    draw->ChannelsSetCurrent(0);
    draw_card(draw, min, max, palette().surface, kCardRounding);
    draw->ChannelsSetCurrent(1);
  }
  ~CardLayer() { draw->ChannelsMerge(); }
  CardLayer(const CardLayer&) = delete;
  CardLayer& operator=(const CardLayer&) = delete;
};

// One full-width card around `content(pos, width) -> bottom`. Returns the y for what follows.
template <typename Content>
float card(const Column& column, float y, Content&& content) {
  CardLayer layer;
  const float bottom = content(ImVec2(column.x + kPad, y + kPad), column.width - 2 * kPad) + kPad;
  layer.background(ImVec2(column.x, y), ImVec2(column.x + column.width, bottom));
  return bottom + kGap;
}

float card_title(UiContext& ui, ImVec2 pos, float width, Str title) {
  return pos.y +
         draw_text(ui, ui.fonts.heading, pos, palette().text, ui.t(title), width, TextRole::Heading2) + 8;
}

float empty_card(UiContext& ui, ImVec2 pos, float width) {
  const Palette& p = palette();
  float y = card_title(ui, pos, width, Str::ProgressEmptyTitle);
  y += draw_text(ui, ui.fonts.body, ImVec2(pos.x, y), p.text_muted, ui.t(Str::ProgressEmptyBody), width) + 16;
  const std::string_view label = ui.t(Str::ProgressEmptyButton);
  const auto pressed = sized_button(ui, "progress.checkin", label, ImVec2(pos.x, y),
                                    std::min(width, std::max(button_width(ui, label), 220.0f)), 52);
  if (pressed.pressed) ui.emit(Navigate{Screen::Checkin});
  return y + pressed.height;
}

float change_card(UiContext& ui, const ProgressSummary& s, ImVec2 pos, float width) {
  const Palette& p = palette();
  float y = pos.y;
  y += draw_text(ui, ui.fonts.bold, ImVec2(pos.x, y), section_colors(Screen::Progress).ink,
                 ui.t(Str::ProgressChangeTitle), width, TextRole::Heading2) +
       8;
  const bool compared = s.change.has_value();
  y += draw_text(ui, compared ? ui.fonts.heading : ui.fonts.body, ImVec2(pos.x, y), p.text,
                 change_sentence(ui.locale, s), width) +
       10;
  const std::string weeks = weeks_line(ui.locale, s);
  if (!weeks.empty()) y += draw_text(ui, ui.fonts.body, ImVec2(pos.x, y), p.text, weeks, width) + 10;
  y +=
      draw_text(ui, ui.fonts.small, ImVec2(pos.x, y), p.text_muted, ui.t(Str::ProgressMeaningfulNote), width);
  return y;
}

float chart_card(UiContext& ui, const ProgressSummary& s, ImVec2 pos, float width) {
  const float y = card_title(ui, pos, width, Str::ProgressChartTitle) + 6;
  return draw_pain_chart(ui, s, ui.memory.progress, ImVec2(pos.x, y), width);
}

float sessions_card(UiContext& ui, const ProgressSummary& s, ImVec2 pos, float width) {
  const Palette& p = palette();
  const SectionColors colours = section_colors(Screen::Progress);
  float y = card_title(ui, pos, width, Str::ProgressSessionsTitle);
  const int this_week = s.weeks.empty() ? 0 : s.weeks.back().sessions;
  y += draw_text(ui, ui.fonts.body, ImVec2(pos.x, y), p.text,
                 fill(ui.t(Str::ProgressSessionsThisWeek), {std::to_string(this_week)}), width) +
       12;

  const float chart_top = y;
  // Bars, oldest week first; the count above each bar, the week's Monday below.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImFont* small = ui.fonts.small;
  const float small_px = css_size(small);
  int most = 1;
  for (const WeekSessions& w : s.weeks) most = std::max(most, w.sessions);
  const float bars_h = 80;
  const float col_w = width / static_cast<float>(s.weeks.size());
  const float bar_w = std::min(30.0f, col_w * 0.5f);
  const float base = y + small_px + 4 + bars_h;
  for (std::size_t i = 0; i < s.weeks.size(); ++i) {
    const WeekSessions& w = s.weeks[i];
    const float mid = pos.x + (static_cast<float>(i) + 0.5f) * col_w;
    const float h =
        w.sessions == 0 ? 2.0f : bars_h * static_cast<float>(w.sessions) / static_cast<float>(most);
    const bool current = i + 1 == s.weeks.size();
    draw->AddRectFilled(ImVec2(mid - bar_w / 2, base - h), ImVec2(mid + bar_w / 2, base), colours.ink, 4.0f,
                        ImDrawFlags_RoundCornersTop);
    const std::string count = std::to_string(w.sessions);
    const float count_w = small->CalcTextSizeA(small_px, FLT_MAX, 0, count.c_str()).x;
    // a11y: the counts and dates are read from the chart's description, registered below.
    draw->AddText(small, small_px, ImVec2(mid - count_w / 2, base - h - small_px - 3), p.text, count.c_str());
    // The current week's date in the text colour, the others muted.
    const std::string date = short_date(ui.locale, w.monday);
    const float date_w = small->CalcTextSizeA(small_px, FLT_MAX, 0, date.c_str()).x;
    // a11y: as above.
    draw->AddText(small, small_px, ImVec2(mid - date_w / 2, base + 6), current ? p.text : p.text_muted,
                  date.c_str());
  }
  y = base + 6 + small_px;
  std::string weeks;
  for (const WeekSessions& w : s.weeks) {
    weeks +=
        (weeks.empty() ? "" : "; ") +
        fill(ui.t(Str::ProgressSessionsWeek), {short_date(ui.locale, w.monday), std::to_string(w.sessions)});
  }
  ui.widgets.add_image(fill(ui.t(Str::ProgressSessionsChartWords), {weeks}),
                       WidgetRect{pos.x, chart_top, width, y - chart_top});
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(ImVec2(width, y - pos.y));
  y += 12;
  y += draw_text(ui, small, ImVec2(pos.x, y), p.text_muted, ui.t(Str::ProgressSessionsNote), width);
  return y;
}

float streak_card(UiContext& ui, const ProgressSummary& s, ImVec2 pos, float width) {
  const Palette& p = palette();
  float y = card_title(ui, pos, width, Str::ProgressStreakTitle);
  y += draw_text(ui, ui.fonts.title, ImVec2(pos.x, y), section_colors(Screen::Progress).ink,
                 streak_text(ui.locale, s.streak), width) +
       6;
  y += draw_text(ui, ui.fonts.body, ImVec2(pos.x, y), p.text,
                 fill(ui.t(Str::ProgressActiveDays), {std::to_string(s.active_last_7)}), width) +
       10;
  y += draw_text(ui, ui.fonts.small, ImVec2(pos.x, y), p.text_muted, ui.t(Str::ProgressStreakNote), width);
  return y;
}

float care_card(UiContext& ui, const ProgressSummary& s, ImVec2 pos, float width) {
  const Palette& p = palette();
  float y = card_title(ui, pos, width, Str::ProgressCareTitle);
  if (s.links.empty())
    return y +
           draw_text(ui, ui.fonts.body, ImVec2(pos.x, y), p.text_muted, ui.t(Str::ProgressCareNone), width);
  y +=
      draw_text(ui, ui.fonts.small, ImVec2(pos.x, y), p.text_muted, ui.t(Str::ProgressCareIntro), width) + 14;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < s.links.size(); ++i) {
    const SelfCareLink& link = s.links[i];
    if (i > 0) {
      draw->AddLine(ImVec2(pos.x, y - 7), ImVec2(pos.x + width, y - 7), p.border, 1.0f);
    }
    y += draw_text(ui, ui.fonts.bold, ImVec2(pos.x, y), p.text, ui.t(care_item_name(link.item)), width,
                   TextRole::Heading3) +
         2;
    y += draw_text(ui, ui.fonts.body, ImVec2(pos.x, y), link.enough ? p.text : p.text_muted,
                   care_sentence(ui.locale, link), width) +
         14;
  }
  return y - 14;
}

float psfs_card(const AppState& state, UiContext& ui, const PsfsProgress& psfs, ImVec2 pos, float width) {
  const Palette& p = palette();
  float y = card_title(ui, pos, width, Str::ProgressPsfsTitle);
  std::string names;
  for (const std::string& name : state.psfs_activities) {
    if (name.empty()) continue;
    names += (names.empty() ? "" : ", ") + name;
  }
  const std::string intro = names.empty() ? std::string(ui.t(Str::ProgressPsfsIntroUnnamed))
                                          : fill(ui.t(Str::ProgressPsfsIntro), {names});
  y += draw_text(ui, ui.fonts.body, ImVec2(pos.x, y), p.text_muted, intro, width) + 10;
  y += draw_text(ui, ui.fonts.heading, ImVec2(pos.x, y), p.text, psfs_sentence(ui.locale, psfs), width) + 10;
  y += draw_text(ui, ui.fonts.small, ImVec2(pos.x, y), p.text_muted, ui.t(Str::ProgressPsfsNote), width);
  return y;
}

// Sessions and streak: side by side when there is room, stacked on a phone.
float sessions_and_streak(UiContext& ui, const ProgressSummary& s, const Column& column, float y) {
  if (column.width < 600) {
    y = card(column, y, [&](ImVec2 pos, float w) { return sessions_card(ui, s, pos, w); });
    return card(column, y, [&](ImVec2 pos, float w) { return streak_card(ui, s, pos, w); });
  }
  CardLayer layer;
  const float half = (column.width - kGap) / 2;
  const float left_bottom = sessions_card(ui, s, ImVec2(column.x + kPad, y + kPad), half - 2 * kPad) + kPad;
  const float right_x = column.x + half + kGap;
  const float right_bottom = streak_card(ui, s, ImVec2(right_x + kPad, y + kPad), half - 2 * kPad) + kPad;
  const float bottom = std::max(left_bottom, right_bottom);
  layer.background(ImVec2(column.x, y), ImVec2(column.x + half, bottom));
  layer.background(ImVec2(right_x, y), ImVec2(right_x + half, bottom));
  return bottom + kGap;
}

}  // namespace

void draw_progress(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  float y = section_top(ui, Screen::Progress, column);
  const ProgressSummary& s = summary_for(state, ui);

  if (s.empty()) {
    y = card(column, y, [&](ImVec2 pos, float w) { return empty_card(ui, pos, w); });
    if (!state.journal.sessions.empty()) y = sessions_and_streak(ui, s, column, y);
  } else {
    y = card(column, y, [&](ImVec2 pos, float w) { return change_card(ui, s, pos, w); });
    y = card(column, y, [&](ImVec2 pos, float w) { return chart_card(ui, s, pos, w); });
    y = sessions_and_streak(ui, s, column, y);
    y = card(column, y, [&](ImVec2 pos, float w) { return care_card(ui, s, pos, w); });
    if (s.psfs)
      y = card(column, y, [&](ImVec2 pos, float w) { return psfs_card(state, ui, *s.psfs, pos, w); });
  }
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), palette().text_muted, ui.t(Str::Disclaimer),
                 column.width);
  end_page(column, y);
}

}  // namespace unknot::ui
