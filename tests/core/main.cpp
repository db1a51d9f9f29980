// Catch2's runner for the core tests, natively and under Node as wasm.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
