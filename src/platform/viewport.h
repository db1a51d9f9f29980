// The page area the app fills and the screen's pixel ratio, and sizing the canvas to match.
#pragma once

namespace unknot::platform {

struct Viewport {
  int css_width = 0;
  int css_height = 0;
  float pixel_ratio = 1.0f;

  bool operator==(const Viewport& o) const noexcept {
    return css_width == o.css_width && css_height == o.css_height && pixel_ratio == o.pixel_ratio;
  }
  bool operator!=(const Viewport& o) const noexcept { return !(*this == o); }
};

Viewport read_viewport();
// Sets the canvas backing store to css size x pixel ratio, so every CSS pixel gets its device pixels.
void size_canvas(const Viewport& viewport);

}  // namespace unknot::platform
