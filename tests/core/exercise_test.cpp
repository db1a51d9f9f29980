#include <catch2/catch.hpp>

#include <algorithm>

#include "core/routine/exercise.h"

using namespace unknot;

namespace {
void check_both_languages(const Text& text, const char* field) {
  INFO(field << ": " << pick(Locale::En, text));
  CHECK_FALSE(pick(Locale::En, text).empty());
  CHECK_FALSE(pick(Locale::Es, text).empty());
}
}  // namespace

TEST_CASE("the catalog holds the article's eight exercises in order") {
  const char* keys[] = {"cat_cow",      "childs_pose_side_bend", "bird_dog",     "standing_rotation",
                        "donkey_kicks", "kneeling_hip_flexor",   "seal_stretch", "diaphragmatic_breathing"};
  const auto& catalog = exercise_catalog();
  REQUIRE(catalog.size() == kExerciseCount);
  for (std::size_t i = 0; i < catalog.size(); ++i) {
    CHECK(catalog[i].id == static_cast<ExerciseId>(i));
    CHECK(catalog[i].key == keys[i]);
    CHECK(exercise_from_key(keys[i]) == catalog[i].id);
    CHECK(&exercise(catalog[i].id) == &catalog[i]);
  }
  CHECK_FALSE(exercise_from_key("plank").has_value());
}

TEST_CASE("every exercise is complete in English and Spanish") {
  for (const Exercise& e : exercise_catalog()) {
    INFO(e.key);
    check_both_languages(e.name, "name");
    check_both_languages(e.benefit, "benefit");
    check_both_languages(e.breathing, "breathing");
    check_both_languages(e.stop_if, "stop if");
    CHECK(e.steps.size() >= 3);
    CHECK(e.steps.size() <= 6);
    for (const Text& step : e.steps) check_both_languages(step, "step");
    CHECK(e.mistakes.size() >= 2);
    CHECK(e.mistakes.size() <= 3);
    for (const Text& mistake : e.mistakes) check_both_languages(mistake, "mistake");
    CHECK(pick(Locale::En, e.stop_if).rfind("Stop if", 0) == 0);
    CHECK(pick(Locale::Es, e.stop_if).rfind("Para si", 0) == 0);
    if (e.dosage.per_side) {
      check_both_languages(e.first_side, "first side");
      check_both_languages(e.second_side, "second side");
    } else {
      CHECK(pick(Locale::En, e.first_side).empty());
    }
  }
}

TEST_CASE("default doses follow the product's table") {
  const Dosage& cat_cow = exercise(ExerciseId::CatCow).dosage;
  CHECK(cat_cow.kind == DoseKind::Reps);
  CHECK(cat_cow.reps == 10);
  const Dosage& childs = exercise(ExerciseId::ChildsPoseSideBend).dosage;
  CHECK((childs.kind == DoseKind::Hold && childs.hold_s == 30 && childs.per_side && childs.rounds == 2));
  const Dosage& bird_dog = exercise(ExerciseId::BirdDog).dosage;
  CHECK((bird_dog.kind == DoseKind::Reps && bird_dog.reps == 8 && bird_dog.per_side));
  CHECK(exercise(ExerciseId::StandingRotation).dosage.reps == 10);
  CHECK(exercise(ExerciseId::DonkeyKicks).dosage.reps == 10);
  const Dosage& hip = exercise(ExerciseId::KneelingHipFlexor).dosage;
  CHECK((hip.hold_s == 30 && hip.per_side && hip.rounds == 2));
  const Dosage& seal = exercise(ExerciseId::SealStretch).dosage;
  CHECK((seal.hold_s >= 20 && seal.hold_s <= 30 && seal.rounds == 3));
  CHECK(exercise(ExerciseId::DiaphragmaticBreathing).dosage.hold_s == 180);
}

