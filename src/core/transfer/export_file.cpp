// The export file as a whole: writing it, and reading one back into an import preview.
#include "core/transfer/export_file.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "core/journal/entry_json.h"
#include "core/settings/preferences_json.h"
#include "core/support/base64.h"
#include "core/support/json_fields.h"

namespace unknot {
namespace {

using Json = rapidjson::Value;
using R = Result<ImportPreview>;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kNotAnExport = "This file isn't an Unknot export: ";

// Some editors add a byte-order mark when a file is saved again; it is not part of the JSON.
std::string_view without_bom(std::string_view text) {
  return text.substr(0, kUtf8Bom.size()) == kUtf8Bom ? text.substr(kUtf8Bom.size()) : text;
}

// The file's format version, once checked: 1 to kExportVersion.
Result<int> check_format(const rapidjson::Document& doc) {
  if (doc.HasParseError()) {
    const bool encoding = doc.GetParseError() == rapidjson::kParseErrorStringInvalidEncoding;
    return Result<int>::fail(std::string(kNotAnExport) +
                             (encoding ? "it is not UTF-8 text" : "it is not JSON"));
  }
  const auto format = doc.IsObject() ? doc.FindMember("format") : Json::ConstMemberIterator();
  const bool ours =
      doc.IsObject() && format != doc.MemberEnd() && format->value.IsString() &&
      std::string_view(format->value.GetString(), format->value.GetStringLength()) == kExportFormat;
  if (!ours) return Result<int>::fail(std::string(kNotAnExport) + "it is JSON from something else");
  // The version is checked before any other key: a newer file may well have keys this one lacks.
  const auto version = doc.FindMember("version");
  if (version == doc.MemberEnd() || !version->value.IsInt64() ||
      version->value.GetInt64() < kOldestExportVersion) {
    return Result<int>::fail("version must be a whole number from " + std::to_string(kOldestExportVersion) +
                             " to " + std::to_string(kExportVersion));
  }
  if (version->value.GetInt64() > kExportVersion) {
    return Result<int>::fail("This file was made by a newer version of Unknot: update the app to import it");
  }
  return Result<int>::ok(static_cast<int>(version->value.GetInt64()));
}

std::optional<PsfsActivities> read_psfs_activities(JsonFields& in) {
  const Json* names = in.array("psfsActivities", "3 activity names");
  if (!names) return std::nullopt;
  PsfsActivities activities;
  const bool shaped =
      names->Size() == activities.size() &&
      std::all_of(names->Begin(), names->End(), [](const Json& name) { return name.IsString(); });
  if (!shaped) {
    in.fail("psfsActivities must be a list of 3 activity names (text, empty when not named)");
    return std::nullopt;
  }
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const Json& name = (*names)[static_cast<rapidjson::SizeType>(i)];
    activities[i].assign(name.GetString(), name.GetStringLength());
  }
  if (const auto valid = validate_psfs_activities(activities); !valid) {
    in.fail("psfsActivities: " + valid.error());
    return std::nullopt;
  }
  return activities;
}

// Every entry of a list, or the first error with the entry's number (counted from 1, as people
// count) so the user can find it in the file.
template <class Entry, class Read>
Result<std::vector<Entry>> read_entries(const Json* list, std::string_view noun, Read read) {
  std::vector<Entry> entries;
  if (!list) return Result<std::vector<Entry>>::ok(std::move(entries));
  entries.reserve(list->Size());
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    auto entry = read((*list)[i]);
    if (!entry) {
      return Result<std::vector<Entry>>::fail(std::string(noun) + " " + std::to_string(i + 1) + ": " +
                                              entry.error());
    }
    entries.push_back(std::move(entry).value());
  }
  return Result<std::vector<Entry>>::ok(std::move(entries));
}

// The entries whose id is neither in the journal nor earlier in the file, by time. The others
// are counted: identical ones as duplicates, different ones as conflicts.
template <class Entry>
std::vector<Entry> only_new(std::vector<Entry> incoming, const std::vector<Entry>& existing,
                            ImportPreview& preview) {
  std::unordered_map<std::string_view, const Entry*> by_id;
  by_id.reserve(existing.size() + incoming.size());
  for (const Entry& entry : existing) by_id.emplace(entry.id, &entry);
  std::vector<bool> keep(incoming.size(), false);
  for (std::size_t i = 0; i < incoming.size(); ++i) {
    const auto [seen, added] = by_id.emplace(incoming[i].id, &incoming[i]);
    if (added) {
      keep[i] = true;
    } else if (*seen->second == incoming[i]) {
      ++preview.duplicates;
    } else {
      ++preview.conflicts;
    }
  }
  std::vector<Entry> fresh;
  for (std::size_t i = 0; i < incoming.size(); ++i) {
    if (keep[i]) fresh.push_back(std::move(incoming[i]));
  }
  std::sort(fresh.begin(), fresh.end(), in_time_order<Entry>);
  return fresh;
}

