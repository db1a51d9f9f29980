// The interactive items drawn in the last frame: stable id, label, role, state and rect in CSS
// pixels. window.unknot.widgets() returns it; tests and the accessibility layer build on it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot::ui {

struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;
};

struct WidgetInfo {
  std::string id;     // stable across frames and languages, e.g. "home.routine"
  std::string label;  // what a person reads, in the current language
  std::string role;   // "button", "radio", ...
  bool enabled = true;
  std::optional<std::string> value;  // e.g. "selected" for a chosen option
  WidgetRect rect;
  bool focused = false;  // has the keyboard focus (Dear ImGui's navigation)
};

class WidgetRegistry {
 public:
  void begin_frame() { items_.clear(); }
  void add(WidgetInfo info) { items_.push_back(std::move(info)); }
  // A screen's heading: not a control, but what a screen reader jumps to first.
  void add_heading(std::string id, std::string label, WidgetRect rect) {
    items_.push_back(WidgetInfo{std::move(id), std::move(label), "heading", true, std::nullopt, rect});
  }
  void disable_last() {
    if (!items_.empty()) items_.back().enabled = false;
  }
  // For controls whose visible text is a symbol ("+") but whose name must say what it does.
  void relabel_last(std::string label) {
    if (!items_.empty()) items_.back().label = std::move(label);
  }
  // The same for an item drawn a few items back (one of a row of buttons), found by its id.
  void relabel(std::string_view id, std::string label) {
    for (auto it = items_.rbegin(); it != items_.rend(); ++it) {
      if (it->id == id) {
        it->label = std::move(label);
        return;
      }
    }
  }
  void set_last_role(std::string role, std::optional<std::string> value) {
    if (items_.empty()) return;
    items_.back().role = std::move(role);
    items_.back().value = std::move(value);
  }
  const std::vector<WidgetInfo>& items() const noexcept { return items_; }
  std::string to_json() const;
  // Changes whenever anything a reader of items() sees changes (rects to the pixel), so the
  // page's accessibility mirror rebuilds only then, not every frame.
  std::uint32_t signature() const;

 private:
  std::vector<WidgetInfo> items_;
};

}  // namespace unknot::ui
