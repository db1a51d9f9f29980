#include "ui/fonts.h"

#include "ui/font_data.h"

namespace unknot::ui {
namespace {

// Basic Latin and Latin-1 (all of Spanish), dashes, curly quotes, bullet, ellipsis, minus.
constexpr ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D,
                                    0x2022, 0x2022, 0x2026, 0x2026, 0x2212, 0x2212, 0};

// The countdown only shows digits and a colon: a small atlas even at 60 px x 2.
constexpr ImWchar kDigitRanges[] = {0x0030, 0x003A, 0};

ImFont* add_font(ImGuiIO& io, const unsigned char* data, unsigned size, float css_px, float ratio,
                 const ImWchar* ranges = kGlyphRanges) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
  config.OversampleH = 1;               // rasterised at the exact pixel size: no blur needed
  config.OversampleV = 1;
  config.PixelSnapH = true;
  return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                        css_px * ratio, &config, ranges);
}

}  // namespace

Fonts build_fonts(ImGuiIO& io, float pixel_ratio) {
  io.Fonts->Clear();
  Fonts fonts;
  fonts.body = add_font(io, kAtkinsonRegular, kAtkinsonRegularSize, 18, pixel_ratio);  // default
  fonts.small = add_font(io, kAtkinsonRegular, kAtkinsonRegularSize, 15, pixel_ratio);
  fonts.bold = add_font(io, kAtkinsonBold, kAtkinsonBoldSize, 18, pixel_ratio);
  fonts.heading = add_font(io, kAtkinsonBold, kAtkinsonBoldSize, 23, pixel_ratio);
  fonts.title = add_font(io, kAtkinsonBold, kAtkinsonBoldSize, 31, pixel_ratio);
  fonts.display = add_font(io, kAtkinsonBold, kAtkinsonBoldSize, 60, pixel_ratio, kDigitRanges);
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / pixel_ratio;
  return fonts;
}

}  // namespace unknot::ui
