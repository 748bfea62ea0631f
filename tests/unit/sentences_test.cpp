#include "khulasa/sentences.hpp"

#include <gtest/gtest.h>

#include <random>

#include "khulasa/lines.hpp"
#include "test_support.hpp"

namespace khulasa {
namespace {

using Texts = std::vector<std::string>;
using testing::sentence_texts;

std::vector<Sentence> split(std::string_view text) {
  return SentenceSplitter().split(text);
}

TEST(sentences_test, line_widths_match_line_at_for_every_kind_of_line_end) {
  // The LF-only fast path (memchr, 8 bytes at a time) and the general one give what line_at()
  // gives, with the code points of each line.
  for (const std::string& text :
       {std::string("عمّان - أعلنت الشركة\nعن استثمار جديد.\n\nوقال الوزير 😀 إن الاتفاق مهم\n"),
        std::string("سطر أول\r\nسطر ثانٍ\rسطر ثالث\xC2\x85رابع\xE2\x80\xA8خامس"),
        std::string("بلا نهاية سطر"), std::string("\n\n"), std::string("")}) {
    std::vector<std::pair<ByteRange, std::size_t>> expected, got;
    for (std::size_t p = 0; p < text.size();) {
      const Line line = line_at(text, p);
      std::size_t n = 0;
      for (const char c : line.content.slice(text))
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      expected.emplace_back(line.content, n);
      p = line.next_begin;
    }
    for_each_line_width(text, [&](ByteRange r, std::size_t n) { got.emplace_back(r, n); });
    EXPECT_EQ(got, expected) << text;
  }
}

TEST(sentences_test, arabic_terminators_end_sentences) {
  EXPECT_EQ(sentence_texts(
                "هل انتهت الأزمة؟ لا أحد يعرف! لكن الحكومة متفائلة. وقال الوزير إن الحل قريب."),
            (Texts{"هل انتهت الأزمة؟", "لا أحد يعرف!", "لكن الحكومة متفائلة.",
                   "وقال الوزير إن الحل قريب."}));
}

TEST(sentences_test, newline_ends_sentences_even_without_punctuation) {
  EXPECT_EQ(sentence_texts("قال الوزير إن الحل قريب\nوأضاف أن المفاوضات مستمرة"),
            (Texts{"قال الوزير إن الحل قريب", "وأضاف أن المفاوضات مستمرة"}));
}

TEST(sentences_test, no_break_inside_decimals_dates_times_and_versions) {
  EXPECT_EQ(sentence_texts("بلغت الصفقة 14.3 مليار دولار في 04.09.2025 عند الساعة 10.30 صباحاً. "
                           "وصدر التحديث 2.5.1 للتطبيق."),
            (Texts{"بلغت الصفقة 14.3 مليار دولار في 04.09.2025 عند الساعة 10.30 صباحاً.",
                   "وصدر التحديث 2.5.1 للتطبيق."}));
  EXPECT_EQ(sentence_texts("ارتفع المؤشر ١٤.٣ نقطة. وتراجع النفط."),
            (Texts{"ارتفع المؤشر ١٤.٣ نقطة.", "وتراجع النفط."}));
}

TEST(sentences_test, abbreviations_and_initials_do_not_end_sentences) {
  EXPECT_EQ(
      sentence_texts("Officials in the U.S. said Dr. Smith and J. K. Rowling met. They left."),
      (Texts{"Officials in the U.S. said Dr. Smith and J. K. Rowling met.", "They left."}));
  EXPECT_EQ(sentence_texts("وقال د. سامر الخطيب إن أ. د. منى سليم ستقود الفريق. وبدأ العمل."),
            (Texts{"وقال د. سامر الخطيب إن أ. د. منى سليم ستقود الفريق.", "وبدأ العمل."}));
}

TEST(sentences_test, era_letters_after_a_year_end_sentences) {
  EXPECT_EQ(sentence_texts("تأسست المدينة عام 1950م. وقال المؤرخ إنها توسعت سريعاً."),
            (Texts{"تأسست المدينة عام 1950م.", "وقال المؤرخ إنها توسعت سريعاً."}));
}

TEST(sentences_test, ellipsis_inside_quotes_does_not_break) {
  EXPECT_EQ(
      sentence_texts("وقال الخطيب: \"هذا المشروع ليس مجرد محطة... إنه نموذج للمنطقة\". ثم غادر."),
      (Texts{"وقال الخطيب: \"هذا المشروع ليس مجرد محطة... إنه نموذج للمنطقة\".", "ثم غادر."}));
  EXPECT_EQ(sentence_texts("وقالت: «لا أعرف… ربما غداً» ثم صمتت."),
            (Texts{"وقالت: «لا أعرف… ربما غداً» ثم صمتت."}));
}

TEST(sentences_test, short_quotes_stay_with_their_sentence) {
  EXPECT_EQ(sentence_texts("قال الوزير: “الوضع صعب. لكننا سنتجاوزه.” وغادر القاعة."),
            (Texts{"قال الوزير: “الوضع صعب. لكننا سنتجاوزه.”", "وغادر القاعة."}));
  // Closing marks after the terminator belong to the sentence they close.
  EXPECT_EQ(sentence_texts("وأكد أن «الاتفاق نهائي.» وأضاف أنه سيوقع غداً."),
            (Texts{"وأكد أن «الاتفاق نهائي.»", "وأضاف أنه سيوقع غداً."}));
}

TEST(sentences_test, long_quotes_are_split_into_sentences) {
  std::string quote = "وقال: \"";
  for (int i = 0; i < 8; ++i) quote += "نحن نعمل مع جميع الأطراف من أجل التوصل إلى حل. ";
  quote += "\"";
  EXPECT_EQ(sentence_texts(quote).size(), 8u);
}

TEST(sentences_test, glued_dateline_and_byline_split_into_parts) {
  const std::string text = "04.09.2025بقلم: ميلوش ستيفانوفيتش";
  const auto s = split(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].range.slice(text), "04.09.2025");
  EXPECT_EQ(s[0].kind, UnitKind::dateline);
  EXPECT_EQ(s[1].range.slice(text), "بقلم: ميلوش ستيفانوفيتش");
  EXPECT_EQ(s[1].kind, UnitKind::byline);
}

TEST(sentences_test, dateline_then_byline_on_one_line) {
  const std::string text = "الرياض - ٠٤.٠٩.٢٠٢٥ | كتب: أحمد سالم";
  const auto s = split(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].range.slice(text), "الرياض - ٠٤.٠٩.٢٠٢٥");
  EXPECT_EQ(s[0].kind, UnitKind::dateline);
  EXPECT_EQ(s[1].range.slice(text), "كتب: أحمد سالم");
  EXPECT_EQ(s[1].kind, UnitKind::byline);
}

