#include "core/transfer/journal_csv.h"

#include <vector>

#include "core/journal/journal_words.h"
#include "core/support/dates.h"

namespace unknot {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kLineEnd = "\r\n";
constexpr std::string_view kListSeparator = "; ";

// A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(...) in a
// note could leak data or run a command), so such a cell gets a leading apostrophe.
bool looks_like_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

// Quoted: a cell holding either convention's separator (`,`, or `;` where the spreadsheet's
// language uses it, as Spanish Excel does), a quote, a tab or a line break. Unquoted, `x;=1+1`
// would open as two cells under `;`, the second a formula (OWASP's CSV-injection rule).
bool needs_quotes(std::string_view text) {
  return text.find_first_of(",;\"\t\r\n") != std::string_view::npos;
}

std::string number_or_blank(std::optional<int> number) {
  return number ? std::to_string(*number) : std::string();
}

std::vector<std::string> header(Locale locale) {
  std::vector<std::string> cells;
  for (Str column : {Str::ColumnDate, Str::ColumnTime, Str::ColumnPain, Str::ColumnLocations, Str::ColumnFeel,
                     Str::ColumnRadiates, Str::ColumnStiffness, Str::ColumnLimits, Str::ColumnCauses,
                     Str::ColumnSelfCare, Str::ColumnRedFlags}) {
    cells.emplace_back(tr(locale, column));
  }
  for (const char* number : {"1", "2", "3"}) cells.push_back(fill(tr(locale, Str::ColumnPsfs), {number}));
  cells.emplace_back(tr(locale, Str::ColumnNote));
  return cells;
}

std::vector<std::string> row(const CheckIn& e, Locale locale) {
  std::vector<std::string> cells = {
      iso_date(e.day),
      clock_time(e.at_ms, e.utc_offset_min),
      std::to_string(e.pain),
      words_of_mask(kSpotWords, locale, e.spots, kListSeparator),
      e.feel ? std::string(feel_word(locale, *e.feel)) : std::string(),
      e.radiates ? std::string(tr(locale, Str::CellYes)) : std::string(),  // blank: it doesn't
      number_or_blank(e.stiffness),
      words_of_mask(kActivityWords, locale, e.limits, kListSeparator),
      words_of_mask(kCauseWords, locale, e.causes, kListSeparator),
      words_of_mask(kSelfCareWords, locale, e.self_care, kListSeparator),
      words_of_mask(kRedFlagWords, locale, e.red_flags, kListSeparator),
  };
  for (std::int8_t score : e.psfs) {
    cells.push_back(number_or_blank(score == kNoScore ? std::nullopt : std::optional<int>(score)));
  }
  cells.push_back(e.note);
  return cells;
}

void append_line(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_cell(cells[i]);
  }
  out += kLineEnd;
}

}  // namespace

std::string csv_cell(std::string_view text) {
  std::string cell = looks_like_formula(text) ? "'" + std::string(text) : std::string(text);
  if (!needs_quotes(cell)) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string export_journal_csv(const Journal& journal, Locale locale) {
  std::string out(kBom);
  append_line(out, header(locale));
  for (const CheckIn& entry : journal.checkins) append_line(out, row(entry, locale));
  return out;
}

}  // namespace unknot
