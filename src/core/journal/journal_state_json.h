// The journal's part of window.unknot.state(): counts, the latest entry, the trend, and whether
// entries are being kept (so tests and the host page can tell "saved" from "still saving").
#pragma once
#include <cstdint>

#include "core/flow/app_state.h"
#include "core/support/json_writer.h"

namespace unknot {

void write_journal_state(JsonWriter& out, const AppState& state, std::int32_t today);
void write_import_preview(JsonWriter& out, const AppState& state);

}  // namespace unknot
