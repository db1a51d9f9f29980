#include "core/storage/record_codec.h"

#include <cereal/cereal.hpp>

#include "core/storage/byte_archive.h"

namespace unknot {

using OutArchive = ByteOutputArchive;
using InArchive = ByteInputArchive;

namespace {

// Marks the record as malformed. Reading goes on (every later value reads as zero) and the
// record is refused once read: no exceptions, so none of their code is in the wasm. A refusal
// that guards an allocation returns at once.
void refuse(InArchive& ar) {
  ar.fail();
}

void save_text(OutArchive& ar, const std::string& text) {
  ar(cereal::make_size_tag(static_cast<cereal::size_type>(text.size())));
  ar(cereal::binary_data(text.data(), text.size()));
}

void load_text(InArchive& ar, std::string& text, std::size_t cap) {
  cereal::size_type size = 0;
  ar(cereal::make_size_tag(size));
  if (size > cap) return refuse(ar);  // before allocating
  text.resize(static_cast<std::size_t>(size));
  ar(cereal::binary_data(text.data(), text.size()));
}

// Yes/no is one byte, 0 or 1; anything else is refused rather than read as a bool.
void save_flag(OutArchive& ar, bool flag) {
  ar(static_cast<std::uint8_t>(flag ? 1 : 0));
}

bool load_flag(InArchive& ar) {
  std::uint8_t byte = 0;
  ar(byte);
  if (byte > 1) refuse(ar);
  return byte == 1;
}

// An optional small number: a presence flag, then the value (0 when absent, and only then).
void save_small(OutArchive& ar, const std::optional<int>& value) {
  save_flag(ar, value.has_value());
  ar(static_cast<std::int8_t>(value.value_or(0)));
}

std::optional<int> load_small(InArchive& ar) {
  const bool present = load_flag(ar);
  std::int8_t value = 0;
  ar(value);
  if (!present && value != 0) refuse(ar);
  return present ? std::optional<int>(value) : std::nullopt;
}

// An optional yes/no is one byte: 0 absent, 1 no, 2 yes.
void save_optional_flag(OutArchive& ar, std::optional<bool> value) {
  ar(static_cast<std::uint8_t>(value ? (*value ? 2 : 1) : 0));
}

std::optional<bool> load_optional_flag(InArchive& ar) {
  std::uint8_t byte = 0;
  ar(byte);
  if (byte > 2) refuse(ar);
  return byte == 0 ? std::nullopt : std::optional<bool>(byte == 2);
}

// The stored warning signs: one byte of eight until check-ins version 2 and preferences version
// 4, two bytes since the signs came in three tiers.
std::uint16_t load_red_flags(InArchive& ar, bool wide) {
  if (wide) {
    std::uint16_t flags = 0;
    ar(flags);
    return flags;
  }
  std::uint8_t flags = 0;
  ar(flags);
  return flags;
}

template <class Enum>
void save_enum(OutArchive& ar, Enum value) {
  ar(static_cast<std::uint8_t>(value));
}

template <class Enum>
Enum load_enum(InArchive& ar, Enum last) {
  std::uint8_t byte = 0;
  ar(byte);
  if (byte > static_cast<std::uint8_t>(last)) {
    refuse(ar);
    return Enum{};  // never a value out of the enum's range, even in a record being refused
  }
  return static_cast<Enum>(byte);
}

void save_dosage(OutArchive& ar, const Dosage& d) {
  save_enum(ar, d.kind);
  ar(static_cast<std::int32_t>(d.hold_s), static_cast<std::int32_t>(d.reps),
     static_cast<std::int32_t>(d.rep_ms));
  save_flag(ar, d.per_side);
  ar(static_cast<std::int32_t>(d.rounds), static_cast<std::int32_t>(d.rest_s));
}

void load_dosage(InArchive& ar, Dosage& d) {
  d.kind = load_enum(ar, DoseKind::Reps);
  std::int32_t hold_s = 0, reps = 0, rep_ms = 0, rounds = 0, rest_s = 0;
  ar(hold_s, reps, rep_ms);
  d.per_side = load_flag(ar);
  ar(rounds, rest_s);
  d.hold_s = hold_s;
  d.reps = reps;
  d.rep_ms = rep_ms;
  d.rounds = rounds;
  d.rest_s = rest_s;
}

void save_position_result(OutArchive& ar, const std::optional<PositionResult>& result) {
  save_flag(ar, result.has_value());
  const PositionResult r = result.value_or(PositionResult{});
  for (int rating : r.ratings) ar(static_cast<std::int8_t>(rating));
  save_enum(ar, r.verdict);
  save_flag(ar, r.worse);
  ar(r.finished_at_ms);
}

std::optional<PositionResult> load_position_result(InArchive& ar) {
  const bool present = load_flag(ar);
  PositionResult r;
  for (int& rating : r.ratings) {
    std::int8_t value = 0;
    ar(value);
    rating = value;
  }
  r.verdict = load_enum(ar, PositionVerdict::Neither);
  r.worse = load_flag(ar);
  ar(r.finished_at_ms);
  if (!present) {
    if (!(r.ratings == PositionResult{}.ratings) || r.verdict != PositionResult{}.verdict || r.worse ||
        r.finished_at_ms != 0) {
      refuse(ar);
    }
    return std::nullopt;
  }
  return r;
}

void save_daily_plan(OutArchive& ar, const DailyPlan& plan) {
  ar(plan.items);
  save_enum(ar, plan.routine);
  for (PlanTime time : plan.times) save_enum(ar, time);
}

DailyPlan load_daily_plan(InArchive& ar) {
  DailyPlan plan;
  ar(plan.items);
  plan.routine = load_enum(ar, RoutineKind::Program);  // validation narrows it to full or short
  for (PlanTime& time : plan.times) time = load_enum(ar, PlanTime::Bedtime);
  return plan;
}

void save_breaks(OutArchive& ar, const BreakSettings& b) {
  save_flag(ar, b.on);
  ar(static_cast<std::int16_t>(b.interval_min), static_cast<std::int16_t>(b.quiet_from_min),
     static_cast<std::int16_t>(b.quiet_to_min));
}

BreakSettings load_breaks(InArchive& ar) {
  BreakSettings b;
  b.on = load_flag(ar);
  std::int16_t interval = 0, from = 0, to = 0;
  ar(interval, from, to);
  b.interval_min = interval;
  b.quiet_from_min = from;
  b.quiet_to_min = to;
  return b;
}

void save_psfs(OutArchive& ar, const PsfsScores& scores) {
  ar(scores[0], scores[1], scores[2]);
}
void load_psfs(InArchive& ar, PsfsScores& scores) {
  ar(scores[0], scores[1], scores[2]);
}

void save_program(OutArchive& ar, const std::optional<Program>& program) {
  save_flag(ar, program.has_value());
  if (!program) return;
  ar(program->start_day, static_cast<std::int8_t>(program->baseline_pain));
  save_psfs(ar, program->baseline_psfs);
  ar(static_cast<std::int8_t>(program->level), static_cast<std::uint8_t>(program->reviews.size()));
  for (const WeekReview& r : program->reviews) {
    ar(r.day, static_cast<std::int8_t>(r.pain));
    save_psfs(ar, r.psfs);
    save_enum(ar, r.feel);
    ar(r.red_flags, static_cast<std::int16_t>(r.sessions));
    save_enum(ar, r.outcome);
  }
  ar(program->cautions);  // version 4 from here
  for (const WeekReview& r : program->reviews) ar(static_cast<std::int16_t>(r.average_tenths));
  save_flag(ar, program->resumed_day.has_value());
  ar(program->resumed_day.value_or(0));
}

std::optional<Program> load_program(InArchive& ar, std::uint32_t version) {
  if (!load_flag(ar)) return std::nullopt;
  Program program;
  std::int8_t pain = 0, level = 0;
  std::uint8_t reviews = 0;
  ar(program.start_day, pain);
  load_psfs(ar, program.baseline_psfs);
  ar(level, reviews);
  if (reviews > kProgramWeeks) {  // before allocating
    refuse(ar);
    return std::nullopt;
  }
  program.baseline_pain = pain;
  program.level = level;
  program.reviews.resize(reviews);
  for (WeekReview& r : program.reviews) {
    std::int8_t week_pain = 0;
    std::int16_t sessions = 0;
    ar(r.day, week_pain);
    load_psfs(ar, r.psfs);
    r.feel = load_enum(ar, WeekFeel::Harder);
    r.red_flags = load_red_flags(ar, version >= 4);
    ar(sessions);
    r.outcome = load_enum(ar, version >= 4 ? WeekOutcome::SeeClinician : WeekOutcome::Stopped);
    r.pain = week_pain;
    r.average_tenths = week_pain * 10;  // version 3 judged one rating; version 4 reads its average below
    r.sessions = sessions;
  }
  if (version >= 4) {  // version 3 programs had no screening cautions and were never paused
    ar(program.cautions);
    for (WeekReview& r : program.reviews) {
      std::int16_t tenths = 0;
      ar(tenths);
      r.average_tenths = tenths;
    }
    const bool resumed = load_flag(ar);
    std::int32_t resumed_day = 0;
    ar(resumed_day);
    if (!resumed && resumed_day != 0) refuse(ar);
    if (resumed) program.resumed_day = resumed_day;
  }
  return program;
}

// Each kind's newest version. A later version adds a branch in its load function and keeps
// reading the older ones (the golden fixtures in tests/fixtures hold it to that).
void check_version(InArchive& ar, std::uint32_t version, std::uint32_t newest = 1) {
  if (version < 1 || version > newest) refuse(ar);
}

}  // namespace

// cereal finds these by argument-dependent lookup; CEREAL_CLASS_VERSION below makes it write
// each type's version ahead of its fields.
void save(OutArchive& ar, const CheckIn& e, std::uint32_t /*version*/) {
  save_text(ar, e.id);
  ar(e.at_ms, e.utc_offset_min, e.day, static_cast<std::int8_t>(e.pain), e.spots);
  save_flag(ar, e.feel.has_value());
  save_enum(ar, e.feel.value_or(PainFeel::Sharp));
  save_flag(ar, e.radiates);
  save_small(ar, e.stiffness);
  ar(e.limits, e.causes, e.self_care, e.red_flags, e.psfs[0], e.psfs[1], e.psfs[2]);
  save_text(ar, e.note);
  save_optional_flag(ar, e.rise_settled);  // version 2
}

void load(InArchive& ar, CheckIn& e, std::uint32_t version) {
  check_version(ar, version, 2);
  load_text(ar, e.id, kMaxIdBytes);
  std::int8_t pain = 0;
  ar(e.at_ms, e.utc_offset_min, e.day, pain, e.spots);
  e.pain = pain;
  const bool has_feel = load_flag(ar);
  const PainFeel feel = load_enum(ar, PainFeel::DullAche);
  if (!has_feel && feel != PainFeel::Sharp) refuse(ar);
  if (has_feel) e.feel = feel;
  e.radiates = load_flag(ar);
  e.stiffness = load_small(ar);
  ar(e.limits, e.causes, e.self_care);
  e.red_flags = load_red_flags(ar, version >= 2);
  ar(e.psfs[0], e.psfs[1], e.psfs[2]);
  load_text(ar, e.note, kMaxNoteBytes);
  if (version >= 2) e.rise_settled = load_optional_flag(ar);  // version 1 never asked
}

void save(OutArchive& ar, const SessionRecord& s, std::uint32_t /*version*/) {
  save_text(ar, s.id);
  ar(s.at_ms, s.utc_offset_min, s.day);
  save_enum(ar, s.kind);
  save_enum(ar, s.routine);
  ar(s.active_ms, static_cast<std::int32_t>(s.done), static_cast<std::int32_t>(s.total));
  save_flag(ar, s.ended_early);
  save_small(ar, s.pain_before);
  save_small(ar, s.pain_after);
  ar(s.plan_items);  // version 2
}

void load(InArchive& ar, SessionRecord& s, std::uint32_t version) {
  check_version(ar, version, 2);
  load_text(ar, s.id, kMaxIdBytes);
  ar(s.at_ms, s.utc_offset_min, s.day);
  s.kind = load_enum(ar, version >= 2 ? SessionKind::Plan : SessionKind::PositionTest);
  s.routine = load_enum(ar, version >= 2 ? RoutineKind::Program : RoutineKind::Custom);
  std::int32_t done = 0, total = 0;
  ar(s.active_ms, done, total);
  s.done = done;
  s.total = total;
  s.ended_early = load_flag(ar);
  s.pain_before = load_small(ar);
  s.pain_after = load_small(ar);
  if (version >= 2) ar(s.plan_items);  // version 1 had no plans
}

void save(OutArchive& ar, const Preferences& p, std::uint32_t /*version*/) {
  save_enum(ar, p.locale);
  save_flag(ar, p.settings.sound);
  save_flag(ar, p.settings.vibration);
  save_flag(ar, p.settings.reduce_motion);
  save_enum(ar, p.settings.text_size);
  save_flag(ar, p.settings.high_contrast);
  ar(static_cast<std::uint8_t>(p.custom_plan.size()));
  for (const RoutineItem& item : p.custom_plan) {
    save_enum(ar, item.exercise);
    save_dosage(ar, item.dosage);
  }
  const BreathPattern& b = p.breath.pattern;
  ar(static_cast<std::int32_t>(b.inhale_ms), static_cast<std::int32_t>(b.hold_in_ms),
     static_cast<std::int32_t>(b.exhale_ms), static_cast<std::int32_t>(b.hold_out_ms), p.breath.length_ms);
  save_position_result(ar, p.position_result);
  for (const std::string& name : p.psfs_activities) save_text(ar, name);
  save_flag(ar, p.settings.share_with_host);  // version 2
  save_daily_plan(ar, p.daily_plan);          // version 3 from here
  save_breaks(ar, p.breaks);
  save_program(ar, p.program);
  save_flag(ar, p.psfs_renamed.has_value());  // version 4
  ar(p.psfs_renamed.value_or(PsfsNaming{}).at_ms, p.psfs_renamed.value_or(PsfsNaming{}).day);
  save_flag(ar, p.settings.voice.on);  // version 5
  save_flag(ar, p.settings.voice.breaths);
  save_enum(ar, p.settings.voice.rate);
  save_text(ar, p.settings.voice.voice);
}

void load(InArchive& ar, Preferences& p, std::uint32_t version) {
  check_version(ar, version, 5);
  p.locale = load_enum(ar, static_cast<Locale>(kLocaleCount - 1));  // the last locale in i18n/LINGUAS
  p.settings.sound = load_flag(ar);
  p.settings.vibration = load_flag(ar);
  p.settings.reduce_motion = load_flag(ar);
  p.settings.text_size = load_enum(ar, TextSize::Largest);
  p.settings.high_contrast = load_flag(ar);
  std::uint8_t items = 0;
  ar(items);
  if (items > kMaxRoutineItems) return refuse(ar);  // before allocating
  p.custom_plan.assign(items, RoutineItem{});
  for (RoutineItem& item : p.custom_plan) {
    item.exercise = load_enum(ar, static_cast<ExerciseId>(kExerciseCount - 1));
    load_dosage(ar, item.dosage);
  }
  std::int32_t inhale = 0, hold_in = 0, exhale = 0, hold_out = 0;
  ar(inhale, hold_in, exhale, hold_out, p.breath.length_ms);
  p.breath.pattern = BreathPattern{inhale, hold_in, exhale, hold_out};
  p.position_result = load_position_result(ar);
  for (std::string& name : p.psfs_activities) load_text(ar, name, kMaxActivityBytes);
  if (version >= 2) p.settings.share_with_host = load_flag(ar);  // version 1 never shared
  if (version >= 3) {  // earlier versions keep the default plan, breaks off, no program
    p.daily_plan = load_daily_plan(ar);
    p.breaks = load_breaks(ar);
    p.program = load_program(ar, version);
  }
  if (version >= 4) {  // earlier versions never kept a rename
    const bool renamed = load_flag(ar);
    PsfsNaming naming;
    ar(naming.at_ms, naming.day);
    if (!renamed && !(naming == PsfsNaming{})) refuse(ar);
    if (renamed) p.psfs_renamed = naming;
  }
  if (version >= 5) {  // earlier versions had no voice coach: it stays off
    p.settings.voice.on = load_flag(ar);
    p.settings.voice.breaths = load_flag(ar);
    p.settings.voice.rate = load_enum(ar, VoiceRate::Slower);
    load_text(ar, p.settings.voice.voice, kMaxVoiceIdBytes);
  }
}

}  // namespace unknot

