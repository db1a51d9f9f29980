// The journal as a spreadsheet: one row per check-in, in the user's language, for people who
// want to sort, filter or chart it themselves. Not for re-import (the JSON export is lossless).
#pragma once
#include <string>
#include <string_view>

#include "core/i18n/strings.h"
#include "core/journal/journal.h"

namespace unknot {

// RFC 4180 CSV with CRLF line ends, a header row, UTF-8 with a byte-order mark (so Excel reads
// accents), and cells that a spreadsheet would run as a formula made inert. See
// docs/DATA_FORMAT.md for the columns.
std::string export_journal_csv(const Journal& journal, Locale locale);

// One cell: guarded against formula injection, then quoted when it holds a comma, a quote or a
// line break (quotes doubled).
std::string csv_cell(std::string_view text);

}  // namespace unknot
