// libFuzzer target: decoding a stored record (the envelope, then cereal), for every record kind.
// Any input must come back as a value or an error, never a crash, a leak or an allocation over
// the cap; a value that comes back must be valid, and its re-encoding (in the current schema,
// whatever versions the input carried) must read back as itself: a fixed point. That the codec
// writes exactly the bytes of each released schema is held by the golden fixtures' tests.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <type_traits>

#include "core/storage/record_codec.h"

namespace {

template <class Decoded, class Validate, class Decode>
void check(const Decoded& decoded, Validate validate, Decode decode) {
  if (decoded.value.has_value() == !decoded.error.empty()) std::abort();  // exactly one of the two
  if (!decoded.value) return;
  if (!validate(*decoded.value)) std::abort();
  const std::string again = unknot::encode_record(*decoded.value);
  const auto reread = decode(again);
  if (!reread.value || unknot::encode_record(*reread.value) != again) std::abort();
  // Nothing read is lost on the way (preferences, without an ==, are compared by their bytes).
  if constexpr (!std::is_same_v<std::decay_t<decltype(*reread.value)>, unknot::Preferences>) {
    if (!(*reread.value == *decoded.value)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view blob(reinterpret_cast<const char*>(data), size);
  // Every decoder sees every input: each must refuse the others' kinds cleanly.
  check(unknot::decode_checkin(blob), unknot::validate_checkin, unknot::decode_checkin);
  check(unknot::decode_session(blob), unknot::validate_session, unknot::decode_session);
  check(unknot::decode_preferences(blob), unknot::validate_preferences, unknot::decode_preferences);
  return 0;
}