CEREAL_CLASS_VERSION(unknot::CheckIn, 2)  // 2 widened the warning signs to 16 bits and added rise_settled
CEREAL_CLASS_VERSION(unknot::SessionRecord, 2)  // 2 added plan records (kind, items) and program routines
// 2 added share_with_host; 3 the plan, breaks, program; 4 the tiered warning signs in reviews,
// the program's screening cautions, its new outcomes and its resume day; 5 the voice coach
CEREAL_CLASS_VERSION(unknot::Preferences, 5)

namespace unknot {
namespace {

template <class T>
std::string encode(BlobKind kind, const T& value) {
  std::string payload;
  OutArchive archive(payload);
  archive(value);
  return seal(kind, payload);
}

template <class T, class Validate>
Decoded<T> decode(std::string_view blob, BlobKind kind, Validate validate) {
  Decoded<T> decoded;
  const Opened opened = open_envelope(blob, kind);
  if (opened.error != EnvelopeError::None) {
    decoded.envelope = opened.error;
    decoded.error = std::string(envelope_error_text(opened.error));
    return decoded;
  }
  // The payload is read in place (no copy per record: ten years of entries load at start). It
  // starts with the byte-order mark, always little-endian (1), and the archive accepts only
  // that, so every record has exactly one encoding.
  T value{};
  InArchive archive(opened.payload);
  archive(value);
  if (archive.failed() || !archive.at_end()) {
    decoded.error = "the record is malformed";
    return decoded;
  }
  const auto valid = validate(value);
  if (!valid) {
    decoded.error = "the record is invalid: " + valid.error();
    return decoded;
  }
  decoded.value = std::move(value);
  return decoded;
}

}  // namespace

std::string encode_record(const CheckIn& entry) {
  return encode(BlobKind::CheckIn, entry);
}
std::string encode_record(const SessionRecord& session) {
  return encode(BlobKind::Session, session);
}
std::string encode_record(const Preferences& prefs) {
  return encode(BlobKind::Preferences, prefs);
}

Decoded<CheckIn> decode_checkin(std::string_view blob) {
  return decode<CheckIn>(blob, BlobKind::CheckIn, validate_checkin);
}
Decoded<SessionRecord> decode_session(std::string_view blob) {
  return decode<SessionRecord>(blob, BlobKind::Session, validate_session);
}
Decoded<Preferences> decode_preferences(std::string_view blob) {
  return decode<Preferences>(blob, BlobKind::Preferences, validate_preferences);
}

}  // namespace unknot
