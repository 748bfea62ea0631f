#include "khulasa/language.hpp"

#include <gtest/gtest.h>

namespace khulasa {
namespace {

TEST(language_test, arabic_english_mixed_none) {
  EXPECT_EQ(detect_language("أعلنت الحكومة عن خطة جديدة"), Language::arabic);
  EXPECT_EQ(detect_language("قالت شركة Meta إن Scale AI ستتوسع"), Language::arabic);
  EXPECT_EQ(detect_language("Meta said it will invest in Scale AI"), Language::english);
  EXPECT_EQ(detect_language("The deal صفقة كبيرة بين two companies"), Language::mixed);
  EXPECT_EQ(detect_language("14.3% - 2025"), Language::none);
  EXPECT_EQ(to_string(Language::mixed), "mixed");
}

}  // namespace
}  // namespace khulasa
