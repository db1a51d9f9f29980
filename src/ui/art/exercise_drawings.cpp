#include "ui/art/exercise_drawings.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr float kPi = 3.14159265f;

struct Limbs {
  ImVec2 near_elbow, near_hand, far_elbow, far_hand, near_knee, near_foot, far_knee, far_foot;
};

// A side view: shoulders at the neck, hips at the pelvis, facing right unless told otherwise.
Pose side(ImVec2 head, ImVec2 neck, ImVec2 spine, ImVec2 pelvis, const Limbs& l, float facing = 1.0f) {
  Pose p;
  p.head = head;
  p.neck = neck;
  p.spine = spine;
  p.pelvis = pelvis;
  p.near_shoulder = p.far_shoulder = neck;
  p.near_hip = p.far_hip = pelvis;
  p.near_elbow = l.near_elbow;
  p.near_hand = l.near_hand;
  p.far_elbow = l.far_elbow;
  p.far_hand = l.far_hand;
  p.near_knee = l.near_knee;
  p.near_foot = l.near_foot;
  p.far_knee = l.far_knee;
  p.far_foot = l.far_foot;
  p.facing = facing;
  return p;
}

// On hands and knees: hands under shoulders, knees under hips (cat cow, bird dog, donkey kicks).
constexpr Limbs kAllFours = {{0.15f, 0.16f},  {0.16f, 0.0f},   {0.13f, 0.16f},  {0.12f, 0.0f},
                             {-0.14f, 0.02f}, {-0.40f, 0.02f}, {-0.17f, 0.02f}, {-0.43f, 0.02f}};

Pose all_fours(ImVec2 head, ImVec2 spine, const Limbs& limbs = kAllFours) {
  return side(head, {0.15f, 0.31f}, spine, {-0.15f, 0.27f}, limbs);
}

ExerciseDrawing cat_cow() {
  const Pose cow = all_fours({0.27f, 0.42f}, {0.0f, 0.23f});  // belly drops, chest and gaze lift
  const Pose cat = all_fours({0.22f, 0.22f}, {0.0f, 0.37f});  // back rounds up, chin tucks
  return {cow, cat, Floor::Mat};
}

ExerciseDrawing bird_dog() {
  Limbs reach = kAllFours;
  reach.near_elbow = {0.30f, 0.32f};  // near arm long in front
  reach.near_hand = {0.45f, 0.33f};
  reach.far_knee = {-0.40f, 0.28f};  // opposite leg long behind
  reach.far_foot = {-0.65f, 0.30f};
  return {all_fours({0.26f, 0.36f}, {0.0f, 0.31f}), all_fours({0.27f, 0.41f}, {0.0f, 0.31f}, reach),
          Floor::Mat};
}

ExerciseDrawing donkey_kicks() {
  Limbs kick = kAllFours;
  kick.near_knee = {-0.40f, 0.30f};  // thigh back to level, knee bent: sole to the ceiling
  kick.near_foot = {-0.42f, 0.56f};
  return {all_fours({0.26f, 0.35f}, {0.0f, 0.31f}), all_fours({0.26f, 0.35f}, {0.0f, 0.31f}, kick),
          Floor::Mat};
}

// Kneeling, sitting back towards the heels, chest low and arms long on the floor. For the side
// bend the hands walk across towards one side: seen side-on, the arms slide and shorten.
ExerciseDrawing childs_pose_side_bend() {
  const Limbs long_arms = {{0.3f, 0.06f},  {0.48f, 0.02f}, {0.28f, 0.06f}, {0.46f, 0.02f},
                           {0.02f, 0.03f}, {-0.3f, 0.02f}, {0.0f, 0.03f},  {-0.32f, 0.02f}};
  Limbs to_the_side = long_arms;
  to_the_side.near_elbow = {0.27f, 0.07f};
  to_the_side.near_hand = {0.41f, 0.03f};
  to_the_side.far_elbow = {0.25f, 0.07f};
  to_the_side.far_hand = {0.38f, 0.03f};
  return {side({0.22f, 0.08f}, {0.12f, 0.13f}, {-0.05f, 0.25f}, {-0.22f, 0.17f}, long_arms, -2.0f),
          side({0.21f, 0.09f}, {0.11f, 0.14f}, {-0.06f, 0.26f}, {-0.22f, 0.17f}, to_the_side, -2.0f),
          Floor::Mat};
}

