// Extractive ranking: which sentences of an article say most about it, with the reasons as score
// parts, and a selection under a length budget that skips repeats (maximal marginal relevance).
//
// Also the two baselines the evaluation (`khulasa eval rouge`) compares against: Lead (the first
// sentences) and classic TextRank. All three choose from the same eligible sentences and fill the
// same word budget, counted by count_words(), so they differ only in how they rank.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.hpp"
#include "khulasa/document.hpp"

namespace khulasa {

/// Words as every summary budget counts them: maximal runs of letters (Arabic with its marks,
/// Latin) or digits. "بلغ 2.4 مليار" is four words. The one definition used by the ranking, the
/// baselines, the selection budget and the evaluation.
[[nodiscard]] std::size_t count_words(std::string_view text);

/// Why a sentence is never selected.
enum class Exclusion : std::uint8_t {
  headline,     ///< in the headline block (it is the title, not a summary sentence)
  heading,      ///< a heading block, or a unit whose line reads as a heading
  byline,       ///< a byline block or an author unit
  dateline,     ///< a date (and place) unit
  separator,    ///< a separator line
  table,        ///< a table row
  footer,       ///< inside the footer after the last separator
  boilerplate,  ///< publisher text outside the footer: ©, rights, "read also", follow us, links
  name_list,    ///< a list item that is a comma list of names, or a bare name or label (at most
                ///< 6 words without final punctuation)
  too_short,    ///< fewer than RankingOptions::min_words words
};

/// "headline", "heading", ... as in the enum.
[[nodiscard]] std::string_view to_string(Exclusion reason);

/// For every sentence of `doc` (indexed like Document::sentences()), why it may not be selected, or
/// nothing when it may. `min_words`: shorter sentences are fragments.
[[nodiscard]] std::vector<std::optional<Exclusion>> sentence_exclusions(const Document& doc,
                                                                        std::size_t min_words = 5);

/// Signals from later layers, indexed like Document::sentences(). An empty vector means unknown.
struct SentenceSignals {
  /// Mentions of people, organizations and places in each sentence (from the entity layer).
  std::vector<std::uint32_t> entity_mentions;
  /// Values (money, percentages, dates, numbers) in each sentence, for a caller that has already
  /// run find_values() on Document::text() (count_by_sentence() makes this). Empty: the ranking
  /// runs find_values() itself, which is about a third of its cost.
  std::vector<std::uint32_t> value_mentions;
};

/// How many of `ranges` (sorted by begin, offsets into Document::text()) begin inside each
/// sentence of `doc`: the per-sentence counts of SentenceSignals from a list of mentions.
[[nodiscard]] std::vector<std::uint32_t> count_by_sentence(const Document& doc,
                                                           const std::vector<ByteRange>& ranges);

/// Weights and limits of the ranking. Every field documents its default. The four weights were
/// chosen on easc-dev (see docs/architecture.md, "Summary ranking"); they need not sum to 1.
struct RankingOptions {
  /// Lead prior: news puts the main facts first. Default 0.65.
  double position_weight = 0.65;
  /// Centrality in the sentence similarity graph (TF-IDF cosine). Default 0.10.
  double centrality_weight = 0.10;
  /// Overlap with the headline (or the sentence's section heading). Default 0.20.
  double headline_weight = 0.20;
  /// Values and entity mentions per word. Default 0.05.
  double density_weight = 0.05;
  /// Neighbours kept per sentence in the similarity graph (the top ones by cosine), so the cost
  /// stays linear in the number of sentences. Default 10.
  std::size_t max_neighbours = 10;
  /// Sentences with fewer words are fragments and never selected. Default 5.
  std::size_t min_words = 5;
};

/// The parts of a sentence's score, each already weighted: score = length × (position +
/// centrality + headline + density). Every part is its weight times a feature in [0, 1].
struct ScoreParts {
  double position = 0;    ///< weight × 1/√(1 + e), e = the sentence's place among eligible ones
  double centrality = 0;  ///< weight × PageRank in the capped similarity graph / the highest one
  double headline = 0;    ///< weight × cosine with the headline or the section's heading
  double density = 0;     ///< weight × min(1, 3 × (values + entity mentions) / words)
  double length = 1;      ///< factor in (0, 1]: words/8 under 8 words, √(50/words) over 50

