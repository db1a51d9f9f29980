// What the last frame drew, in drawing order: the interactive items (stable id, label, role,
// state) and the text (headings, paragraphs, list items, status lines, timers, figures' and
// charts' descriptions), each with its rect in CSS pixels. window.unknot.widgets() returns it;
// the page's accessibility mirror copies it into the DOM so a screen reader reads the screen
// top to bottom, and tests compare it with what the mirror exposes.
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
  int level = 0;         // a heading's level (1 for the screen's title), else 0
};

// How a piece of drawn text is exposed to assistive technology. None: not on its own, because
// a control's name already says it (a card's title inside its button) or it repeats a word the
// screen exposes elsewhere.
enum class TextRole { Paragraph, Heading1, Heading2, Heading3, ListItem, Status, Timer, None };

class WidgetRegistry {
 public:
  void begin_frame() {
    items_.clear();
    texts_ = 0;
  }
  void add(WidgetInfo info) { items_.push_back(std::move(info)); }
  // Text drawn on screen, as `role` (nothing for TextRole::None). Its id numbers it in the frame.
  void add_text(TextRole role, std::string_view text, WidgetRect rect);
  // A figure or a chart that is not a control: what it shows, in words.
  void add_image(std::string_view description, WidgetRect rect);
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
  int texts_ = 0;  // text items this frame, for their ids
};

}  // namespace unknot::ui