TEST_CASE("every exercise has an easier and a harder variant, with words in every locale") {
  for (const Exercise& e : exercise_catalog()) {
    for (Variant variant : {Variant::Easier, Variant::Standard, Variant::Harder}) {
      INFO(e.key << " " << variant_key(variant));
      const VariantText words = variant_text(e, variant);
      for (std::size_t locale = 0; locale < kLocaleCount; ++locale) {
        const auto in = static_cast<Locale>(locale);
        CHECK_FALSE(pick(in, words.name).empty());
        CHECK_FALSE(pick(in, words.breathing).empty());
        for (const Text& step : words.steps) CHECK_FALSE(pick(in, step).empty());
        for (const Text& mistake : words.mistakes) CHECK_FALSE(pick(in, mistake).empty());
      }
      CHECK(words.steps.size() >= 3);
      CHECK(words.steps.size() <= 6);
      CHECK(words.mistakes.size() >= 2);
      CHECK(words.mistakes.size() <= 3);
    }
    // Each variant is its own version: its own name and steps.
    CHECK(pick(Locale::En, e.easier.name) != pick(Locale::En, e.name));
    CHECK(pick(Locale::En, e.harder.name) != pick(Locale::En, e.easier.name));
    CHECK(pick(Locale::Es, e.harder.name) != pick(Locale::Es, e.name));
    CHECK(pick(Locale::En, e.easier.steps.front()) != pick(Locale::En, e.harder.steps.back()));
  }
  CHECK(variant_from_key("harder") == Variant::Harder);
  CHECK_FALSE(variant_from_key("hardest").has_value());
}

TEST_CASE("seal stretch is on the forearms by default, straight arms its harder variant") {
  const Exercise& seal = exercise(ExerciseId::SealStretch);
  const auto mentions = [](const std::vector<Text>& steps, Locale locale, std::string_view word) {
    return std::any_of(steps.begin(), steps.end(), [&](const Text& step) {
      return pick(locale, step).find(word) != std::string_view::npos;
    });
  };
  CHECK(mentions(seal.steps, Locale::En, "forearms"));
  CHECK(mentions(seal.steps, Locale::En, "elbows under your shoulders"));
  CHECK(mentions(seal.steps, Locale::Es, "antebrazos"));
  CHECK(mentions(seal.steps, Locale::Es, "codos bajo los hombros"));
  CHECK_FALSE(mentions(seal.steps, Locale::En, "straight arms"));
  CHECK(mentions(seal.harder.steps, Locale::En, "straight arms"));
}

TEST_CASE("donkey kicks lift the thigh level with the back") {
  const Exercise& donkey = exercise(ExerciseId::DonkeyKicks);
  CHECK(pick(Locale::En, donkey.steps[2]).find("thigh is level with your back") != std::string_view::npos);
  CHECK(pick(Locale::Es, donkey.steps[2]).find("muslo quede a la altura de la espalda") !=
        std::string_view::npos);
}

namespace {
// Code points, as the content compiler counts a cue's length (a UTF-8 continuation byte is no
// new character).
std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}
// The same words, not merely equal ones: the fallback hands on the standard's own Text.
bool same_text(const Text& a, const Text& b) {
  for (Locale locale : kAllLocales) {
    if (pick(locale, a).data() != pick(locale, b).data() ||
        pick(locale, a).size() != pick(locale, b).size()) {
      return false;
    }
  }
  return true;
}
}  // namespace

