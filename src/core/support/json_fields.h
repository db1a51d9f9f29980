// Reads the fields of one JSON object from outside the app (an import file, the JS API) without
// trusting it: every type is checked before rapidjson is asked for a value (its getters assert),
// and the first problem becomes an error that names the field and what it allows.
#pragma once
#include <rapidjson/document.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/journal/checkin.h"
#include "core/journal/journal_words.h"

namespace unknot {

enum class Null : bool { Refused, Allowed };

// Reads fields by name and keeps the first problem. After a problem every read returns nothing,
// so a caller reads all its fields and checks ok() once.
class JsonFields {
 public:
  // Refuses a non-object, an unknown key and a key given twice.
  JsonFields(const rapidjson::Value& value, std::string_view what,
             std::initializer_list<std::string_view> known);
  JsonFields(const rapidjson::Value& value, std::string_view what,
             const std::vector<std::string_view>& known);

  bool ok() const noexcept { return error_.empty(); }
  const std::string& error() const noexcept { return error_; }
  bool has(const char* name) const;
  void fail(std::string message);

  void require(const char* name);
  void refuse(const char* name, std::string_view why);

  // Absent or null (where allowed) gives nullopt.
  std::optional<std::int64_t> whole(const char* name, std::int64_t min, std::int64_t max,
                                    Null null = Null::Refused, std::string_view hint = {});
  std::optional<bool> flag(const char* name);
  // A number from min to max with at most one decimal, in tenths (4.3 gives 43).
  std::optional<int> tenths(const char* name, int min, int max);
  // A required string, as it is (no length cap: callers compare it with known words or copy it).
  std::optional<std::string_view> word(const char* name);
  // The raw value of a field whose type the caller checks itself (an id or an index, an object).
  const rapidjson::Value* value(const char* name) const { return find(name); }
  std::optional<std::string> text(const char* name, std::size_t max_bytes, bool empty_allowed = true);
  // One key of `words`; `noun` names what a key stands for ("feel", "session kind").
  std::optional<std::uint16_t> choice(const char* name, WordList words, std::string_view noun, Null null);
  // A list of keys of `words`, as a bitmask. Absent gives 0.
  std::uint16_t mask(const char* name, WordList words, std::string_view noun);
  std::optional<PsfsScores> psfs(const char* name);
  // The array in a field; `noun` says what its items are.
  const rapidjson::Value* array(const char* name, std::string_view noun);

 private:
  const rapidjson::Value* find(const char* name) const;
  const rapidjson::Value* object_ = nullptr;
  std::string error_;
};

// A string from the input, quoted and cut short for an error message.
std::string quoted(std::string_view text);

}  // namespace unknot
