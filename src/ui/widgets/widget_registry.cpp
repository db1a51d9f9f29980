#include "ui/widgets/widget_registry.h"

#include "core/support/json_writer.h"

namespace unknot::ui {

void WidgetRegistry::add_text(TextRole role, std::string_view text, WidgetRect rect) {
  if (role == TextRole::None || text.empty()) return;
  WidgetInfo info{
      "text." + std::to_string(texts_++), std::string(text), "paragraph", true, std::nullopt, rect};
  switch (role) {
    case TextRole::Heading1:
    case TextRole::Heading2:
    case TextRole::Heading3:
      info.role = "heading";
      info.level = 1 + static_cast<int>(role) - static_cast<int>(TextRole::Heading1);
      break;
    case TextRole::ListItem: info.role = "listitem"; break;
    case TextRole::Status: info.role = "status"; break;
    case TextRole::Timer: info.role = "timer"; break;
    case TextRole::Paragraph:
    case TextRole::None: break;
  }
  items_.push_back(std::move(info));
}

void WidgetRegistry::add_image(std::string_view description, WidgetRect rect) {
  items_.push_back(WidgetInfo{"text." + std::to_string(texts_++), std::string(description), "img", true,
                              std::nullopt, rect});
}

std::uint32_t WidgetRegistry::signature() const {
  std::uint32_t hash = 2166136261u;  // FNV-1a
  const auto mix = [&](std::string_view bytes) {
    for (char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    hash = (hash ^ 0xFFu) * 16777619u;  // a separator, so "ab"+"c" differs from "a"+"bc"
  };
  for (const auto& item : items_) {
    mix(item.id);
    mix(item.label);
    mix(item.role);
    mix(item.value.value_or(item.enabled ? "+" : "-"));
    mix(std::string_view(reinterpret_cast<const char*>(&item.level), sizeof item.level));
    for (float v : {item.rect.x, item.rect.y, item.rect.w, item.rect.h}) {
      const auto pixel = static_cast<std::int32_t>(v);
      mix(std::string_view(reinterpret_cast<const char*>(&pixel), sizeof pixel));
    }
  }
  return hash;
}

std::string WidgetRegistry::to_json() const {
  JsonWriter out;
  out.begin_array();
  for (const auto& item : items_) {
    out.begin_object();
    out.field("id", item.id);
    out.field("label", item.label);
    out.field("role", item.role);
    out.field("enabled", item.enabled);
    out.field("focused", item.focused);
    if (item.level > 0) out.field("level", item.level);
    out.key("value");
    if (item.value)
      out.value(std::string_view(*item.value));
    else
      out.null();
    out.key("rect");
    out.begin_object();
    out.field("x", static_cast<double>(item.rect.x));
    out.field("y", static_cast<double>(item.rect.y));
    out.field("w", static_cast<double>(item.rect.w));
    out.field("h", static_cast<double>(item.rect.h));
    out.end_object();
    out.end_object();
  }
  out.end_array();
  return out.take();
}

}  // namespace unknot::ui
