// One journal entry as JSON: a check-in or a finished session as an object, written for the
// export file and the JS API and read back with every field checked. The format is documented in
// docs/DATA_FORMAT.md; its keys come from journal_words.h. The file as a whole: export_file.h.
#pragma once
#include <rapidjson/document.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "core/journal/checkin.h"
#include "core/journal/journal.h"
#include "core/routine/session_record.h"
#include "core/support/json_writer.h"
#include "core/support/result.h"

namespace unknot {

// The last millisecond of 9999-12-31 (UTC): later times are refused, so date sums can't overflow.
inline constexpr std::int64_t kLatestTimeMs = 253'402'300'799'999;

void write_checkin_json(JsonWriter& out, const CheckIn& entry);
// Its fields alone, for an object that adds its own (state()'s latest check-in).
void write_checkin_fields(JsonWriter& out, const CheckIn& entry);
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

}  // namespace unknot
