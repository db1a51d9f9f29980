#include "ui/widgets/fonts.h"

#include "ui/widgets/font_data.h"

namespace unknot::ui {
namespace {

// Basic Latin and Latin-1 (all of Spanish), dashes, curly quotes, bullet, ellipsis, minus.
constexpr ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022,
                                    0x2022, 0x2026, 0x2026, 0x2212, 0x2212, 0};

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

// The glyph ranges of the letters in `text`, with those Dear ImGui needs whatever the text.
ImVector<ImWchar> letters_of(std::string_view text) {
  ImFontGlyphRangesBuilder letters;
  // a11y: nothing is drawn here; the builder collects the letters the atlas must hold.
  letters.AddText(text.data(), text.data() + text.size());
  letters.AddText("? ");  // what Dear ImGui draws for a letter the atlas lacks
  ImVector<ImWchar> ranges;
  letters.BuildRanges(&ranges);
  return ranges;
}

}  // namespace

float text_scale(TextSize size) noexcept {
  switch (size) {
    case TextSize::Standard: return 1.0f;
    case TextSize::Large: return 1.5f;
    case TextSize::Largest: return 2.0f;
  }
  return 1.0f;
}

Fonts build_fonts(ImGuiIO& io, float pixel_ratio, float text_scale, FirstFrameText first) {
  // Read by Build() below, not after.
  const ImVector<ImWchar> title_ranges = first.title.empty() ? ImVector<ImWchar>{} : letters_of(first.title);
  const ImVector<ImWchar> reading_ranges =
      first.letters.empty() ? ImVector<ImWchar>{} : letters_of(first.letters);
  const ImWchar* title = first.title.empty() ? kGlyphRanges : title_ranges.Data;
  const ImWchar* reading = first.letters.empty() ? kGlyphRanges : reading_ranges.Data;
  io.Fonts->Clear();
  // A wide atlas packs the large sizes of 200% text at 2x into fewer rows.
  io.Fonts->TexDesiredWidth = text_scale * pixel_ratio > 2.5f ? 4096 : 0;
  const float read_scale = text_scale;
  const float display = 1.0f + (text_scale - 1.0f) * 0.5f;
  Fonts fonts;
  fonts.body =
      add_font(io, kAtkinsonRegular, kAtkinsonRegularSize, 18 * read_scale, pixel_ratio, reading);  // default
  fonts.small = add_font(io, kAtkinsonRegular, kAtkinsonRegularSize, 15 * read_scale, pixel_ratio, reading);
  fonts.bold = add_font(io, kAtkinsonBold, kAtkinsonBoldSize, 18 * read_scale, pixel_ratio, reading);
  fonts.heading = add_font(io, kAtkinsonBold, kAtkinsonBoldSize, 23 * display, pixel_ratio, reading);
  fonts.title = add_font(io, kAtkinsonBold, kAtkinsonBoldSize, 31 * display, pixel_ratio, title);
  fonts.display = add_font(io, kAtkinsonBold, kAtkinsonBoldSize, 60, pixel_ratio, kDigitRanges);
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / pixel_ratio;
  return fonts;
}

}  // namespace unknot::ui
