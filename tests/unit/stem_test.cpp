#include "khulasa/stem.hpp"

#include <gtest/gtest.h>

#include "khulasa/normalize.hpp"

namespace khulasa {
namespace {

std::string stem(std::string_view word) {
  return light_stem(normalize_for_matching(word));
}

TEST(stem_test, strips_article_compounds_and_suffixes) {
  EXPECT_EQ(stem("والمعلمون"), "معلم");
  EXPECT_EQ(stem("بالجامعة"), "جامع");
  EXPECT_EQ(stem("للشركات"), "شرك");
  EXPECT_EQ(stem("كتبها"), "كتب");
  EXPECT_EQ(stem("وبالمدينة"), "مدين");
}

TEST(stem_test, inflections_of_one_word_share_a_stem) {
  EXPECT_EQ(stem("وزارة"), stem("الوزارة"));
  EXPECT_EQ(stem("الصين"), stem("صين"));
  EXPECT_EQ(stem("ووزارة"), stem("الوزارة"));
  EXPECT_EQ(stem("الجامعية"), stem("جامعة"));
}

TEST(stem_test, never_below_three_letters_and_names_stay_whole) {
  EXPECT_EQ(stem("على"), "علي");
  EXPECT_EQ(stem("وزير"), "وزير");
  EXPECT_EQ(stem("فرنسا"), "فرنسا");
  EXPECT_EQ(stem("لبنان"), "لبنان");
  EXPECT_EQ(stem("بريطانيا"), "بريطانيا");
  EXPECT_EQ(stem("الى"), "الي");
}

TEST(stem_test, non_arabic_words_are_unchanged) {
  EXPECT_EQ(light_stem("openai"), "openai");
  EXPECT_EQ(light_stem("2025"), "2025");
  EXPECT_EQ(light_stem(""), "");
}

}  // namespace
}  // namespace khulasa
