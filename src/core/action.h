// Every change to the app state is one of these actions. The UI, the JS API, the host page
// and the tests all build actions and hand them to dispatch(); nothing else changes state.
#pragma once
#include <string_view>
#include <variant>

#include "core/result.h"
#include "core/screen.h"
#include "core/strings.h"

namespace unknot {

struct Navigate {
  Screen to;
};
struct GoBack {};
struct SetLocale {
  Locale locale;
};

using Action = std::variant<Navigate, GoBack, SetLocale>;

// Parses one action from JSON such as {"type":"navigate","screen":"learn"}.
// Anything malformed or unknown comes back as an error that says what was wrong.
Result<Action> parse_action(std::string_view json);

}  // namespace unknot
