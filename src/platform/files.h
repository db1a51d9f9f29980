// Files in and out: handing the user an export (a download, or the printable summary opened for
// printing) and letting them choose a file to import, whose text comes back as an importData
// action through the JS API.
#pragma once
#include "core/flow/effects.h"

namespace unknot::platform {

void offer_file(const FileOut& file);
void pick_import_file();

}  // namespace unknot::platform
