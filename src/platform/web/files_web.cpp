#include "platform/files.h"

extern "C" {
void unknot_js_offer_file(int kind, const char* name, const char* data, int size);
void unknot_js_pick_import_file(void);
}

namespace unknot::platform {

void offer_file(const FileOut& file) {
  unknot_js_offer_file(static_cast<int>(file.kind), file.name.c_str(), file.content.data(),
                       static_cast<int>(file.content.size()));
}

void pick_import_file() {
  unknot_js_pick_import_file();
}

}  // namespace unknot::platform
