// Caps on JSON from outside (the JS API's actions, the host page's messages) checked before
// rapidjson sees it: its recursive parser would exhaust the wasm stack on deep nesting, and a
// huge action would be copied several times over.
#pragma once
#include <cstddef>
#include <string_view>

namespace unknot {

// An importData action carries a whole export file (at most 32 MiB), escaped: twice that.
inline constexpr std::size_t kMaxActionBytes = 64u << 20;
// Actions nest a few levels (a custom routine's doses are the deepest, at 4).
inline constexpr int kMaxActionDepth = 32;

// The deepest nesting of arrays and objects in `json`, counted outside strings; counting stops
// just past `limit`, so the answer is min(depth, limit + 1). Malformed text is left to the parser.
inline int json_depth(std::string_view json, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : json) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

}  // namespace unknot
