#include "core/support/json_fields.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "core/support/utf8.h"

namespace unknot {
namespace {

using Json = rapidjson::Value;

std::string_view view_of(const Json& text) {
  return {text.GetString(), text.GetStringLength()};
}

std::string whole_range(std::int64_t min, std::int64_t max) {
  return "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
}

std::string_view or_null(Null null) {
  return null == Null::Allowed ? ", or null" : "";
}

}  // namespace

std::string quoted(std::string_view text) {
  // Long enough to recognise a typo; short enough that a huge value can't flood the message.
  const std::string_view shown = utf8_prefix(text, 40);
  std::string out = "\"";
  for (char c : shown) out += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
  if (shown.size() < text.size()) out += "…";
  return out + "\"";
}

JsonFields::JsonFields(const Json& value, std::string_view what,
                       std::initializer_list<std::string_view> known)
    : JsonFields(value, what, std::vector<std::string_view>(known)) {}

JsonFields::JsonFields(const Json& value, std::string_view what, const std::vector<std::string_view>& known) {
  if (!value.IsObject()) {
    fail(std::string(what) + " must be an object {…}");
    return;
  }
  object_ = &value;
  std::uint64_t seen = 0;  // one bit per known key, so a key given twice is caught
  for (auto member = value.MemberBegin(); member != value.MemberEnd(); ++member) {
    const std::string_view name = view_of(member->name);
    const auto at = std::find(known.begin(), known.end(), name);
    if (at == known.end()) {
      fail("unknown field " + quoted(name) + " (check its spelling)");
      return;
    }
    const std::uint64_t bit = std::uint64_t{1} << (at - known.begin());
    if (seen & bit) {
      fail(std::string(name) + " is given twice");
      return;
    }
    seen |= bit;
  }
}

void JsonFields::fail(std::string message) {
  if (ok()) error_ = std::move(message);
}

const Json* JsonFields::find(const char* name) const {
  if (!ok()) return nullptr;
  const auto member = object_->FindMember(name);
  return member == object_->MemberEnd() ? nullptr : &member->value;
}

bool JsonFields::has(const char* name) const {
  return find(name) != nullptr;
}

void JsonFields::require(const char* name) {
  if (ok() && !has(name)) fail(std::string(name) + " is required");
}

void JsonFields::refuse(const char* name, std::string_view why) {
  if (has(name)) fail(std::string(name) + " " + std::string(why));
}

std::optional<std::int64_t> JsonFields::whole(const char* name, std::int64_t min, std::int64_t max, Null null,
                                              std::string_view hint) {
  const Json* value = find(name);
  if (!value || (null == Null::Allowed && value->IsNull())) return std::nullopt;
  if (value->IsInt64() && value->GetInt64() >= min && value->GetInt64() <= max) return value->GetInt64();
  std::string message = std::string(name) + " must be " + whole_range(min, max) + std::string(or_null(null));
  if (!hint.empty()) message += " (" + std::string(hint) + ")";
  fail(std::move(message));
  return std::nullopt;
}

std::optional<int> JsonFields::tenths(const char* name, int min, int max) {
  const Json* value = find(name);
  if (!value) return std::nullopt;
  if (value->IsNumber()) {
    const double tenths = value->GetDouble() * 10;
    const double whole = std::round(tenths);
    if (std::abs(tenths - whole) < 1e-6 && whole >= min * 10 && whole <= max * 10)
      return static_cast<int>(whole);
  }
  fail(std::string(name) + " must be a number from " + std::to_string(min) + " to " + std::to_string(max) +
       " with at most one decimal");
  return std::nullopt;
}

std::optional<bool> JsonFields::flag(const char* name) {
  const Json* value = find(name);
  if (!value) return std::nullopt;
  if (value->IsBool()) return value->GetBool();
  fail(std::string(name) + " must be true or false");
  return std::nullopt;
}

std::optional<std::string_view> JsonFields::word(const char* name) {
  const Json* value = find(name);
  if (!value) {
    require(name);
    return std::nullopt;
  }
  if (value->IsString()) return view_of(*value);
  fail(std::string(name) + " must be text");
  return std::nullopt;
}

std::optional<std::string> JsonFields::text(const char* name, std::size_t max_bytes, bool empty_allowed) {
  const Json* value = find(name);
  if (!value) return std::nullopt;
  if (!value->IsString()) {
    fail(std::string(name) + " must be text");
  } else if (value->GetStringLength() > max_bytes) {
    fail(std::string(name) + " is too long: at most " + std::to_string(max_bytes) + " bytes");
  } else if (value->GetStringLength() == 0 && !empty_allowed) {
    fail(std::string(name) + " must not be empty");
  } else {
    return std::string(view_of(*value));
  }
  return std::nullopt;
}

std::optional<std::uint16_t> JsonFields::choice(const char* name, WordList words, std::string_view noun,
                                                Null null) {
  const Json* value = find(name);
  if (!value || (null == Null::Allowed && value->IsNull())) return std::nullopt;
  if (!value->IsString()) {
    fail(std::string(name) + " must be one of " + key_choices(words) + std::string(or_null(null)));
    return std::nullopt;
  }
  const auto found = value_from_key(words, view_of(*value));
  if (!found) {
    fail(std::string(name) + ": unknown " + std::string(noun) + " " + quoted(view_of(*value)) +
         " (allowed: " + key_choices(words) + ")");
  }
  return found;
}

std::uint16_t JsonFields::mask(const char* name, WordList words, std::string_view noun) {
  const Json* list = find(name);
  if (!list) return 0;
  if (!list->IsArray()) {
    fail(std::string(name) + " must be a list of " + std::string(noun) + " keys: " + key_choices(words));
    return 0;
  }
  std::uint16_t bits = 0;
  for (const Json& item : list->GetArray()) {
    const auto found = item.IsString() ? value_from_key(words, view_of(item)) : std::nullopt;
    if (!found) {
      const std::string given = item.IsString() ? quoted(view_of(item)) : std::string("that is not text");
      fail(std::string(name) + ": unknown " + std::string(noun) + " " + given +
           " (allowed: " + key_choices(words) + ")");
      return 0;
    }
    bits = static_cast<std::uint16_t>(bits | *found);
  }
  return bits;
}

std::optional<PsfsScores> JsonFields::psfs(const char* name) {
  const Json* list = find(name);
  if (!list) return std::nullopt;
  const auto score_ok = [](const Json& s) {
    return s.IsNull() || (s.IsInt() && s.GetInt() >= 0 && s.GetInt() <= 10);
  };
  if (!list->IsArray() || list->Size() != kPsfsActivities ||
      !std::all_of(list->Begin(), list->End(), score_ok)) {
    fail(std::string(name) + " must be a list of 3 scores, each a whole number from 0 to 10 or null");
    return std::nullopt;
  }
  PsfsScores scores = kNoPsfsScores;
  for (std::size_t i = 0; i < kPsfsActivities; ++i) {
    const Json& score = (*list)[static_cast<rapidjson::SizeType>(i)];
    if (!score.IsNull()) scores[i] = static_cast<std::int8_t>(score.GetInt());
  }
  return scores;
}

const Json* JsonFields::array(const char* name, std::string_view noun) {
  const Json* list = find(name);
  if (list && !list->IsArray()) {
    fail(std::string(name) + " must be a list of " + std::string(noun));
    return nullptr;
  }
  return list;
}

}  // namespace unknot
