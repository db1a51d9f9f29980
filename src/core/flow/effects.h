// What a dispatch asks the platform to do besides redrawing and playing cues: write or delete
// stored records, hand the user a file. The core decides; the platform carries it out and
// reports back (a write's success or failure comes back as a WriteFinished action).
#pragma once
#include <string>

namespace unknot {

struct StoreWrite {
  std::string key;   // "checkin/<id>", "session/<id>" or "preferences"
  std::string blob;  // the sealed record
};

// The storage key that stands for "erase everything" in pending writes and their reports.
inline constexpr const char* kEraseAllKey = "*";

enum class FileKind { Json, Csv, PrintableHtml };

struct FileOut {
  FileKind kind = FileKind::Json;
  std::string name;  // suggested file name, e.g. "unknot-journal-2026-11-26.json"
  std::string content;
};

}  // namespace unknot
