// The journal's records to and from stored bytes: cereal, in the byte layout of its portable
// binary archive (see byte_archive.h), inside the checked envelope. A malformed record is
// refused with an error value (no exceptions); text fields and lists are capped before anything
// is allocated for them; every value has exactly one encoding, so decoding then encoding gives
// back the same bytes.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/journal/checkin.h"
#include "core/routine/session_record.h"
#include "core/settings/preferences.h"
#include "core/storage/envelope.h"

namespace unknot {

template <class T>
struct Decoded {
  std::optional<T> value;
  EnvelopeError envelope = EnvelopeError::None;  // NewerVersion: keep the record, go read-only
  std::string error;                             // empty when `value` is set
};

std::string encode_record(const CheckIn& entry);
std::string encode_record(const SessionRecord& session);
std::string encode_record(const Preferences& prefs);

Decoded<CheckIn> decode_checkin(std::string_view blob);
Decoded<SessionRecord> decode_session(std::string_view blob);
Decoded<Preferences> decode_preferences(std::string_view blob);

}  // namespace unknot
