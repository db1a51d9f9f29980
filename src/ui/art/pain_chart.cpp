#include "ui/art/pain_chart.h"

#include <imgui_internal.h>  // SetKeyOwner: the focused chart takes the arrow keys from navigation

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/progress/progress_words.h"
#include "core/support/dates.h"
#include "ui/art/icons.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr ImU32 with_alpha(ImU32 colour, unsigned alpha) {
  return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

struct Colours {
  ImU32 line, points, band, band_text, baseline, grid, axis_text;
};

Colours chart_colours() {
  const Palette& p = palette();
  const SectionColors c = section_colors(Screen::Progress);
  return {c.ink, with_alpha(p.text_muted, 170), c.tint, c.ink, p.text, p.border, p.text_muted};
}

// Maps days and pain to the plot's pixels.
struct Plot {
  ImVec2 min, max;
  ChartWindow window;
  float day_w() const { return (max.x - min.x) / static_cast<float>(window.days()); }
  float x(std::int32_t day) const {
    return min.x + (static_cast<float>(day - window.first) + 0.5f) * day_w();
  }
  float y(double pain) const { return max.y - static_cast<float>(pain / 10.0) * (max.y - min.y); }
};

void dashed_line(ImDrawList* draw, ImVec2 a, float x_end, ImU32 colour, float thickness) {
  constexpr float kDash = 7, kGap = 5;
  for (float x = a.x; x < x_end; x += kDash + kGap) {
    draw->AddLine(ImVec2(x, a.y), ImVec2(std::min(x + kDash, x_end), a.y), colour, thickness);
  }
}

