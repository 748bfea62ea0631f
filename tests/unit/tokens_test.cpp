#include "khulasa/tokens.hpp"

#include <gtest/gtest.h>

namespace khulasa {
namespace {

struct Expected {
  std::string text;
  Script script;
};

std::vector<Expected> tokens_of(std::string_view text) {
  std::vector<Expected> out;
  for (const Token& t : Tokenizer().tokenize(text)) {
    out.push_back({std::string(t.range.slice(text)), t.script});
  }
  return out;
}

TEST(tokens_test, arabic_words_with_diacritics_latin_digits_and_punctuation) {
  const auto t = tokens_of("قالَ الرئيـس، إن Meta دفعت 14.3 مليار؟");
  const std::vector<std::pair<std::string, Script>> expected = {
      {"قالَ", Script::arabic},  {"الرئيـس", Script::arabic}, {"،", Script::punctuation},
      {"إن", Script::arabic},   {"Meta", Script::latin},     {"دفعت", Script::arabic},
      {"14.3", Script::digits}, {"مليار", Script::arabic},   {"؟", Script::punctuation}};
  ASSERT_EQ(t.size(), expected.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    EXPECT_EQ(t[i].text, expected[i].first);
    EXPECT_EQ(t[i].script, expected[i].second) << t[i].text;
  }
}

TEST(tokens_test, dates_and_arabic_indic_numbers_are_one_token) {
  const auto t = tokens_of("في ٠٤.٠٩.٢٠٢٥ وبلغ 1,250 شخصاً");
  ASSERT_GE(t.size(), 5u);
  EXPECT_EQ(t[1].text, "٠٤.٠٩.٢٠٢٥");
  EXPECT_EQ(t[1].script, Script::digits);
  EXPECT_EQ(t[3].text, "1,250");
}

TEST(tokens_test, mixed_tokens) {
  EXPECT_EQ(classify_script("2025م"), Script::mixed);
  EXPECT_EQ(classify_script("5G"), Script::mixed);
  EXPECT_EQ(classify_script("«"), Script::punctuation);
  EXPECT_EQ(classify_script("Привет"), Script::other);
  // The separators of numbers decide no script inside a word, and alone they are punctuation,
  // not letters of another script.
  EXPECT_EQ(classify_script("."), Script::punctuation);
  EXPECT_EQ(classify_script(".."), Script::punctuation);
  EXPECT_EQ(classify_script(":"), Script::punctuation);
  EXPECT_EQ(classify_script("٫"), Script::punctuation);
  EXPECT_EQ(classify_script("3.5"), Script::digits);
  EXPECT_EQ(classify_script("O'Brien"), Script::latin);
}

TEST(tokens_test, offsets_are_into_the_given_text_within_a_range) {
  const std::string text = "عنوان\nقال الوزير";
  std::vector<Token> out;
  Tokenizer tok;
  tok.tokenize(text, ByteRange{text.find('\n') + 1, text.size()}, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].range.slice(text), "قال");
  EXPECT_EQ(out[1].range.slice(text), "الوزير");
}

TEST(tokens_test, emoji_and_invisible_marks) {
  const std::string text = "خبر\u200F 😀 عاجل";
  const auto t = tokens_of(text);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].text, "خبر");
  EXPECT_EQ(t[2].text, "عاجل");
}

}  // namespace
}  // namespace khulasa
