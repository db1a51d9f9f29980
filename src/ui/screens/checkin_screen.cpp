// Check-in: a pain rating in three taps (open, choose a number, save), with every other question
// one tap away under "Add details". After saving, the screen says plainly whether the entry is
// stored yet, kept only for this window, or waiting to be retried.
#include <algorithm>
#include <string>

#include "core/journal/journal_actions.h"
#include "core/journal/journal_words.h"
#include "core/learn/learn_content.h"
#include "core/progress/pain_rise.h"
#include "core/support/dates.h"
#include "ui/art/body_map.h"
#include "ui/screens/screens.h"
#include "ui/screens/storage_status.h"
#include "ui/widgets/chips.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/notice.h"
#include "ui/widgets/pain_scale.h"
#include "ui/widgets/text_box.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr float kButtonH = 54.0f;

float heading(UiContext& ui, std::string_view text, const Column& column, float y) {
  return y +
         draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), palette().text, text, column.width,
                   TextRole::Heading2) +
         10;
}

float question(UiContext& ui, Str text, const Column& column, float y, ImU32 color = palette().text) {
  return y + 22 +
         draw_text(ui, ui.fonts.bold, ImVec2(column.x, y + 22), color, ui.t(text), column.width,
                   TextRole::Heading3) +
         10;
}

// One of several answers, or none: pressing the chosen one again clears it.
template <class T>
void single_choice(UiContext& ui, std::string_view id, WordList words, std::optional<T>& value,
                   const Column& column, float& y) {
  std::vector<Chip> chips;
  for (const JournalWord& word : words) {
    chips.push_back(Chip{ui.t(word.word), value && static_cast<std::uint16_t>(*value) == word.value});
  }
  if (const auto pressed = chip_flow(ui, id, chips, "radio", column, y)) {
    const T chosen = static_cast<T>((words.begin() + *pressed)->value);
    if (value == chosen)
      value.reset();
    else
      value = chosen;
  }
}

void yes_no(UiContext& ui, std::string_view id, bool& value, const Column& column, float& y) {
  const std::vector<Chip> chips{{ui.t(Str::SpreadsYes), value}, {ui.t(Str::SpreadsNo), !value}};
  if (const auto pressed = chip_flow(ui, id, chips, "radio", column, y)) value = *pressed == 0;
}

float psfs_block(const AppState& state, UiContext& ui, CheckInDraft& draft, const Column& column, float y) {
  const Palette& p = palette();
  y = question(ui, Str::CheckinPsfs, column, y);
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), p.text_muted, ui.t(Str::CheckinPsfsHint),
                 column.width) +
       10;
  const bool named = std::any_of(state.psfs_activities.begin(), state.psfs_activities.end(),
                                 [](const std::string& name) { return !name.empty(); });
  if (!named || draft.editing_activities) {
    for (std::size_t i = 0; i < kPsfsActivities; ++i) {
      text_box(ui, "checkin.psfs.name." + std::to_string(i),
               fill(ui.t(Str::CheckinPsfsName), {std::to_string(i + 1)}), draft.activity_names[i],
               kMaxActivityBytes, false, ImVec2(column.x, y), ImVec2(column.width, 48));
      y += 48 + 8;
    }
    const std::string_view save = ui.t(Str::CheckinPsfsSave);
    const auto saved = sized_button(ui, "checkin.psfs.save", save, ImVec2(column.x, y + 4),
                                    fitted_width(ui, save, column.width), 48, ButtonStyle::Secondary);
    if (saved.pressed) {
      ui.emit(SetPsfsActivities{draft.activity_names});
      draft.editing_activities = false;
    }
    return y + 4 + saved.height;
  }
  for (std::size_t i = 0; i < kPsfsActivities; ++i) {
    if (state.psfs_activities[i].empty()) continue;
    y += 8 +
         draw_text(ui, ui.fonts.bold, ImVec2(column.x, y + 8), p.text, state.psfs_activities[i],
                   column.width) +
         6;
    std::int8_t& score = draft.answers.psfs[i];
    const std::optional<int> selected = score == kNoScore ? std::nullopt : std::optional<int>(score);
    if (const auto pressed =
            pain_scale(ui, "checkin.psfs." + std::to_string(i), selected, column, y, Str::PsfsAnchors)) {
      score = static_cast<std::int8_t>(selected == *pressed ? kNoScore : *pressed);
    }
  }
  const std::string_view edit = ui.t(Str::CheckinPsfsEdit);
  const auto edited = sized_button(ui, "checkin.psfs.edit", edit, ImVec2(column.x, y + 4),
                                   fitted_width(ui, edit, column.width), 46, ButtonStyle::Quiet);
  if (edited.pressed) {
    draft.activity_names = state.psfs_activities;
    draft.editing_activities = true;
  }
  return y + 4 + edited.height;
}