TEST(sentences_test, dateline_glued_to_text) {
  const std::string text = "2025-09-04أعلنت الحكومة عن خطة جديدة.";
  EXPECT_EQ(sentence_texts(text), (Texts{"2025-09-04", "أعلنت الحكومة عن خطة جديدة."}));
}

TEST(sentences_test, list_items_are_units_without_their_markers) {
  const std::string text =
      "ويضم الفريق:\n- مارك زوكربيرج\n• ألكسندر وانغ\n1. ميلوش ستيفانوفيتش\n(2) جان دوبوا\n"
      "١) سارة كونور\nأ- ليلى الحسيني\n  * نيكولاي بتروف";
  const auto s = split(text);
  ASSERT_EQ(s.size(), 8u);
  const Texts names = {"مارك زوكربيرج", "ألكسندر وانغ", "ميلوش ستيفانوفيتش", "جان دوبوا",
                       "سارة كونور",    "ليلى الحسيني", "نيكولاي بتروف"};
  for (std::size_t i = 1; i < s.size(); ++i) {
    EXPECT_EQ(s[i].range.slice(text), names[i - 1]);
    EXPECT_EQ(s[i].kind, UnitKind::list_item) << names[i - 1];
  }
}

TEST(sentences_test, headings_tables_and_separators) {
  const std::string text =
      "## تفاصيل المشروع\nردود الفعل\n**الخلفية**\n| البند | القيمة |\n|---|---|\n/ / /\n***";
  const auto s = split(text);
  ASSERT_EQ(s.size(), 7u);
  EXPECT_EQ(s[0].range.slice(text), "تفاصيل المشروع");
  EXPECT_EQ(s[0].kind, UnitKind::heading);
  EXPECT_EQ(s[1].kind, UnitKind::heading);
  EXPECT_EQ(s[2].kind, UnitKind::heading);
  EXPECT_EQ(s[3].kind, UnitKind::table_row);
  EXPECT_EQ(s[4].kind, UnitKind::table_row);
  EXPECT_EQ(s[5].kind, UnitKind::separator);
  EXPECT_EQ(s[6].kind, UnitKind::separator);
}

