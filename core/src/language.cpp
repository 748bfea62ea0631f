#include "khulasa/language.hpp"

#include "chars.hpp"
#include "khulasa/utf8.hpp"

namespace khulasa {

std::string_view to_string(Language language) {
  switch (language) {
    case Language::none:
      return "none";
    case Language::arabic:
      return "arabic";
    case Language::english:
      return "english";
    case Language::mixed:
      return "mixed";
  }
  return "none";
}

Language detect_language(std::string_view text) {
  enum class Run { none, arabic, latin };
  std::size_t arabic_words = 0, latin_words = 0, latin_lowercase_words = 0;
  Run run = Run::none;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = next_code_point(text, pos);
    Run now = Run::none;
    if (detail::is_arabic_word_char(c)) {
      now = Run::arabic;
    } else if (detail::is_latin_letter(c)) {
      now = Run::latin;
    }
    if (now != run && now == Run::arabic) ++arabic_words;
    if (now != run && now == Run::latin) {
      ++latin_words;
      if (!detail::is_latin_upper(c)) ++latin_lowercase_words;
    }
    run = now;
  }
  if (arabic_words == 0 && latin_words == 0) return Language::none;
  if (latin_words == 0) return Language::arabic;
  if (arabic_words == 0) return Language::english;
  // Capitalized names and acronyms ("Scale AI", "Mark Zuckerberg", "IFC") inside an Arabic sentence
  // do not make it mixed: English grammar shows in lowercase words ("the", "said", "deal").
  if (latin_lowercase_words < 2) return Language::arabic;
  const std::size_t minority = arabic_words < latin_words ? arabic_words : latin_words;
  if (minority >= 2 && minority * 3 >= arabic_words + latin_words) return Language::mixed;
  return arabic_words >= latin_words ? Language::arabic : Language::english;
}

}  // namespace khulasa
