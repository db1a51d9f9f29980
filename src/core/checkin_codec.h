// Check-ins to and from stored bytes: cereal's portable binary inside the checked envelope.
// Exceptions from cereal are caught here and never cross this boundary; text fields are
// capped before anything is allocated for them.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/checkin.h"
#include "core/envelope.h"

namespace unknot {

struct DecodedCheckIn {
  std::optional<CheckIn> entry;
  EnvelopeError envelope = EnvelopeError::None;  // NewerVersion: keep the record, go read-only
  std::string error;                             // empty when `entry` is set
};

std::string encode_checkin(const CheckIn& entry);
DecodedCheckIn decode_checkin(std::string_view blob);

}  // namespace unknot