// Seen from the front: arms crossed on the chest, the upper body turns while the hips face ahead.
ExerciseDrawing standing_rotation() {
  Pose ahead;
  ahead.head = {0.0f, 0.92f};
  ahead.neck = {0.0f, 0.8f};
  ahead.spine = {0.0f, 0.66f};
  ahead.pelvis = {0.0f, 0.52f};
  ahead.near_shoulder = {-0.13f, 0.79f};
  ahead.far_shoulder = {0.13f, 0.79f};
  ahead.near_hip = {-0.08f, 0.52f};
  ahead.far_hip = {0.08f, 0.52f};
  ahead.near_elbow = {-0.18f, 0.68f};  // arms folded across the chest
  ahead.near_hand = {0.04f, 0.71f};
  ahead.far_elbow = {0.18f, 0.68f};
  ahead.far_hand = {-0.04f, 0.72f};
  ahead.near_knee = {-0.09f, 0.27f};
  ahead.near_foot = {-0.1f, 0.01f};
  ahead.far_knee = {0.09f, 0.27f};
  ahead.far_foot = {0.1f, 0.01f};
  ahead.facing = 0.0f;

  Pose turned = ahead;  // shoulders turn: the line between them shortens and swings round
  turned.head = {0.04f, 0.92f};
  turned.near_shoulder = {-0.05f, 0.79f};
  turned.far_shoulder = {0.1f, 0.8f};
  turned.near_elbow = {-0.02f, 0.68f};
  turned.near_hand = {0.17f, 0.71f};
  turned.far_elbow = {0.19f, 0.69f};
  turned.far_hand = {0.1f, 0.72f};
  turned.facing = 0.9f;
  return {ahead, turned, Floor::Ground, /*rotation_arrow=*/true};
}

// Half-kneeling: back knee down, front foot flat with the knee at a right angle; the hips ease
// forward to stretch the front of the back hip.
ExerciseDrawing kneeling_hip_flexor() {
  const Limbs upright = {{0.05f, 0.42f}, {0.16f, 0.3f}, {-0.13f, 0.44f}, {-0.07f, 0.33f},
                         {0.22f, 0.27f}, {0.22f, 0.0f}, {-0.17f, 0.02f}, {-0.42f, 0.02f}};
  Limbs forward = upright;
  forward.near_elbow = {0.11f, 0.41f};
  forward.near_hand = {0.2f, 0.3f};
  forward.far_elbow = {-0.06f, 0.42f};
  forward.far_hand = {0.0f, 0.31f};
  forward.near_knee = {0.27f, 0.26f};
  return {side({-0.04f, 0.69f}, {-0.05f, 0.58f}, {-0.05f, 0.42f}, {-0.06f, 0.27f}, upright),
          side({0.03f, 0.67f}, {0.02f, 0.56f}, {0.02f, 0.4f}, {0.01f, 0.25f}, forward), Floor::Mat};
}

// Lying face down on the forearms, then pressing the chest up while the hips stay down.
ExerciseDrawing seal_stretch() {
  const Limbs forearms = {{0.2f, 0.015f},   {0.36f, 0.015f},  {0.18f, 0.015f}, {0.33f, 0.015f},
                          {-0.37f, 0.025f}, {-0.62f, 0.025f}, {-0.38f, 0.02f}, {-0.63f, 0.02f}};
  Limbs pressed = forearms;
  pressed.near_elbow = {0.2f, 0.15f};
  pressed.near_hand = {0.23f, 0.01f};
  pressed.far_elbow = {0.18f, 0.15f};
  pressed.far_hand = {0.21f, 0.01f};
  return {side({0.3f, 0.18f}, {0.19f, 0.12f}, {0.04f, 0.07f}, {-0.12f, 0.04f}, forearms),
          side({0.27f, 0.4f}, {0.19f, 0.3f}, {0.05f, 0.11f}, {-0.12f, 0.04f}, pressed), Floor::Mat};
}