template <class Entry>
void add_ends(const std::vector<Entry>& sorted, std::vector<std::int64_t>& ends) {
  if (!sorted.empty()) ends.insert(ends.end(), {sorted.front().at_ms, sorted.back().at_ms});
}

void set_span(ImportPreview& preview) {
  std::vector<std::int64_t> ends;
  add_ends(preview.new_checkins, ends);
  add_ends(preview.new_sessions, ends);
  if (ends.empty()) return;
  preview.first_ms = *std::min_element(ends.begin(), ends.end());
  preview.last_ms = *std::max_element(ends.begin(), ends.end());
}

}  // namespace

std::string export_journal_json(const Journal& journal, const Preferences& prefs, std::int64_t now_ms,
                                const std::vector<std::string>& unreadable) {
  JsonWriter out;
  out.begin_object();
  out.field("format", kExportFormat);
  out.field("version", kExportVersion);
  out.field("exportedAt", now_ms);
  out.key("psfsActivities");
  out.begin_array();
  for (const std::string& name : prefs.psfs_activities) out.value(std::string_view(name));
  out.end_array();
  out.key("settings");
  write_settings_json(out, prefs);
  out.key("checkIns");
  out.begin_array();
  for (const CheckIn& entry : journal.checkins) write_checkin_json(out, entry);
  out.end_array();
  out.key("sessions");
  out.begin_array();
  for (const SessionRecord& session : journal.sessions) write_session_json(out, session);
  out.end_array();
  out.key("unreadable");
  out.begin_array();
  for (const std::string& blob : unreadable) out.value(std::string_view(base64_encode(blob)));
  out.end_array();
  out.end_object();
  return out.take();
}

Result<ImportPreview> preview_import(const Journal& current, const Preferences& current_prefs,
                                     std::string_view file_text) {
  file_text = without_bom(file_text);
  if (file_text.size() > kMaxImportBytes) return R::fail(std::string(kTooLargeToImport));

  rapidjson::Document doc;
  // Iterative: a deeply nested file can't exhaust the stack. Validated: JSON is UTF-8.
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(file_text.data(),
                                                                                    file_text.size());
  const auto version = check_format(doc);
  if (!version) return R::fail(version.error());

  // Version 1 has no settings: a "settings" key in it is as unknown as a typo.
  JsonFields in =
      version.value() >= 2
          ? JsonFields(doc, "the file",
                       {"format", "version", "exportedAt", "psfsActivities", "settings", "checkIns",
                        "sessions", "unreadable"})
          : JsonFields(doc, "the file",
                       {"format", "version", "exportedAt", "psfsActivities", "checkIns", "sessions"});
  in.whole("exportedAt", 0, kLatestTimeMs, Null::Refused, "milliseconds since 1970-01-01 UTC");
  const auto activities = read_psfs_activities(in);
  const Json* checkins = in.array("checkIns", "check-ins");
  const Json* sessions = in.array("sessions", "sessions");
  const Json* unreadable = in.array("unreadable", "stored records as base64");
  if (!in.ok()) return R::fail(in.error());
  auto raw = read_entries<std::string>(unreadable, "unreadable record", [](const Json& v) {
    const auto bytes = v.IsString() ? base64_decode({v.GetString(), v.GetStringLength()}) : std::nullopt;
    return bytes ? Result<std::string>::ok(*bytes) : Result<std::string>::fail("must be base64 text");
  });
  if (!raw) return R::fail(raw.error());
  const std::size_t count = (checkins ? checkins->Size() : 0) + (sessions ? sessions->Size() : 0) +
                            (unreadable ? unreadable->Size() : 0);
  if (count > kMaxImportEntries)
    return R::fail("This file has more than 200,000 entries: too many to import");

  std::optional<Preferences> settings;
  if (const auto it = doc.FindMember("settings"); version.value() >= 2 && it != doc.MemberEnd()) {
    auto read = read_settings_json(it->value, current_prefs);
    if (!read) return R::fail(read.error());
    settings = std::move(read).value();
  }

  auto read_checkins =
      read_entries<CheckIn>(checkins, "check-in", [](const Json& v) { return read_checkin_json(v, true); });
  if (!read_checkins) return R::fail(read_checkins.error());
  auto read_sessions = read_entries<SessionRecord>(sessions, "session", read_session_json);
  if (!read_sessions) return R::fail(read_sessions.error());

  ImportPreview preview;
  preview.new_checkins = only_new(std::move(read_checkins).value(), current.checkins, preview);
  preview.new_sessions = only_new(std::move(read_sessions).value(), current.sessions, preview);
  if (activities) preview.psfs_activities = *activities;
  preview.unreadable = std::move(raw).value();
  if (settings) {
    preview.settings_changes = settings_changes(current_prefs, *settings);
    settings->psfs_activities = current_prefs.psfs_activities;  // the names follow their own rule
    preview.settings = std::move(settings);
  }
  set_span(preview);
  return R::ok(std::move(preview));
}

}  // namespace unknot
