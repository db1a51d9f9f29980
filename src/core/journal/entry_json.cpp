#include "core/journal/entry_json.h"

#include "core/journal/journal_words.h"
#include "core/support/dates.h"
#include "core/support/json_fields.h"

namespace unknot {
namespace {

using Json = rapidjson::Value;

constexpr std::int64_t kDayMs = 86'400'000;

// --- writing ---

template <class Entry>
void write_identity(JsonWriter& out, const Entry& entry) {
  out.field("id", entry.id);
  out.field("at", entry.at_ms);
  out.field("utcOffsetMin", int{entry.utc_offset_min});
  out.field("day", iso_date(entry.day));
}

void write_keys(JsonWriter& out, std::string_view name, WordList words, std::uint16_t mask) {
  out.key(name);
  out.begin_array();
  for (std::string_view key : keys_of_mask(words, mask)) out.value(key);
  out.end_array();
}

void write_optional(JsonWriter& out, std::string_view name, const std::optional<int>& number) {
  out.key(name);
  if (number) {
    out.value(*number);
  } else {
    out.null();
  }
}

void write_psfs(JsonWriter& out, const PsfsScores& scores) {
  out.key("psfs");
  out.begin_array();
  for (std::int8_t score : scores) {
    if (score == kNoScore) {
      out.null();
    } else {
      out.value(int{score});
    }
  }
  out.end_array();
}

// --- reading ---

// The identity every entry carries. `day` is redundant (it follows from at and utcOffsetMin)
// and is only there for people reading the file, so it is checked, never trusted.
struct Identity {
  std::string id;
  std::int64_t at_ms = 0;
  std::int16_t utc_offset_min = 0;
  std::int32_t day = 0;
};

Identity read_identity(JsonFields& in) {
  Identity identity;
  for (const char* name : {"id", "at", "utcOffsetMin"}) in.require(name);
  if (auto id = in.text("id", kMaxIdBytes, false)) identity.id = std::move(*id);
  if (auto at = in.whole("at", 0, kLatestTimeMs, Null::Refused, "milliseconds since 1970-01-01 UTC")) {
    identity.at_ms = *at;
  }
  if (auto offset = in.whole("utcOffsetMin", -kMaxUtcOffsetMin, kMaxUtcOffsetMin, Null::Refused,
                             "the time zone's minutes from UTC")) {
    identity.utc_offset_min = static_cast<std::int16_t>(*offset);
  }
  identity.day = local_day(identity.at_ms, identity.utc_offset_min);
  const auto day = in.text("day", 16);
  if (day && *day != iso_date(identity.day)) {
    in.fail("day " + quoted(*day) + " does not match at and utcOffsetMin: it would be \"" +
            iso_date(identity.day) + "\"");
  }
  return identity;
}

template <class Entry>
void set_identity(Entry& entry, Identity identity) {
  entry.id = std::move(identity.id);
  entry.at_ms = identity.at_ms;
  entry.utc_offset_min = identity.utc_offset_min;
  entry.day = identity.day;
}

void refuse_identity(JsonFields& in) {
  for (const char* name : {"id", "at", "utcOffsetMin", "day"})
    in.refuse(name, "is set by the app: leave it out");
}

// The symptom fields, with the model's defaults for what is absent.
CheckIn read_symptoms(JsonFields& in) {
  CheckIn e;
  in.require("pain");
  if (auto pain = in.whole("pain", 0, 10)) e.pain = static_cast<int>(*pain);
  e.spots = static_cast<std::uint8_t>(in.mask("spots", kSpotWords, "location"));
  if (auto feel = in.choice("feel", kFeelWords, "feel", Null::Allowed)) e.feel = static_cast<PainFeel>(*feel);
  if (auto radiates = in.flag("radiates")) e.radiates = *radiates;
  if (auto stiffness = in.whole("stiffness", 0, 10, Null::Allowed))
    e.stiffness = static_cast<int>(*stiffness);
  e.limits = static_cast<std::uint8_t>(in.mask("limits", kActivityWords, "activity"));
  e.causes = static_cast<std::uint8_t>(in.mask("causes", kCauseWords, "cause"));
  e.self_care = in.mask("selfCare", kSelfCareWords, "self-care item");
  e.red_flags = in.mask("redFlags", kRedFlagWords, "warning sign");
  if (auto psfs = in.psfs("psfs")) e.psfs = *psfs;
  if (auto note = in.text("note", kMaxNoteBytes)) e.note = std::move(*note);
  e.rise_settled = in.flag("riseSettled");
  return e;
}

// A new entry has no identity yet; a stand-in one lets validate_checkin check everything else.
Result<CheckIn> validate_without_identity(CheckIn entry) {
  CheckIn stand_in = entry;
  stand_in.id = "new";
  if (const auto checked = validate_checkin(stand_in); !checked)
    return Result<CheckIn>::fail(checked.error());
  return Result<CheckIn>::ok(std::move(entry));
}

}  // namespace

void write_checkin_json(JsonWriter& out, const CheckIn& e) {
  out.begin_object();
  write_checkin_fields(out, e);
  out.end_object();
}

void write_checkin_fields(JsonWriter& out, const CheckIn& e) {
  write_identity(out, e);
  out.field("pain", e.pain);
  write_keys(out, "spots", kSpotWords, e.spots);
  out.key("feel");
  if (e.feel) {
    out.value(key_of(kFeelWords, static_cast<std::uint16_t>(*e.feel)));
  } else {
    out.null();
  }
  out.field("radiates", e.radiates);
  write_optional(out, "stiffness", e.stiffness);
  write_keys(out, "limits", kActivityWords, e.limits);
  write_keys(out, "causes", kCauseWords, e.causes);
  write_keys(out, "selfCare", kSelfCareWords, e.self_care);
  write_keys(out, "redFlags", kRedFlagWords, e.red_flags);
  write_psfs(out, e.psfs);
  out.field("note", e.note);
  if (e.rise_settled) out.field("riseSettled", *e.rise_settled);  // absent when it was not asked
}

void write_session_json(JsonWriter& out, const SessionRecord& s) {
  out.begin_object();
  write_identity(out, s);
  out.field("kind", key_of(kSessionKindWords, static_cast<std::uint16_t>(s.kind)));
  out.field("routine", key_of(kRoutineKindWords, static_cast<std::uint16_t>(s.routine)));
  out.field("activeMs", s.active_ms);
  out.field("done", s.done);
  out.field("total", s.total);
  out.field("endedEarly", s.ended_early);
  write_optional(out, "painBefore", s.pain_before);
  write_optional(out, "painAfter", s.pain_after);
  if (s.kind == SessionKind::Plan) write_keys(out, "planItems", kPlanItemWords, s.plan_items);
  out.end_object();
}

Result<CheckIn> read_checkin_json(const Json& object, bool require_identity) {
  using R = Result<CheckIn>;
  JsonFields in(object, "a check-in",
                {"id", "at", "utcOffsetMin", "day", "pain", "spots", "feel", "radiates", "stiffness",
                 "limits", "causes", "selfCare", "redFlags", "psfs", "note", "riseSettled"});
  Identity identity;
  if (require_identity) {
    identity = read_identity(in);
  } else {
    refuse_identity(in);
  }
  CheckIn entry = read_symptoms(in);
  if (!in.ok()) return R::fail(in.error());
  if (!require_identity) return validate_without_identity(std::move(entry));
  set_identity(entry, std::move(identity));
  return validate_checkin(entry);
}

Result<SessionRecord> read_session_json(const Json& object) {
  using R = Result<SessionRecord>;
  JsonFields in(object, "a session",
                {"id", "at", "utcOffsetMin", "day", "kind", "routine", "activeMs", "done", "total",
                 "endedEarly", "painBefore", "painAfter", "planItems"});
  Identity identity = read_identity(in);
  SessionRecord s;
  in.require("kind");
  if (auto kind = in.choice("kind", kSessionKindWords, "session kind", Null::Refused)) {
    s.kind = static_cast<SessionKind>(*kind);
  }
  if (auto routine = in.choice("routine", kRoutineKindWords, "routine", Null::Refused)) {
    s.routine = static_cast<RoutineKind>(*routine);
  }
  if (auto active = in.whole("activeMs", 0, kDayMs, Null::Refused, "milliseconds, pauses excluded"))
    s.active_ms = *active;
  if (auto done = in.whole("done", 0, 100'000)) s.done = static_cast<int>(*done);
  if (auto total = in.whole("total", 0, 100)) s.total = static_cast<int>(*total);
  if (auto early = in.flag("endedEarly")) s.ended_early = *early;
  if (auto before = in.whole("painBefore", 0, 10, Null::Allowed)) s.pain_before = static_cast<int>(*before);
  if (auto after = in.whole("painAfter", 0, 10, Null::Allowed)) s.pain_after = static_cast<int>(*after);
  s.plan_items = static_cast<std::uint8_t>(in.mask("planItems", kPlanItemWords, "plan item"));
  if (!in.ok()) return R::fail(in.error());
  set_identity(s, std::move(identity));
  return validate_session(s);
}

}  // namespace unknot
