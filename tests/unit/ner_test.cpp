// The entity tagger and its evaluation: CoNLL reading with the corpora's tag typos, exact-span
// scores, held-out parts, and the shipped model on sentences written for these tests.
#include "khulasa/ner.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "khulasa/entities.hpp"
#include "khulasa/ner_eval.hpp"
#include "khulasa/normalize.hpp"

namespace khulasa {
namespace {

std::vector<std::string_view> words(const std::vector<std::string>& tokens) {
  return {tokens.begin(), tokens.end()};
}

TEST(read_conll, cuts_at_full_stops_without_blank_lines_and_repairs_typos) {
  // ANERcorp's shape: no blank lines, raw typos (B-ERS, I-PRG, IPERS, lower case).
  const std::string text =
      "قال O\nجورج B-ERS\nبوش IPERS\nفي O\nواشنطن b-loc\n. O\n"
      "زار O\nوفد O\nالأمم B-PRG\nالمتحدة I-PRG\nبيروت B-LOC\n. O\n";
  const auto s = read_conll(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].tokens.size(), 6u);
  ASSERT_EQ(s[0].names.size(), 2u);
  EXPECT_EQ(s[0].names[0], (NameSpan{1, 3, NameType::person}));
  EXPECT_EQ(s[0].names[1], (NameSpan{4, 5, NameType::location}));
  ASSERT_EQ(s[1].names.size(), 2u);
  EXPECT_EQ(s[1].names[0], (NameSpan{2, 4, NameType::organization}));
  EXPECT_EQ(s[1].names[1], (NameSpan{4, 5, NameType::location}));
}

TEST(read_conll, uses_blank_lines_and_maps_aqmar_tags) {
  // AQMAR's shape: blank lines, PER, MIS0-3, "I--ORG", a stray backtick, unknown tags.
  const std::string text =
      "ريال B-ORG\nمدريد I--ORG\nنادي O\n.\tO\n\n"
      "لينكس B-MIS1`\nنظام O\nكتبه O\nلينوس B-PER\nتورفالدس I-PER\nعام OO\n";
  const auto s = read_conll(text);
  ASSERT_EQ(s.size(), 2u);
  ASSERT_EQ(s[0].names.size(), 1u);
  EXPECT_EQ(s[0].names[0], (NameSpan{0, 2, NameType::organization}));
  ASSERT_EQ(s[1].names.size(), 2u);
  EXPECT_EQ(s[1].names[0], (NameSpan{0, 1, NameType::misc}));
  EXPECT_EQ(s[1].names[1], (NameSpan{3, 5, NameType::person}));
}

TEST(read_conll, an_inside_tag_after_another_type_starts_a_name) {
  const auto s = read_conll("القاهرة B-LOC\nمصر I-ORG\n");
  ASSERT_EQ(s.size(), 1u);
  ASSERT_EQ(s[0].names.size(), 2u);
  EXPECT_EQ(s[0].names[1], (NameSpan{1, 2, NameType::organization}));
}

TEST(ner_scores, exact_spans_per_type_and_overall_without_misc) {
  NerScores scores;
  const std::vector<NameSpan> gold = {
      {0, 2, NameType::person}, {3, 4, NameType::location}, {5, 6, NameType::misc}};
  // One exact hit, one wrong boundary (not a hit), one wrong type, one MISC hit.
  const std::vector<NameSpan> predicted = {{0, 2, NameType::person},
                                           {3, 5, NameType::location},
                                           {7, 8, NameType::organization},
                                           {5, 6, NameType::misc}};
  scores.add(gold, predicted);
  EXPECT_EQ(scores.overall.gold, 2u);
  EXPECT_EQ(scores.overall.predicted, 3u);
  EXPECT_EQ(scores.overall.correct, 1u);
  EXPECT_DOUBLE_EQ(scores.overall.precision(), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(scores.overall.recall(), 0.5);
  EXPECT_DOUBLE_EQ(scores.overall.f1(), 0.4);
  EXPECT_EQ(scores.by_type[static_cast<std::size_t>(NameType::misc)].correct, 1u);
  EXPECT_EQ(scores.by_type[static_cast<std::size_t>(NameType::organization)].predicted, 1u);
  EXPECT_DOUBLE_EQ(SpanCounts{}.f1(), 0.0);
}

TEST(take_part, splits_by_token_position_without_overlap) {
  std::string text;
  for (int i = 0; i < 10; ++i) text += "كلمة O\nأخرى O\n. O\n";
  const auto all = read_conll(text);
  ASSERT_EQ(all.size(), 10u);
  const auto head = take_part(all, 0, 80);
  const auto tail = take_part(all, 80, 100);
  EXPECT_EQ(head.size(), 8u);
  EXPECT_EQ(tail.size(), 2u);
}

TEST(ner_tagger, rejects_bytes_that_are_not_a_model) {
  const std::string junk = "not a model at all, just some bytes";
  EXPECT_THROW(
      NerTagger(std::span(reinterpret_cast<const unsigned char*>(junk.data()), junk.size())),
      std::runtime_error);
  // A header: magic, 9 tags, N features, scale 1.0, name bias 0, beam width.
  auto header = [](std::string_view features, std::string_view beam) {
    std::string h("KHNER02\0", 8);
    h += std::string("\x09\0\0\0", 4);
    h += features;
    h += std::string("\0\0\x80\x3f\0\0\0\0", 8);
    h += beam;
    return h;
  };
  auto load = [](const std::string& bytes) {
    return NerTagger(std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
  };
  // 65,535 features announced, none there.
  EXPECT_THROW(load(header(std::string("\xff\xff\0\0", 4), std::string("\x04\0\0\0", 4))),
               std::runtime_error);
  // A beam of width 0 decodes nothing.
  EXPECT_THROW(load(header(std::string(4, '\0'), std::string(4, '\0'))), std::runtime_error);
  // An empty model of width 4 loads and reads no names.
  const NerTagger empty = load(header(std::string(4, '\0'), std::string("\x04\0\0\0", 4)));
  const std::vector<std::string> tokens = {"قال", "الوزير", "."};
  EXPECT_TRUE(empty.tag(words(tokens)).empty());
}

TEST(ner_tagger, shipped_model_finds_people_and_places_in_news) {
  const NerTagger& tagger = NerTagger::builtin();
  ASSERT_GT(tagger.feature_count(), 1000u);
  const std::vector<std::string> tokens = {"وصل", "الرئيس",  "الفرنسي", "إيمانويل", "ماكرون",
                                           "إلى", "القاهرة", "يوم",     "الأحد",    "."};
  const auto names = tagger.tag(words(tokens));
  EXPECT_NE(std::find(names.begin(), names.end(), NameSpan{3, 5, NameType::person}), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), NameSpan{6, 7, NameType::location}), names.end());
  // Deterministic, and an empty sentence has no names.
  EXPECT_EQ(tagger.tag(words(tokens)), names);
  EXPECT_TRUE(tagger.tag({}).empty());
}

// The weights of a word itself tell a common word of the training news from a name it saw, and
// say nothing of a word it never saw.
TEST(ner_tagger, name_margin_reads_common_words_below_names) {
  const NerTagger& tagger = NerTagger::builtin();
  EXPECT_LT(tagger.name_margin(normalize_for_matching("العالم")), -2.0);  // the world
  EXPECT_LT(tagger.name_margin(normalize_for_matching("الإسلام")), -2.0);
  EXPECT_GT(tagger.name_margin(normalize_for_matching("السنيورة")), 2.0);
  EXPECT_GT(tagger.name_margin(normalize_for_matching("شوماخر")), 0.0);
  EXPECT_EQ(tagger.name_margin(normalize_for_matching("زخرفونيا")), 0.0);  // never seen
  // By type: "دولة" (a state) begins places ("دولة قطر"), never a person's name; misc is no type.
  const std::string state = normalize_for_matching("دولة");
  EXPECT_LT(tagger.name_margin(state, NameType::person), tagger.name_margin(state));
  EXPECT_EQ(tagger.name_margin(state, NameType::misc), tagger.name_margin(state));
  const std::string siniora = normalize_for_matching("السنيورة");
  EXPECT_GT(tagger.name_margin(siniora, NameType::person), 2.0);
  EXPECT_LT(tagger.name_margin(siniora, NameType::organization), 0.5);
}

TEST(find_names_in_tokens, decimal_numbers_written_with_ra_are_no_names) {
  // "3ر45" is 3.45 as Egyptian papers write it: Arabic letter and digits, no Latin name.
  const std::vector<std::string> tokens = {"وارتفع", "سعر", "السهم", "إلى",  "3ر45",
                                           "دولار",  "في",  "بورصة", "لندن", "."};
  for (const NameSpan& s : find_names_in_tokens(words(tokens))) {
    EXPECT_TRUE(s.end <= 3 || s.begin >= 5) << s.begin << "-" << s.end;
  }
}

}  // namespace
}  // namespace khulasa
