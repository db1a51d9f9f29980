#include "core/dispatch.h"

#include "core/json_writer.h"

namespace unknot {
namespace {

bool navigate(AppState& state, Screen to) {
  if (state.screen == to) return false;
  if (to == Screen::Home) {
    state.history.clear();  // home is the root: Back from anywhere leads there, never past it
  } else {
    if (state.history.size() == kMaxHistory) state.history.erase(state.history.begin());
    state.history.push_back(state.screen);
  }
  state.screen = to;
  return true;
}

bool go_back(AppState& state) {
  if (state.history.empty()) return false;
  state.screen = state.history.back();
  state.history.pop_back();
  return true;
}

bool set_locale(AppState& state, Locale locale) {
  if (state.locale == locale) return false;
  state.locale = locale;
  return true;
}

}  // namespace

DispatchOutcome dispatch(AppState& state, const Action& action, std::int64_t /*now_ms*/) {
  struct Visitor {
    AppState& state;
    bool operator()(const Navigate& a) const { return navigate(state, a.to); }
    bool operator()(const GoBack&) const { return go_back(state); }
    bool operator()(const SetLocale& a) const { return set_locale(state, a.locale); }
  };
  const bool changed = std::visit(Visitor{state}, action);
  if (changed) ++state.revision;
  return DispatchOutcome{changed};
}

std::string dispatch_json(AppState& state, std::string_view action_json, std::int64_t now_ms) {
  JsonWriter out;
  out.begin_object();
  auto action = parse_action(action_json);
  if (!action) {
    out.field("ok", false);
    out.field("error", action.error());
  } else {
    const auto outcome = dispatch(state, action.value(), now_ms);
    out.field("ok", true);
    out.field("changed", outcome.changed);
  }
  out.end_object();
  return out.take();
}

}  // namespace unknot
