#include "khulasa/values.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace khulasa {
namespace {

struct Expected {
  ValueKind kind;
  std::string text;  // the original bytes of the range
  std::string normalized;
  std::string english;
};

void expect_values(const std::string& text, const std::vector<Expected>& expected) {
  const auto values = find_values(text);
  ASSERT_EQ(values.size(), expected.size()) << text;
  for (std::size_t i = 0; i < values.size(); ++i) {
    EXPECT_EQ(values[i].kind, expected[i].kind) << expected[i].text;
    EXPECT_EQ(values[i].range.slice(text), expected[i].text);
    EXPECT_EQ(values[i].normalized, expected[i].normalized) << expected[i].text;
    EXPECT_EQ(values[i].english, expected[i].english) << expected[i].text;
  }
}

TEST(values_test, money_in_digits_words_symbols_and_vague_amounts) {
  expect_values(
      "استحوذت الشركة على حصة بقيمة 14.3 مليار دولار، بينما دفعت الأخرى $2.5 billion، ورصدت "
      "٣٠٠ مليون يورو ومئات الملايين من الدولارات و5 ملايين دينار أردني.",
      {{ValueKind::money, "14.3 مليار دولار", "USD 14300000000", "$14.3 billion"},
       {ValueKind::money, "$2.5 billion", "USD 2500000000", "$2.5 billion"},
       {ValueKind::money, "٣٠٠ مليون يورو", "EUR 300000000", "€300 million"},
       {ValueKind::money, "مئات الملايين من الدولارات", "USD hundreds of millions",
        "hundreds of millions of dollars"},
       {ValueKind::money, "5 ملايين دينار أردني", "JOD 5000000", "JOD 5 million"}});
  const auto v = find_values("دفعت 14.3 مليار دولار");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].currency, "USD");
  ASSERT_TRUE(v[0].amount);
  EXPECT_DOUBLE_EQ(*v[0].amount, 14.3e9);
}

TEST(values_test, a_units_exponent_is_no_number) {
  // "م³" and "كم²" match as "م3" and "كم2": the exponent belongs to the unit.
  const std::string text = "تنتج المحطة ٣٠٠ ألف م³ يومياً على مساحة 2 كم² في مرحلتين.";
  const auto values = find_values(text);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].normalized, "300000");
  EXPECT_EQ(values[1].normalized, "2");
  for (const Value& v : values) {
    const std::string_view t = v.range.slice(text);
    EXPECT_FALSE(t.starts_with("³") || t.starts_with("²")) << t;
  }
}

TEST(values_test, percentages) {
  expect_values("ارتفع المؤشر 35% والصادرات ١٥٪ والتضخم 20 بالمئة والبطالة 12 في المئة.",
                {{ValueKind::percent, "35%", "35%", "35%"},
                 {ValueKind::percent, "١٥٪", "15%", "15%"},
                 {ValueKind::percent, "20 بالمئة", "20%", "20%"},
                 {ValueKind::percent, "12 في المئة", "12%", "12%"}});
}

TEST(values_test, decimal_commas_and_thousands_separators) {
  expect_values("نسبة 1،1 بالمائة ثم 2,5 بالمائة، وشارك 1,250 شخصاً.",
                {{ValueKind::percent, "1،1 بالمائة", "1.1%", "1.1%"},
                 {ValueKind::percent, "2,5 بالمائة", "2.5%", "2.5%"},
                 {ValueKind::number, "1,250 شخصاً", "1250", "1,250"}});
}

TEST(values_test, dates_numeric_named_partial_and_hijri) {
  expect_values(
      "وقع الاتفاق في 04.09.2025 ثم في 4 سبتمبر 2025، ويبدأ التنفيذ في يوليو ومنتصف عام 2025، "
      "بعد نمو خلال 2023 و2024، وفي 12 رمضان 1446 هـ.",
      {{ValueKind::date, "04.09.2025", "2025-09-04", "4 September 2025"},
       {ValueKind::date, "4 سبتمبر 2025", "2025-09-04", "4 September 2025"},
       {ValueKind::date, "يوليو", "--07", "July"},
       {ValueKind::date, "منتصف عام 2025", "2025", "mid-2025"},
       {ValueKind::date, "2023", "2023", "2023"},
       {ValueKind::date, "2024", "2024", "2024"},
       {ValueKind::date, "12 رمضان 1446 هـ", "AH 1446-09-12", "12 Ramadan 1446 AH"}});
}

TEST(values_test, numbers_in_words_and_counted_nouns) {
  expect_values("يعمل في المختبر ثمانية موظفين وعشرات العلماء، وتبلغ قدرة المحطة 450 ميغاواط.",
                {{ValueKind::number, "ثمانية موظفين", "8", "8"},
                 {ValueKind::number, "عشرات العلماء", "tens", "tens"},
                 {ValueKind::number, "450 ميغاواط", "450", "450"}});
}

TEST(values_test, clitics_stay_outside_and_diacritics_do_not_matter) {
  // "و" before a date and a vague amount is not part of the value; tashkeel is ignored.
  const std::string text = "وَبَلَغَت الخسائر ١٫٢ مليار دولار وعشراتِ الآلاف من الوظائف.";
  const auto v = find_values(text);
  ASSERT_GE(v.size(), 2u);
  EXPECT_EQ(v[0].range.slice(text), "١٫٢ مليار دولار");
  EXPECT_EQ(v[0].normalized, "USD 1200000000");
  EXPECT_TRUE(v[1].range.slice(text).starts_with("عشرات"));
}

TEST(values_test, a_month_name_that_is_also_a_word_needs_a_day_or_year) {
  // "مارس" is March, and also "he practised": alone it is not a date.
  EXPECT_TRUE(find_values("مارس الرياضة طوال حياته").empty());
  expect_values("في مارس 2024", {{ValueKind::date, "مارس 2024", "2024-03", "March 2024"}});
}

TEST(values_test, english_text) {
  expect_values("Meta paid $14.3 billion in June 2025, up 12 percent.",
                {{ValueKind::money, "$14.3 billion", "USD 14300000000", "$14.3 billion"},
                 {ValueKind::date, "June 2025", "2025-06", "June 2025"},
                 {ValueKind::percent, "12 percent", "12%", "12%"}});
}

TEST(values_test, the_example_article_and_empty_text) {
  EXPECT_TRUE(find_values("").empty());
  const std::string article = testing::read_source_file("docs/examples/article.txt");
  const auto v = find_values(article);
  std::size_t money = 0, percent = 0, dates = 0;
  for (const Value& x : v) {
    money += x.kind == ValueKind::money;
    percent += x.kind == ValueKind::percent;
    dates += x.kind == ValueKind::date;
    EXPECT_LE(x.range.end, article.size());
  }
  EXPECT_GE(money, 2u);    // 2.4 مليار دولار (twice)
  EXPECT_GE(percent, 2u);  // 35%, 15%
  EXPECT_GE(dates, 2u);    // 04.09.2025, منتصف عام 2028
}

}  // namespace
}  // namespace khulasa
