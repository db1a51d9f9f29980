// libFuzzer target: the JSON action decoder behind window.unknot.dispatch (and, later, the
// host page's messages). Any input must give a well-formed answer, never a crash, and a
// rejected action must leave the state untouched. The same input is also read as the browser's
// list of speech voices (core/voice/device_voices.h): whatever it holds, state() stays valid JSON.
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  unknot::AppState state;
  unknot::dispatch(state, unknot::Navigate{unknot::Screen::Learn}, 0);
  const auto before = unknot::state_to_json(state);

  const auto answer = unknot::dispatch_json(state, input, 0);
  rapidjson::Document doc;
  doc.Parse(answer.c_str());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("ok") || !doc["ok"].IsBool()) {
    std::fprintf(stderr, "answer is not {ok: bool, ...}: %s\n", answer.c_str());
    std::abort();
  }
  if (!doc["ok"].GetBool() && unknot::state_to_json(state) != before) {
    std::fprintf(stderr, "a rejected action changed the state: %s\n", answer.c_str());
    std::abort();
  }

  unknot::dispatch(state, unknot::SetDeviceVoices{unknot::parse_device_voices(input)}, 0);
  rapidjson::Document snapshot;
  snapshot.Parse(unknot::state_to_json(state).c_str());
  if (snapshot.HasParseError()) {
    std::fprintf(stderr, "voices made state() invalid JSON\n");
    std::abort();
  }
  return 0;
}
