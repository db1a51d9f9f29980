// Decides whether the main loop draws a frame. Unknot draws nothing while nothing changes:
// a frame is drawn only after input or a state change (plus a few frames for Dear ImGui to
// settle hover and layout), or while something animates.
#pragma once

namespace unknot {

class RedrawScheduler {
 public:
  // Dear ImGui needs a couple of frames after an event for hover, layout and focus to settle.
  static constexpr int kSettleFrames = 3;

  void request() noexcept { frames_owed_ = kSettleFrames; }

  // Called once per loop tick; true means draw this tick.
  bool take_frame(bool animating) noexcept {
    if (frames_owed_ > 0) {
      --frames_owed_;  // an animation's frame also pays off what a change owed
      return true;
    }
    return animating;
  }

  bool wants_more(bool animating) const noexcept { return animating || frames_owed_ > 0; }
  // Nothing is owed beyond what an animation draws anyway: the last change is on screen.
  bool settled() const noexcept { return frames_owed_ == 0; }

 private:
  int frames_owed_ = kSettleFrames;  // the first frames after start are always drawn
};

}  // namespace unknot
