// The Learn pages' structure: each page's group and the links at its end. Their words are
// compiled from content/<locale>/learn/ (content/README.md). Facts follow the physical-therapy
// article Unknot is built on and the figures in docs (PRODUCT.md's "Facts to use exactly"); every
// sentence is written for Unknot. Self-care is offered as things that "may" or "can" help: none
// of it is a treatment plan.
#include "core/learn/learn_content.h"

#include <algorithm>
#include <cassert>

#include "core/learn/learn_words.h"  // generated from content/ by scripts/lib/i18n/compile_content.mjs

namespace unknot {
namespace {

LearnLink to(Screen screen) {
  return LearnLink{screen, std::nullopt};
}
LearnLink card(ExerciseId id) {
  return LearnLink{Screen::Routine, id};
}

// What the content files don't say: where a page sits and what it links to.
struct PagePlace {
  LearnPage page;
  LearnGroup group;
  std::vector<LearnLink> links;
};

// In LearnPage order, which is the order the index shows within each group.
std::vector<PagePlace> page_places() {
  return {
      {LearnPage::WhatIsAKnot, LearnGroup::Understanding, {to(Screen::Checkin), card(ExerciseId::CatCow)}},
      {LearnPage::Symptoms, LearnGroup::Understanding, {to(Screen::CareNow), to(Screen::Checkin)}},
      {LearnPage::PainDuringExercise, LearnGroup::Understanding, {to(Screen::Routine), to(Screen::CareNow)}},
      {LearnPage::FlareUps,
       LearnGroup::Understanding,
       {to(Screen::Routine), to(Screen::Position), to(Screen::CareNow)}},
      {LearnPage::OverdoingIt, LearnGroup::Causes, {to(Screen::Routine)}},
      {LearnPage::RepetitiveMotions, LearnGroup::Causes, {card(ExerciseId::StandingRotation)}},
      {LearnPage::MuscleImbalance,
       LearnGroup::Causes,
       {card(ExerciseId::BirdDog), card(ExerciseId::DonkeyKicks)}},
      {LearnPage::OnePosition, LearnGroup::Causes, {card(ExerciseId::CatCow), to(Screen::Position)}},
      {LearnPage::Stress, LearnGroup::Causes, {to(Screen::Breathe)}},
      {LearnPage::InjuriesAndConditions, LearnGroup::Causes, {to(Screen::CareNow)}},
      {LearnPage::Heat, LearnGroup::SelfCare, {to(Screen::Checkin)}},
      {LearnPage::BallMassage, LearnGroup::SelfCare, {to(Screen::Breathe)}},
      {LearnPage::FoamRolling, LearnGroup::SelfCare, {}},
      {LearnPage::Walking, LearnGroup::SelfCare, {to(Screen::Checkin)}},
      {LearnPage::EpsomBath, LearnGroup::SelfCare, {}},
      {LearnPage::Water, LearnGroup::SelfCare, {}},
      {LearnPage::DeepBreathing, LearnGroup::SelfCare, {to(Screen::Breathe), to(Screen::Position)}},
      {LearnPage::Stretching,
       LearnGroup::SelfCare,
       {card(ExerciseId::ChildsPoseSideBend), card(ExerciseId::KneelingHipFlexor),
        card(ExerciseId::SealStretch)}},
      {LearnPage::CoreStrength,
       LearnGroup::SelfCare,
       {card(ExerciseId::BirdDog), card(ExerciseId::DonkeyKicks)}},
      {LearnPage::ResearchFigure, LearnGroup::About, {to(Screen::Progress)}},
      {LearnPage::References, LearnGroup::About, {}},
      {LearnPage::Disclaimer, LearnGroup::About, {to(Screen::CareNow)}},
  };
}

std::vector<LearnPageContent> build_pages() {
  const auto words = content::learn_page_words();
  std::vector<LearnPageContent> pages;
  for (PagePlace& place : page_places()) {
    const std::string_view key = kLearnPageKeys[static_cast<std::size_t>(place.page)];
    const auto found =
        std::find_if(words.begin(), words.end(), [&](const auto& entry) { return entry.first == key; });
    assert(found != words.end() && "the compiled content has every page (learn_words.h checks)");
    pages.push_back(LearnPageContent{found->second, place.page, key, place.group, std::move(place.links)});
  }
  return pages;
}

}  // namespace

const std::vector<LearnPageContent>& learn_pages() {
  static const std::vector<LearnPageContent> pages = build_pages();
  return pages;
}

const LearnPageContent& learn_page(LearnPage page) {
  const auto& pages = learn_pages();
  const auto index = static_cast<std::size_t>(page);
  assert(index < pages.size() && pages[index].page == page && "learn pages must be listed in enum order");
  return pages[index];
}

std::optional<LearnPage> learn_page_from_key(std::string_view key) {
  for (const LearnPageContent& content : learn_pages()) {
    if (content.key == key) return content.page;
  }
  return std::nullopt;
}

std::string learn_link_label(Locale locale, const LearnLink& link) {
  if (link.exercise)
    return fill(tr(locale, Str::LearnLinkExercise), {pick(locale, exercise(*link.exercise).name)});
  switch (link.screen) {
    case Screen::Breathe: return std::string(tr(locale, Str::LearnLinkBreathe));
    case Screen::Position: return std::string(tr(locale, Str::LearnLinkPosition));
    case Screen::Checkin: return std::string(tr(locale, Str::LearnLinkCheckin));
    case Screen::Progress: return std::string(tr(locale, Str::LearnLinkProgress));
    case Screen::CareNow: return std::string(tr(locale, Str::CareTitle));
    case Screen::Routine: return std::string(tr(locale, Str::LearnLinkRoutine));
    default: return std::string(tr(locale, Str::LearnLinkOther));
  }
}

}  // namespace unknot