// On the back with knees bent, one hand on the belly and one on the chest: the belly rises.
ExerciseDrawing diaphragmatic_breathing() {
  const Limbs lying = {{0.2f, 0.03f},   {0.12f, 0.1f},   {0.28f, 0.03f},  {0.25f, 0.1f},
                       {-0.14f, 0.24f}, {-0.27f, 0.02f}, {-0.12f, 0.23f}, {-0.25f, 0.02f}};
  Limbs inhale = lying;
  inhale.near_hand = {0.12f, 0.15f};
  Pose out = side({0.42f, 0.08f}, {0.32f, 0.05f}, {0.14f, 0.06f}, {0.0f, 0.05f}, lying, -2.0f);
  Pose in = side({0.42f, 0.08f}, {0.32f, 0.05f}, {0.14f, 0.09f}, {0.0f, 0.05f}, inhale, -2.0f);
  in.belly = 1.0f;
  return {out, in, Floor::Mat};
}

// Option 1: on the back, hips and knees at right angles, calves resting on a chair seat.
ExerciseDrawing on_back_ninety_ninety() {
  const Limbs legs_up = {{0.22f, 0.03f}, {0.14f, 0.03f}, {0.24f, 0.03f}, {0.16f, 0.03f},
                         {0.0f, 0.29f},  {-0.25f, 0.3f}, {0.02f, 0.28f}, {-0.23f, 0.29f}};
  Pose out = side({0.42f, 0.08f}, {0.32f, 0.05f}, {0.15f, 0.05f}, {0.0f, 0.05f}, legs_up, -2.0f);
  Pose in = out;
  in.spine = {0.15f, 0.08f};
  in.belly = 0.6f;
  return {out, in, Floor::Mat};
}

// Option 2: on the belly, legs long, forehead resting on stacked hands.
ExerciseDrawing on_belly() {
  const Limbs resting = {{0.36f, 0.06f},   {0.46f, 0.04f}, {0.34f, 0.06f},  {0.45f, 0.05f},
                         {-0.25f, 0.025f}, {-0.5f, 0.03f}, {-0.26f, 0.02f}, {-0.51f, 0.025f}};
  Pose out = side({0.45f, 0.1f}, {0.33f, 0.06f}, {0.16f, 0.05f}, {0.0f, 0.045f}, resting, -2.0f);
  Pose in = out;
  in.spine = {0.16f, 0.075f};
  return {out, in, Floor::Mat};
}

const std::array<ExerciseDrawing, kExerciseCount>& drawings() {
  static const std::array<ExerciseDrawing, kExerciseCount> kDrawings = {
      cat_cow(),      childs_pose_side_bend(), bird_dog(),     standing_rotation(),
      donkey_kicks(), kneeling_hip_flexor(),   seal_stretch(), diaphragmatic_breathing(),
  };
  return kDrawings;
}

float ease(float t) {
  return 0.5f - 0.5f * std::cos(std::clamp(t, 0.0f, 1.0f) * kPi);
}

// One rep as a fraction 0..1 of its tempo -> pose. Cat cow flows with the breath (cat, into cow
// on the inhale, back to cat on the exhale); the others reach, hold, and return.
float rep_shape(ExerciseId id, float f) {
  if (id == ExerciseId::CatCow) return 0.5f + 0.5f * std::cos(2 * kPi * f);
  if (f < 0.25f) return ease(f / 0.25f);
  if (f < 0.75f) return 1.0f;
  return 1.0f - ease((f - 0.75f) / 0.25f);
}

// A hold: ease in over two seconds, stay, and (on the demo) ease back out.
constexpr float kEaseInS = 2.0f;

// The figure for the diaphragmatic breathing drawing follows a calm 4 s in, 6 s out breath.
float breath_shape(double seconds) {
  const double f = std::fmod(seconds, 10.0);
  return f < 4.0 ? ease(static_cast<float>(f / 4.0)) : 1.0f - ease(static_cast<float>((f - 4.0) / 6.0));
}

