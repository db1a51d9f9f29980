#include <catch2/catch.hpp>

#include "core/flow/redraw.h"

using namespace unknot;

TEST_CASE("after start-up the scheduler draws a few frames, then nothing") {
  RedrawScheduler redraw;
  int drawn = 0;
  for (int i = 0; i < 100; ++i) drawn += redraw.take_frame(false) ? 1 : 0;
  CHECK(drawn == RedrawScheduler::kSettleFrames);
  CHECK_FALSE(redraw.wants_more(false));
}

TEST_CASE("a request draws the settle frames again, and does not stack up") {
  RedrawScheduler redraw;
  while (redraw.take_frame(false)) {
  }
  redraw.request();
  redraw.request();
  int drawn = 0;
  while (redraw.take_frame(false)) ++drawn;
  CHECK(drawn == RedrawScheduler::kSettleFrames);
}

TEST_CASE("an animation draws every frame for as long as it runs") {
  RedrawScheduler redraw;
  while (redraw.take_frame(false)) {
  }
  for (int i = 0; i < 50; ++i) REQUIRE(redraw.take_frame(true));
  CHECK(redraw.wants_more(true));
  CHECK_FALSE(redraw.take_frame(false));
}

TEST_CASE("settled means every requested frame is drawn, animation or not") {
  RedrawScheduler redraw;
  CHECK_FALSE(redraw.settled());
  while (redraw.take_frame(true) && !redraw.settled()) {
  }
  CHECK(redraw.settled());
  CHECK(redraw.wants_more(true));
  redraw.request();
  CHECK_FALSE(redraw.settled());
}
