// Each section's title and one-line purpose, as translation keys.
#pragma once
#include "core/flow/screen.h"
#include "core/i18n/strings.h"

namespace unknot::ui {

struct SectionText {
  Str title;
  Str hint;
};

constexpr SectionText section_text(Screen section) noexcept {
  switch (section) {
    case Screen::Routine: return {Str::RoutineTitle, Str::RoutineHint};
    case Screen::Breathe: return {Str::BreatheTitle, Str::BreatheHint};
    case Screen::Position: return {Str::PositionTitle, Str::PositionHint};
    case Screen::Checkin: return {Str::CheckinTitle, Str::CheckinHint};
    case Screen::Progress: return {Str::ProgressTitle, Str::ProgressHint};
    case Screen::Learn: return {Str::LearnTitle, Str::LearnHint};
    case Screen::Settings: return {Str::SettingsTitle, Str::SettingsHint};
    case Screen::Customise: return {Str::CustomTitle, Str::CustomHint};
    case Screen::CareNow: return {Str::CareTitle, Str::CareHint};
    case Screen::Data: return {Str::DataTitle, Str::DataHint};
    case Screen::Program: return {Str::ProgramTitle, Str::ProgramHint};
    case Screen::Review: return {Str::ReviewTitle, Str::ReviewHint};
    case Screen::Plan: return {Str::PlanEditTitle, Str::PlanEditHint};
    case Screen::Home:
    case Screen::Player: break;
  }
  return {Str::AppName, Str::AppTagline};
}

}  // namespace unknot::ui
