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

// Seen from the front with the arms folded across the chest, the pelvis at `hip_y` (standing or
// sitting); the legs are the caller's.
Pose front_arms_folded(float hip_y) {
  const auto at = [hip_y](float x, float above) { return ImVec2(x, hip_y + above); };
  Pose p;
  p.head = at(0.0f, 0.4f);
  p.neck = at(0.0f, 0.28f);
  p.spine = at(0.0f, 0.14f);
  p.pelvis = at(0.0f, 0.0f);
  p.near_shoulder = at(-0.13f, 0.27f);
  p.far_shoulder = at(0.13f, 0.27f);
  p.near_hip = at(-0.08f, 0.0f);
  p.far_hip = at(0.08f, 0.0f);
  p.near_elbow = at(-0.18f, 0.16f);
  p.near_hand = at(0.04f, 0.19f);
  p.far_elbow = at(0.18f, 0.16f);
  p.far_hand = at(-0.04f, 0.2f);
  p.facing = 0.0f;
  return p;
}

// Seen from the front: arms crossed on the chest, the upper body turns while the hips face ahead.
ExerciseDrawing standing_rotation() {
  Pose ahead = front_arms_folded(0.52f);
  ahead.near_knee = {-0.09f, 0.27f};
  ahead.near_foot = {-0.1f, 0.01f};
  ahead.far_knee = {0.09f, 0.27f};
  ahead.far_foot = {0.1f, 0.01f};

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

// Seal stretch, face down with the legs long. Forearms flat by the head, elbows a little ahead of
// the shoulders.
constexpr Limbs kProneForearms = {{0.25f, 0.02f},   {0.4f, 0.015f},   {0.23f, 0.02f},  {0.37f, 0.015f},
                                  {-0.37f, 0.025f}, {-0.62f, 0.025f}, {-0.38f, 0.02f}, {-0.63f, 0.02f}};

Pose lying_prone(const Limbs& limbs = kProneForearms) {
  return side({0.31f, 0.08f}, {0.19f, 0.05f}, {0.04f, 0.045f}, {-0.12f, 0.04f}, limbs);
}

// Propped on the forearms, elbows under the shoulders: the upper arms upright.
Pose on_forearms() {
  Limbs propped = kProneForearms;
  propped.near_elbow = {0.2f, 0.015f};
  propped.near_hand = {0.37f, 0.015f};
  propped.far_elbow = {0.18f, 0.015f};
  propped.far_hand = {0.34f, 0.015f};
  return side({0.31f, 0.26f}, {0.2f, 0.17f}, {0.04f, 0.08f}, {-0.12f, 0.04f}, propped);
}

// The standard: from lying flat up onto the forearms, elbows under the shoulders, hips down.
ExerciseDrawing seal_stretch() {
  return {lying_prone(), on_forearms(), Floor::Mat};
}

// Easier: a folded pillow under the chest, elbows ahead of the shoulders, a smaller lift.
ExerciseDrawing seal_stretch_supported() {
  Limbs ahead = kProneForearms;
  ahead.near_elbow = {0.3f, 0.015f};
  ahead.near_hand = {0.45f, 0.015f};
  ahead.far_elbow = {0.28f, 0.015f};
  ahead.far_hand = {0.43f, 0.015f};
  return {side({0.32f, 0.14f}, {0.2f, 0.1f}, {0.04f, 0.06f}, {-0.12f, 0.04f}, ahead),
          side({0.32f, 0.2f}, {0.2f, 0.14f}, {0.04f, 0.07f}, {-0.12f, 0.04f}, ahead), Floor::Mat,
          /*rotation_arrow=*/false, Prop::Pillow};
}

// Harder: from the forearms up onto straight arms, hands under the shoulders, hips down.
ExerciseDrawing seal_stretch_straight_arms() {
  Limbs pressed = kProneForearms;
  pressed.near_elbow = {0.2f, 0.15f};
  pressed.near_hand = {0.23f, 0.01f};
  pressed.far_elbow = {0.18f, 0.15f};
  pressed.far_hand = {0.21f, 0.01f};
  return {on_forearms(), side({0.27f, 0.4f}, {0.19f, 0.3f}, {0.05f, 0.11f}, {-0.12f, 0.04f}, pressed),
          Floor::Mat};
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

// Easier: the resting position, on the back with the calves on a chair seat at 90/90, hands on
// the chest and belly; the belly rises.
ExerciseDrawing breathing_legs_up() {
  const Limbs legs_up = {{0.2f, 0.03f}, {0.12f, 0.1f},  {0.28f, 0.03f}, {0.25f, 0.1f},
                         {0.0f, 0.29f}, {-0.25f, 0.3f}, {0.02f, 0.28f}, {-0.23f, 0.29f}};
  Limbs inhale = legs_up;
  inhale.near_hand = {0.12f, 0.15f};
  Pose out = side({0.42f, 0.08f}, {0.32f, 0.05f}, {0.14f, 0.06f}, {0.0f, 0.05f}, legs_up, -2.0f);
  Pose in = side({0.42f, 0.08f}, {0.32f, 0.05f}, {0.14f, 0.09f}, {0.0f, 0.05f}, inhale, -2.0f);
  in.belly = 1.0f;
  return {out, in, Floor::Mat, /*rotation_arrow=*/false, Prop::CalfSeat};
}

// Sitting on a chair seen from the side, facing right: thighs level, shins upright, feet flat.
constexpr Limbs kSeatedSide = {{0.03f, 0.42f}, {0.12f, 0.31f}, {0.01f, 0.42f}, {0.1f, 0.31f},
                               {0.18f, 0.27f}, {0.18f, 0.0f},  {0.16f, 0.27f}, {0.15f, 0.0f}};

// Harder: sitting tall, away from the backrest, hands on the chest and belly; the belly moves out.
ExerciseDrawing breathing_sitting_tall() {
  Limbs hands = kSeatedSide;
  hands.near_elbow = {-0.03f, 0.41f};
  hands.near_hand = {0.04f, 0.37f};
  hands.far_elbow = {-0.01f, 0.45f};
  hands.far_hand = {0.04f, 0.5f};
  Limbs inhale = hands;
  inhale.near_hand = {0.06f, 0.37f};
  Pose out = side({-0.03f, 0.68f}, {-0.05f, 0.56f}, {-0.05f, 0.41f}, {-0.05f, 0.27f}, hands);
  Pose in = side({-0.03f, 0.68f}, {-0.05f, 0.56f}, {-0.03f, 0.41f}, {-0.05f, 0.27f}, inhale);
  in.belly = 1.0f;
  return {out, in, Floor::Ground, /*rotation_arrow=*/false, Prop::ChairSide};
}

// Easier cat cow: on a chair, hands on the thighs; the chest lifts (cow), the back rounds (cat).
ExerciseDrawing seated_cat_cow() {
  Limbs cow_arms = kSeatedSide;
  cow_arms.near_elbow = {0.03f, 0.42f};
  cow_arms.far_elbow = {0.01f, 0.42f};
  Limbs cat_arms = kSeatedSide;
  cat_arms.near_elbow = {0.07f, 0.41f};
  cat_arms.far_elbow = {0.05f, 0.41f};
  Pose cow = side({0.01f, 0.68f}, {-0.03f, 0.56f}, {0.01f, 0.41f}, {-0.05f, 0.27f}, cow_arms);
  Pose cat = side({0.08f, 0.47f}, {0.0f, 0.53f}, {-0.12f, 0.41f}, {-0.07f, 0.27f}, cat_arms);
  return {cow, cat, Floor::Ground, /*rotation_arrow=*/false, Prop::ChairSide};
}

// Harder cat cow: from cow, round into cat while rocking the hips back toward the heels.
ExerciseDrawing cat_cow_rock_back() {
  Limbs back = kAllFours;
  back.near_elbow = {0.05f, 0.1f};
  back.far_elbow = {0.03f, 0.1f};
  Pose cat = side({0.02f, 0.14f}, {-0.07f, 0.21f}, {-0.2f, 0.31f}, {-0.33f, 0.18f}, back);
  return {all_fours({0.27f, 0.42f}, {0.0f, 0.23f}), cat, Floor::Mat};
}

// Seen from the front, sitting on a chair: the shins come down to the floor from the seat.
Pose seated_front() {
  Pose p = front_arms_folded(0.27f);
  p.near_knee = {-0.1f, 0.25f};
  p.near_foot = {-0.11f, 0.01f};
  p.far_knee = {0.1f, 0.25f};
  p.far_foot = {0.11f, 0.01f};
  return p;
}

// Easier rotation: the same turn sitting on a chair, which keeps the hips still.
ExerciseDrawing seated_rotation() {
  const Pose ahead = seated_front();
  Pose turned = ahead;
  turned.head = {0.04f, 0.67f};
  turned.near_shoulder = {-0.05f, 0.54f};
  turned.far_shoulder = {0.1f, 0.55f};
  turned.near_elbow = {-0.02f, 0.43f};
  turned.near_hand = {0.17f, 0.46f};
  turned.far_elbow = {0.19f, 0.44f};
  turned.far_hand = {0.1f, 0.47f};
  turned.facing = 0.9f;
  return {ahead, turned, Floor::Ground, /*rotation_arrow=*/true, Prop::ChairFront, 0.39f};
}

// Easier side bend: on a chair, one hand on the seat, the other arm up and over. The raised arm
// is drawn as the near one, in the body's colour, since it tells the movement.
ExerciseDrawing seated_side_bend() {
  Pose up = seated_front();
  up.near_shoulder = {0.13f, 0.54f};
  up.far_shoulder = {-0.13f, 0.54f};
  up.near_elbow = {0.16f, 0.68f};  // straight up
  up.near_hand = {0.15f, 0.82f};
  up.far_elbow = {-0.19f, 0.4f};  // holding the seat's edge
  up.far_hand = {-0.2f, 0.27f};
  Pose over = up;
  over.head = {-0.17f, 0.62f};
  over.neck = {-0.1f, 0.53f};
  over.spine = {-0.03f, 0.41f};
  over.near_shoulder = {0.01f, 0.59f};
  over.far_shoulder = {-0.21f, 0.47f};
  over.near_elbow = {-0.05f, 0.74f};
  over.near_hand = {-0.2f, 0.79f};
  over.far_elbow = {-0.25f, 0.37f};
  over.far_hand = {-0.21f, 0.27f};
  return {up, over, Floor::Ground, /*rotation_arrow=*/false, Prop::ChairFront};
}

// Harder side bend, from the front: kneeling on one knee, the other leg long to the side; the
// trunk bends over the long leg with the other arm overhead.
ExerciseDrawing kneeling_side_bend() {
  Pose up;
  up.head = {0.0f, 0.69f};
  up.neck = {0.0f, 0.57f};
  up.spine = {0.0f, 0.43f};
  up.pelvis = {0.0f, 0.29f};
  up.near_shoulder = {-0.13f, 0.56f};  // the near arm is the one that goes overhead
  up.far_shoulder = {0.13f, 0.56f};
  up.near_hip = {0.08f, 0.29f};
  up.far_hip = {-0.08f, 0.29f};
  up.far_elbow = {0.2f, 0.43f};  // the hand on the long leg's thigh
  up.far_hand = {0.24f, 0.3f};
  up.near_elbow = {-0.16f, 0.43f};
  up.near_hand = {-0.17f, 0.31f};
  up.near_knee = {0.26f, 0.16f};  // the long leg, foot flat out to the side
  up.near_foot = {0.44f, 0.02f};
  up.far_knee = {-0.08f, 0.03f};  // the kneeling leg: its shin goes back, out of sight
  up.far_foot = {-0.09f, 0.02f};
  up.facing = 0.0f;
  Pose over = up;
  over.head = {0.2f, 0.62f};
  over.neck = {0.12f, 0.54f};
  over.spine = {0.05f, 0.43f};
  over.far_shoulder = {0.22f, 0.47f};
  over.near_shoulder = {-0.01f, 0.61f};
  over.far_elbow = {0.3f, 0.33f};
  over.far_hand = {0.34f, 0.15f};
  over.near_elbow = {0.01f, 0.76f};
  over.near_hand = {0.19f, 0.82f};
  return {up, over, Floor::Mat};
}

// Harder rotation: standing, the arms held out to the sides turn with the chest.
ExerciseDrawing rotation_arms_out() {
  ExerciseDrawing d = standing_rotation();
  d.start.near_elbow = {-0.27f, 0.79f};
  d.start.near_hand = {-0.41f, 0.79f};
  d.start.far_elbow = {0.27f, 0.79f};
  d.start.far_hand = {0.41f, 0.79f};
  d.end.near_elbow = {-0.1f, 0.785f};  // the near arm swings towards the viewer: it looks shorter
  d.end.near_hand = {-0.14f, 0.78f};
  d.end.far_elbow = {0.21f, 0.8f};  // the far arm swings back
  d.end.far_hand = {0.29f, 0.8f};
  return d;
}

// Easier bird dog, one limb at a time: the leg slides back and lifts while the hands stay down.
ExerciseDrawing bird_dog_one_limb() {
  Limbs leg = kAllFours;
  leg.far_knee = {-0.40f, 0.28f};
  leg.far_foot = {-0.65f, 0.30f};
  return {all_fours({0.26f, 0.36f}, {0.0f, 0.31f}), all_fours({0.26f, 0.36f}, {0.0f, 0.31f}, leg),
          Floor::Mat};
}

// Easier donkey kick: the bent knee lifts about a hand's width.
ExerciseDrawing donkey_kicks_small() {
  Limbs kick = kAllFours;
  kick.near_knee = {-0.32f, 0.09f};
  kick.near_foot = {-0.5f, 0.28f};
  return {all_fours({0.26f, 0.35f}, {0.0f, 0.31f}), all_fours({0.26f, 0.35f}, {0.0f, 0.31f}, kick),
          Floor::Mat};
}

// Harder donkey kick: the leg straight back, toes down, lifts until level with the back.
ExerciseDrawing donkey_kicks_straight_leg() {
  Limbs toes_down = kAllFours;
  toes_down.near_knee = {-0.37f, 0.15f};
  toes_down.near_foot = {-0.58f, 0.02f};
  Limbs lifted = kAllFours;
  lifted.near_knee = {-0.4f, 0.28f};
  lifted.near_foot = {-0.65f, 0.29f};
  return {all_fours({0.26f, 0.35f}, {0.0f, 0.31f}, toes_down),
          all_fours({0.26f, 0.35f}, {0.0f, 0.31f}, lifted), Floor::Mat};
}

// Easier hip flexor stretch, standing: a small split stance, one hand on a chair's back; the hips
// ease forward.
ExerciseDrawing standing_hip_flexor() {
  const Limbs stance = {{0.12f, 0.63f}, {0.27f, 0.53f}, {-0.02f, 0.65f}, {0.0f, 0.52f},
                        {0.12f, 0.27f}, {0.15f, 0.01f}, {-0.14f, 0.27f}, {-0.32f, 0.04f}};
  Limbs forward = stance;
  forward.near_elbow = {0.16f, 0.62f};
  forward.far_elbow = {0.03f, 0.64f};
  forward.far_hand = {0.05f, 0.51f};
  forward.near_knee = {0.19f, 0.25f};
  forward.far_knee = {-0.1f, 0.25f};
  return {side({0.02f, 0.92f}, {0.0f, 0.8f}, {0.0f, 0.66f}, {0.0f, 0.52f}, stance),
          side({0.06f, 0.91f}, {0.04f, 0.79f}, {0.05f, 0.65f}, {0.06f, 0.5f}, forward), Floor::Ground,
          /*rotation_arrow=*/false, Prop::ChairAhead};
}

// Harder hip flexor stretch: half-kneeling as the standard, the arm on the kneeling side
// reaching overhead (here the kneeling leg is the near one, so the raised arm is in front).
ExerciseDrawing hip_flexor_reach() {
  const Limbs upright = {{-0.01f, 0.72f}, {0.02f, 0.86f},  {0.05f, 0.42f}, {0.16f, 0.3f},
                         {-0.17f, 0.02f}, {-0.42f, 0.02f}, {0.22f, 0.27f}, {0.22f, 0.0f}};
  Limbs forward = upright;
  forward.near_elbow = {0.05f, 0.7f};
  forward.near_hand = {0.08f, 0.84f};
  forward.far_elbow = {0.11f, 0.41f};
  forward.far_hand = {0.2f, 0.3f};
  forward.far_knee = {0.27f, 0.26f};
  return {side({-0.04f, 0.69f}, {-0.05f, 0.58f}, {-0.05f, 0.42f}, {-0.06f, 0.27f}, upright),
          side({0.03f, 0.67f}, {0.02f, 0.56f}, {0.02f, 0.4f}, {0.01f, 0.25f}, forward), Floor::Mat};
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

// Easier, standard and harder, in ExerciseId order. Bird dog's harder variant moves as the
// standard: only its hold at full reach is longer (the player's tempo shows it).
using VariantDrawings = std::array<ExerciseDrawing, kVariantCount>;
const std::array<VariantDrawings, kExerciseCount>& drawings() {
  static const std::array<VariantDrawings, kExerciseCount> kDrawings = {{
      {seated_cat_cow(), cat_cow(), cat_cow_rock_back()},
      {seated_side_bend(), childs_pose_side_bend(), kneeling_side_bend()},
      {bird_dog_one_limb(), bird_dog(), bird_dog()},
      {seated_rotation(), standing_rotation(), rotation_arms_out()},
      {donkey_kicks_small(), donkey_kicks(), donkey_kicks_straight_leg()},
      {standing_hip_flexor(), kneeling_hip_flexor(), hip_flexor_reach()},
      {seal_stretch_supported(), seal_stretch(), seal_stretch_straight_arms()},
      {breathing_legs_up(), diaphragmatic_breathing(), breathing_sitting_tall()},
  }};
  return kDrawings;
}

// Where a prop reaches, so the figure and its furniture fit the box together.
void prop_extent(Prop prop, ImVec2& lo, ImVec2& hi) {
  const auto grow = [&](ImVec2 p) {
    lo = ImVec2(std::min(lo.x, p.x), std::min(lo.y, p.y));
    hi = ImVec2(std::max(hi.x, p.x), std::max(hi.y, p.y));
  };
  switch (prop) {
    case Prop::None: break;
    case Prop::CalfSeat: grow({-0.32f, 0.27f}); break;
    case Prop::ChairSide: grow({-0.22f, 0.62f}); break;
    case Prop::ChairFront: grow({-0.22f, 0.62f}), grow({0.22f, 0.0f}); break;
    case Prop::ChairAhead: grow({0.5f, 0.52f}); break;
    case Prop::Pillow: break;  // under the chest, inside the figure's reach
  }
}

// The furniture, behind the figure; `flip` mirrors it with the figure for the second side.
void draw_prop(ImDrawList* draw, Prop prop, ImVec2 origin, float scale, bool flip) {
  const float sx = flip ? -1.0f : 1.0f;
  const auto at = [&](float x, float y) { return ImVec2(origin.x + sx * x * scale, origin.y - y * scale); };
  const auto rect = [&](float x0, float y0, float x1, float y1, ImU32 color, float round = 0.0f) {
    const ImVec2 a = at(x0, y1), b = at(x1, y0);
    draw->AddRectFilled(ImVec2(std::min(a.x, b.x), a.y), ImVec2(std::max(a.x, b.x), b.y), color,
                        round * scale);
  };
  const ImU32 wood = IM_COL32(0xC9, 0xB2, 0x93, 255);
  switch (prop) {
    case Prop::None: break;
    case Prop::CalfSeat:  // a stool or chair seat for the calves
      rect(-0.32f, 0.24f, -0.08f, 0.27f, wood, 0.01f);
      rect(-0.31f, 0.0f, -0.29f, 0.24f, wood);
      rect(-0.11f, 0.0f, -0.09f, 0.24f, wood);
      break;
    case Prop::ChairSide:  // seat, legs and a backrest behind the sitter
      rect(-0.2f, 0.2f, 0.08f, 0.23f, wood, 0.01f);
      rect(-0.2f, 0.0f, -0.18f, 0.62f, wood);
      rect(0.05f, 0.0f, 0.07f, 0.2f, wood);
      rect(-0.21f, 0.5f, -0.17f, 0.62f, wood, 0.01f);
      break;
    case Prop::ChairFront:  // from the front: the backrest behind the body, the seat under it
      rect(-0.17f, 0.23f, -0.15f, 0.62f, wood);
      rect(0.15f, 0.23f, 0.17f, 0.62f, wood);
      rect(-0.17f, 0.54f, 0.17f, 0.6f, wood, 0.01f);
      rect(-0.2f, 0.2f, 0.2f, 0.24f, wood, 0.01f);
      rect(-0.2f, 0.0f, -0.18f, 0.2f, wood);
      rect(0.18f, 0.0f, 0.2f, 0.2f, wood);
      break;
    case Prop::ChairAhead:  // its back towards the figure, the hand on top of it
      rect(0.28f, 0.0f, 0.3f, 0.52f, wood);
      rect(0.27f, 0.48f, 0.31f, 0.52f, wood, 0.01f);
      rect(0.28f, 0.22f, 0.5f, 0.25f, wood, 0.01f);
      rect(0.48f, 0.0f, 0.5f, 0.22f, wood);
      break;
    case Prop::Pillow:  // folded, under the chest
      rect(0.06f, 0.0f, 0.28f, 0.07f, IM_COL32(0xD9, 0xCF, 0xE6, 255), 0.03f);
      break;
  }
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
void draw_turn_arrow(ImDrawList* draw, ImVec2 origin, float scale, float direction, ImU32 color,
                     float height) {
  const ImVec2 centre(origin.x, origin.y - height * scale);
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

const ExerciseDrawing& exercise_drawing(ExerciseId id, Variant variant) {
  return drawings()[static_cast<std::size_t>(id)][static_cast<std::size_t>(variant)];
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

Fit fit_poses(const Pose& a, const Pose& b, Floor floor, ImVec2 min, ImVec2 max, Prop prop) {
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
  prop_extent(prop, lo, hi);
  const float half_w = std::max(-lo.x, hi.x) * 1.06f;
  const float height = (hi.y - lo.y) * 1.08f;
  const float scale = std::min((max.x - min.x) / (2 * half_w), (max.y - min.y) / height);
  return Fit{ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2 + (lo.y + hi.y) / 2 * scale), scale};
}

void draw_exercise(ImDrawList* draw, ExerciseId id, Variant variant, ImVec2 min, ImVec2 max, float mix_t,
                   bool mirrored) {
  const ExerciseDrawing& drawing = exercise_drawing(id, variant);
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
  const Fit fit = fit_poses(drawing.start, drawing.end, drawing.floor, min, max, drawing.prop);
  const ImVec2 origin = fit.origin;
  const float scale = fit.scale;
  draw_prop(draw, drawing.prop, origin, scale, mirrored);  // behind the figure; the floor is below both
  draw_figure(draw, pose, origin, scale, drawing.floor, figure_colors());
  if (drawing.rotation_arrow)
    draw_turn_arrow(draw, origin, scale, mirrored ? -1.0f : 1.0f, figure_colors().body, drawing.arrow_y);
}

void draw_position(ImDrawList* draw, PositionOption option, ImVec2 min, ImVec2 max, float breath) {
  static const ExerciseDrawing kOnBack = on_back_ninety_ninety();
  static const ExerciseDrawing kOnBelly = on_belly();
  const ExerciseDrawing& drawing = option == PositionOption::OnBack ? kOnBack : kOnBelly;
  const Fit fit = fit_poses(drawing.start, drawing.end, drawing.floor, min, max);
  if (option == PositionOption::OnBack) draw_prop(draw, Prop::CalfSeat, fit.origin, fit.scale, false);
  draw_figure(draw, mix(drawing.start, drawing.end, breath), fit.origin, fit.scale, drawing.floor,
              figure_colors());
}

}  // namespace unknot::ui