float text_width(const ImFont* font, std::string_view text) {
  return font->CalcTextSizeA(css_size(font), FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

// The chart's labels: the chart is one image to a screen reader, its description says them.
void add_text(ImDrawList* draw, const ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text) {
  // a11y: in the chart's description (chart_description).
  draw->AddText(font, css_size(font), pos, colour, text.data(), text.data() + text.size());
}

std::string tick_label(Locale locale, TickUnit unit, std::int32_t day) {
  return unit == TickUnit::Month ? month_year(locale, day) : short_date(locale, day);
}

// A stable number for each tick, so thinning keeps the same labels while the chart pans.
int tick_ordinal(TickUnit unit, std::int32_t day) {
  if (unit == TickUnit::Month) {
    const CivilDate d = civil_from_days(day);
    return d.year * 12 + d.month;
  }
  return static_cast<int>((day + 3) / 7);  // weeks since the Monday before 1970-01-01
}

void draw_axes(ImDrawList* draw, const UiContext& ui, const Plot& plot, ChartZoom zoom, const Colours& c) {
  const ImFont* font = ui.fonts.small;
  const float font_px = css_size(font);
  for (int pain = 0; pain <= 10; pain += 2) {
    const float y = plot.y(pain);
    draw->AddLine(ImVec2(plot.min.x, y), ImVec2(plot.max.x, y), c.grid, pain == 0 ? 1.5f : 1.0f);
    const std::string label = std::to_string(pain);
    add_text(draw, font, ImVec2(plot.min.x - 6 - text_width(font, label), y - font_px / 2), c.axis_text,
             label);
  }
  const TickUnit unit = tick_unit(zoom);
  const std::vector<ChartTick> ticks = chart_ticks(plot.window, zoom);
  // Label every stride-th major tick, so labels never crowd: measured on the widest likely label.
  const float label_w = text_width(font, tick_label(ui.locale, unit, days_from_civil({2026, 9, 30}))) + 14;
  const float major_gap = plot.day_w() * (unit == TickUnit::Month ? 30.4f : 7.0f);
  const int stride = std::max(1, static_cast<int>(std::ceil(label_w / std::max(1.0f, major_gap))));
  float free_from = -FLT_MAX;  // where the last label ended
  for (const ChartTick& tick : ticks) {
    const float x = plot.x(tick.day);
    const bool labelled = tick.major && tick_ordinal(unit, tick.day) % stride == 0;
    draw->AddLine(ImVec2(x, plot.max.y), ImVec2(x, plot.max.y + (tick.major ? 6.0f : 3.0f)), c.grid, 1.0f);
    if (!labelled) continue;
    const std::string label = tick_label(ui.locale, unit, tick.day);
    const float w = text_width(font, label);
    // Centred on its tick, but kept inside the plot's width rather than cut at the card's edge;
    // a label pushed into its neighbour's place is left out.
    const float left = std::clamp(x - w / 2, plot.min.x - 4, plot.max.x + 4 - w);
    if (left < free_from + 8) continue;
    free_from = left + w;
    add_text(draw, font, ImVec2(left, plot.max.y + 8), c.axis_text, label);
    draw->AddLine(ImVec2(x, plot.min.y), ImVec2(x, plot.max.y), with_alpha(c.grid, 110), 1.0f);
  }
}

void draw_series(ImDrawList* draw, const UiContext& ui, const ProgressSummary& s, const Plot& plot,
                 ChartZoom zoom, const Colours& c) {
  // The band only where the text judges the change too (a baseline of 3 or more).
  const auto threshold = s.baseline ? meaningful_threshold(*s.baseline) : std::nullopt;
  if (threshold) {
    const float top = plot.y(*s.baseline);
    const float bottom = plot.y(*threshold);
    draw->AddRectFilled(ImVec2(plot.min.x, top), ImVec2(plot.max.x, bottom), c.band);
  }
  const float radius = zoom == ChartZoom::Month ? 3.5f : zoom == ChartZoom::Quarter ? 2.6f : 1.8f;
  const auto [d_begin, d_end] = visible_range(s.daily, plot.window);
  for (std::size_t i = d_begin; i < d_end; ++i) {
    draw->AddCircleFilled(ImVec2(plot.x(s.daily[i].day), plot.y(s.daily[i].mean)), radius, c.points, 12);
  }
  if (s.baseline) dashed_line(draw, ImVec2(plot.min.x, plot.y(*s.baseline)), plot.max.x, c.baseline, 1.5f);

  // The 7-day line, in runs of consecutive days: it breaks where the window had no check-ins.
  const auto [r_begin, r_end] = visible_range(s.rolling, plot.window);
  std::vector<ImVec2> run;
  const auto flush = [&] {
    if (run.size() == 1) draw->AddCircleFilled(run[0], 2.0f, c.line);
    if (run.size() > 1)
      draw->AddPolyline(run.data(), static_cast<int>(run.size()), c.line, ImDrawFlags_None, 2.5f);
    run.clear();
  };
  for (std::size_t i = r_begin; i < r_end; ++i) {
    if (i > r_begin && s.rolling[i].day != s.rolling[i - 1].day + 1) flush();
    run.emplace_back(plot.x(s.rolling[i].day), plot.y(s.rolling[i].value));
  }
  flush();
  // The band named inside itself when tall enough (the legend always names it), on a soft
  // label so the points under it don't make it hard to read.
  if (threshold) {
    const float top = plot.y(*s.baseline);
    const ImFont* font = ui.fonts.small;
    const std::string_view label = ui.t(Str::ProgressLegendBand);
    if (plot.y(*threshold) - top >= css_size(font) + 8) {
      const ImVec2 at(plot.max.x - 10 - text_width(font, label), top + 5);
      draw->AddRectFilled(at - ImVec2(5, 2), at + ImVec2(text_width(font, label) + 5, css_size(font) + 2),
                          with_alpha(palette().surface, 215), 6.0f);
      add_text(draw, font, at, c.band_text, label);
    }
  }
}

// A text button for Earlier / Later that can be unavailable (at the end of the data).
bool pan_button(UiContext& ui, std::string_view id, Str label, Str name, bool enabled, ImVec2 pos,
                bool chevron_left) {
  const Palette& p = palette();
  const std::string_view text = ui.t(label);
  const ImFont* font = ui.fonts.bold;
  const ImVec2 size(text_width(font, text) + 52, kMinTouchTarget + 4);
  const auto hit = interact(ui, {id, ui.t(name), "button", std::nullopt, size.y / 2}, pos, size);
  if (!enabled) ui.widgets.disable_last();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 ink = enabled ? p.primary : with_alpha(p.text_muted, 150);
  if (enabled && (hit.hovered || hit.held)) {
    draw->AddRectFilled(pos, pos + size, hit.held ? p.surface_pressed : p.surface_hover, size.y / 2);
  }
  draw->AddRect(pos, pos + size, enabled ? p.primary : p.border, size.y / 2, 0, 1.5f);
  const float mid = pos.y + size.y / 2;
  const float font_px = css_size(font);
  if (chevron_left) {
    draw_chevron(draw, ImVec2(pos.x + 20, mid), 6, ink, ChevronDirection::Left);
    add_text(draw, font, ImVec2(pos.x + 32, mid - font_px / 2), ink, text);
  } else {
    add_text(draw, font, ImVec2(pos.x + 20, mid - font_px / 2), ink, text);
    draw_chevron(draw, ImVec2(pos.x + size.x - 20, mid), 6, ink, ChevronDirection::Right);
  }
  return enabled && hit.pressed;
}

// The legend: swatches drawn like the chart's marks, flowing onto more lines when narrow.
float draw_legend(UiContext& ui, const Colours& c, bool with_band, ImVec2 pos, float width) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImFont* font = ui.fonts.small;
  const float font_px = css_size(font);
  const float line_h = font_px + 10;
  const Str labels[] = {Str::ProgressLegendDaily, Str::ProgressLegendAverage, Str::ProgressLegendBaseline,
                        Str::ProgressLegendBand};
  float x = pos.x, y = pos.y;
  for (int i = 0; i < (with_band ? 4 : 3); ++i) {
    const std::string_view label = ui.t(labels[i]);
    const float item_w = 26 + text_width(font, label) + 18;
    if (x > pos.x && x + item_w > pos.x + width) {
      x = pos.x;
      y += line_h;
    }
    const ImVec2 mid(x + 10, y + font_px / 2 + 1);
    switch (i) {
      case 0: draw->AddCircleFilled(mid, 3.5f, c.points, 12); break;
      case 1: draw->AddLine(mid - ImVec2(10, 0), mid + ImVec2(10, 0), c.line, 2.5f); break;
      case 2: dashed_line(draw, mid - ImVec2(10, 0), mid.x + 10, c.baseline, 1.5f); break;
      default:
        draw->AddRectFilled(mid - ImVec2(10, 6), mid + ImVec2(10, 6), c.band, 2.0f);
        dashed_line(draw, mid - ImVec2(10, 6), mid.x + 10, c.baseline, 1.0f);
        break;
    }
    add_text(draw, font, ImVec2(x + 26, y), palette().text, label);
    x += item_w;
  }
  const float bottom = y + font_px;
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(ImVec2(width, bottom - pos.y));
  return bottom;
}

}  // namespace

