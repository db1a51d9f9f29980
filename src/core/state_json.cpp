#include "core/state_json.h"

#include "core/json_writer.h"

namespace unknot {

std::string state_to_json(const AppState& state) {
  JsonWriter out;
  out.begin_object();
  out.field("screen", screen_id(state.screen));
  out.field("canGoBack", !state.history.empty());
  out.field("locale", locale_id(state.locale));
  out.field("revision", state.revision);
  out.end_object();
  return out.take();
}

}  // namespace unknot
