#include "ui/screens/voice_ui.h"

#include "core/voice/voice_actions.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

void voice_coach_settings(const AppState& state, PageBuilder& page) {
  const VoiceSettings& voice = state.settings.voice;
  page.choice("settings.voice_coach", Str::VoiceCoach, voice.on, SetVoiceCoach{!voice.on}, true);
  page.paragraph(Str::VoiceCoachHint);
  if (voice.on) {
    const DeviceVoice* speaking = usable_voice(state);
    if (!state.settings.sound) {
      page.paragraph(Str::VoiceMuted);
    } else if (speaking == nullptr) {
      page.paragraph(Str::VoiceNone);
    } else {
      page.choice("settings.voice_breaths", Str::VoiceBreaths, voice.breaths, SetVoiceBreaths{!voice.breaths},
                  true);
      const bool slower = voice.rate == VoiceRate::Slower;
      page.choice("settings.voice_slower", Str::VoiceSlower, slower,
                  SetVoiceRate{slower ? VoiceRate::Normal : VoiceRate::Slower}, true);
      page.heading(Str::VoiceChoose, 6);
      const std::vector<const DeviceVoice*> offered = voices_for(state.device_voices, state.locale);
      for (std::size_t i = 0; i < offered.size(); ++i) {
        page.choice("settings.voice." + std::to_string(i), offered[i]->name, offered[i] == speaking,
                    SetVoice{offered[i]->id});
      }
      page.y += 4;
      if (page.wide_button("settings.voice_test", page.ui.t(Str::VoiceTest))) page.ui.emit(TestVoice{});
    }
  }
  // While it can't speak, the screen reader still announces every step: the hint would mislead.
  if (!voice.on || coach_speaks(state)) page.paragraph(Str::VoiceScreenReaderHint, 10);
}

bool voice_toggle(const AppState& state, UiContext& ui, ImVec2 pos) {
  const Palette& p = palette();
  const bool on = state.settings.voice.on;
  const ImVec2 size(kMinTouchTarget, kMinTouchTarget);
  const auto hit = interact(
      ui, {"player.voice", ui.t(Str::VoiceCoach), "switch", std::string(on ? "on" : "off"), size.x / 2}, pos,
      size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (hit.hovered || hit.held) draw->AddCircleFilled(pos + size * 0.5f, size.x / 2, p.surface_hover);
  // A speech bubble: filled with three lines of words when on, outlined and struck through when off.
  const ImVec2 min = pos + ImVec2(10, 12), max = pos + ImVec2(34, 29);
  const ImVec2 tail[] = {ImVec2(min.x + 5, max.y - 1), ImVec2(min.x + 12, max.y - 1),
                         ImVec2(min.x + 4, max.y + 6)};
  if (on) {
    draw->AddRectFilled(min, max, p.text, 5);
    draw->AddTriangleFilled(tail[0], tail[1], tail[2], p.text);
    for (float y : {min.y + 5.0f, min.y + 9.0f, min.y + 13.0f})
      draw->AddLine(ImVec2(min.x + 5, y), ImVec2(max.x - 5, y), p.background, 1.5f);
  } else {
    draw->AddRect(min, max, p.text, 5, 0, 2.0f);
    draw->AddLine(tail[0], tail[2], p.text, 2.0f);
    draw->AddLine(tail[2], tail[1], p.text, 2.0f);
    draw->AddLine(pos + ImVec2(9, 35), pos + ImVec2(35, 9), p.text, 2.2f);
  }
  if (hit.pressed) ui.emit(SetVoiceCoach{!on});
  return hit.pressed;
}

float voice_unavailable_note(const AppState& state, UiContext& ui, float x, float y, float width) {
  if (!state.settings.voice.on || !state.settings.sound || usable_voice(state) != nullptr) return 0;
  return draw_text(ui, ui.fonts.small, ImVec2(x, y), palette().text_muted, ui.t(Str::VoicePlayerNone), width,
                   TextRole::Status);
}

}  // namespace unknot::ui
