// The journal as JSON: one check-in or session as an object (for the export file and the JS
// API), the whole journal as an export file, and a checked preview of a file before import.
// The format is documented in docs/DATA_FORMAT.md; its keys come from journal_words.h.
#pragma once
#include <rapidjson/document.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "core/checkin.h"
#include "core/journal.h"
#include "core/json_writer.h"
#include "core/preferences.h"
#include "core/result.h"
#include "core/session_record.h"

namespace unknot {

inline constexpr std::string_view kExportFormat = "unknot-journal";
// 2 added "settings" (every preference: see preferences_json.h). Every older version still reads.
inline constexpr int kExportVersion = 2;
inline constexpr int kOldestExportVersion = 1;
inline constexpr std::size_t kMaxImportBytes = 32u << 20;  // 32 MiB: years of daily entries fit easily
inline constexpr std::string_view kTooLargeToImport = "This file is too large to import: at most 32 MB";
inline constexpr std::size_t kMaxImportEntries = 200'000;
// The last millisecond of 9999-12-31 (UTC): later times are refused, so date sums can't overflow.
inline constexpr std::int64_t kLatestTimeMs = 253'402'300'799'999;

void write_checkin_json(JsonWriter& out, const CheckIn& entry);
void write_session_json(JsonWriter& out, const SessionRecord& session);

// Reads one check-in object. Only `pain` is required among the symptom fields, the others take
// the model's defaults; unknown keys are refused, so a typo can't silently drop a value. Every
// error names the field and what it allows.
// require_identity = true (an export file being imported): id, at and utcOffsetMin are
// required; day is worked out from at and utcOffsetMin and, when present, must agree.
// require_identity = false (a new entry, e.g. the JS API's saveCheckIn): the app gives the entry
// its id and time, so id, at, utcOffsetMin and day are refused rather than silently ignored (a
// caller sending an id must not believe it edited that entry). The entry comes back with an
// empty id and time for the caller to fill, then validate_checkin again.
Result<CheckIn> read_checkin_json(const rapidjson::Value& object, bool require_identity);
// Reads one session object from an export file: id, at, utcOffsetMin and kind are required.
Result<SessionRecord> read_session_json(const rapidjson::Value& object);

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
