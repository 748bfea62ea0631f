// The features of the entity tagger, shared by the tagger (core/src/ner.cpp) and its trainer
// (tools/train_ner.cpp), so a model is always read with the features it was trained on.
//
// A feature is a 64-bit hash of a template id and a string (a word, an affix, a shape, the tags
// before). Tokens are compared in their matching form (normalize_for_matching), and again with
// their clitics stripped, so "والرئيس", "للرئيس" and "الرئيس" share the features of "رئيس".
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace khulasa::ner {

/// The tags, in model order: O, then B/I for each type.
inline constexpr std::size_t kTagCount = 9;
inline constexpr std::string_view kTagNames[kTagCount] = {
    "O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

/// A token prepared for feature extraction: the hashes of its forms, computed once per word (the
/// entity layer caches them per distinct word), so a feature is a mix of two integers.
struct PreparedToken {
  std::uint64_t norm = 0;    ///< hash of the matching form of the token
  std::uint64_t core = 0;    ///< of `norm` without leading و/ف, ب/ل/ك and the article
  std::uint64_t prefix = 0;  ///< of what was stripped ("و", "وال", "لل", ...), or of "<none>"
  std::uint64_t suffix[3] = {};  ///< of the last 1, 2, 3 letters of the core
  std::uint64_t start[2] = {};   ///< of the first 2, 3 letters of the core
  std::uint64_t shape = 0;       ///< of the shape class (shape_of)
  std::uint32_t gazetteer = 0;   ///< bits of GazetteerBit for the word
};

/// The hash of a string as the features use it (64-bit FNV-1a).
std::uint64_t hash_text(std::string_view s);

/// Prepares one word from its original text, matching form, clitic split and lexicon bits.
PreparedToken prepare_word(std::string_view original, std::string_view norm, std::string_view core,
                           std::string_view prefix, std::uint32_t bits);

/// Lexicon facts about a token, one bit each.
enum GazetteerBit : std::uint32_t {
  kGazPerson = 1U << 0,        ///< a person name token
  kGazLocation = 1U << 1,      ///< a city or region (or a word of one)
  kGazCountry = 1U << 2,       ///< a country (or a word of one)
  kGazOrganization = 1U << 3,  ///< an organization (or a word of one)
  kGazRole = 1U << 4,          ///< a role or title word
  kGazNationality = 1U << 5,   ///< a nationality adjective
  kGazOrgTrigger = 1U << 6,  ///< a word that introduces an organization (شركة، جامعة، وزارة)
  kGazSaying = 1U << 7,  ///< a verb of saying (قال، أكد، أوضح)
};
inline constexpr std::size_t kGazetteerBits = 8;

/// Splits `norm` (a matching form) into its clitic prefix and core.
void strip_clitics(std::string_view norm, std::string_view& prefix, std::string_view& core);

/// Whether a prefix strip_clitics() gave ends with the article ("ال", "بال", "وال", fused "لل").
constexpr bool ends_with_article(std::string_view prefix) {
  return prefix.ends_with("ال") || prefix.ends_with("لل");
}

/// The shape class of a token: "A1".."A8" (Arabic, by letters of its core), "Lc", "Lu", "Ll"
/// (Latin capitalized, upper, lower), "D" digits, "M" mixed, "P" punctuation, "O" other.
std::string shape_of(std::string_view original, std::string_view core);

/// Prepares the tokens of one sentence: matching forms, cores, shapes and lexicon bits.
std::vector<PreparedToken> prepare(std::span<const std::string_view> tokens);

/// Appends the hashes of every feature of token `i` that does not depend on the tags before it.
void static_features(std::span<const PreparedToken> tokens, std::size_t i,
                     std::vector<std::uint64_t>& out);

/// Appends the features that depend on the two previous tags (kTagCount when there is none):
/// previous_tag_features() and two_tags_feature().
void tag_features(std::span<const PreparedToken> tokens, std::size_t i, std::size_t prev,
                  std::size_t prev2, std::vector<std::uint64_t>& out);

/// The features of token `i` that depend on the previous tag alone.
void previous_tag_features(std::span<const PreparedToken> tokens, std::size_t i, std::size_t prev,
                           std::vector<std::uint64_t>& out);

/// The feature of a word itself (its matching form, hashed with hash_text()).
std::uint64_t word_feature(std::uint64_t norm_hash);

/// The feature of the two previous tags.
std::uint64_t two_tags_feature(std::size_t prev, std::size_t prev2);

/// Whether tag `next` may follow tag `prev` (I-X only after B-X or I-X).
constexpr bool allowed(std::size_t prev, std::size_t next) {
  if (next == 0 || next % 2 == 1) return true;  // O or B-X
  // I-X (even index ≥ 2) only after B-X (next - 1) or I-X (next).
  return prev == next - 1 || prev == next;
}

/// The order of hypotheses in a beam (members `score`, `back`: the index of the hypothesis before,
/// `tag`): the higher score first, then the earlier hypothesis, then the lower tag, so the beam
/// does not depend on the order of equal scores. The tagger and its trainer both keep the best
/// hypotheses by it, so a model decodes as it was trained.
template <typename Hypothesis>
constexpr bool beam_before(const Hypothesis& a, const Hypothesis& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.back != b.back) return a.back < b.back;
  return a.tag < b.tag;
}

/// The model file, little-endian, written by tools/train_ner.cpp and embedded in the library:
///
///     char     magic[8]            "KHNER02" and a NUL
///     u32      tag_count           kTagCount
///     u32      feature_count       N
///     f32      scale               weight = int16 × scale
///     i32      name_bias           added to every name tag's score (int16 units): trades
///                                  precision for recall, chosen on development data
///     u32      beam                the beam width the model was trained with and is decoded
///                                  with (1: greedy); weights trained greedily go wrong in a
///                                  wider beam, so the width belongs to the model
///     u64      keys[N]             feature hashes, ascending, never 0
///     i16      weights[N][tag_count]
inline constexpr std::string_view kModelMagic{"KHNER02\0", 8};
inline constexpr std::size_t kModelHeaderBytes = 8 + 4 + 4 + 4 + 4 + 4;
inline constexpr std::uint32_t kMaxBeam = 64;

}  // namespace khulasa::ner
