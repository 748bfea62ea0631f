// ROUGE (Lin 2004) for Arabic and English summaries: ROUGE-1, ROUGE-2 and ROUGE-L.
//
// Tokens are folded as for matching (normalize_for_matching: tashkeel and tatweel removed, أ إ آ →
// ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII, Latin case folded), then split into maximal runs of
// letters or digits; punctuation is dropped. No stemming and no stop-word removal.
//
// ROUGE-N counts n-grams with clipped counts (an n-gram counts at most as often as it occurs on the
// other side). ROUGE-L is the sentence-joined variant: the longest common subsequence of the whole
// candidate and the whole reference token sequences (like rouge-score's `rougeL`), not the
// summary-level union LCS over sentence pairs. Each measure reports precision, recall and F1
// (F1 = 2PR / (P + R), 0 when either is 0).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace khulasa {

/// The ROUGE tokens of valid UTF-8 `text`, folded.
/// **Example**: rouge_tokens("أعلنَت الوزارةُ، اليوم.") == {"اعلنت", "الوزاره", "اليوم"}
[[nodiscard]] std::vector<std::string> rouge_tokens(std::string_view text);

struct RougeScore {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

struct RougeScores {
  RougeScore rouge1;
  RougeScore rouge2;
  RougeScore rouge_l;
};

/// Scores of `candidate` against one `reference`, both token sequences from rouge_tokens().
[[nodiscard]] RougeScores rouge(const std::vector<std::string>& candidate,
                                const std::vector<std::string>& reference);

/// Scores of the text `candidate` against several reference texts: each number (precision, recall,
/// F1 of each measure) is the average over the references, the usual choice for EASC's five
/// summaries per article. No references gives zeros.
[[nodiscard]] RougeScores rouge_average(std::string_view candidate,
                                        const std::vector<std::string>& references);

/// The macro average of per-article scores: every article counts the same.
class RougeMean {
 public:
  void add(const RougeScores& article);
  [[nodiscard]] RougeScores mean() const;
  [[nodiscard]] std::size_t count() const { return count_; }

 private:
  RougeScores sum_;
  std::size_t count_ = 0;
};

}  // namespace khulasa
