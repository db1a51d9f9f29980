// Why dispatch refused an action: a code a program can branch on, the words a person reads (in
// their language), and a detail in English for developers and logs ("saveCheckIn: pain must be
// a whole number from 0 to 10"). A refused action changes nothing in the state.
#pragma once
#include <cstdint>
#include <string_view>

#include "core/i18n/strings.h"

namespace unknot {

enum class RefusalCode : std::uint8_t {
  Invalid,   // the action is malformed or a value is out of range
  NotNow,    // the action doesn't apply to the app as it is (no routine to pause, no review due)
  ReadOnly,  // a newer version wrote the journal: this one must not change it
  BadFile,   // a file chosen for import can't be read as an Unknot export
  Unsaved,   // entries exist only in memory: updating now would lose them
};

// The code as the JS API names it: "invalid", "notNow", "readOnly", "badFile", "unsaved".
std::string_view refusal_code_id(RefusalCode code) noexcept;
// The translatable sentence a person reads for the code.
Str refusal_words(RefusalCode code) noexcept;

}  // namespace unknot