float details(const AppState& state, UiContext& ui, CheckInDraft& draft, const Column& column, float y) {
  const Palette& p = palette();
  CheckIn& a = draft.answers;
  y = question(ui, Str::CheckinWhere, column, y);
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), p.text_muted, ui.t(Str::CheckinMapHint),
                 column.width) +
       10;
  a.spots = body_map(ui, a.spots, column, y);
  a.spots = static_cast<std::uint8_t>(mask_chips(ui, "checkin.spots", kSpotWords, a.spots, column, y));

  y = question(ui, Str::CheckinFeel, column, y);
  single_choice(ui, "checkin.feel", kFeelWords, a.feel, column, y);
  y = question(ui, Str::CheckinRadiates, column, y);
  yes_no(ui, "checkin.radiates", a.radiates, column, y);

  y = question(ui, Str::CheckinStiffness, column, y);
  if (const auto pressed =
          pain_scale(ui, "checkin.stiffness", draft.stiffness, column, y, Str::StiffnessAnchors)) {
    if (draft.stiffness == *pressed)
      draft.stiffness.reset();
    else
      draft.stiffness = *pressed;
  }
  y = question(ui, Str::CheckinLimits, column, y);
  a.limits = static_cast<std::uint8_t>(mask_chips(ui, "checkin.limits", kActivityWords, a.limits, column, y));
  y = question(ui, Str::CheckinCauses, column, y);
  a.causes = static_cast<std::uint8_t>(mask_chips(ui, "checkin.causes", kCauseWords, a.causes, column, y));
  y = question(ui, Str::CheckinSelfCare, column, y);
  a.self_care = mask_chips(ui, "checkin.selfcare", kSelfCareWords, a.self_care, column, y);

  y = question(ui, Str::CheckinFlags, column, y,
               section_colors(Screen::CareNow).ink);  // warning signs stand out
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), p.text_muted, ui.t(Str::CheckinFlagsHint),
                 column.width) +
       10;
  a.red_flags = tiered_sign_chips(ui, "checkin.flags", a.red_flags, kAskedFlags, column, y);

  y = psfs_block(state, ui, draft, column, y);

  y = question(ui, Str::CheckinNote, column, y);
  text_box(ui, "checkin.note", ui.t(Str::CheckinNote), draft.note, kMaxNoteBytes, true, ImVec2(column.x, y),
           ImVec2(column.width, 120));
  y += 120;
  y += 4 + draw_text(ui, ui.fonts.small, ImVec2(column.x, y + 4), p.text_muted,
                     fill(ui.t(Str::CheckinNoteLeft), {std::to_string(kMaxNoteBytes - draft.note.size())}),
                     column.width);
  return y + 16;
}

// Shown under the pain scale, and again at the end of the details, with its own id there.
// `name` is what a screen reader hears: the form has a Save at the top and one after the
// details, and a reader must tell them apart (both show "Save check-in").
float save_button(UiContext& ui, std::string_view id, Str name, CheckInDraft& draft, const Column& column,
                  float y) {
  const float w = std::min(column.width, 420.0f);
  if (!draft.pain) {
    return y +
           draw_text(ui, ui.fonts.small, ImVec2(column.x, y), palette().text_muted,
                     ui.t(Str::CheckinPickPain), w) +
           8;
  }
  const auto placed = sized_button(ui, id, ui.t(Str::CheckinSave), ImVec2(column.x, y), w, kButtonH);
  ui.widgets.relabel_last(std::string(ui.t(name)));
  if (placed.pressed) {
    CheckIn entry = draft.answers;
    entry.pain = *draft.pain;
    entry.stiffness = draft.stiffness;
    entry.note = draft.note;
    ui.emit(SaveCheckIn{entry});
    draft = CheckInDraft{};  // the next visit starts afresh; the saved entry is in the journal now
  }
  return y + placed.height + 12;
}

// The day after a routine that raised pain by 2 or more: has it settled? Kept with this check-in.
// "Not yet" brings the easing-off advice and the way to care at once, before anything else.
float rise_question(const AppState& state, UiContext& ui, CheckInDraft& draft, const Column& column,
                    float y) {
  const SessionRecord* rise = rise_to_ask_about(state.journal, local_day(ui.now_ms, ui.utc_offset_min));
  if (rise == nullptr) return y;
  const std::string asked = fill(ui.t(Str::CheckinRiseQuestion),
                                 {std::to_string(*rise->pain_before), std::to_string(*rise->pain_after)});
  y = heading(ui, asked, column, y);
  std::optional<bool>& settled = draft.answers.rise_settled;
  const std::vector<Chip> chips{{ui.t(Str::RiseSettledYes), settled == true},
                                {ui.t(Str::RiseSettledNo), settled == false}};
  if (const auto pressed = chip_flow(ui, "checkin.rise", chips, "radio", column, y)) {
    const bool chosen = *pressed == 0;
    if (settled == chosen)
      settled.reset();  // pressing the chosen answer again clears it, as the other questions do
    else
      settled = chosen;
  }
  y += 12;
  if (settled == false) {
    const NoticeDrawn drawn =
        notice_box(ui, column, y, info_look(), ui.t(Str::RiseEaseOffTitle), ui.t(Str::RiseEaseOffBody),
                   {{"checkin.flare_plan", ui.t(Str::FlarePlanOpen)},
                    {"checkin.care", ui.t(Str::CareTitle), ButtonStyle::Primary}});
    if (drawn.pressed == 0) ui.emit(ShowLearnPage{LearnPage::FlareUps});
    if (drawn.pressed == 1) ui.emit(Navigate{Screen::CareNow});
    y = drawn.bottom;
  }
  return y + 8;
}

