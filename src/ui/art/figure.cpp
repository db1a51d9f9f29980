#include "ui/art/figure.h"

#include <cmath>

namespace unknot::ui {
namespace {

ImVec2 lerp2(ImVec2 a, ImVec2 b, float t) {
  return ImVec2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
}

struct Canvas {
  ImDrawList* draw;
  ImVec2 origin;
  float scale;
  ImVec2 at(ImVec2 p) const { return ImVec2(origin.x + p.x * scale, origin.y - p.y * scale); }
  float px(float body_units) const { return body_units * scale; }

  void limb(ImVec2 from, ImVec2 mid, ImVec2 to, ImU32 color, float width) const {
    const ImVec2 points[] = {at(from), at(mid), at(to)};
    draw->AddPolyline(points, 3, color, 0, px(width));
    for (const ImVec2& p : points) draw->AddCircleFilled(p, px(width) * 0.5f, color);  // round joints
  }
};

}  // namespace

Pose mix(const Pose& a, const Pose& b, float t) {
  Pose p;
  p.head = lerp2(a.head, b.head, t);
  p.neck = lerp2(a.neck, b.neck, t);
  p.spine = lerp2(a.spine, b.spine, t);
  p.pelvis = lerp2(a.pelvis, b.pelvis, t);
  p.near_shoulder = lerp2(a.near_shoulder, b.near_shoulder, t);
  p.far_shoulder = lerp2(a.far_shoulder, b.far_shoulder, t);
  p.near_hip = lerp2(a.near_hip, b.near_hip, t);
  p.far_hip = lerp2(a.far_hip, b.far_hip, t);
  p.near_elbow = lerp2(a.near_elbow, b.near_elbow, t);
  p.near_hand = lerp2(a.near_hand, b.near_hand, t);
  p.far_elbow = lerp2(a.far_elbow, b.far_elbow, t);
  p.far_hand = lerp2(a.far_hand, b.far_hand, t);
  p.near_knee = lerp2(a.near_knee, b.near_knee, t);
  p.near_foot = lerp2(a.near_foot, b.near_foot, t);
  p.far_knee = lerp2(a.far_knee, b.far_knee, t);
  p.far_foot = lerp2(a.far_foot, b.far_foot, t);
  p.facing = a.facing + (b.facing - a.facing) * t;
  p.belly = a.belly + (b.belly - a.belly) * t;
  return p;
}

void draw_figure(ImDrawList* draw, const Pose& pose, ImVec2 origin, float scale, Floor floor,
                 const FigureColors& colors) {
  const Canvas c{draw, origin, scale};
  constexpr float kLimb = 0.05f, kTorso = 0.085f, kHead = 0.07f;

  switch (floor) {
    case Floor::Mat:
      draw->AddRectFilled(c.at(ImVec2(-0.78f, 0.0f)), c.at(ImVec2(0.78f, -0.035f)), colors.floor,
                          c.px(0.02f));
      break;
    case Floor::Ground:
      draw->AddEllipseFilled(c.at(ImVec2(0, -0.005f)), c.px(0.3f), c.px(0.03f), colors.floor);
      break;
  }

  // Far limbs first, so the body and the near limbs overlap them.
  c.limb(pose.far_hip, pose.far_knee, pose.far_foot, colors.far_limbs, kLimb);
  c.limb(pose.far_shoulder, pose.far_elbow, pose.far_hand, colors.far_limbs, kLimb);

  // The torso: a smooth curve from pelvis to neck through the spine point.
  const ImVec2 control = ImVec2(2 * pose.spine.x - 0.5f * (pose.pelvis.x + pose.neck.x),
                                2 * pose.spine.y - 0.5f * (pose.pelvis.y + pose.neck.y));
  draw->AddBezierQuadratic(c.at(pose.pelvis), c.at(control), c.at(pose.neck), colors.body, c.px(kTorso), 24);
  draw->AddCircleFilled(c.at(pose.pelvis), c.px(kTorso) * 0.5f, colors.body);
  draw->AddCircleFilled(c.at(pose.neck), c.px(kTorso) * 0.5f, colors.body);
  if (pose.belly > 0.0f) {
    draw->AddCircleFilled(c.at(pose.spine), c.px(0.035f + 0.035f * pose.belly), colors.body);
  }
  const auto shoulder_line = [&](ImVec2 a, ImVec2 b) {
    if (std::fabs(a.x - b.x) + std::fabs(a.y - b.y) > 0.01f)
      draw->AddLine(c.at(a), c.at(b), colors.body, c.px(kTorso * 0.8f));
  };
  shoulder_line(pose.near_shoulder, pose.far_shoulder);
  shoulder_line(pose.near_hip, pose.far_hip);

  // Neck and head, with a small nose that shows which way the face points.
  draw->AddLine(c.at(pose.neck), c.at(pose.head), colors.body, c.px(kLimb));
  draw->AddCircleFilled(c.at(pose.head), c.px(kHead), colors.body, 32);
  if (pose.facing > -1.5f && std::fabs(pose.facing) > 0.05f) {
    const ImVec2 nose = ImVec2(pose.head.x + pose.facing * kHead * 0.95f, pose.head.y - kHead * 0.1f);
    draw->AddCircleFilled(c.at(nose), c.px(kHead * 0.32f), colors.body);
  }

  c.limb(pose.near_hip, pose.near_knee, pose.near_foot, colors.body, kLimb);
  c.limb(pose.near_shoulder, pose.near_elbow, pose.near_hand, colors.body, kLimb);
}

}  // namespace unknot::ui
