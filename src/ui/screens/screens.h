// One function per screen: each draws from const state and emits actions through the context.
#pragma once
#include <string>
#include <string_view>

#include "core/flow/app_state.h"
#include "ui/widgets/ui_context.h"

namespace unknot::ui {

// Where a screen may draw: the centred content column inside the window.
struct Column {
  float x;
  float width;
  float top;
};
Column content_column();

void draw_home(const AppState& state, UiContext& ui);
void draw_settings(const AppState& state, UiContext& ui);
void draw_routine(const AppState& state, UiContext& ui);
void draw_player(const AppState& state, UiContext& ui);
void draw_customise(const AppState& state, UiContext& ui);
void draw_breathe(const AppState& state, UiContext& ui);
void draw_position_test(const AppState& state, UiContext& ui);
void draw_care(const AppState& state, UiContext& ui);
void draw_checkin(const AppState& state, UiContext& ui);
void draw_data(const AppState& state, UiContext& ui);
void draw_progress(const AppState& state, UiContext& ui);
void draw_learn(const AppState& state, UiContext& ui);
void draw_plan(const AppState& state, UiContext& ui);
void draw_program(const AppState& state, UiContext& ui);
void draw_review(const AppState& state, UiContext& ui);
// Home's "Today" card: the day's plan and the program's week. Returns the y below.
float today_plan_card(const AppState& state, UiContext& ui, const Column& column, float y);
// A plan item's words (the routine's say which routine), and its time of day's.
std::string plan_item_label(const AppState& state, UiContext& ui, PlanItem item);
Str plan_time_words(PlanTime time);
// A section that is not built yet: its title, what it will do, and a way back.

// The screen's title block under the Back bar: icon, title, one-line purpose. Returns the y below.
float section_header(UiContext& ui, Screen section, const Column& column, float y);
// The top of every section: the Back bar, then the section's header. Returns the y below.
float section_top(UiContext& ui, Screen section, const Column& column);
// The warm banner that opens "Get care now" (on home and atop Learn), as item `id`. Returns the y below.
float care_banner(UiContext& ui, const Column& column, float y, std::string_view id);
// The warning-sign questions of a check-in, a weekly review or the screening: the signs of
// `offered` as checkbox chips under their tier's heading, most urgent first. Returns the mask
// after this frame's press.
std::uint16_t tiered_sign_chips(UiContext& ui, std::string_view id, std::uint16_t mask, std::uint16_t offered,
                                const Column& column, float& y);
// Ends a page at y, leaving room below the last item when scrolled.
void end_page(const Column& column, float y);
// A card saying this part is still on its way. Returns the y below.

}  // namespace unknot::ui