// A curved arrow around the chest showing which way the upper body turns.
void draw_turn_arrow(ImDrawList* draw, ImVec2 origin, float scale, float direction, ImU32 color) {
  const ImVec2 centre(origin.x, origin.y - 0.64f * scale);
  const float rx = 0.3f * scale, ry = 0.07f * scale;
  constexpr int kSteps = 20;
  for (int i = 0; i <= kSteps; ++i) {  // the front half of an ellipse, left to right
    const float a = kPi * (0.15f + 0.7f * static_cast<float>(i) / kSteps);
    draw->PathLineTo(ImVec2(centre.x - direction * rx * std::cos(a), centre.y + ry * std::sin(a)));
  }
  draw->PathStroke(color, 0, 0.018f * scale);
  const float end = kPi * 0.85f;
  const ImVec2 tip(centre.x - direction * rx * std::cos(end), centre.y + ry * std::sin(end));
  const float head = 0.045f * scale;
  draw->AddTriangleFilled(tip + ImVec2(direction * head, 0),
                          tip + ImVec2(-direction * head * 0.4f, -head * 0.8f),
                          tip + ImVec2(-direction * head * 0.4f, head * 0.8f), color);
}

}  // namespace

const ExerciseDrawing& exercise_drawing(ExerciseId id) {
  return drawings()[static_cast<std::size_t>(id)];
}

float demo_mix(ExerciseId id, const Dosage& dosage, const BreathPattern& breath, double seconds) {
  if (id == ExerciseId::DiaphragmaticBreathing) return breath_shape(seconds);
  if (id == ExerciseId::CatCow)
    return 1.0f - breath_at(breath, static_cast<std::int64_t>(seconds * 1000)).fullness;
  if (dosage.kind == DoseKind::Reps) {
    const double period = dosage.rep_ms / 1000.0;
    return rep_shape(id, static_cast<float>(std::fmod(seconds, period) / period));
  }
  constexpr double kLoopS = 9.0;  // ease in, hold, ease out, rest
  const auto t = static_cast<float>(std::fmod(seconds, kLoopS));
  if (t < kEaseInS) return ease(t / kEaseInS);
  if (t < 6.0f) return 1.0f;
  if (t < 6.0f + kEaseInS) return 1.0f - ease((t - 6.0f) / kEaseInS);
  return 0.0f;
}

double demo_length_s(ExerciseId id, const Dosage& dosage) {
  if (id == ExerciseId::DiaphragmaticBreathing) return 10.0 + 4.0;         // after the second inhale
  if (id == ExerciseId::CatCow) return 2.0 * dosage.rep_ms / 1000.0;       // after two breaths: back in cat
  if (dosage.kind == DoseKind::Reps) return 2.5 * dosage.rep_ms / 1000.0;  // mid-hold of the third rep
  return 9.0 + 4.0;                                                        // the second hold
}

float player_mix(const Dosage& dosage, ExerciseId id, const BreathPattern& breath,
                 const RoutinePosition& position) {
  if (position.phase != Phase::Work) return id == ExerciseId::CatCow ? 1.0f : 0.0f;  // cat cow rests in cat
  const double seconds = static_cast<double>(position.elapsed_ms) / 1000.0;
  if (id == ExerciseId::DiaphragmaticBreathing) return breath_shape(seconds);
  // Each rep is one breath of the user's pattern (see pace_cat_cow_by_breath in the core).
  if (id == ExerciseId::CatCow) return 1.0f - breath_at(breath, position.elapsed_ms).fullness;
  if (dosage.kind == DoseKind::Reps) {
    const auto f =
        static_cast<float>(position.elapsed_ms % dosage.rep_ms) / static_cast<float>(dosage.rep_ms);
    return rep_shape(id, f);
  }
  return ease(static_cast<float>(seconds) / kEaseInS);
}

FigureColors figure_colors() {
  return FigureColors{section_colors(Screen::Routine).ink, IM_COL32(0x8F, 0xBE, 0xBA, 255),
                      IM_COL32(0xE8, 0xDD, 0xCB, 255)};
}

