// libFuzzer target: decoding a stored record (the envelope, then cereal), for every record kind.
// Any input must come back as a value or an error, never a crash, a leak or an allocation over
// the cap; a value that comes back must be valid and re-encode to the same bytes (a record of an
// older schema re-encodes in the current one, which must then read back as itself).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/envelope.h"
#include "core/record_codec.h"

namespace {

template <class Decoded, class Validate, class Decode>
void check(const Decoded& decoded, std::string_view blob, Validate validate, Decode decode) {
  if (decoded.value.has_value() == !decoded.error.empty()) std::abort();  // exactly one of the two
  if (!decoded.value) return;
  if (!validate(*decoded.value)) std::abort();
  const std::string again = unknot::encode_record(*decoded.value);
  if (static_cast<unsigned char>(blob[4]) == unknot::kSchemaVersion) {
    if (again != blob) std::abort();
  } else {  // migrated: the current schema's bytes are a fixed point
    const auto reread = decode(again);
    if (!reread.value || unknot::encode_record(*reread.value) != again) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view blob(reinterpret_cast<const char*>(data), size);
  // Every decoder sees every input: each must refuse the others' kinds cleanly.
  check(unknot::decode_checkin(blob), blob, unknot::validate_checkin, unknot::decode_checkin);
  check(unknot::decode_session(blob), blob, unknot::validate_session, unknot::decode_session);
  check(unknot::decode_preferences(blob), blob, unknot::validate_preferences, unknot::decode_preferences);
  return 0;
}
