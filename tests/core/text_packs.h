// The build's text packs, compiled into the test binary (tests/core/CMakeLists.txt).
#pragma once
#include <cstdio>
#include <string_view>

#include "core/i18n/text_pack.h"

namespace unknot::test {

extern const unsigned char* const kTextPacks[];
extern const unsigned kTextPacksSizes[];
extern const unsigned kTextPacksCount;

inline std::string_view text_pack(unsigned index) {
  return {reinterpret_cast<const char*>(kTextPacks[index]), kTextPacksSizes[index]};
}

// Installs every pack; false (with the reason printed) if one is refused.
inline bool install_all_text_packs() {
  for (unsigned i = 0; i < kTextPacksCount; ++i) {
    const auto installed = install_text_pack(text_pack(i));
    if (!installed) {
      std::fprintf(stderr, "text pack %u refused: %s\n", i, installed.error().c_str());
      return false;
    }
  }
  return true;
}

}  // namespace unknot::test
