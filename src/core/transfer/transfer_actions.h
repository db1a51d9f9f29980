// Export and import on dispatch's side: the user's data as files: export (JSON that re-imports exactly, CSV,
// a printable summary for a clinician) and import with a preview, so nothing is added or overwritten without
// a yes.
#pragma once
#include "core/flow/dispatch.h"

namespace unknot {

DispatchOutcome export_data(const AppState& state, const ExportData& action, const Moment& now);
DispatchOutcome preview_import_file(AppState& state, const PreviewImport& action);
DispatchOutcome confirm_import(AppState& state, const ConfirmImport& action, const Moment& now);

}  // namespace unknot
