// The journal's actions as the JS API sends them, e.g.
//   {"type":"saveCheckIn","checkIn":{"pain":4,"spots":["left"]}}   (fields as in docs/DATA_FORMAT.md)
//   {"type":"rateSessionPain","when":"after","pain":3}
//   {"type":"exportData","format":"json"|"csv"|"summary"}
//   {"type":"importData","text":"<the file's text>","bytes":N}, then {"type":"confirmImport","settings":B}
//   {"type":"eraseAllData","confirm":true}

#include "core/flow/action_readers.h"
#include "core/journal/entry_json.h"

namespace unknot {
namespace {

using Json = rapidjson::Value;
using R = Result<Action>;

R read_save_checkin(JsonFields& in) {
  const Json* given = in.value("checkIn");
  if (!given || !given->IsObject()) return R::fail("\"checkIn\" must be an object with at least \"pain\"");
  auto entry = read_checkin_json(*given, false);
  if (!entry) return R::fail(entry.error());
  return R::ok(SaveCheckIn{std::move(entry).value()});
}

R read_rate_session_pain(JsonFields& in) {
  const std::string_view word = given_word(in, "when");
  if (word != "before" && word != "after") return R::fail("\"when\" must be \"before\" or \"after\"");
  const bool after = word == "after";
  return read_whole(in, "pain", 0, 10, [after](int pain) { return Action(RateSessionPain{after, pain}); });
}

R read_psfs_activities(JsonFields& in) {
  const Json* list = in.value("names");
  if (!list || !list->IsArray() || list->Size() > kPsfsActivities) {
    return R::fail("\"names\" must be a list of up to 3 activities");
  }
  PsfsActivities names;
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    if (!(*list)[i].IsString()) return R::fail("each activity must be a string");
    names[i].assign((*list)[i].GetString(), (*list)[i].GetStringLength());
  }
  return R::ok(SetPsfsActivities{std::move(names)});
}

R read_text_size(JsonFields& in) {
  const std::string_view word = given_word(in, "size");
  if (word == "standard") return R::ok(SetTextSize{TextSize::Standard});
  if (word == "large") return R::ok(SetTextSize{TextSize::Large});
  if (word == "largest") return R::ok(SetTextSize{TextSize::Largest});
  return R::fail("\"size\" must be \"standard\", \"large\" or \"largest\"");
}

R read_export(JsonFields& in) {
  const std::string_view word = given_word(in, "format");
  if (word == "json") return R::ok(ExportData{ExportFormat::Json});
  if (word == "csv") return R::ok(ExportData{ExportFormat::Csv});
  if (word == "summary") return R::ok(ExportData{ExportFormat::ClinicianSummary});
  return R::fail("\"format\" must be \"json\", \"csv\" or \"summary\"");
}

R read_import(JsonFields& in) {
  const auto text = in.word("text");
  if (!text) return R::fail(in.error() + " (the export file's text)");
  std::uint64_t bytes = 0;
  if (const Json* given = in.value("bytes")) {
    if (!given->IsUint64()) return R::fail("\"bytes\" must be the file's size, a whole number");
    bytes = given->GetUint64();
  }
  return R::ok(PreviewImport{std::string(*text), bytes});
}

R read_confirm_import(JsonFields& in) {
  if (!in.value("settings")) return R::ok(ConfirmImport{});
  const auto settings = in.flag("settings");
  if (!settings) return R::fail(in.error() + " (take the file's settings too?)");
  return R::ok(ConfirmImport{*settings});
}

R read_erase(JsonFields& in) {
  const Json* confirm = in.value("confirm");
  if (!confirm || !confirm->IsBool() || !confirm->GetBool()) {
    return R::fail("add \"confirm\": true; this deletes every entry on this device");
  }
  return R::ok(EraseAllData{});
}

}  // namespace

const std::vector<ActionReader>& journal_action_readers() {
  static const std::vector<ActionReader> readers = {
      {"saveCheckIn", {"checkIn"}, read_save_checkin},
      {"rateSessionPain", {"when", "pain"}, read_rate_session_pain},
      {"setPsfsActivities", {"names"}, read_psfs_activities},
      {"setTextSize", {"size"}, read_text_size},
      {"setHighContrast",
       {"on"},
       [](JsonFields& in) {
         return read_switch(in, "on", [](bool on) { return Action(SetHighContrast{on}); });
       }},
      {"exportData", {"format"}, read_export},
      {"importData", {"text", "bytes"}, read_import},
      {"confirmImport", {"settings"}, read_confirm_import},
      plain_reader<CancelImport>("cancelImport"),
      plain_reader<RetrySaves>("retrySaves"),
      plain_reader<ReplaceDamagedSettings>("replaceDamagedSettings"),
      plain_reader<DismissStorageNotice>("dismissStorageNotice"),
      {"eraseAllData", {"confirm"}, read_erase},
  };
  return readers;
}

}  // namespace unknot
