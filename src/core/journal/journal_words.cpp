#include "core/journal/journal_words.h"

namespace unknot {

const JournalWord* find_word(WordList words, std::uint16_t value) noexcept {
  for (const JournalWord& word : words) {
    if (word.value == value) return &word;
  }
  return nullptr;
}

std::optional<std::uint16_t> value_from_key(WordList words, std::string_view key) noexcept {
  for (const JournalWord& word : words) {
    if (word.key == key) return word.value;
  }
  return std::nullopt;
}

std::string_view key_of(WordList words, std::uint16_t value) noexcept {
  const JournalWord* word = find_word(words, value);
  return word ? word->key : std::string_view();
}

std::string_view word_of(WordList words, Locale locale, std::uint16_t value) noexcept {
  const JournalWord* word = find_word(words, value);
  return word ? tr(locale, word->word) : std::string_view();
}

std::vector<std::string_view> keys_of_mask(WordList words, std::uint16_t mask) {
  std::vector<std::string_view> keys;
  for (const JournalWord& word : words) {
    if (mask & word.value) keys.push_back(word.key);
  }
  return keys;
}

std::string words_of_mask(WordList words, Locale locale, std::uint16_t mask, std::string_view separator) {
  std::string joined;
  for (const JournalWord& word : words) {
    if (!(mask & word.value)) continue;
    if (!joined.empty()) joined += separator;
    joined += tr(locale, word.word);
  }
  return joined;
}

std::string key_choices(WordList words) {
  std::string choices;
  for (const JournalWord& word : words) {
    if (!choices.empty()) choices += ", ";
    choices += word.key;
  }
  return choices;
}

std::string_view spot_word(Locale locale, std::uint8_t bit) noexcept {
  return word_of(kSpotWords, locale, bit);
}
std::string_view feel_word(Locale locale, PainFeel feel) noexcept {
  return word_of(kFeelWords, locale, static_cast<std::uint16_t>(feel));
}
std::string_view activity_word(Locale locale, std::uint8_t bit) noexcept {
  return word_of(kActivityWords, locale, bit);
}
std::string_view cause_word(Locale locale, std::uint8_t bit) noexcept {
  return word_of(kCauseWords, locale, bit);
}
std::string_view self_care_word(Locale locale, std::uint16_t bit) noexcept {
  return word_of(kSelfCareWords, locale, bit);
}
std::string_view red_flag_word(Locale locale, std::uint16_t bit) noexcept {
  return word_of(kRedFlagWords, locale, bit);
}
std::string_view session_kind_word(Locale locale, SessionKind kind) noexcept {
  return word_of(kSessionKindWords, locale, static_cast<std::uint16_t>(kind));
}
std::string_view routine_kind_word(Locale locale, RoutineKind kind) noexcept {
  return word_of(kRoutineKindWords, locale, static_cast<std::uint16_t>(kind));
}

}  // namespace unknot
