// A person drawn with lines and circles, posed by a handful of joints: the exercise
// illustrations. Coordinates are in body heights (a standing person is about 1 tall), x to the
// right and y up from the floor; `near` limbs are in front, `far` ones behind and paler.
#pragma once
#include <imgui.h>

namespace unknot::ui {

struct Pose {
  ImVec2 head;
  ImVec2 neck;                         // the top of the spine, between the shoulders
  ImVec2 spine;                        // the middle of the back: pulled up or down to round or arch it
  ImVec2 pelvis;                       // the bottom of the spine, between the hips
  ImVec2 near_shoulder, far_shoulder;  // equal to `neck` in a side view
  ImVec2 near_hip, far_hip;            // equal to `pelvis` in a side view
  ImVec2 near_elbow, near_hand, far_elbow, far_hand;
  ImVec2 near_knee, near_foot, far_knee, far_foot;
  float facing = 1.0f;  // where the face points: 1 right, -1 left, 0 towards the viewer, -2 up (lying)
  float belly = 0.0f;   // 0..1: how far the belly rises with the breath (breathing drawings)
};

Pose mix(const Pose& a, const Pose& b, float t);

enum class Floor {
  Mat,     // side view: a mat under the figure
  Ground,  // front view: a soft shadow under the feet
};

struct FigureColors {
  ImU32 body;
  ImU32 far_limbs;
  ImU32 floor;
};

// Draws `pose` with its floor point (0, 0) at `origin` (screen pixels), `scale` pixels per body
// height.
void draw_figure(ImDrawList* draw, const Pose& pose, ImVec2 origin, float scale, Floor floor,
                 const FigureColors& colors);

}  // namespace unknot::ui
