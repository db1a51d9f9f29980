// Each exercise, in each of its variants, as a figure moving between two key poses, and how far
// along it is at a given moment: paced by the routine's timer in the player, or a demo loop on
// the carousel card.
#pragma once
#include <imgui.h>

#include "core/breathing/breathing.h"
#include "core/position/position_test.h"
#include "core/routine/exercise.h"
#include "core/routine/routine_run.h"
#include "ui/art/figure.h"

namespace unknot::ui {

// Furniture a variant uses, drawn behind the figure in the same body units.
enum class Prop {
  None,
  CalfSeat,    // side view: a chair seat under the calves of someone lying at 90/90
  ChairSide,   // side view: a chair the figure sits on, facing right
  ChairFront,  // front view: a chair the figure sits on
  ChairAhead,  // side view: a chair in front, its back towards the figure, to hold for balance
  Pillow,      // side view: a folded pillow under the chest of someone lying face down
};

struct ExerciseDrawing {
  Pose start;  // where each movement begins (and where the figure rests between phases)
  Pose end;    // the movement's far point, or the held position
  Floor floor;
  bool rotation_arrow = false;  // a curved arrow around the chest shows the turn
  Prop prop = Prop::None;
  float arrow_y = 0.64f;  // the turn arrow's height: the chest, standing or seated
};

const ExerciseDrawing& exercise_drawing(ExerciseId id, Variant variant);

// 0 = start pose, 1 = end pose. The carousel's demo loop, `seconds` after it began. Cat cow
// follows the breathing pattern: into cow (0) as the breath comes in, back to cat (1) as it goes.
float demo_mix(ExerciseId id, const Dosage& dosage, const BreathPattern& breath, double seconds);
// How long the carousel's demo plays: two cycles, ending in the key position (mix 1), where
// the figure then rests so the still drawing shows the exercise at its most telling.
double demo_length_s(ExerciseId id, const Dosage& dosage);
// The player's pose for the routine's position: follows each rep's tempo and eases into holds.
float player_mix(const Dosage& dosage, ExerciseId id, const BreathPattern& breath,
                 const RoutinePosition& position);

// Where two key poses and their floor fit, centred, into [min, max]: floor point and scale.
struct Fit {
  ImVec2 origin;
  float scale;
};
Fit fit_poses(const Pose& a, const Pose& b, Floor floor, ImVec2 min, ImVec2 max, Prop prop = Prop::None);
FigureColors figure_colors();

// Draws the exercise's variant fitted into [min, max], mirrored for the second side.
void draw_exercise(ImDrawList* draw, ExerciseId id, Variant variant, ImVec2 min, ImVec2 max, float mix_t,
                   bool mirrored);

// The position test's two resting positions; `breath` (0..1) lifts the belly or back gently.
void draw_position(ImDrawList* draw, PositionOption option, ImVec2 min, ImVec2 max, float breath);

}  // namespace unknot::ui
