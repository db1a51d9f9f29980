// A notice box across the column: a title, a line or two, and up to two buttons. Used for
// what the user must know before anything else on the page: entries not being kept, a new
// version waiting, the app shown inside another site.
#pragma once
#include <initializer_list>
#include <string_view>

#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"

namespace unknot::ui {

struct NoticeLook {
  ImU32 fill, border, ink;
};
NoticeLook warning_look() noexcept;  // amber: something is at risk
NoticeLook info_look() noexcept;     // teal: good to know, nothing at risk

struct NoticeDrawn {
  float bottom;      // the y below the box and its margin
  int pressed = -1;  // index of the button pressed on this frame, or -1
};

NoticeDrawn notice_box(UiContext& ui, const Column& column, float y, const NoticeLook& look,
                       std::string_view title, std::string_view body,
                       std::initializer_list<RowButton> buttons = {});

}  // namespace unknot::ui