Fit fit_poses(const Pose& a, const Pose& b, Floor floor, ImVec2 min, ImVec2 max) {
  // Fit both key poses and the floor into the box, centred, the same size on either side.
  ImVec2 lo(0, 0), hi(0, 0);
  const auto grow = [&](ImVec2 p, float r) {
    lo = ImVec2(std::min(lo.x, p.x - r), std::min(lo.y, p.y - r));
    hi = ImVec2(std::max(hi.x, p.x + r), std::max(hi.y, p.y + r));
  };
  for (const Pose* key : {&a, &b}) {
    for (ImVec2 p : {key->neck, key->spine, key->pelvis, key->near_elbow, key->near_hand, key->far_elbow,
                     key->far_hand, key->near_knee, key->near_foot, key->far_knee, key->far_foot}) {
      grow(p, 0.04f);
    }
    grow(key->head, 0.09f);
  }
  switch (floor) {
    case Floor::Mat: grow(ImVec2(0.78f, -0.035f), 0.0f); break;
    case Floor::Ground: grow(ImVec2(0.3f, -0.035f), 0.0f); break;
  }
  const float half_w = std::max(-lo.x, hi.x) * 1.06f;
  const float height = (hi.y - lo.y) * 1.08f;
  const float scale = std::min((max.x - min.x) / (2 * half_w), (max.y - min.y) / height);
  return Fit{ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2 + (lo.y + hi.y) / 2 * scale), scale};
}

void draw_exercise(ImDrawList* draw, ExerciseId id, ImVec2 min, ImVec2 max, float mix_t, bool mirrored) {
  const ExerciseDrawing& drawing = exercise_drawing(id);
  Pose pose = mix(drawing.start, drawing.end, mix_t);
  if (mirrored) {
    for (ImVec2* p :
         {&pose.head, &pose.neck, &pose.spine, &pose.pelvis, &pose.near_shoulder, &pose.far_shoulder,
          &pose.near_hip, &pose.far_hip, &pose.near_elbow, &pose.near_hand, &pose.far_elbow, &pose.far_hand,
          &pose.near_knee, &pose.near_foot, &pose.far_knee, &pose.far_foot}) {
      p->x = -p->x;
    }
    if (pose.facing > -1.5f) pose.facing = -pose.facing;
  }
  const Fit fit = fit_poses(drawing.start, drawing.end, drawing.floor, min, max);
  const ImVec2 origin = fit.origin;
  const float scale = fit.scale;
  draw_figure(draw, pose, origin, scale, drawing.floor, figure_colors());
  if (drawing.rotation_arrow)
    draw_turn_arrow(draw, origin, scale, mirrored ? -1.0f : 1.0f, figure_colors().body);
}

void draw_position(ImDrawList* draw, PositionOption option, ImVec2 min, ImVec2 max, float breath) {
  static const ExerciseDrawing kOnBack = on_back_ninety_ninety();
  static const ExerciseDrawing kOnBelly = on_belly();
  const ExerciseDrawing& drawing = option == PositionOption::OnBack ? kOnBack : kOnBelly;
  const Fit fit = fit_poses(drawing.start, drawing.end, drawing.floor, min, max);
  if (option == PositionOption::OnBack) {  // a stool or chair seat for the calves, behind the figure
    const auto at = [&](float x, float y) {
      return ImVec2(fit.origin.x + x * fit.scale, fit.origin.y - y * fit.scale);
    };
    const ImU32 wood = IM_COL32(0xC9, 0xB2, 0x93, 255);
    draw->AddRectFilled(at(-0.32f, 0.27f), at(-0.08f, 0.24f), wood, fit.scale * 0.01f);  // seat
    draw->AddRectFilled(at(-0.31f, 0.24f), at(-0.29f, 0.0f), wood);                      // legs
    draw->AddRectFilled(at(-0.11f, 0.24f), at(-0.09f, 0.0f), wood);
  }
  draw_figure(draw, mix(drawing.start, drawing.end, breath), fit.origin, fit.scale, drawing.floor,
              figure_colors());
}

}  // namespace unknot::ui
