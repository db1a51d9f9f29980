// The Learn section's pages: what a lower-back knot is, its causes and symptoms, each self-care
// step with its how-to and safety, where the article's figures come from, and the disclaimer.
// Education, not diagnosis: the wording is careful and our own. The words are in
// content/<locale>/learn/<key>.md (content/README.md); this file and learn_content.cpp hold the
// structure: the pages' order, groups and links.
#pragma once
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/flow/screen.h"
#include "core/i18n/text.h"
#include "core/routine/exercise.h"

namespace unknot {

enum class LearnPage {
  WhatIsAKnot,
  Symptoms,
  PainDuringExercise,
  FlareUps,
  OverdoingIt,
  RepetitiveMotions,
  MuscleImbalance,
  OnePosition,
  Stress,
  InjuriesAndConditions,
  Heat,
  BallMassage,
  FoamRolling,
  Walking,
  EpsomBath,
  Water,
  DeepBreathing,
  Stretching,
  CoreStrength,
  ResearchFigure,
  References,
  Disclaimer,
};
inline constexpr std::size_t kLearnPageCount = 22;

// Each page's stable key, in LearnPage order: its id in the JS API and the name of the files
// that hold its words, content/<locale>/learn/<key>.md.
inline constexpr std::string_view kLearnPageKeys[] = {
    "what_is_a_knot",
    "symptoms",
    "pain_during_exercise",
    "flare_ups",
    "overdoing_it",
    "repetitive_motions",
    "muscle_imbalance",
    "one_position",
    "stress",
    "injuries_and_conditions",
    "heat",
    "ball_massage",
    "foam_rolling",
    "walking",
    "epsom_bath",
    "water",
    "deep_breathing",
    "stretching",
    "core_strength",
    "research_figure",
    "references",
    "disclaimer",
};
static_assert(std::size(kLearnPageKeys) == kLearnPageCount, "every Learn page has a key");

// Used by the compiled content to refuse a file no page owns.
constexpr bool is_learn_page_key(std::string_view key) {
  for (std::string_view known : kLearnPageKeys) {
    if (known == key) return true;
  }
  return false;
}

// How the index groups its pages, in the order it shows them.
enum class LearnGroup { Understanding, Causes, SelfCare, About };
inline constexpr LearnGroup kLearnGroups[] = {LearnGroup::Understanding, LearnGroup::Causes,
                                              LearnGroup::SelfCare, LearnGroup::About};

// A button at the end of a page that opens a related part of the app: a screen, or the routine
// with one exercise's card in view.
struct LearnLink {
  Screen screen;
  std::optional<ExerciseId> exercise;  // only with Screen::Routine: the card to show
};

// A page's words in every locale, compiled from content/<locale>/learn/<key>.md.
struct LearnPageWords {
  Text title;
  std::vector<Text> paragraphs;  // the explanation, one or more short paragraphs
  Text list_heading;             // what the bullets are ("How to", "What to change"); empty: no list
  std::vector<Text> bullets;
  Text safety;  // when to take care or stop; empty where nothing needs saying
};

// A page: its words and where it sits in the app.
struct LearnPageContent : LearnPageWords {
  LearnPage page;
  std::string_view key;  // kLearnPageKeys[page], e.g. "heat"
  LearnGroup group;
  std::vector<LearnLink> links;
};

const std::vector<LearnPageContent>& learn_pages();
const LearnPageContent& learn_page(LearnPage page);
std::optional<LearnPage> learn_page_from_key(std::string_view key);

// What a link's button says, in the user's language (the exercise's name for a card).
std::string learn_link_label(Locale locale, const LearnLink& link);

}  // namespace unknot
