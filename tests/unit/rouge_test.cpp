// ROUGE-1/2/L on tiny Arabic examples computed by hand (see each comment), with letter folding.
#include "khulasa/rouge.hpp"

#include <gtest/gtest.h>

namespace khulasa {
namespace {

constexpr double kEps = 1e-12;

TEST(rouge_test, tokens_are_folded_and_punctuation_is_dropped) {
  EXPECT_EQ(rouge_tokens("أعلنَت الوزارةُ، اليوم."),
            (std::vector<std::string>{"اعلنت", "الوزاره", "اليوم"}));
  // Tatweel, alef maqsura, Arabic-Indic digits, hamza on alef, Latin case.
  EXPECT_EQ(rouge_tokens("الخـــطة إلى ٢٠٢٥ «IMF»!"),
            (std::vector<std::string>{"الخطه", "الي", "2025", "imf"}));
  EXPECT_TRUE(rouge_tokens(" ... ، ! ").empty());
}

TEST(rouge_test, folding_makes_spelling_variants_match) {
  // Candidate: اعلنت الوزاره خطه جديده (4 tokens after folding; the original has hamza, tashkeel
  // and taa marbuta). Reference: اعلنت الوزاره خطه جديده للتعليم (5 tokens).
  // ROUGE-1: overlap 4, P = 4/4, R = 4/5, F = 2·1·0.8/1.8 = 8/9.
  // ROUGE-2: bigrams 3 and 4, overlap 3: P = 1, R = 3/4, F = 6/7.
  // ROUGE-L: LCS 4, as ROUGE-1.
  const RougeScores s = rouge(rouge_tokens("أعلنَت الوزارةُ خطةً جديدةً."),
                              rouge_tokens("اعلنت الوزاره خطه جديده للتعليم"));
  EXPECT_NEAR(s.rouge1.precision, 1.0, kEps);
  EXPECT_NEAR(s.rouge1.recall, 0.8, kEps);
  EXPECT_NEAR(s.rouge1.f1, 8.0 / 9.0, kEps);
  EXPECT_NEAR(s.rouge2.precision, 1.0, kEps);
  EXPECT_NEAR(s.rouge2.recall, 0.75, kEps);
  EXPECT_NEAR(s.rouge2.f1, 6.0 / 7.0, kEps);
  EXPECT_NEAR(s.rouge_l.f1, 8.0 / 9.0, kEps);
}

TEST(rouge_test, without_folding_the_same_words_would_not_match) {
  // The two texts differ only in hamza, yaa and taa marbuta: after folding they are equal.
  const RougeScores s =
      rouge(rouge_tokens("إلى المدرسة الأولى"), rouge_tokens("الي المدرسه الاولي"));
  EXPECT_NEAR(s.rouge1.f1, 1.0, kEps);
  EXPECT_NEAR(s.rouge2.f1, 1.0, kEps);
  EXPECT_NEAR(s.rouge_l.f1, 1.0, kEps);
}

TEST(rouge_test, counts_are_clipped) {
  // Candidate المطر ×3, reference المطر يهطل: the unigram المطر counts once.
  // ROUGE-1: P = 1/3, R = 1/2, F = 2·(1/6)/(5/6) = 0.4. ROUGE-2: no shared bigram.
  const RougeScores s = rouge(rouge_tokens("المطر المطر المطر"), rouge_tokens("المطر يهطل"));
  EXPECT_NEAR(s.rouge1.precision, 1.0 / 3.0, kEps);
  EXPECT_NEAR(s.rouge1.recall, 0.5, kEps);
  EXPECT_NEAR(s.rouge1.f1, 0.4, kEps);
  EXPECT_EQ(s.rouge2.f1, 0.0);
}

TEST(rouge_test, rouge_l_is_the_longest_common_subsequence_of_the_joined_texts) {
  // Candidate: قال الوزير ان الخطه نجحت (5). Reference: الخطه نجحت قال الوزير (4).
  // ROUGE-1: overlap 4: P = 4/5, R = 1, F = 8/9.
  // ROUGE-2: candidate bigrams قال_الوزير الوزير_ان ان_الخطه الخطه_نجحت; reference الخطه_نجحت
  //   نجحت_قال قال_الوزير: overlap 2, P = 2/4, R = 2/3, F = 4/7.
  // ROUGE-L: the order changed, so the LCS is 2 (قال الوزير): P = 2/5, R = 2/4, F = 4/9.
  const RougeScores s =
      rouge(rouge_tokens("قال الوزير إن الخطة نجحت."), rouge_tokens("الخطة نجحت، قال الوزير"));
  EXPECT_NEAR(s.rouge1.f1, 8.0 / 9.0, kEps);
  EXPECT_NEAR(s.rouge2.precision, 0.5, kEps);
  EXPECT_NEAR(s.rouge2.recall, 2.0 / 3.0, kEps);
  EXPECT_NEAR(s.rouge2.f1, 4.0 / 7.0, kEps);
  EXPECT_NEAR(s.rouge_l.precision, 0.4, kEps);
  EXPECT_NEAR(s.rouge_l.recall, 0.5, kEps);
  EXPECT_NEAR(s.rouge_l.f1, 4.0 / 9.0, kEps);
}

TEST(rouge_test, several_references_are_averaged) {
  // Against "المطر يهطل" F1 = 1 for all three; against "الشمس ساطعه" 0. The average is 0.5.
  const RougeScores s = rouge_average("المطرُ يهطلُ", {"المطر يهطل", "الشمس ساطعة"});
  EXPECT_NEAR(s.rouge1.f1, 0.5, kEps);
  EXPECT_NEAR(s.rouge2.f1, 0.5, kEps);
  EXPECT_NEAR(s.rouge_l.f1, 0.5, kEps);
  EXPECT_NEAR(s.rouge1.precision, 0.5, kEps);
}

TEST(rouge_test, empty_sides_and_no_references_score_zero) {
  EXPECT_EQ(rouge(rouge_tokens(""), rouge_tokens("المطر يهطل")).rouge1.f1, 0.0);
  EXPECT_EQ(rouge(rouge_tokens("المطر"), rouge_tokens("")).rouge_l.f1, 0.0);
  // One token: no bigrams on the candidate side.
  EXPECT_EQ(rouge(rouge_tokens("المطر"), rouge_tokens("المطر يهطل")).rouge2.f1, 0.0);
  EXPECT_EQ(rouge_average("المطر", {}).rouge1.f1, 0.0);
}

TEST(rouge_test, the_mean_over_articles_is_a_macro_average) {
  RougeMean mean;
  RougeScores a;
  a.rouge1.f1 = 0.2;
  a.rouge2.f1 = 0.1;
  RougeScores b;
  b.rouge1.f1 = 0.6;
  b.rouge_l.recall = 1.0;
  mean.add(a);
  mean.add(b);
  EXPECT_EQ(mean.count(), 2u);
  EXPECT_NEAR(mean.mean().rouge1.f1, 0.4, kEps);
  EXPECT_NEAR(mean.mean().rouge2.f1, 0.05, kEps);
  EXPECT_NEAR(mean.mean().rouge_l.recall, 0.5, kEps);
  EXPECT_EQ(RougeMean().mean().rouge1.f1, 0.0);
}

}  // namespace
}  // namespace khulasa