TEST(sentences_test, datelines_need_a_date_and_at_most_a_place) {
  for (std::string_view line : {"الرياض - الخميس 4 سبتمبر 2025", "القاهرة في ٤ أيلول ٢٠٢٥",
                                "تحديث: 04.09.2025 10:30", "الأربعاء 12 رمضان 1446 هـ"}) {
    const auto s = split(line);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].kind, UnitKind::dateline) << line;
  }
  // An event title with a date is a heading, not a dateline.
  const auto s = split("الجمعة 9 ديسمبر : حفل موسيقي كبير في مدينة نابل");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, UnitKind::heading);
}

TEST(sentences_test, a_line_with_final_punctuation_is_not_a_heading) {
  const auto s = split("أعلنت الحكومة عن خطة جديدة.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, UnitKind::sentence);
}

TEST(sentences_test, latin_names_inside_arabic_sentences) {
  const std::string text =
      "قالت شركة Meta إن صفقة Scale AI بلغت $14.3 billion. وأكد Mark Zuckerberg ذلك.";
  const auto s = split(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].language, Language::arabic);
  EXPECT_EQ(s[1].range.slice(text), "وأكد Mark Zuckerberg ذلك.");
}

TEST(sentences_test, crlf_cr_only_and_bom) {
  EXPECT_EQ(sentence_texts("\xEF\xBB\xBFالعنوان الأول\r\nالجملة الأولى.\r\n\r\nالجملة الثانية."),
            (Texts{"العنوان الأول", "الجملة الأولى.", "الجملة الثانية."}));
  EXPECT_EQ(sentence_texts("السطر الأول.\rالسطر الثاني.\rالسطر الثالث"),
            (Texts{"السطر الأول.", "السطر الثاني.", "السطر الثالث"}));
}

TEST(sentences_test, empty_and_blank_inputs_have_no_sentences) {
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split("\n\r\n  \t\n").empty());
  EXPECT_TRUE(split("\xEF\xBB\xBF").empty());
}

// Concatenating the sentences' byte ranges with the gaps between them gives the input back exactly,
// ranges never overlap, and no sentence starts or ends with white space.
void expect_round_trip(std::string_view text) {
  const auto sentences = split(text);
  std::string rebuilt;
  std::size_t pos = 0;
  for (const Sentence& s : sentences) {
    ASSERT_LE(pos, s.range.begin);
    ASSERT_LT(s.range.begin, s.range.end);
    ASSERT_LE(s.range.end, text.size());
    rebuilt.append(text.substr(pos, s.range.begin - pos));  // gap
    rebuilt.append(s.range.slice(text));
    pos = s.range.end;
    const std::string_view body = s.range.slice(text);
    EXPECT_NE(body.front(), ' ');
    EXPECT_NE(body.back(), ' ');
    EXPECT_EQ(body.find('\n'), std::string_view::npos);
  }
  rebuilt.append(text.substr(pos));
  EXPECT_EQ(rebuilt, text);
}

TEST(sentences_test, long_article_round_trips_exactly) {
  const std::string article = testing::read_source_file("docs/examples/article.txt");
  ASSERT_GT(article.size(), 2000u);
  std::string crlf;
  for (char c : article) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += (i % 2 ? crlf : article) + "\n";
  expect_round_trip(long_text);
  EXPECT_GT(split(long_text).size(), 40u * 20u);
}

