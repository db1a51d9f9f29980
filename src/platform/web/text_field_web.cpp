#include "platform/text_field.h"

extern "C" {
void unknot_js_open_text_field(const char* id, const char* label, const char* text, int max_bytes,
                               const char* remaining, int multiline, float x, float y, float width,
                               float height);
}

namespace unknot::platform {

void open_text_field(const TextFieldSpec& f) {
  unknot_js_open_text_field(f.id.c_str(), f.label.c_str(), f.text.c_str(), f.max_bytes, f.remaining.c_str(),
                            f.multiline ? 1 : 0, f.x, f.y, f.width, f.height);
}

}  // namespace unknot::platform
