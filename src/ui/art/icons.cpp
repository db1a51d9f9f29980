#include "ui/art/icons.h"

#include <cmath>

namespace unknot::ui {
namespace {

constexpr float kPi = 3.14159265f;

void play(ImDrawList* d, ImVec2 c, float r, ImU32 ink) {
  d->AddTriangleFilled(c + ImVec2(-0.35f * r, -0.5f * r), c + ImVec2(-0.35f * r, 0.5f * r),
                       c + ImVec2(0.55f * r, 0), ink);
}

void ripples(ImDrawList* d, ImVec2 c, float r, ImU32 ink) {
  d->AddCircleFilled(c, 0.22f * r, ink);
  d->AddCircle(c, 0.48f * r, ink, 0, 0.11f * r);
  d->AddCircle(c, 0.74f * r, ink, 0, 0.08f * r);
}

// A person lying on the back with hips and knees at 90 degrees: the position test's first pose.
void lying_figure(ImDrawList* d, ImVec2 c, float r, ImU32 ink) {
  const float t = 0.12f * r;
  const ImVec2 hip = c + ImVec2(0.05f * r, 0.35f * r);
  d->AddLine(c + ImVec2(-0.8f * r, 0.58f * r), c + ImVec2(0.8f * r, 0.58f * r), ink, 0.07f * r);  // mat
  d->AddCircleFilled(c + ImVec2(-0.62f * r, 0.28f * r), 0.16f * r, ink);                          // head
  d->AddLine(c + ImVec2(-0.45f * r, 0.35f * r), hip, ink, t);                                     // back
  const ImVec2 knee = hip + ImVec2(0, -0.5f * r);
  d->AddLine(hip, knee, ink, t);                          // thigh, straight up
  d->AddLine(knee, knee + ImVec2(0.55f * r, 0), ink, t);  // shin, level
}

void check(ImDrawList* d, ImVec2 c, float r, ImU32 ink) {
  const ImVec2 points[] = {c + ImVec2(-0.45f * r, 0.02f * r), c + ImVec2(-0.12f * r, 0.35f * r),
                           c + ImVec2(0.48f * r, -0.32f * r)};
  d->AddPolyline(points, 3, ink, 0, 0.16f * r);
}

void trend(ImDrawList* d, ImVec2 c, float r, ImU32 ink) {
  const ImVec2 points[] = {c + ImVec2(-0.55f * r, -0.35f * r), c + ImVec2(-0.15f * r, -0.05f * r),
                           c + ImVec2(0.12f * r, -0.18f * r), c + ImVec2(0.55f * r, 0.35f * r)};
  d->AddPolyline(points, 4, ink, 0, 0.11f * r);
  for (const ImVec2& point : points) d->AddCircleFilled(point, 0.11f * r, ink);
}

void book(ImDrawList* d, ImVec2 c, float r, ImU32 ink) {
  const float w = 0.5f * r, h = 0.36f * r, t = 0.09f * r;
  const ImVec2 spine_top = c + ImVec2(0, -h), spine_bottom = c + ImVec2(0, h + 0.08f * r);
  d->AddQuad(spine_top, c + ImVec2(-w, -h - 0.1f * r), c + ImVec2(-w, h - 0.02f * r), spine_bottom, ink, t);
  d->AddQuad(spine_top, c + ImVec2(w, -h - 0.1f * r), c + ImVec2(w, h - 0.02f * r), spine_bottom, ink, t);
}

void gear(ImDrawList* d, ImVec2 c, float r, ImU32 ink) {
  constexpr int kTeeth = 8;
  for (int i = 0; i < kTeeth; ++i) {
    const float a = 2 * kPi * static_cast<float>(i) / kTeeth;
    const ImVec2 dir(std::cos(a), std::sin(a));
    d->AddLine(c + dir * (0.3f * r), c + dir * (0.62f * r), ink, 0.2f * r);
  }
  d->AddCircle(c, 0.34f * r, ink, 0, 0.2f * r);  // a ring, so the disc shows through the hub
}

// An exclamation mark: warning signs.
void alert(ImDrawList* d, ImVec2 c, float r, ImU32 ink) {
  d->AddRectFilled(c + ImVec2(-0.09f * r, -0.6f * r), c + ImVec2(0.09f * r, 0.22f * r), ink, 0.06f * r);
  d->AddCircleFilled(c + ImVec2(0, 0.45f * r), 0.11f * r, ink);
}

// A calendar page: the 12-week program.
void calendar(ImDrawList* d, ImVec2 c, float r, ImU32 ink) {
  const float t = 0.1f * r;
  d->AddRect(c + ImVec2(-0.55f * r, -0.42f * r), c + ImVec2(0.55f * r, 0.55f * r), ink, 0.12f * r, 0, t);
  d->AddRectFilled(c + ImVec2(-0.55f * r, -0.42f * r), c + ImVec2(0.55f * r, -0.14f * r), ink, 0.12f * r);
  for (float x : {-0.28f, 0.28f})
    d->AddLine(c + ImVec2(x * r, -0.62f * r), c + ImVec2(x * r, -0.32f * r), ink, t);
  for (float y : {0.08f, 0.32f}) {
    for (float x : {-0.28f, 0.0f, 0.28f}) d->AddCircleFilled(c + ImVec2(x * r, y * r), 0.07f * r, ink);
  }
}

}  // namespace

void draw_chevron(ImDrawList* draw, ImVec2 center, float half_height, ImU32 color,
                  ChevronDirection direction) {
  const float dx = (direction == ChevronDirection::Left ? 1.0f : -1.0f) * half_height * 0.6f;
  const ImVec2 points[] = {center + ImVec2(dx, -half_height), center + ImVec2(-dx, 0),
                           center + ImVec2(dx, half_height)};
  draw->AddPolyline(points, 3, color, 0, 2.5f);
}

void draw_section_icon(ImDrawList* draw, Screen section, ImVec2 center, float radius, ImU32 ink) {
  switch (section) {
    case Screen::Routine:
    case Screen::Customise: play(draw, center, radius, ink); break;
    case Screen::Breathe: ripples(draw, center, radius, ink); break;
    case Screen::Position: lying_figure(draw, center, radius, ink); break;
    case Screen::Checkin: check(draw, center, radius, ink); break;
    case Screen::Progress: trend(draw, center, radius, ink); break;
    case Screen::Learn: book(draw, center, radius, ink); break;
    case Screen::Program:
    case Screen::Review:
    case Screen::Plan: calendar(draw, center, radius, ink); break;
    case Screen::Settings:
    case Screen::Data:
    case Screen::Home:
    case Screen::Player: gear(draw, center, radius, ink); break;
    case Screen::CareNow: alert(draw, center, radius, ink); break;
  }
}

}  // namespace unknot::ui
