// Language of a span of text: Arabic, English, or mixed, by the words of each script it contains.
#pragma once

#include <cstdint>
#include <string_view>

namespace khulasa {

enum class Language : std::uint8_t {
  none,  ///< no letters at all (numbers, punctuation)
  arabic,  ///< Arabic words, possibly with Latin names and acronyms ("قالت شركة Meta إن Scale AI")
  english,  ///< Latin-script words only, or nearly only
  mixed,  ///< both languages in strength: at least two lowercase (grammatical) Latin words, and the
          ///< smaller script has at least a third of the words
};

/// "none", "arabic", "english" or "mixed".
[[nodiscard]] std::string_view to_string(Language language);

/// Counts the words (maximal runs of letters) of each script in valid UTF-8 `text` and decides.
/// Capitalized Latin words count as names, so "قالت شركة Meta إن Scale AI ستتوسع" is Arabic.
[[nodiscard]] Language detect_language(std::string_view text);

}  // namespace khulasa
