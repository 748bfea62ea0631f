// Word scanning for the ranking and ROUGE: maximal runs of letters or digits, the same classes as
// detail::count_words (line_shape.hpp), so a budget in words and a ROUGE token agree. Internal.
#pragma once

#include <string_view>

#include "chars.hpp"
#include "khulasa/utf8.hpp"

namespace khulasa::detail {

/// A letter of Arabic (with its marks and tatweel) or Latin, or a digit of any script.
constexpr bool is_word_character(char32_t c) {
  return is_arabic_word_char(c) || is_latin_letter(c) || is_digit(c);
}

/// Calls `f(std::string_view word)` for each maximal run of word characters of valid UTF-8 `text`,
/// in order.
template <typename F>
void for_each_word(std::string_view text, F&& f) {
  std::size_t start = 0;
  bool in_word = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    bool word;
    if (byte < 0x80) {  // ASCII fast path
      ++pos;
      word = (byte >= '0' && byte <= '9') || ((byte | 0x20u) >= 'a' && (byte | 0x20u) <= 'z');
    } else {
      word = is_word_character(next_code_point(text, pos));
    }
    if (word && !in_word) start = at;
    if (!word && in_word) f(text.substr(start, at - start));
    in_word = word;
  }
  if (in_word) f(text.substr(start));
}

}  // namespace khulasa::detail
