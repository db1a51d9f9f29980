#include "ui/widgets/widget_registry.h"

#include "core/support/json_writer.h"

namespace unknot::ui {

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
