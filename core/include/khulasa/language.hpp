// Language of a span of text: Arabic, English, or mixed, by the words of each script it contains.
#pragma once

#include <cstdint>
#include <string_view>

namespace khulasa {

enum class Language : std::uint8_t {
  none,     ///< no letters at all (numbers, punctuation)
  arabic,   ///< Arabic words, possibly with a few Latin names ("قالت شركة Meta إن ...")
  english,  ///< Latin-script words only, or nearly only
  mixed,    ///< both scripts in strength: the smaller one has at least a third of the words
};

/// "none", "arabic", "english" or "mixed".
[[nodiscard]] std::string_view to_string(Language language);

/// Counts the words (maximal runs of letters) of each script in valid UTF-8 `text` and decides.
[[nodiscard]] Language detect_language(std::string_view text);

}  // namespace khulasa
