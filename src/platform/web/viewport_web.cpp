#include <emscripten/html5.h>

#include <cmath>

#include "platform/viewport.h"

extern "C" {
int unknot_js_viewport_width(void);
int unknot_js_viewport_height(void);
}

namespace unknot::platform {

Viewport read_viewport() {
  return Viewport{unknot_js_viewport_width(), unknot_js_viewport_height(),
                  static_cast<float>(emscripten_get_device_pixel_ratio())};
}

void size_canvas(const Viewport& viewport) {
  emscripten_set_canvas_element_size(
      "#canvas", static_cast<int>(std::lround(viewport.css_width * viewport.pixel_ratio)),
      static_cast<int>(std::lround(viewport.css_height * viewport.pixel_ratio)));
  emscripten_set_element_css_size("#canvas", viewport.css_width, viewport.css_height);
}

}  // namespace unknot::platform
