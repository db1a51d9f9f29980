// Catch2's runner for the core tests, natively and under Node as wasm. Every locale's words are
// installed first, from the text packs the build compiled in (tests/core/CMakeLists.txt), as the
// page installs them from the site before the app's first frame.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdio>
#include <string_view>

#include "text_packs.h"

int main(int argc, char* argv[]) {
  if (!unknot::test::install_all_text_packs()) return 1;
  return Catch::Session().run(argc, argv);
}
