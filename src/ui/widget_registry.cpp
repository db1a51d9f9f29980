#include "ui/widget_registry.h"

#include "core/json_writer.h"

namespace unknot::ui {

std::string WidgetRegistry::to_json() const {
  JsonWriter out;
  out.begin_array();
  for (const auto& item : items_) {
    out.begin_object();
    out.field("id", item.id);
    out.field("label", item.label);
    out.field("role", item.role);
    out.field("enabled", item.enabled);
    out.key("value");
    if (item.value) out.value(std::string_view(*item.value)); else out.null();
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
