#include "core/transfer/summary_chart.h"

#include <cstdio>

#include "core/support/dates.h"
#include "core/transfer/html.h"

namespace unknot {
namespace {

// The drawing area inside a 640 x 200 view box; the margins hold the axis labels.
constexpr double kWidth = 640, kHeight = 200;
constexpr double kLeft = 34, kRight = 630, kTop = 20, kBottom = 170;
constexpr const char* kInk = "#222";
constexpr const char* kGrid = "#ccc";
constexpr const char* kLine = "#1f5fa8";

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

class Scale {
 public:
  explicit Scale(std::int32_t today) : first_(today - (kChartDays - 1)) {}
  std::int32_t first_day() const { return first_; }
  double x(std::int32_t day) const { return kLeft + (day - first_) * (kRight - kLeft) / (kChartDays - 1); }
  static double y(double pain) { return kBottom - pain * (kBottom - kTop) / 10.0; }

 private:
  std::int32_t first_;
};

std::string text_at(double x, double y, std::string_view anchor, std::string_view content) {
  return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + std::string(anchor) +
         "\" font-size=\"11\" fill=\"" + kInk + "\">" + html_escape(content) + "</text>";
}

std::string line(double x1, double y1, double x2, double y2, const char* colour,
                 std::string_view extra = {}) {
  return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" +
         number(y2) + "\" stroke=\"" + colour + "\"" + std::string(extra) + "/>";
}

std::string pain_axis(Locale locale) {
  std::string out = text_at(0, 11, "start", tr(locale, Str::ColumnPain));
  for (int pain = 0; pain <= 10; pain += 2) {
    out += line(kLeft, Scale::y(pain), kRight, Scale::y(pain), kGrid);
    out += text_at(kLeft - 6, Scale::y(pain) + 4, "end", std::to_string(pain));
  }
  return out;
}

std::string date_axis(const Scale& scale, std::int32_t today, Locale locale) {
  std::string out;
  const std::int32_t first = scale.first_day();
  const std::pair<std::int32_t, const char*> marks[] = {
      {first, "start"}, {first + 30, "middle"}, {first + 60, "middle"}, {today, "end"}};
  for (const auto& [day, anchor] : marks)
    out += text_at(scale.x(day), kBottom + 18, anchor, short_date(locale, day));
  return out;
}

// The 7-day average as polylines, broken where a whole week has no check-in.
std::string average_lines(const std::vector<DailyPain>& daily, const Scale& scale, std::int32_t today) {
  std::string out, points;
  const auto flush = [&] {
    if (!points.empty()) {
      out += "<polyline fill=\"none\" stroke=\"" + std::string(kLine) + "\" stroke-width=\"2\" points=\"" +
             points + "\"/>";
    }
    points.clear();
  };
  for (std::int32_t day = scale.first_day(); day <= today; ++day) {
    const auto average = seven_day_average(daily, day);
    if (!average) {
      flush();
      continue;
    }
    if (!points.empty()) points += ' ';
    points += number(scale.x(day)) + "," + number(Scale::y(*average));
  }
  flush();
  return out;
}

std::string daily_dots(const std::vector<DailyPain>& daily, const Scale& scale, std::int32_t today) {
  std::string out;
  for (const DailyPain& d : daily) {
    if (d.day < scale.first_day() || d.day > today) continue;
    out += "<circle cx=\"" + number(scale.x(d.day)) + "\" cy=\"" + number(Scale::y(d.mean)) +
           "\" r=\"2.5\" fill=\"" + kInk + "\"/>";
  }
  return out;
}

}  // namespace

std::string pain_chart_svg(const std::vector<DailyPain>& daily, std::int32_t today, Locale locale) {
  const Scale scale(today);
  const std::string title = html_escape(tr(locale, Str::SummaryChartTitle));
  std::string svg = "<svg viewBox=\"0 0 " + number(kWidth) + " " + number(kHeight) +
                    "\" role=\"img\" aria-label=\"" + title + "\"><title>" + title + "</title>";
  svg += pain_axis(locale);
  svg += date_axis(scale, today, locale);
  if (const auto before = baseline(daily)) {
    svg += line(kLeft, Scale::y(*before), kRight, Scale::y(*before), kInk, " stroke-dasharray=\"6 4\"");
  }
  svg += average_lines(daily, scale, today);
  svg += daily_dots(daily, scale, today);
  return svg + "</svg>";
}

}  // namespace unknot
