// The user's settings as the export file's "settings" object (format version 2): everything
// Preferences holds but the PSFS names (a top-level key since version 1) and the portal
// consent (asked again in each site that embeds the app). docs/DATA_FORMAT.md documents it.
// Also what an import preview says would change.
#pragma once
#include <rapidjson/document.h>

#include <vector>

#include "core/i18n/strings.h"
#include "core/settings/preferences.h"
#include "core/support/json_writer.h"
#include "core/support/result.h"

namespace unknot {

void write_settings_json(JsonWriter& out, const Preferences& prefs);

// Reads a "settings" object over `base` (fields left out keep base's values; psfs_activities
// and share_with_host are never read from it). Unknown keys are refused; the result is
// checked whole with validate_preferences.
Result<Preferences> read_settings_json(const rapidjson::Value& object, Preferences base);

// What taking `incoming` would change of `current`, one group of settings a line, in the order
// Settings shows them (as translatable words for the import preview).
std::vector<Str> settings_changes(const Preferences& current, const Preferences& incoming);

}  // namespace unknot
