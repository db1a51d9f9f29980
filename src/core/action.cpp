#include "core/action.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <string>

namespace unknot {
namespace {

using Json = rapidjson::Value;

Result<std::string_view> string_field(const Json& object, const char* name) {
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd()) return Result<std::string_view>::fail(std::string("missing \"") + name + "\"");
  if (!it->value.IsString()) return Result<std::string_view>::fail(std::string("\"") + name + "\" must be a string");
  return Result<std::string_view>::ok({it->value.GetString(), it->value.GetStringLength()});
}

Result<Action> parse_navigate(const Json& object) {
  const auto id = string_field(object, "screen");
  if (!id) return Result<Action>::fail("navigate: " + id.error());
  const auto screen = screen_from_id(id.value());
  if (!screen) return Result<Action>::fail("navigate: unknown screen \"" + std::string(id.value()) + "\"");
  return Result<Action>::ok(Navigate{*screen});
}

Result<Action> parse_set_locale(const Json& object) {
  const auto tag = string_field(object, "locale");
  if (!tag) return Result<Action>::fail("setLocale: " + tag.error());
  const auto locale = locale_from_tag(tag.value());
  if (!locale) return Result<Action>::fail("setLocale: unsupported locale \"" + std::string(tag.value()) + "\" (use \"en\" or \"es\")");
  return Result<Action>::ok(SetLocale{*locale});
}

}  // namespace

Result<Action> parse_action(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    return Result<Action>::fail(std::string("malformed JSON at offset ") + std::to_string(doc.GetErrorOffset()) +
                                ": " + rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject()) return Result<Action>::fail("an action must be a JSON object");
  const auto type = string_field(doc, "type");
  if (!type) return Result<Action>::fail("action " + type.error());

  if (type.value() == "navigate") return parse_navigate(doc);
  if (type.value() == "back") return Result<Action>::ok(GoBack{});
  if (type.value() == "setLocale") return parse_set_locale(doc);
  return Result<Action>::fail("unknown action type \"" + std::string(type.value()) + "\"");
}

}  // namespace unknot
