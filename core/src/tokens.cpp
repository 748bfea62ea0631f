// Word tokens from ICU's word BreakIterator. ICU keeps an Arabic word with its diacritics and
// tatweel in one token, joins digits with inner separators (14.3, 04.09.2025, 1,000) and splits
// punctuation off; we only classify scripts and drop white space.
#include "khulasa/tokens.hpp"

#include <unicode/brkiter.h>

#include <stdexcept>

#include "chars.hpp"
#include "icu/utf16_buffer.hpp"
#include "khulasa/utf8.hpp"

namespace khulasa {

std::string_view to_string(Script script) {
  switch (script) {
    case Script::arabic:
      return "arabic";
    case Script::latin:
      return "latin";
    case Script::digits:
      return "digits";
    case Script::punctuation:
      return "punctuation";
    case Script::mixed:
      return "mixed";
    case Script::other:
      return "other";
  }
  return "other";
}

Script classify_script(std::string_view token) {
  bool arabic = false, latin = false, digits = false, other_letter = false, punct = false;
  bool separator = false;
  for (std::size_t pos = 0; pos < token.size();) {
    const char32_t c = next_code_point(token, pos);
    if (detail::is_digit(c)) {
      digits = true;
    } else if (detail::is_arabic_word_char(c)) {
      arabic = true;
    } else if (detail::is_latin_letter(c)) {
      latin = true;
    } else if (c == '.' || c == ',' || c == ':' || c == 0x066B || c == 0x066C || c == '\'' ||
               c == 0x2019 || detail::is_invisible_format(c)) {
      // inner separators of numbers and apostrophes: they do not decide the script of a word,
      // and alone they are punctuation ("." "," ":")
      separator = true;
    } else if (c < 0x80 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x0600 && c <= 0x06FF) ||
               (c >= 0xA0 && c <= 0xBF) || (c >= 0x3000 && c <= 0x303F)) {
      punct = true;
    } else {
      other_letter = true;
    }
  }
  const int letter_kinds = int{arabic} + int{latin} + int{other_letter};
  if (letter_kinds > 1 || (letter_kinds == 1 && digits)) return Script::mixed;
  if (arabic) return Script::arabic;
  if (latin) return Script::latin;
  if (other_letter) return Script::other;
  if (digits) return Script::digits;
  return punct || separator ? Script::punctuation : Script::other;
}

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  detail::Utf16Buffer buffer;

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale("ar"), status));
    if (U_FAILURE(status) || !words)
      throw std::runtime_error("ICU word break iterator unavailable");
  }
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

void Tokenizer::tokenize(std::string_view text, ByteRange within, std::vector<Token>& out) {
  if (within.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = impl_->buffer.assign(within.slice(text), within.begin);
  impl_->words->setText(ut, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU could not take the text");
  int32_t start = impl_->words->first();
  std::size_t begin = impl_->buffer.to_utf8(start);
  for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE;
       end = impl_->words->next()) {
    const std::size_t stop = impl_->buffer.to_utf8(end);
    // Trim invisible format characters and spaces; a token of nothing else is white space.
    std::size_t b = begin, e = stop;
    while (b < e) {
      std::size_t p = b;
      const char32_t c = next_code_point(text, p);
      if (!detail::is_blank(c) && !detail::is_line_end(c)) break;
      b = p;
    }
    while (e > b) {
      std::size_t p = e;
      const char32_t c = previous_code_point(text, p);
      if (!detail::is_blank(c) && !detail::is_line_end(c)) break;
      e = p;
    }
    if (b < e) {
      const ByteRange range{b, e};
      out.push_back(Token{range, classify_script(range.slice(text))});
    }
    begin = stop;
  }
}

std::vector<Token> Tokenizer::tokenize(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, ByteRange{0, text.size()}, out);
  return out;
}

}  // namespace khulasa
