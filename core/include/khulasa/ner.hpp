// The statistical entity tagger: people, organizations, places (and other names) in a sequence of
// word tokens, as token spans.
//
// An averaged perceptron over word, clitic-stripped word, affix, shape, lexicon and previous-tag
// features, decoded greedily left to right with the IOB constraint. The model is trained by
// tools/train_ner.cpp on part of ANERcorp and embedded in the library (core/data/README.md): no
// file is read and nothing is downloaded at run time. Deterministic: the same tokens always get the
// same tags.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace khulasa {

namespace ner {
struct PreparedToken;
}  // namespace ner

/// The name types of the tagger (ANERcorp's: PERS, ORG, LOC, MISC).
enum class NameType : std::uint8_t { person, organization, location, misc };

/// "PERS", "ORG", "LOC" or "MISC" (the CoNLL labels).
[[nodiscard]] std::string_view to_string(NameType type);

/// A name over tokens [begin, end) of the sequence given to the tagger.
struct NameSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  NameType type = NameType::misc;

  friend bool operator==(const NameSpan&, const NameSpan&) = default;
};

class NerTagger {
 public:
  /// The model shipped in the library. Built on first use (about 2 ms), thread-safe.
  static const NerTagger& builtin();

  /// Reads a model in the format tools/train_ner.cpp writes. Throws std::runtime_error when the
  /// bytes are not such a model.
  explicit NerTagger(std::span<const unsigned char> model);
  ~NerTagger();
  NerTagger(NerTagger&&) noexcept;
  NerTagger& operator=(NerTagger&&) noexcept;

  /// The names in one sentence of tokens (each the token's original text: words, numbers and
  /// punctuation, without white space), in order, not overlapping.
  [[nodiscard]] std::vector<NameSpan> tag(std::span<const std::string_view> tokens) const;

  /// tag() for tokens the entity layer has already prepared (core/src/ner_features.hpp).
  [[nodiscard]] std::vector<NameSpan> tag_prepared(
      std::span<const ner::PreparedToken> tokens) const;

  /// How strongly the model reads the word itself as part of a name: the weight of its word
  /// feature for the best name tag (PERS, ORG or LOC) less that for the best other tag (O or
  /// MISC). Negative for a word the training data used as a common word ("العالم", the world),
  /// positive for a name it saw ("السنيورة"), 0 for a word it never saw. `norm` is the word's
  /// matching form (normalize_for_matching), clitics and all. With `as` (person, organization or
  /// location; misc counts as none), the best tag of that type alone is weighed: "دولة" (a state)
  /// is often part of a place, never of a person.
  [[nodiscard]] double name_margin(std::string_view norm,
                                   std::optional<NameType> as = std::nullopt) const;

  /// The number of weighted features in the model.
  [[nodiscard]] std::size_t feature_count() const;

 private:
  struct Model;
  std::unique_ptr<Model> model_;
};

}  // namespace khulasa