  [[nodiscard]] double total() const {
    return length * (position + centrality + headline + density);
  }
};

/// ScoreParts::position of the eligible sentence at `index` among the eligible sentences of a
/// text (0 for the first): position_weight / √(1 + index).
[[nodiscard]] double position_part(std::size_t index, const RankingOptions& options);

/// One eligible sentence with its score.
struct RankedSentence {
  std::size_t sentence = 0;  ///< index into Document::sentences()
  ByteRange range;           ///< the sentence's bytes in Document::text()
  std::size_t words = 0;     ///< count_words() of its text
  double score = 0;          ///< parts.total()
  ScoreParts parts;
};

/// A term's weight in a sentence's TF-IDF vector.
struct TermWeight {
  std::uint32_t term = 0;
  float weight = 0;
};

/// The ranking of one document.
struct Ranking {
  /// The eligible sentences in text order, each with its score.
  std::vector<RankedSentence> sentences;
  /// The sentences that may not be selected, in text order, with the reason.
  std::vector<std::pair<std::size_t, Exclusion>> excluded;
  /// TF-IDF vectors (unit length, sorted by term) of `sentences`: those of sentence i are
  /// vector_terms[vector_offsets[i] .. vector_offsets[i + 1]). Used for redundancy.
  std::vector<TermWeight> vector_terms;
  std::vector<std::size_t> vector_offsets;

  /// Cosine similarity of sentences[a] and sentences[b].
  [[nodiscard]] double similarity(std::size_t a, std::size_t b) const;
};

/// Ranks the sentences of `doc`. Deterministic; cost near-linear in the text (the similarity graph
/// keeps max_neighbours per sentence, candidates from an inverted index with bounded postings).
[[nodiscard]] Ranking rank_sentences(const Document& doc, const SentenceSignals& signals = {},
                                     const RankingOptions& options = {});

/// How long a summary may be; 0 means no limit. With both, both apply.
struct SummaryLimits {
  std::size_t max_sentences = 3;
  /// Sentences are taken in rank order while the total of count_words() stays within max_words;
  /// the first sentence is always taken, even when it alone is longer; the first one that does not
  /// fit ends the summary.
  std::size_t max_words = 0;
};

struct SelectionOptions {
  SummaryLimits limits;
  /// Maximal marginal relevance: a candidate's value is (1 − diversity) × score / best score −
  /// diversity × its highest cosine with a sentence already chosen. 0 ranks by score alone.
  /// Default 0.3.
  double diversity = 0.3;
};

/// Chooses the summary sentences from `ranking`; returned in text order. Ties (equal values) go to
/// the earlier sentence.
[[nodiscard]] std::vector<RankedSentence> select_sentences(const Ranking& ranking,
                                                           const SelectionOptions& options = {});

/// The Lead baseline: the first eligible sentences in text order, within `limits`. Returns indexes
/// into Document::sentences(), in text order.
[[nodiscard]] std::vector<std::size_t> lead_baseline(const Document& doc,
                                                     const SummaryLimits& limits);

/// The classic TextRank baseline (Mihalcea & Tarau 2004): the similarity of two sentences is the
/// number of words they share divided by log |Si| + log |Sj| (words normalized and light-stemmed,
/// stop words dropped), over the full graph of eligible sentences (quadratic: for evaluation, not
/// for large documents); weighted PageRank with damping 0.85 until it converges; sentences in score
/// order (ties to the earlier) within `limits`. Returns indexes into Document::sentences(), in text
/// order.
[[nodiscard]] std::vector<std::size_t> textrank_baseline(const Document& doc,
                                                         const SummaryLimits& limits);

}  // namespace khulasa
