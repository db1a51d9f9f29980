// Small helpers shared by the core tests.
#pragma once
#include <cstdint>
#include <string>

namespace unknot::test {

// Any wall-clock start: the core never reads a clock, so tests choose their own time.
inline constexpr std::int64_t kT0 = 1'700'000'000'000;

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// A refusal's answer without its code and translated message, {"ok":false,"error":"..."}, for
// tests about the error's detail (tests/core/refusal_test.cpp checks the code and message).
inline std::string plain_refusal(std::string answer) {
  for (const char* field : {"\"code\":\"", ",\"message\":\""}) {
    const auto at = answer.find(field);
    if (at == std::string::npos) continue;
    auto end = answer.find('"', at + std::string(field).size());
    while (end != std::string::npos && answer[end - 1] == '\\') end = answer.find('"', end + 1);
    answer.erase(at, end + 1 - at + (field[0] == '"' ? 1 : 0));
  }
  return answer;
}

}  // namespace unknot::test
