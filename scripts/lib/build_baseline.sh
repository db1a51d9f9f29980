#!/usr/bin/env bash
# Builds scripts/bench's baseline: Dear ImGui's own SDL2 + OpenGL3 example (its demo window
# open, its main loop as shipped), compiled by the same emcc against the same SDL2 source as the
# app, built with SDL's own default options (the app's SDL leaves out subsystems it never uses,
# one of the savings the bench measures, and the example opens the game controllers, which
# needs them). Debian's imgui tarball drops examples/libs/, so the one-macro main-loop header
# the example includes is written here. Output: build/baseline/site/ (cached until its inputs
# change; the stock SDL2 in build/deps/sdl2-wasm-stock until its source changes).
set -euo pipefail
source "$(dirname "$0")/common.sh"
out="$BUILD/baseline"
imgui="$DEPS/imgui"
site="$out/site"
stamp="$out/.stamp"
sdl="$DEPS/sdl2-wasm-stock"

# SDL2 with its default options. The configure checks are seeded from the app's answers
# (scripts/lib/sdl2_wasm_checks.cmake: the same compiler and source); those only the
# subsystems it adds need are run.
if [ "$(cat "$sdl/.unknot-sha" 2>/dev/null)" != "$(cat "$DEPS/libsdl2/.unknot-sha")" ]; then
  say "building SDL2 for wasm with its default options (once, for the baseline)"
  rm -rf "$sdl"
  emcmake cmake -C "$ROOT/scripts/lib/sdl2_wasm_checks.cmake" -S "$DEPS/libsdl2" -B "$sdl/build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DCMAKE_INSTALL_PREFIX="$sdl" >/dev/null
  cmake --build "$sdl/build" >/dev/null
  cmake --install "$sdl/build" >/dev/null
  cp "$DEPS/libsdl2/.unknot-sha" "$sdl/.unknot-sha"
fi

want="$(cat "$imgui/.unknot-sha" "$sdl/.unknot-sha") $(sha256sum "$0" | cut -d' ' -f1)"
[ -f "$site/baseline.wasm" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && exit 0

say "building the baseline (Dear ImGui's SDL2/OpenGL3 example)"
rm -rf "$out" && mkdir -p "$out/src/example" "$out/src/libs/emscripten" "$out/obj" "$site"
cp "$imgui/examples/example_sdl2_opengl3/main.cpp" "$out/src/example/main.cpp"
cat >"$out/src/libs/emscripten/emscripten_mainloop_stub.h" <<'STUB'
// Runs the body between the two macros as the Emscripten main loop, every animation frame.
#pragma once
#include <emscripten.h>
#include <functional>
static std::function<void()> g_unknot_baseline_loop;
static void unknot_baseline_tick() { g_unknot_baseline_loop(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN g_unknot_baseline_loop = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(unknot_baseline_tick, 0, true)
STUB

flags=(-Os -DIMGUI_DISABLE_FILE_FUNCTIONS -I"$imgui" -I"$imgui/backends" -I"$sdl/include/SDL2")
objects=()
for source in "$out/src/example/main.cpp" "$imgui"/imgui.cpp "$imgui"/imgui_demo.cpp "$imgui"/imgui_draw.cpp \
    "$imgui"/imgui_tables.cpp "$imgui"/imgui_widgets.cpp "$imgui"/backends/imgui_impl_sdl2.cpp \
    "$imgui"/backends/imgui_impl_opengl3.cpp; do
  object="$out/obj/$(basename "$source" .cpp).o"
  em++ "${flags[@]}" -c "$source" -o "$object" &
  objects+=("$object")
  # Two at a time: the machine has two cores.
  [ "$(jobs -rp | wc -l)" -ge 2 ] && wait -n
done
wait
em++ -Os "${objects[@]}" "$sdl/lib/libSDL2.a" -o "$site/baseline.js" \
  -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0
cat >"$site/index.html" <<'HTML'
<!doctype html>
<html><head><meta charset="utf-8"><title>Baseline</title>
<style>html,body{margin:0;height:100%;overflow:hidden}canvas{display:block;width:100%;height:100%}</style></head>
<body><canvas id="canvas"></canvas>
<script>var Module = { canvas: document.getElementById('canvas') };</script>
<script src="baseline.js"></script></body></html>
HTML
echo "$want" >"$stamp"