float draw_pain_chart(UiContext& ui, const ProgressSummary& s, ProgressView& view, ImVec2 pos, float width) {
  const Palette& p = palette();
  const Colours c = chart_colours();
  float y = pos.y;

  // Zoom: three choices in a row.
  const ChartZoom zooms[] = {ChartZoom::Month, ChartZoom::Quarter, ChartZoom::Year};
  const Str zoom_names[] = {Str::ProgressZoomMonth, Str::ProgressZoomQuarter, Str::ProgressZoomYear};
  const char* zoom_ids[] = {"progress.zoom.month", "progress.zoom.quarter", "progress.zoom.year"};
  const float gap = 8;
  const float zoom_w = std::min(180.0f, (width - 2 * gap) / 3);
  float zoom_h = 0;
  for (Str name : zoom_names) zoom_h = std::max(zoom_h, button_height(ui, ui.t(name), zoom_w, 46));
  for (int i = 0; i < 3; ++i) {
    const bool selected = view.zoom == zooms[i];
    if (button(ui, zoom_ids[i], ui.t(zoom_names[i]),
               ImVec2(pos.x + static_cast<float>(i) * (zoom_w + gap), y), ImVec2(zoom_w, zoom_h),
               selected ? ButtonStyle::Primary : ButtonStyle::Secondary)) {
      view.zoom = zooms[i];  // the window keeps its end day; the pan is clamped below
    }
    ui.widgets.set_last_role("radio", std::string(selected ? "checked" : "unchecked"));
  }
  y += zoom_h + 16;

  const std::int32_t first_day = s.first_day();
  view.pan_days = clamp_pan(view.pan_days, first_day, s.today, view.zoom);
  const int max_pan = max_pan_days(first_day, s.today, view.zoom);

  // The visible range as a line above the plot.
  const ChartWindow shown = chart_window(first_day, s.today, view.zoom, view.pan_days);
  y += draw_text(ui, ui.fonts.bold, ImVec2(pos.x, y), p.text, range_text(ui.locale, shown, s.today), width,
                 TextRole::Paragraph) +
       10;

  // The plot, with room for the pain labels on the left and the dates below.
  const ImFont* small = ui.fonts.small;
  const float left = text_width(small, "10") + 10;
  const float plot_h = std::clamp(width * 0.55f, 190.0f, 280.0f);
  const ImVec2 area_min(pos.x, y);
  const ImVec2 area_max(pos.x + width, y + 8 + plot_h + 8 + css_size(small) + 6);
  const float day_w = (width - left - 6) / static_cast<float>(zoom_days(view.zoom));

  // The whole area is one focusable item: drag it to pan, arrow keys when focused.
  const std::string value = iso_date(shown.first) + ".." + iso_date(shown.last);
  const auto hit =
      interact(ui, {"progress.chart", chart_description(ui.locale, s, shown), "img", value, 8.0f}, area_min,
               area_max - area_min);
  const ImGuiID chart_id = ImGui::GetItemID();
  if (ImGui::IsItemActivated()) view.drag_start_pan = view.pan_days;
  if (hit.held && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    // Drag right to see earlier days, as if pulling the paper.
    const float dx = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f).x;
    view.pan_days = clamp_pan(view.drag_start_pan + static_cast<int>(std::lround(dx / day_w)), first_day,
                              s.today, view.zoom);
  }
  if (hit.hovered || hit.held)
    ImGui::SetMouseCursor(hit.held ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_Hand);
  const int step = pan_step_days(view.zoom);
  if (ImGui::IsItemFocused()) {
    ImGui::SetKeyOwner(ImGuiKey_LeftArrow, chart_id);
    ImGui::SetKeyOwner(ImGuiKey_RightArrow, chart_id);
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, chart_id, ImGuiInputFlags_Repeat)) view.pan_days += step;
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, chart_id, ImGuiInputFlags_Repeat)) view.pan_days -= step;
    view.pan_days = clamp_pan(view.pan_days, first_day, s.today, view.zoom);
  }

  // Draw what the input left (the window may have moved this frame).
  const Plot plot{ImVec2(pos.x + left, y + 8), ImVec2(pos.x + width - 6, y + 8 + plot_h),
                  chart_window(first_day, s.today, view.zoom, view.pan_days)};
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw_axes(draw, ui, plot, view.zoom, c);
  draw->PushClipRect(ImVec2(plot.min.x, plot.min.y - 6), ImVec2(plot.max.x + 1, plot.max.y + 1), true);
  draw_series(draw, ui, s, plot, view.zoom, c);
  draw->PopClipRect();
  y = area_max.y + 12;

  // Earlier at the left, Later at the right.
  if (pan_button(ui, "progress.earlier", Str::ProgressEarlier, Str::ProgressShowEarlier,
                 view.pan_days < max_pan, ImVec2(pos.x, y), true)) {
    view.pan_days = clamp_pan(view.pan_days + step, first_day, s.today, view.zoom);
  }
  const float later_w = text_width(ui.fonts.bold, ui.t(Str::ProgressLater)) + 52;
  if (pan_button(ui, "progress.later", Str::ProgressLater, Str::ProgressShowLater, view.pan_days > 0,
                 ImVec2(pos.x + width - later_w, y), false)) {
    view.pan_days = clamp_pan(view.pan_days - step, first_day, s.today, view.zoom);
  }
  y += kMinTouchTarget + 4 + 14;
  const bool with_band = s.baseline && meaningful_threshold(*s.baseline);
  y = draw_legend(ui, c, with_band, ImVec2(pos.x, y), width) + 10;
  y += draw_text(ui, small, ImVec2(pos.x, y), p.text_muted, ui.t(Str::RateAnchors), width);
  if (max_pan > 0)
    y += 4 + draw_text(ui, small, ImVec2(pos.x, y), p.text_muted, ui.t(Str::ProgressChartHint), width);
  return y;
}

}  // namespace unknot::ui
