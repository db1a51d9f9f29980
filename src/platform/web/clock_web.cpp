#include "platform/clock.h"

extern "C" {
int unknot_js_utc_offset_min(void);
unsigned unknot_js_random_u32(void);
}

namespace unknot::platform {

int utc_offset_minutes() {
  return unknot_js_utc_offset_min();
}
std::uint32_t random_nonce() {
  return unknot_js_random_u32();
}

}  // namespace unknot::platform
