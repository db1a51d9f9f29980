// The journal's actions as the JS API sends them, e.g.
//   {"type":"saveCheckIn","checkIn":{"pain":4,"spots":["left"]}}   (fields as in docs/DATA_FORMAT.md)
//   {"type":"rateSessionPain","when":"after","pain":3}
//   {"type":"exportData","format":"json"|"csv"|"summary"}
//   {"type":"importData","text":"<the file's text>","bytes":N}, then {"type":"confirmImport","settings":B}
//   {"type":"eraseAllData","confirm":true}

#include "core/journal/entry_json.h"
#include "core/support/action_fields.h"

namespace unknot {
namespace {

using namespace action_fields;
using R = Result<Action>;

R parse_save_checkin(const Json& object) {
  const auto it = object.FindMember("checkIn");
  if (it == object.MemberEnd() || !it->value.IsObject()) {
    return R::fail("saveCheckIn: \"checkIn\" must be an object with at least \"pain\"");
  }
  auto entry = read_checkin_json(it->value, false);
  if (!entry) return R::fail("saveCheckIn: " + entry.error());
  return R::ok(SaveCheckIn{std::move(entry).value()});
}

R parse_rate_session_pain(const Json& object) {
  const auto when = string_field(object, "when");
  if (!when || (when.value() != "before" && when.value() != "after")) {
    return R::fail("rateSessionPain: \"when\" must be \"before\" or \"after\"");
  }
  const bool after = when.value() == "after";
  return parse_int_action(object, "rateSessionPain", "pain", 0, 10,
                          after ? +[](int pain) { return Action(RateSessionPain{true, pain}); }
                                : +[](int pain) { return Action(RateSessionPain{false, pain}); });
}

R parse_psfs_activities(const Json& object) {
  const auto it = object.FindMember("names");
  if (it == object.MemberEnd() || !it->value.IsArray() || it->value.Size() > kPsfsActivities) {
    return R::fail("setPsfsActivities: \"names\" must be a list of up to 3 activities");
  }
  PsfsActivities names;
  for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i) {
    if (!it->value[i].IsString()) return R::fail("setPsfsActivities: each activity must be a string");
    names[i].assign(it->value[i].GetString(), it->value[i].GetStringLength());
  }
  return R::ok(SetPsfsActivities{std::move(names)});
}

R parse_text_size(const Json& object) {
  const auto size = string_field(object, "size");
  if (size && size.value() == "standard") return R::ok(SetTextSize{TextSize::Standard});
  if (size && size.value() == "large") return R::ok(SetTextSize{TextSize::Large});
  if (size && size.value() == "largest") return R::ok(SetTextSize{TextSize::Largest});
  return R::fail("setTextSize: \"size\" must be \"standard\", \"large\" or \"largest\"");
}

R parse_export(const Json& object) {
  const auto format = string_field(object, "format");
  if (format && format.value() == "json") return R::ok(ExportData{ExportFormat::Json});
  if (format && format.value() == "csv") return R::ok(ExportData{ExportFormat::Csv});
  if (format && format.value() == "summary") return R::ok(ExportData{ExportFormat::ClinicianSummary});
  return R::fail("exportData: \"format\" must be \"json\", \"csv\" or \"summary\"");
}

R parse_import(const Json& object) {
  const auto text = string_field(object, "text");
  if (!text) return R::fail("importData: " + text.error() + " (the export file's text)");
  std::uint64_t bytes = 0;
  if (const auto given = object.FindMember("bytes"); given != object.MemberEnd()) {
    if (!given->value.IsUint64()) return R::fail("importData: \"bytes\" must be the file's size, a whole number");
    bytes = given->value.GetUint64();
  }
  return R::ok(PreviewImport{std::string(text.value()), bytes});
}

R parse_confirm_import(const Json& object) {
  if (!object.HasMember("settings")) return R::ok(ConfirmImport{});
  const auto settings = bool_field(object, "settings");
  if (!settings) return R::fail("confirmImport: " + settings.error() + " (take the file's settings too?)");
  return R::ok(ConfirmImport{settings.value()});
}

R parse_erase(const Json& object) {
  const auto confirm = bool_field(object, "confirm");
  if (!confirm || !confirm.value()) {
    return R::fail("eraseAllData: add \"confirm\": true; this deletes every entry on this device");
  }
  return R::ok(EraseAllData{});
}

}  // namespace

std::optional<Result<Action>> parse_journal_action(std::string_view type, const Json& object) {
  if (type == "saveCheckIn") return parse_save_checkin(object);
  if (type == "rateSessionPain") return parse_rate_session_pain(object);
  if (type == "setPsfsActivities") return parse_psfs_activities(object);
  if (type == "setTextSize") return parse_text_size(object);
  if (type == "setHighContrast") {
    return parse_switch(object, "setHighContrast", [](bool on) { return Action(SetHighContrast{on}); });
  }
  if (type == "exportData") return parse_export(object);
  if (type == "importData") return parse_import(object);
  if (type == "confirmImport") return parse_confirm_import(object);
  if (type == "cancelImport") return R::ok(CancelImport{});
  if (type == "retrySaves") return R::ok(RetrySaves{});
  if (type == "replaceDamagedSettings") return R::ok(ReplaceDamagedSettings{});
  if (type == "dismissStorageNotice") return R::ok(DismissStorageNotice{});
  if (type == "eraseAllData") return parse_erase(object);
  return std::nullopt;
}

}  // namespace unknot
