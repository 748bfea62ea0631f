// Scoring entity taggers on CoNLL-style gold data: `token TAG` per line, IOB tags, blank lines
// between sentences (or none at all, as in ANERcorp). Used by `khulasa eval ner` and the trainer.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khulasa/ner.hpp"

namespace khulasa {

struct ConllSentence {
  std::vector<std::string> tokens;
  std::vector<NameSpan> names;  ///< the gold names, over `tokens`
};

/// Reads CoNLL text. Tags are repaired the way the public corpora need: case, PER → PERS,
/// MIS0–MIS3 → MISC, the typos of ANERcorp (B-ERS, B-MSIC, B-OEG, B-ORF, B-PRG, I-PRG, IPERS) and
/// of AQMAR (I--ORG, a trailing `), anything else → O; an I-X that does not continue an X starts a
/// name. A file without blank lines is cut into sentences after `.`, `؟`, `?` and `!` tokens.
/// Lines that are not `token TAG` (or `token<TAB>TAG`) are skipped.
[[nodiscard]] std::vector<ConllSentence> read_conll(std::string_view text);

/// The sentences whose first token lies in [from, to) percent of all tokens: `take_part(s, 90,
/// 100)` is the last tenth of a corpus, by tokens. Deterministic, so a held-out part stays held
/// out.
[[nodiscard]] std::vector<ConllSentence> take_part(const std::vector<ConllSentence>& sentences,
                                                   double from, double to);

/// Counts for one name type.
struct SpanCounts {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t correct = 0;  ///< same tokens and same type

  [[nodiscard]] double precision() const;
  [[nodiscard]] double recall() const;
  [[nodiscard]] double f1() const;
};

/// Exact-span scores per type (indexed by NameType) and over PERS, ORG and LOC together (MISC is
/// counted per type but left out of the overall score).
struct NerScores {
  std::array<SpanCounts, 4> by_type;
  SpanCounts overall;

  void add(std::span<const NameSpan> gold, std::span<const NameSpan> predicted);
};

}  // namespace khulasa
