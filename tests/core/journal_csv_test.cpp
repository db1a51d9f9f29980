#include <catch2/catch.hpp>

#include <string>

#include "core/transfer/journal_csv.h"
#include "journal_samples.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::contains;

namespace {

CheckIn checkin(const char* id, std::string note) {
  CheckIn e = unknot::test::sample_checkin(id);
  e.note = std::move(note);
  return e;
}

const std::string kBom = "\xEF\xBB\xBF";
const std::string kHeaderEn =
    "Date,Time,Pain (0-10),Locations,Feel,Radiates,Stiffness (0-10),Limited activities,Likely "
    "causes,Self-care,"
    "Warning signs,\"Activity 1 (PSFS, 0-10)\",\"Activity 2 (PSFS, 0-10)\",\"Activity 3 (PSFS, "
    "0-10)\",Note\r\n";

// The data line of a one-entry journal, without the BOM and header.
std::string only_row(const CheckIn& e, Locale locale = Locale::En) {
  Journal journal;
  upsert(journal, e);
  const std::string csv = export_journal_csv(journal, locale);
  const auto header_end = csv.find("\r\n") + 2;
  return csv.substr(header_end);
}

}  // namespace

TEST_CASE("the CSV starts with a byte-order mark and the header, with CRLF line ends") {
  CHECK(export_journal_csv(Journal{}, Locale::En) == kBom + kHeaderEn);
  const std::string es = export_journal_csv(Journal{}, Locale::Es);
  CHECK(es.rfind(kBom + "Fecha,Hora,Dolor (0-10),Zonas,", 0) == 0);
  CHECK(contains(es, "Señales de alarma"));
}

TEST_CASE("a CSV row has every column in the user's words") {
  CheckIn e = checkin("a", "fine");
  e.spots = kSpotLeft | kSpotAboveSacrum;
  e.feel = PainFeel::Tight;
  e.radiates = true;
  e.stiffness = 7;
  e.limits = kBending | kSleeping;
  e.causes = kStress;
  e.self_care = kHeat | kEpsomSaltBath;
  e.red_flags = kFeverOrUnwell;
  e.psfs = {3, kNoScore, 10};
  CHECK(only_row(e) ==
        "2026-11-26,08:30,4,\"Left side; Above the sacrum\",Tight,Yes,7,\"Bending; Getting comfortable to "
        "sleep\",Stress,"
        "\"Heat; Epsom salt bath\",\"Fever or feeling unwell with back pain, more so with a weak immune "
        "system\",3,,10,fine\r\n");
  CHECK(only_row(e, Locale::Es) ==
        "2026-11-26,08:30,4,\"Lado izquierdo; Encima del sacro\",Tirante,Sí,7,\"Agacharse; Encontrar postura "
        "para "
        "dormir\","
        "Estrés,\"Calor; Baño con sales de Epsom\",\"Fiebre o malestar con dolor de espalda, sobre todo si "
        "tienes las defensas bajas\",3,,10,fine\r\n");
}

TEST_CASE("optional values left out are blank cells") {
  CHECK(only_row(checkin("a", "")) == "2026-11-26,08:30,4,,,,,,,,,,,,\r\n");
}

TEST_CASE("CSV cells are quoted as RFC 4180 asks") {
  CHECK(csv_cell("plain text") == "plain text");
  CHECK(csv_cell("a, b") == "\"a, b\"");
  CHECK(csv_cell("she said \"ouch\"") == "\"she said \"\"ouch\"\"\"");
  CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
  CHECK(csv_cell("two\r\nlines") == "\"two\r\nlines\"");
  CHECK(csv_cell("") == "");
  CHECK(only_row(checkin("a", "after \"gym\", sore\nnext day")) ==
        "2026-11-26,08:30,4,,,,,,,,,,,,\"after \"\"gym\"\", sore\nnext day\"\r\n");
}

TEST_CASE("a cell a spreadsheet would run as a formula gets a leading apostrophe") {
  CHECK(csv_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_cell("+1") == "'+1");
  CHECK(csv_cell("-2 points") == "'-2 points");
  CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_cell("\tcmd") == "\"'\tcmd\"");
  CHECK(csv_cell("a=b") == "a=b");
  CHECK(only_row(checkin("a", "=1+1")) == "2026-11-26,08:30,4,,,,,,,,,,,,'=1+1\r\n");
}

TEST_CASE("a cell holding either convention's separator is quoted, so no part of it opens as a formula") {
  // Under `;` (Spanish Excel) an unquoted x;=1+1 would be two cells, the second a formula.
  CHECK(csv_cell("x;=1+1") == "\"x;=1+1\"");
  CHECK(csv_cell("x,=1+1") == "\"x,=1+1\"");
  CHECK(csv_cell("x\t=1+1") == "\"x\t=1+1\"");
  CHECK(csv_cell(";=1+1") == "\";=1+1\"");
  CHECK(only_row(checkin("a", "x;=1+1")) == "2026-11-26,08:30,4,,,,,,,,,,,,\"x;=1+1\"\r\n");
}

TEST_CASE("accents survive as UTF-8") {
  CHECK(contains(only_row(checkin("a", "Dolor en el glúteo, ñ")), "\"Dolor en el glúteo, ñ\""));
}

TEST_CASE("rows follow the journal's time order") {
  Journal journal;
  CheckIn later = checkin("b", "second");
  later.at_ms += 86'400'000;
  later.day += 1;
  upsert(journal, later);
  upsert(journal, checkin("a", "first"));
  const std::string csv = export_journal_csv(journal, Locale::En);
  CHECK(csv.find("first") < csv.find("second"));
  CHECK(contains(csv, "2026-11-27,08:30"));
}