TEST_CASE(
    "every exercise and variant has a ready and a do cue in every locale; only cat cow follows the breath") {
  for (const Exercise& e : exercise_catalog()) {
    for (Variant variant : {Variant::Easier, Variant::Standard, Variant::Harder}) {
      INFO(e.key << " " << variant_key(variant));
      const ExerciseCues cues = variant_cues(e, variant);
      const bool by_breath = e.id == ExerciseId::CatCow;
      for (Locale locale : kAllLocales) {
        INFO("locale " << static_cast<int>(locale));
        for (const Text* cue : {&cues.ready, &cues.doing}) {
          CHECK_FALSE(pick(locale, *cue).empty());
          CHECK(code_points(pick(locale, *cue)) <= 90);
        }
        CHECK(pick(locale, cues.breathe_in).empty() == !by_breath);
        CHECK(pick(locale, cues.breathe_out).empty() == !by_breath);
        CHECK(code_points(pick(locale, cues.breathe_in)) <= 90);
        CHECK(code_points(pick(locale, cues.breathe_out)) <= 90);
      }
      CHECK(pick(Locale::En, cues.ready) != pick(Locale::En, cues.doing));
      if (by_breath) {
        // Each half says its own breath first, so the two can't be swapped unnoticed.
        CHECK(starts_with(pick(Locale::En, cues.breathe_in), "Breathe in: "));
        CHECK(starts_with(pick(Locale::En, cues.breathe_out), "Breathe out: "));
        CHECK(starts_with(pick(Locale::Es, cues.breathe_in), "Inhala: "));
        CHECK(starts_with(pick(Locale::Es, cues.breathe_out), "Exhala: "));
      }
    }
  }
}

TEST_CASE("a variant's cues are its own where it has them, the standard's where it has none") {
  const Exercise& cat_cow = exercise(ExerciseId::CatCow);
  // Seated cat cow starts on a chair: its own ready and breath cues, the standard's do cue.
  const ExerciseCues seated = variant_cues(cat_cow, Variant::Easier);
  CHECK(starts_with(pick(Locale::En, seated.ready), "Sit "));
  CHECK(same_text(seated.ready, cat_cow.easier.cues.ready));
  CHECK(same_text(seated.doing, cat_cow.cues.doing));
  CHECK(cat_cow.easier.cues.doing.empty());
  CHECK(same_text(seated.breathe_in, cat_cow.easier.cues.breathe_in));
  CHECK_FALSE(same_text(seated.breathe_in, cat_cow.cues.breathe_in));
  // The rock back starts on hands and knees, as the standard does, and says its own do cue.
  const ExerciseCues rocking = variant_cues(cat_cow, Variant::Harder);
  CHECK(cat_cow.harder.cues.ready.empty());
  CHECK(same_text(rocking.ready, cat_cow.cues.ready));
  CHECK(same_text(rocking.doing, cat_cow.harder.cues.doing));
  // The standard is the exercise's own cues.
  CHECK(same_text(variant_cues(cat_cow, Variant::Standard).doing, cat_cow.cues.doing));
  // A kneeling hip flexor stretch done standing: its own ready cue, the standard's do cue.
  const Exercise& hip = exercise(ExerciseId::KneelingHipFlexor);
  CHECK(same_text(variant_cues(hip, Variant::Easier).doing, hip.cues.doing));
  CHECK_FALSE(same_text(variant_cues(hip, Variant::Easier).ready, hip.cues.ready));

  // The breath cues fall back as a pair: a variant with no breath cues, or only one of the two,
  // takes both of the standard's, never one of each.
  Exercise edited = cat_cow;
  edited.harder.cues.breathe_in = Text{};
  edited.harder.cues.breathe_out = Text{};
  CHECK(same_text(variant_cues(edited, Variant::Harder).breathe_in, cat_cow.cues.breathe_in));
  CHECK(same_text(variant_cues(edited, Variant::Harder).breathe_out, cat_cow.cues.breathe_out));
  edited.harder.cues.breathe_in = cat_cow.harder.cues.breathe_in;
  CHECK(same_text(variant_cues(edited, Variant::Harder).breathe_in, cat_cow.cues.breathe_in));
  CHECK(same_text(variant_cues(edited, Variant::Harder).breathe_out, cat_cow.cues.breathe_out));
  // And an exercise without breath cues gives none in any variant.
  CHECK(variant_cues(hip, Variant::Harder).breathe_in.empty());
  CHECK(variant_cues(hip, Variant::Harder).breathe_out.empty());
}
