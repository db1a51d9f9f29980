// The export file as a whole: every entry and setting written as one JSON file that re-imports
// exactly, and a checked preview of such a file before anything is imported.
// The format is documented in docs/DATA_FORMAT.md; one entry's JSON is entry_json.h.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/journal/entry_json.h"
#include "core/journal/journal.h"
#include "core/settings/preferences.h"
#include "core/support/result.h"

namespace unknot {

inline constexpr std::string_view kExportFormat = "unknot-journal";
// 2 added "settings" (every preference: see preferences_json.h). Every older version still reads.
inline constexpr int kExportVersion = 2;
inline constexpr int kOldestExportVersion = 1;
inline constexpr std::size_t kMaxImportBytes = 32u << 20;  // 32 MiB: years of daily entries fit easily
inline constexpr std::string_view kTooLargeToImport = "This file is too large to import: at most 32 MB";
inline constexpr std::size_t kMaxImportEntries = 200'000;

// The whole journal and every setting as an export file (see docs/DATA_FORMAT.md). Lossless:
// importing it into an empty journal gives the same entries, field for field, and the same
// settings.
// `unreadable`: stored records this version can't read, carried as base64 so nothing is dropped.
std::string export_journal_json(const Journal& journal, const Preferences& prefs, std::int64_t now_ms,
                                const std::vector<std::string>& unreadable = {});

// Reads an export file and works out what importing it would do, changing nothing. All or
// nothing: any problem (not JSON, another app's file, a newer format, one bad entry, over the
// caps) is an error and nothing is offered. Entries whose id the journal already has are
// skipped: counted as duplicates when identical, as conflicts when not (the journal's own is
// kept; nothing is overwritten). The same goes for an id given twice in the file (the first
// wins). New entries come sorted by time. The file's PSFS activities are copied as they are;
// the caller adopts them only if the user has named none. The file's settings (version 2) are
// read over `current` (what the device has now) and compared with it for the preview.
Result<ImportPreview> preview_import(const Journal& current, const Preferences& current_prefs,
                                     std::string_view file_text);

}  // namespace unknot