TEST(sentences_test, random_cuts_of_an_article_round_trip) {
  // Any prefix or middle slice cut at a character boundary still segments into exact ranges.
  const std::string article = testing::read_source_file("docs/examples/article.txt");
  std::mt19937 rng(42);
  for (int i = 0; i < 200; ++i) {
    std::size_t a = rng() % article.size(), b = rng() % article.size();
    if (a > b) std::swap(a, b);
    while (a > 0 && (static_cast<unsigned char>(article[a]) & 0xC0) == 0x80) --a;
    while (b < article.size() && (static_cast<unsigned char>(article[b]) & 0xC0) == 0x80) ++b;
    expect_round_trip(std::string_view(article).substr(a, b - a));
  }
}

TEST(sentences_test, units_of_the_example_article) {
  const std::string article = testing::read_source_file("docs/examples/article.txt");
  const auto s = split(article);
  ASSERT_GE(s.size(), 20u);
  EXPECT_EQ(s[0].kind, UnitKind::heading);  // the headline
  EXPECT_EQ(s[1].kind, UnitKind::dateline);
  EXPECT_EQ(s[2].kind, UnitKind::byline);
  EXPECT_EQ(s[2].range.slice(article), "بقلم: ليلى الحسيني");
}

}  // namespace
}  // namespace khulasa

namespace khulasa {
namespace {

// A paragraph wrapped at about 70 characters, as e-mail and PDF copies arrive.
constexpr std::string_view kWrapped =
    "أعلنت وزارة الصحة يوم الثلاثاء عن خطة وطنية لتطعيم الأطفال ضد الحصبة\n"
    "في جميع المحافظات، وذلك بعد ارتفاع عدد الإصابات خلال الأشهر الثلاثة\n"
    "الماضية إلى أكثر من ألفي حالة. وقال المتحدث باسم الوزارة إن الحملة\n"
    "ستبدأ في الأول من أكتوبر وتستمر ستة أسابيع.\n"
    "\n"
    "وأضاف أن الوزارة خصصت 40 مليون دينار للحملة، وأن فرقاً متنقلة ستزور\n"
    "المدارس والقرى النائية لضمان وصول اللقاح إلى كل طفل في البلاد دون\n"
    "استثناء.\n";

TEST(sentences_test, hard_wrapped_paragraphs_join_their_lines) {
  const auto s = SentenceSplitter().split(kWrapped);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_TRUE(s[0].range.slice(kWrapped).starts_with("أعلنت وزارة الصحة"));
  EXPECT_TRUE(s[0].range.slice(kWrapped).ends_with("أكثر من ألفي حالة."));
  EXPECT_TRUE(s[1].range.slice(kWrapped).starts_with("وقال المتحدث"));
  EXPECT_TRUE(s[1].range.slice(kWrapped).ends_with("ستة أسابيع."));
  EXPECT_TRUE(s[2].range.slice(kWrapped).ends_with("دون\nاستثناء."));
  for (const Sentence& x : s) EXPECT_EQ(x.kind, UnitKind::sentence);
}

TEST(sentences_test, short_lines_and_lists_are_not_taken_for_wrapped_text) {
  // Names one per line without markers, under a heading: each is its own unit.
  const std::string names =
      "المشاركون في الاجتماع\nمارك زوكربيرج\nألكسندر وانغ\nميلوش ستيفانوفيتش\n";
  EXPECT_EQ(testing::sentence_texts(names).size(), 4u);
  // A long headline over a wrapped paragraph stays apart from it.
  const std::string with_headline =
      "الحكومة تطلق حملة وطنية للتطعيم ضد الحصبة\n" + std::string(kWrapped);
  const auto s = SentenceSplitter().split(with_headline);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].kind, UnitKind::heading);
  // Lines of one paragraph each (not wrapped: longer than any wrap width) stay apart.
  const std::string article = testing::read_source_file("docs/examples/article.txt");
  for (const Sentence& x : SentenceSplitter().split(article)) {
    EXPECT_EQ(x.range.slice(article).find('\n'), std::string_view::npos);
  }
}

}  // namespace
}  // namespace khulasa
