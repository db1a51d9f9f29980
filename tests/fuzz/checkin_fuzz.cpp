// libFuzzer target: decoding a stored check-in blob (the envelope, then cereal). Any input must
// come back as an entry or an error, never a crash, a leak or an allocation over the cap; an
// entry that comes back must be valid and re-encode to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/checkin_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view blob(reinterpret_cast<const char*>(data), size);
  const auto decoded = unknot::decode_checkin(blob);
  if (decoded.entry.has_value() == !decoded.error.empty()) std::abort();  // exactly one of the two
  if (decoded.entry) {
    if (!unknot::validate_checkin(*decoded.entry)) std::abort();
    if (unknot::encode_checkin(*decoded.entry) != blob) std::abort();
  }
  return 0;
}
