#include "khulasa/normalize.hpp"

#include <gtest/gtest.h>

namespace khulasa {
namespace {

std::string norm(std::string_view s, NormalizeOptions o = {}) {
  return normalize(s, o).text;
}

TEST(normalize_test, removes_tashkeel_and_tatweel) {
  EXPECT_EQ(norm("كَتَبَ الصَّحَفِيُّ تَقْرِيرًا"), "كتب الصحفي تقريرا");
  EXPECT_EQ(norm("الرئيـــــس"), "الرئيس");
  EXPECT_EQ(norm("هٰذا"), "هذا");  // superscript alef
}

TEST(normalize_test, folds_alef_yaa_taa_and_digits) {
  EXPECT_EQ(norm("أحمد إبراهيم آل ٱلقاضي"), "احمد ابراهيم ال القاضي");
  EXPECT_EQ(norm("على مستشفى"), "علي مستشفي");
  EXPECT_EQ(norm("الجامعة الأمريكية"), "الجامعه الامريكيه");
  EXPECT_EQ(norm("٠٤.٠٩.٢٠٢٥ و۱۴۳"), "04.09.2025 و143");
}

TEST(normalize_test, options_turn_each_folding_off) {
  NormalizeOptions keep;
  keep.fold_taa_marbuta = false;
  EXPECT_EQ(norm("الجامعة", keep), "الجامعة");
  NormalizeOptions carriers;
  carriers.fold_hamza_carriers = true;
  EXPECT_EQ(norm("مسؤول رئيس", carriers), "مسوول رييس");
  EXPECT_EQ(norm("مسؤول رئيس"), "مسؤول رئيس");  // default: carriers kept
  NormalizeOptions digits;
  digits.ascii_digits = false;
  EXPECT_EQ(norm("٢٠٢٥", digits), "٢٠٢٥");
  NormalizeOptions tashkeel;
  tashkeel.remove_tashkeel = false;
  EXPECT_EQ(norm("كَتَبَ", tashkeel), "كَتَبَ");
}

TEST(normalize_test, nfkc_presentation_forms_and_composition) {
  EXPECT_EQ(norm("ﻻ"), "لا");             // lam-alef ligature U+FEFB
  EXPECT_EQ(norm("ﺍﻟﻌﺮﺑﻴﺔ"), "العربيه");  // presentation forms B
  EXPECT_EQ(norm("\u0627\u0654"), "ا");   // alef + hamza above composes to أ, then folds
  EXPECT_EQ(norm("Ｍｅｔａ"), "meta");    // full-width Latin
}

TEST(normalize_test, latin_case_folding_and_invisible_characters) {
  EXPECT_EQ(norm("OpenAI و Scale AI"), "openai و scale ai");
  EXPECT_EQ(norm("مي\u200Cتا\u200F"), "ميتا");  // ZWNJ and RLM removed
  EXPECT_EQ(norm("\xEF\xBB\xBFخبر"), "خبر");    // BOM removed
  NormalizeOptions keep_case;
  keep_case.case_fold = false;
  EXPECT_EQ(norm("OpenAI", keep_case), "OpenAI");
}

TEST(normalize_test, map_points_every_normalized_byte_at_its_original_character) {
  const std::string original = "قالَ الرئيسُ ٢٠٢٥";
  const NormalizedText n = normalize(original);
  EXPECT_EQ(n.text, "قال الرئيس 2025");
  // "قال" with its fatha: 8 original bytes.
  EXPECT_EQ(n.map.to_original(ByteRange{0, 6}), (ByteRange{0, 8}));
  // "الرئيس" maps to "الرئيسُ" including the damma.
  const std::size_t word = n.text.find("الرئيس");
  const ByteRange r = n.map.to_original(ByteRange{word, word + std::string("الرئيس").size()});
  EXPECT_EQ(r.slice(original), "الرئيسُ");
  // "2025" maps to the Arabic-Indic digits.
  const std::size_t year = n.text.find("2025");
  EXPECT_EQ(n.map.to_original(ByteRange{year, year + 4}).slice(original), "٢٠٢٥");
  EXPECT_EQ(n.map.to_original(ByteRange{year + 1, year + 2}).slice(original), "٠");
}

TEST(normalize_test, map_of_text_with_tatweel_and_presentation_forms) {
  const std::string original = "ﻻ شركـــة";
  const NormalizedText n = normalize(original);
  EXPECT_EQ(n.text, "لا شركه");
  EXPECT_EQ(n.map.to_original(ByteRange{0, 4}).slice(original), "ﻻ");
  const std::size_t w = n.text.find("شركه");
  EXPECT_EQ(n.map.to_original(ByteRange{w, n.text.size()}).slice(original), "شركـــة");
}

TEST(normalize_test, unchanged_text_has_identity_like_map) {
  const std::string s = "the quick fox";
  const NormalizedText n = normalize(s);
  EXPECT_EQ(n.text, s);
  EXPECT_TRUE(n.map.is_identity());
}

TEST(normalize_test, normalize_for_matching_agrees_with_normalize) {
  for (std::string_view s : {"إنَّ الشَّرِكَةَ", "ﻷن", "Zuckerberg زوكربيرغ", "١٤٫٣ مليار"}) {
    EXPECT_EQ(normalize_for_matching(s), normalize(s).text) << s;
  }
}

}  // namespace
}  // namespace khulasa
