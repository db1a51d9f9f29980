#include "core/flow/refusal.h"

namespace unknot {

std::string_view refusal_code_id(RefusalCode code) noexcept {
  switch (code) {
    case RefusalCode::Invalid: return "invalid";
    case RefusalCode::NotNow: return "notNow";
    case RefusalCode::ReadOnly: return "readOnly";
    case RefusalCode::BadFile: return "badFile";
    case RefusalCode::Unsaved: return "unsaved";
  }
  return "invalid";
}

Str refusal_words(RefusalCode code) noexcept {
  switch (code) {
    case RefusalCode::Invalid: return Str::RefusedInvalid;
    case RefusalCode::NotNow: return Str::RefusedNotNow;
    case RefusalCode::ReadOnly: return Str::BannerReadOnly;
    case RefusalCode::BadFile: return Str::DataImportError;
    case RefusalCode::Unsaved: return Str::UpdateExportFirst;
  }
  return Str::RefusedInvalid;
}

}  // namespace unknot