float form(const AppState& state, UiContext& ui, const Column& column, float y) {
  CheckInDraft& draft = ui.memory.checkin;
  y = rise_question(state, ui, draft, column, y);
  y = heading(ui, ui.t(Str::RatePrompt), column, y);
  if (const auto pressed = pain_scale(ui, "checkin.pain", draft.pain, column, y)) draft.pain = *pressed;
  y = save_button(ui, "checkin.save", Str::CheckinSave, draft, column, y + 16);
  if (state.journal.checkins.empty()) {
    y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), palette().text_muted, ui.t(Str::CheckinFirst),
                   column.width) +
         8;
  }
  const std::string_view toggle = ui.t(draft.details_open ? Str::CheckinLessDetail : Str::CheckinDetails);
  const auto toggled = sized_button(ui, "checkin.details", toggle, ImVec2(column.x, y),
                                    fitted_width(ui, toggle, column.width), 48, ButtonStyle::Secondary);
  if (toggled.pressed) draft.details_open = !draft.details_open;
  ui.widgets.set_last_role("button", std::string(draft.details_open ? "expanded" : "collapsed"));
  y += toggled.height;
  if (!draft.details_open) return y;
  y = details(state, ui, draft, column, y);
  return save_button(ui, "checkin.save.end", Str::CheckinSaveEnd, draft, column, y);
}

// What happened to the entry just saved, in plain words, and where to go next.
float saved_view(const AppState& state, UiContext& ui, const CheckIn& entry, const Column& column, float y) {
  const Palette& p = palette();
  const PendingWrite* pending = state.storage.pending_for(checkin_key(entry.id));
  Str title = Str::CheckinSavedTitle;
  std::string body;
  bool failed = false;
  if (state.storage.mode == StorageMode::MemoryOnly) {
    title = Str::CheckinKeptTitle;
    body = ui.t(Str::CheckinKeptBody);
  } else if (state.storage.mode == StorageMode::Starting ||
             (pending && pending->state == WriteState::Saving)) {
    title = Str::CheckinSavingTitle;
  } else if (pending && pending->state == WriteState::Failed) {
    title = Str::CheckinFailedTitle;
    body = fill(ui.t(Str::CheckinFailedBody), {save_error_text(ui, pending->error)});
    failed = true;
  }
  const std::string when =
      short_date(ui.locale, entry.day) + ", " + clock_time(entry.at_ms, entry.utc_offset_min);
  y = heading(ui, ui.t(title), column, y);
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text,
                 fill(ui.t(Str::CheckinSummary), {std::to_string(entry.pain), when}), column.width) +
       8;
  if (!body.empty())
    y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text_muted, body, column.width) + 8;
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), p.text_muted,
                 state.journal.checkins.size() == 1
                     ? std::string(ui.t(Str::CheckinCountOne))
                     : fill(tr_plural(ui.locale, Str::CheckinCount,
                                      static_cast<long long>(state.journal.checkins.size())),
                            {std::to_string(state.journal.checkins.size())}),
                 column.width) +
       16;
  const float w = std::min(column.width, 420.0f);
  if (failed) {
    if (button(ui, "checkin.retry", ui.t(Str::RetrySave), ImVec2(column.x, y), ImVec2(w, kButtonH)))
      ui.emit(RetrySaves{});
    y += kButtonH + 12;
  }
  if (button(ui, "checkin.progress", ui.t(Str::CheckinSeeProgress), ImVec2(column.x, y), ImVec2(w, kButtonH),
             failed ? ButtonStyle::Secondary : ButtonStyle::Primary)) {
    ui.emit(Navigate{Screen::Progress});
  }
  y += kButtonH + 12;
  if (button(ui, "checkin.another", ui.t(Str::CheckinAnother), ImVec2(column.x, y), ImVec2(w, kButtonH),
             ButtonStyle::Secondary)) {
    ui.emit(Navigate{Screen::Checkin});
  }
  return y + kButtonH;
}

}  // namespace

void draw_checkin(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  float y = section_top(ui, Screen::Checkin, column);
  const CheckIn* saved = state.journal.find_checkin(state.just_saved_checkin);
  y = saved ? saved_view(state, ui, *saved, column, y) : form(state, ui, column, y);
  end_page(column, y);
}

}  // namespace unknot::ui
