#include "core/routine/routine_run.h"

#include <algorithm>
#include <cassert>

namespace unknot {
namespace {

std::int64_t work_ms(const Dosage& d) {
  return d.kind == DoseKind::Hold ? std::int64_t{d.hold_s} * 1000 : std::int64_t{d.reps} * d.rep_ms;
}

Cue phase_cue(Phase phase) {
  switch (phase) {
    case Phase::GetReady: return Cue::GetReady;
    case Phase::Work: return Cue::Start;
    case Phase::SwitchSides: return Cue::SwitchSides;
    case Phase::Rest: return Cue::Rest;
  }
  return Cue::Start;
}

// Cues strictly inside a segment (offsets from its start) that fall in (from, to].
void inner_cues(const Segment& segment, const Dosage& dosage, std::int64_t start, std::int64_t from,
                std::int64_t to, std::vector<Cue>& out) {
  const auto emit_if_crossed = [&](std::int64_t offset, Cue cue) {
    const std::int64_t at = start + offset;
    if (offset > 0 && offset < segment.duration_ms && at > from && at <= to) out.push_back(cue);
  };
  if (segment.phase == Phase::Work && dosage.kind == DoseKind::Reps) {
    for (int rep = 1; rep < dosage.reps; ++rep) emit_if_crossed(std::int64_t{rep} * dosage.rep_ms, Cue::Rep);
    return;  // each rep is cued already: a countdown on top would blur them
  }
  // A long hold says when 10 seconds are left: enough to know the end is near without a look.
  if (segment.phase == Phase::Work && segment.duration_ms >= kTenLeftFromMs) {
    emit_if_crossed(segment.duration_ms - 10000, Cue::TenSecondsLeft);
  }
  for (std::int64_t left = kCountdownMs; left > 0; left -= 1000) {
    emit_if_crossed(segment.duration_ms - left, Cue::Countdown);
  }
}

std::vector<Cue> keep_latest_if_stale(std::vector<Cue> cues, std::int64_t gap_ms) {
  if (gap_ms > kStaleCueGapMs && cues.size() > 1) cues.erase(cues.begin(), cues.end() - 1);
  return cues;
}

}  // namespace

std::vector<Segment> build_timeline(const RoutinePlan& plan) {
  std::vector<Segment> timeline;
  for (std::size_t item = 0; item < plan.size(); ++item) {
    const Dosage& d = plan[item].dosage;
    timeline.push_back({Phase::GetReady, item, Side::None, 1, kGetReadyMs});
    for (int round = 1; round <= d.rounds; ++round) {
      if (d.per_side) {
        timeline.push_back({Phase::Work, item, Side::First, round, work_ms(d)});
        timeline.push_back({Phase::SwitchSides, item, Side::Second, round, kSwitchSidesMs});
        timeline.push_back({Phase::Work, item, Side::Second, round, work_ms(d)});
      } else {
        timeline.push_back({Phase::Work, item, Side::None, round, work_ms(d)});
      }
      if (round < d.rounds && d.rest_s > 0) {
        timeline.push_back({Phase::Rest, item, Side::None, round, std::int64_t{d.rest_s} * 1000});
      }
    }
  }
  return timeline;
}

std::int64_t timeline_duration_ms(const std::vector<Segment>& timeline) {
  std::int64_t total = 0;
  for (const Segment& s : timeline) total += s.duration_ms;
  return total;
}

RoutineRun::RoutineRun(RoutineKind kind, RoutinePlan plan, std::int64_t now_ms)
    : kind_(kind),
      plan_(std::move(plan)),
      timeline_(build_timeline(plan_)),
      outcomes_(plan_.size(), ItemOutcome::Pending),
      segment_start_ms_(now_ms),
      last_advance_ms_(now_ms),
      started_at_ms_(now_ms) {
  assert(!plan_.empty() && "a routine needs at least one exercise (validate_plan first)");
}

std::size_t RoutineRun::current_item() const noexcept {
  return segment_ < timeline_.size() ? timeline_[segment_].item : plan_.size() - 1;
}

std::vector<Cue> RoutineRun::advance(std::int64_t now_ms) {
  std::vector<Cue> cues;
  if (finished() || paused() || now_ms <= last_advance_ms_) return cues;
  const std::int64_t from = last_advance_ms_;
  while (true) {
    const Segment& segment = timeline_[segment_];
    const std::int64_t end = segment_start_ms_ + segment.duration_ms;
    inner_cues(segment, plan_[segment.item].dosage, segment_start_ms_, from, now_ms, cues);
    if (now_ms < end) break;
    const bool last_of_item =
        segment_ + 1 == timeline_.size() || timeline_[segment_ + 1].item != segment.item;
    if (last_of_item && outcomes_[segment.item] == ItemOutcome::Pending)
      outcomes_[segment.item] = ItemOutcome::Done;
    segment_start_ms_ = end;  // exact: the next segment starts when this one was due to end
    ++segment_;
    if (segment_ == timeline_.size()) {
      finished_at_ms_ = end;
      finish_seen_ms_ = now_ms;
      cues.push_back(Cue::Done);
      break;
    }
    cues.push_back(phase_cue(timeline_[segment_].phase));
  }
  last_advance_ms_ = now_ms;
  return keep_latest_if_stale(std::move(cues), now_ms - from);
}

void RoutineRun::pause(std::int64_t now_ms) {
  if (finished() || paused()) return;
  advance(now_ms);  // cues up to the pause are already past: a pause is not the moment for them
  if (!finished()) paused_at_ms_ = std::max(now_ms, last_advance_ms_);
}

std::vector<Cue> RoutineRun::resume(std::int64_t now_ms) {
  if (!paused()) return {};
  const std::int64_t paused_for = std::max<std::int64_t>(0, now_ms - *paused_at_ms_);
  segment_start_ms_ += paused_for;
  paused_total_ms_ += paused_for;
  last_advance_ms_ = std::max(last_advance_ms_, now_ms);
  paused_at_ms_.reset();
  return {};
}

std::vector<Cue> RoutineRun::jump_to_item(std::size_t item, std::int64_t now_ms) {
  const auto first =
      std::find_if(timeline_.begin(), timeline_.end(), [&](const Segment& s) { return s.item == item; });
  assert(first != timeline_.end() && "every item has segments");
  segment_ = static_cast<std::size_t>(first - timeline_.begin());
  if (paused()) {
    // Stay paused at the very start of the target, with nothing of it spent.
    paused_total_ms_ += now_ms - *paused_at_ms_;
    paused_at_ms_ = now_ms;
  }
  segment_start_ms_ = now_ms;
  last_advance_ms_ = now_ms;
  return {phase_cue(timeline_[segment_].phase)};
}

std::vector<Cue> RoutineRun::skip(std::int64_t now_ms) {
  if (finished()) return {};
  std::vector<Cue> cues = advance(now_ms);
  if (finished()) return cues;
  const std::size_t item = current_item();
  if (outcomes_[item] == ItemOutcome::Pending) outcomes_[item] = ItemOutcome::Skipped;
  if (item + 1 == plan_.size()) return finish(now_ms, false);
  return jump_to_item(item + 1, now_ms);
}

std::vector<Cue> RoutineRun::back(std::int64_t now_ms) {
  if (finished()) return {};
  advance(now_ms);
  if (finished()) return {Cue::Done};
  const std::size_t item = current_item();
  const std::size_t target = item > 0 ? item - 1 : 0;
  for (std::size_t i = target; i <= item; ++i) outcomes_[i] = ItemOutcome::Pending;
  return jump_to_item(target, now_ms);
}

std::vector<Cue> RoutineRun::restart_exercise(std::int64_t now_ms) {
  if (finished()) return {};
  advance(now_ms);
  if (finished()) return {Cue::Done};
  const std::size_t item = current_item();
  outcomes_[item] = ItemOutcome::Pending;
  return jump_to_item(item, now_ms);
}

std::vector<Cue> RoutineRun::end(std::int64_t now_ms) {
  if (finished()) return {};
  advance(now_ms);
  if (finished()) return {Cue::Done};
  return finish(now_ms, true);
}

std::vector<Cue> RoutineRun::finish(std::int64_t now_ms, bool early) {
  if (paused()) {
    paused_total_ms_ += now_ms - *paused_at_ms_;
    paused_at_ms_.reset();
  }
  segment_ = timeline_.size();
  finished_at_ms_ = now_ms;
  finish_seen_ms_ = now_ms;
  ended_early_ = early;
  last_advance_ms_ = now_ms;
  return {Cue::Done};
}

RoutinePosition RoutineRun::position(std::int64_t now_ms) const {
  RoutinePosition p;
  p.routine_total_ms = timeline_duration_ms(timeline_);
  if (finished()) {
    p.item = plan_.size() - 1;
    p.routine_elapsed_ms = p.routine_total_ms;
    return p;
  }
  const Segment& segment = timeline_[segment_];
  const Dosage& dosage = plan_[segment.item].dosage;
  const std::int64_t at = paused() ? *paused_at_ms_ : now_ms;
  p.phase = segment.phase;
  p.item = segment.item;
  p.side = segment.side;
  p.round = segment.round;
  p.rounds = dosage.rounds;
  p.segment_ms = segment.duration_ms;
  p.elapsed_ms = std::clamp<std::int64_t>(at - segment_start_ms_, 0, segment.duration_ms);
  p.remaining_ms = segment.duration_ms - p.elapsed_ms;
  if (segment.phase == Phase::Work && dosage.kind == DoseKind::Reps) {
    p.reps = dosage.reps;
    p.rep = static_cast<int>(std::min<std::int64_t>(dosage.reps, p.elapsed_ms / dosage.rep_ms + 1));
  }
  for (std::size_t i = 0; i < segment_; ++i) p.routine_elapsed_ms += timeline_[i].duration_ms;
  p.routine_elapsed_ms += p.elapsed_ms;
  return p;
}

RoutineSummary RoutineRun::summary(std::int64_t now_ms) const {
  RoutineSummary s;
  s.exercises_total = static_cast<int>(plan_.size());
  for (ItemOutcome outcome : outcomes_) {
    if (outcome == ItemOutcome::Done) ++s.exercises_done;
    if (outcome == ItemOutcome::Skipped) ++s.exercises_skipped;
  }
  const std::int64_t until = finished_at_ms_.value_or(paused_at_ms_.value_or(now_ms));
  s.active_ms = std::max<std::int64_t>(0, until - started_at_ms_ - paused_total_ms_);
  s.ended_early = ended_early_;
  return s;
}

}  // namespace unknot
