// The Learn pages: complete in both languages, every link leads somewhere real, and the
// showLearnPage action opens a page that Back leaves for the Learn index.
#include <catch2/catch.hpp>

#include <set>

#include "core/flow/action.h"
#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"
#include "core/learn/learn_content.h"

using namespace unknot;

namespace {
void require_both(const Text& text, std::string_view what) {
  INFO(what);
  CHECK_FALSE(pick(Locale::En, text).empty());
  CHECK_FALSE(pick(Locale::Es, text).empty());
  CHECK(pick(Locale::En, text) != pick(Locale::Es, text));  // translated, not copied
}
}  // namespace

TEST_CASE("every Learn page has a title and body in English and Spanish, in enum order, with a unique key") {
  REQUIRE(learn_pages().size() == kLearnPageCount);
  std::set<std::string_view> keys;
  for (std::size_t i = 0; i < kLearnPageCount; ++i) {
    const LearnPageContent& page = learn_pages()[i];
    INFO(page.key);
    CHECK(static_cast<std::size_t>(page.page) == i);
    CHECK(keys.insert(page.key).second);
    CHECK(learn_page_from_key(page.key) == page.page);
    require_both(page.title, "title");
    REQUIRE_FALSE(page.paragraphs.empty());
    for (const Text& paragraph : page.paragraphs) require_both(paragraph, "paragraph");
    CHECK(page.bullets.empty() == pick(Locale::En, page.list_heading).empty());
    if (!page.bullets.empty()) require_both(page.list_heading, "list heading");
    for (const Text& bullet : page.bullets) require_both(bullet, "bullet");
    CHECK(pick(Locale::En, page.safety).empty() == pick(Locale::Es, page.safety).empty());
  }
}

TEST_CASE("every Learn group has pages, and self-care covers each treatment the journal offers") {
  for (LearnGroup group : kLearnGroups) {
    bool any = false;
    for (const LearnPageContent& page : learn_pages()) any = any || page.group == group;
    CHECK(any);
  }
  for (auto key : {"heat", "ball_massage", "foam_rolling", "walking", "epsom_bath", "water", "deep_breathing",
                   "stretching", "core_strength"}) {
    INFO(key);
    const auto page = learn_page_from_key(key);
    REQUIRE(page);
    CHECK(learn_page(*page).group == LearnGroup::SelfCare);
    CHECK_FALSE(
        pick(Locale::En, learn_page(*page).safety).empty());  // every treatment says when to take care
  }
}

TEST_CASE("the heat page gives the time, the cloth and the warning about sleep") {
  const LearnPageContent& heat = learn_page(LearnPage::Heat);
  std::string all;
  for (const Text& t : heat.bullets) all += std::string(pick(Locale::En, t)) + " ";
  all += pick(Locale::En, heat.safety);
  CHECK(all.find("15 to 20 minutes") != std::string::npos);
  CHECK(all.find("cloth") != std::string::npos);
  CHECK(all.find("asleep") != std::string::npos);
}

TEST_CASE("the 68% page gives the study's context and never claims Unknot delivers it") {
  std::string all;
  for (const Text& t : learn_page(LearnPage::ResearchFigure).paragraphs)
    all += std::string(pick(Locale::En, t)) + " ";
  for (auto fact :
       {"12-week", "sensors", "coaching", "Bailey", "JMIR", "2020", "10,264", "68%", "no control group"}) {
    INFO(fact);
    CHECK(all.find(fact) != std::string::npos);
  }
  CHECK(all.find("Don't expect the same result") != std::string::npos);
}

TEST_CASE("every link on a Learn page points at a real screen or exercise, with a label in both languages") {
  for (const LearnPageContent& page : learn_pages()) {
    INFO(page.key);
    for (const LearnLink& link : page.links) {
      CHECK(link.screen != Screen::Learn);
      CHECK(link.screen != Screen::Player);  // needs a routine under way
      if (link.exercise) {
        CHECK(link.screen == Screen::Routine);
        CHECK(static_cast<std::size_t>(*link.exercise) < kExerciseCount);
      }
      const std::string en = learn_link_label(Locale::En, link), es = learn_link_label(Locale::Es, link);
      CHECK_FALSE(en.empty());
      CHECK(en != es);
      CHECK(en != tr(Locale::En, Str::LearnLinkOther));  // each target has its own words

      AppState state;
      dispatch(state, ShowLearnPage{page.page}, 0);
      if (link.exercise) dispatch(state, ShowExercise{static_cast<std::size_t>(*link.exercise)}, 0);
      const auto out = dispatch(state, Navigate{link.screen}, 0);
      CHECK(out.error.empty());
      CHECK(state.screen == link.screen);
      if (link.exercise) CHECK(state.exercise_in_view == static_cast<std::size_t>(*link.exercise));
      dispatch(state, GoBack{}, 0);  // and back to the page that linked there
      CHECK(state.screen == Screen::Learn);
      CHECK(state.learn_page == page.page);
    }
  }
}

TEST_CASE("showLearnPage parses by key and refuses an unknown or missing page") {
  const auto parsed = parse_action(R"({"type":"showLearnPage","page":"heat"})");
  REQUIRE(parsed);
  REQUIRE(std::holds_alternative<ShowLearnPage>(parsed.value()));
  CHECK(std::get<ShowLearnPage>(parsed.value()).page == LearnPage::Heat);

  const auto unknown = parse_action(R"({"type":"showLearnPage","page":"cupping"})");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error() == "showLearnPage: unknown page \"cupping\"");
  CHECK_FALSE(parse_action(R"({"type":"showLearnPage"})"));
  CHECK_FALSE(parse_action(R"({"type":"showLearnPage","page":3})"));
}

TEST_CASE("every Learn page opens from home, and Back goes to the Learn index, then home") {
  for (const LearnPageContent& page : learn_pages()) {
    INFO(page.key);
    AppState state;
    REQUIRE(dispatch(state, ShowLearnPage{page.page}, 0).changed);
    CHECK(state.screen == Screen::Learn);
    CHECK(state.learn_page == page.page);
    CHECK(state_to_json(state, 0, 0).find("\"learn\":{\"page\":\"" + std::string(page.key) + "\"}") !=
          std::string::npos);

    REQUIRE(dispatch(state, GoBack{}, 0).changed);
    CHECK(state.screen == Screen::Learn);
    CHECK_FALSE(state.learn_page);
    CHECK(state_to_json(state, 0, 0).find("\"learn\":{\"page\":null}") != std::string::npos);
    REQUIRE(dispatch(state, GoBack{}, 0).changed);
    CHECK(state.screen == Screen::Home);
  }
}

TEST_CASE("opening Learn from elsewhere shows its index, and another page replaces the one being read") {
  AppState state;
  dispatch(state, Navigate{Screen::Learn}, 0);
  dispatch(state, ShowLearnPage{LearnPage::Heat}, 0);
  CHECK(state.history == std::vector<Screen>{Screen::Home});  // the index is not a screen of its own
  dispatch(state, ShowLearnPage{LearnPage::Walking}, 0);
  CHECK(state.learn_page == LearnPage::Walking);
  CHECK_FALSE(dispatch(state, ShowLearnPage{LearnPage::Walking}, 0).changed);

  dispatch(state, Navigate{Screen::Home}, 0);
  REQUIRE(dispatch(state, Navigate{Screen::Learn}, 0).changed);
  CHECK_FALSE(state.learn_page);
}
