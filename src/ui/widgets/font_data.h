// The UI font's bytes, compiled into the binary (generated at build time from a subset of
// Debian's Atkinson Hyperlegible, see src/ui/CMakeLists.txt).
#pragma once

namespace unknot::ui {
extern const unsigned char kAtkinsonRegular[];
extern const unsigned kAtkinsonRegularSize;
extern const unsigned char kAtkinsonBold[];
extern const unsigned kAtkinsonBoldSize;
}  // namespace unknot::ui
