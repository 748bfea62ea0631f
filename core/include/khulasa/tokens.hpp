// Word tokens with their script, from ICU's word BreakIterator.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.hpp"

namespace khulasa {

/// The script of a token.
enum class Script : std::uint8_t {
  arabic,       ///< Arabic letters (with diacritics and tatweel)
  latin,        ///< Latin letters
  digits,       ///< digits of any kind (ASCII, Arabic-Indic), with inner . , ٫ ٬ : separators
  punctuation,  ///< punctuation and symbols (، ؛ ؟ « » % $ …)
  mixed,        ///< letters and digits, or letters of two scripts, in one word ("2025م", "5G")
  other,        ///< letters of another script (Hebrew, Cyrillic, CJK, emoji)
};

/// "arabic", "latin", "digits", "punctuation", "mixed" or "other".
[[nodiscard]] std::string_view to_string(Script script);

struct Token {
  ByteRange range;  ///< offsets into the text given to Tokenizer::tokenize
  Script script;
};

/// Splits text into word and punctuation tokens; white space is dropped. Holds an ICU break
/// iterator: create one and reuse it. Not thread-safe: use one per thread.
class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  /// Tokens of valid UTF-8 `text` inside `within` (the whole text by default), with offsets into
  /// `text`. Appends to `out`.
  void tokenize(std::string_view text, ByteRange within, std::vector<Token>& out);
  [[nodiscard]] std::vector<Token> tokenize(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Classifies the script of one token's text (valid UTF-8).
[[nodiscard]] Script classify_script(std::string_view token);

}  // namespace khulasa
