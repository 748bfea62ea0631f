// Sentence segmentation: lines first (a line end always ends a unit), then line shapes (list
// markers, headings, table rows, separators, glued datelines), then ICU's sentence BreakIterator
// inside each piece of a line, then corrections of ICU's breaks for news text.
//
// Why lines first: news is pasted with one paragraph, heading, bullet or byline per line, and
// handling one line at a time keeps memory bounded by the longest line even for a 100 MB file.
#include "khulasa/sentences.hpp"

#include <unicode/brkiter.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "chars.hpp"
#include "icu/utf16_buffer.hpp"
#include "khulasa/lines.hpp"
#include "khulasa/utf8.hpp"
#include "line_shape.hpp"

namespace khulasa {

std::string_view to_string(UnitKind kind) {
  switch (kind) {
    case UnitKind::sentence:
      return "sentence";
    case UnitKind::heading:
      return "heading";
    case UnitKind::list_item:
      return "list_item";
    case UnitKind::table_row:
      return "table_row";
    case UnitKind::dateline:
      return "dateline";
    case UnitKind::byline:
      return "byline";
    case UnitKind::separator:
      return "separator";
  }
  return "sentence";
}

namespace {

using detail::is_arabic_letter;
using detail::is_blank;
using detail::is_digit;
using detail::is_latin_letter;

// A quotation of at most this many words is kept in one sentence even when it holds several.
constexpr std::size_t kMaxWholeQuoteWords = 30;
// An ellipsis after fewer words than this is a pause inside the sentence ("ممكن.. لكن بشروط!").
constexpr std::size_t kMinWordsBeforeEllipsisBreak = 6;
// A line of at most this many words without final punctuation is a heading (headlines run long).
constexpr std::size_t kMaxHeadingWords = 20;

bool is_terminal_punct(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x06D4 || c == 0x2026 ||
         c == ':' || c == ';' || c == 0x061B || c == 0x060C || c == ',' || c == 0x203C ||
         c == 0x2049;
}

bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == 0x00BB || c == 0x00AB || c == 0x201D || c == 0x201C ||
         c == 0x2019 || c == ')' || c == ']' || c == 0xFD3E || c == 0xFD3F;
}

/// Quote kinds: « » are one kind, “ ” „ another, " a third. Direction marks are unreliable in
/// Arabic text typed right to left, so a mark of a kind closes the innermost open quote of that
/// kind, or opens one.
int quote_kind(char32_t c) {
  if (c == 0x00AB || c == 0x00BB) return 1;
  if (c == 0x201C || c == 0x201D || c == 0x201E) return 2;
  if (c == '"') return 3;
  return 0;
}

struct QuoteSpan {
  std::size_t open;   // byte of the opening mark
  std::size_t close;  // byte after the closing mark; 0 when the quote is not closed on the line
  std::size_t words;
};

std::vector<QuoteSpan> find_quotes(std::string_view text, ByteRange piece) {
  std::vector<QuoteSpan> spans;
  std::vector<std::pair<int, std::size_t>> stack;  // kind, index into spans
  for (std::size_t pos = piece.begin; pos < piece.end;) {
    const std::size_t at = pos;
    const int kind = quote_kind(next_code_point(text, pos));
    if (kind == 0) continue;
    std::size_t depth = stack.size();
    while (depth > 0 && stack[depth - 1].first != kind) --depth;
    if (depth > 0) {  // closes the innermost open quote of this kind (and any opened inside it)
      spans[stack[depth - 1].second].close = pos;
      stack.resize(depth - 1);
    } else {
      stack.emplace_back(kind, spans.size());
      spans.push_back(QuoteSpan{at, 0, 0});
    }
  }
  for (QuoteSpan& q : spans) {
    const std::size_t end = q.close != 0 ? q.close : piece.end;
    q.words = detail::count_words(text.substr(q.open, end - q.open));
  }
  return spans;
}

class LineSplitter {
 public:
  LineSplitter(std::string_view text, icu::BreakIterator& breaks, detail::Utf16Buffer& buffer,
               void (*sink)(void*, const Sentence&), void* ctx)
      : text_(text), breaks_(breaks), buffer_(buffer), emit_(sink), ctx_(ctx) {}

  /// Splits one line, or with `wrapped` several lines of a hard-wrapped paragraph joined into one.
  void split_line(ByteRange line, bool wrapped) {
    wrapped_ = wrapped;
    const detail::LineShape shape = detail::shape_line(text_, line);
    if (shape.content.empty()) return;
    if (shape.kind == UnitKind::table_row || shape.kind == UnitKind::separator) {
      emit(shape.content, shape.kind);
      return;
    }
    line_kind_ = shape.kind;
    units_on_line_ = 0;
    pending_ = {};
    has_pending_ = false;
    split_datelines(shape.content);
    flush(true);
  }

 private:
  /// Splits a glued dateline and byline ("04.09.2025بقلم: فلان", "الرياض - 04.09.2025 | كتب: فلان")
  /// off the front of the line, then segments the rest.
  void split_datelines(ByteRange content) {
    std::size_t pos = content.begin;
    while (pos < content.end) {
      std::size_t at = pos;
      const char32_t c = next_code_point(text_, at);
      if (!is_digit(c)) {
        pos = at;
        continue;
      }
      const std::size_t date_end = detail::match_numeric_date(text_, pos, content.end);
      if (date_end == pos) {  // not a date: skip the rest of this number
        while (at < content.end && is_digit(peek(at))) (void)next_code_point(text_, at);
        pos = at;
        continue;
      }
      // After the date: blanks and separators, then either a byline marker or glued letters.
      std::size_t after = date_end;
      while (after < content.end) {
        std::size_t p = after;
        const char32_t d = next_code_point(text_, p);
        if (!is_blank(d) && d != '-' && d != '|' && d != 0x2013 && d != 0x2014 && d != 0x060C &&
            d != ',') {
          break;
        }
        after = p;
      }
      const bool glued = after == date_end && after < content.end &&
                         (is_arabic_letter(peek(after)) || is_latin_letter(peek(after)));
      const bool byline_follows =
          after < content.end && detail::match_byline_marker(text_, after, content.end) != 0;
      if (glued || byline_follows) {
        const ByteRange head = trim_separators(ByteRange{content.begin, date_end});
        emit(head, UnitKind::dateline);
        split_prose(ByteRange{after, content.end},
                    byline_follows ? UnitKind::byline : UnitKind::sentence);
        return;
      }
      pos = date_end;
    }
    split_prose(content, UnitKind::sentence);
  }

  /// Segments one piece of a line with ICU and the corrections below. `first_kind` is the kind of
  /// the piece's first unit when it is known from the line shape (a byline after a date).
  void split_prose(ByteRange piece, UnitKind first_kind) {
    piece = detail::trim_blanks(text_, piece);
    if (piece.empty()) return;
    next_kind_ = first_kind;
    if (!may_break_inside(piece)) {
      add_unit(piece);
      return;
    }
    UErrorCode status = U_ZERO_ERROR;
    breaks_.setText(buffer_.assign(piece.slice(text_), piece.begin, wrapped_), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU could not take the text");
    quotes_.clear();
    quotes_ready_ = false;
    std::size_t unit_begin = piece.begin;
    for (int32_t b = breaks_.next(); b != icu::BreakIterator::DONE; b = breaks_.next()) {
      const std::size_t at = buffer_.to_utf8(b);
      if (at >= piece.end) break;
      if (!keep_break(piece, unit_begin, at)) continue;
      add_unit(ByteRange{unit_begin, at});
      unit_begin = at;
    }
    add_unit(ByteRange{unit_begin, piece.end});
  }

  /// A piece without any character that ICU breaks after is one unit: skip ICU (headings, bylines,
  /// short lines and most list items).
  bool may_break_inside(ByteRange piece) const {
    for (std::size_t pos = piece.begin; pos < piece.end;) {
      const char32_t c = next_code_point(text_, pos);
      if ((c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x06D4 || c == 0x203C ||
           c == 0x2049 || c == 0xFE52 || c == 0xFF0E || c == 0xFF01 || c == 0xFF1F ||
           c == 0x3002) &&
          pos < piece.end) {
        return true;
      }
    }
    return false;
  }

  /// Decides whether ICU's break at `at` (which follows a terminator, closing marks and spaces)
  /// stands.
  bool keep_break(ByteRange piece, std::size_t unit_begin, std::size_t at) {
    // Find the terminator: step back over spaces and closing marks.
    std::size_t p = at;
    char32_t c = 0;
    while (p > unit_begin) {
      std::size_t q = p;
      c = previous_code_point(text_, q);
      if (!is_blank(c) && !is_closing(c)) break;
      p = q;
    }
    if (p <= unit_begin) return true;
    const std::size_t term_end = p;
    std::size_t term = p;
    c = previous_code_point(text_, term);
    const bool ellipsis = c == 0x2026 || (c == '.' && term >= 2 && text_[term - 1] == '.');
    if (inside_quote(piece, at, ellipsis)) return false;
    const std::string_view before = text_.substr(unit_begin, term - unit_begin);
    // "... آبل. 1. قدرات الشحن": a lone item number belongs to the text after it.
    if (is_item_number(before)) return false;
    // "ممكن.. لكن بشروط!": a short phrase before an ellipsis is a pause, not a sentence.
    if (ellipsis) return detail::count_words(before) >= kMinWordsBeforeEllipsisBreak;
    if (c != '.') return true;
    // "aljazeera.Net": a dot with a Latin letter right after it is inside a word. (A dot glued to
    // an Arabic letter, "الجزائر.وقال", is a missing space and does end the sentence.)
    if (term_end == at && at < piece.end && is_latin_letter(peek(at))) return false;
    // "سي.آي.إيه", "ص.ب": dots glued between short words spell an acronym.
    // (A dot with a space before it and none after, "للقراء .لأن", is sloppy typing of an end.)
    if (term_end == at) {
      const std::size_t letters = letters_before(unit_begin, term);
      if (letters >= 1 && letters <= 3) return false;
    }
    return !is_abbreviation(unit_begin, term);
  }

  /// True when the break at `at` falls inside a quotation that should stay whole: a closed quote of
  /// at most kMaxWholeQuoteWords words, or any quote when the break follows an ellipsis.
  bool inside_quote(ByteRange piece, std::size_t at, bool after_ellipsis) {
    if (!quotes_ready_) {
      quotes_ = find_quotes(text_, piece);
      quotes_ready_ = true;
    }
    for (const QuoteSpan& q : quotes_) {
      const std::size_t end = q.close != 0 ? q.close : piece.end;
      if (!(q.open < at && at < end)) continue;
      // The break must be before the closing mark, not after it.
      if (q.close != 0 && at >= q.close) continue;
      if (after_ellipsis) return true;
      if (q.close != 0 && q.words <= kMaxWholeQuoteWords) return true;
    }
    return false;
  }

  /// True for "1", "12", "٣" and the like (with blanks): the number of an inline list item.
  static bool is_item_number(std::string_view s) {
    std::size_t digits = 0;
    for (std::size_t pos = 0; pos < s.size();) {
      const char32_t c = next_code_point(s, pos);
      if (is_digit(c)) {
        ++digits;
      } else if (!is_blank(c)) {
        return false;
      }
    }
    return digits >= 1 && digits <= 2;
  }

  /// Number of letters of the word that ends at `end`.
  std::size_t letters_before(std::size_t unit_begin, std::size_t end) const {
    std::size_t letters = 0;
    while (end > unit_begin) {
      const char32_t c = previous_code_point(text_, end);
      if (detail::is_tatweel(c) || detail::is_tashkeel(c)) continue;
      if (!is_arabic_letter(c) && !is_latin_letter(c)) break;
      ++letters;
    }
    return letters;
  }

  /// The word before the dot at `dot` is an abbreviation or an initial: Dr. / U.S. / د. / J. K.
  bool is_abbreviation(std::size_t unit_begin, std::size_t dot) const {
    std::size_t word_begin = dot;
    std::size_t letters = 0;
    bool latin = false;
    while (word_begin > unit_begin) {
      std::size_t q = word_begin;
      const char32_t c = previous_code_point(text_, q);
      if (detail::is_tatweel(c)) {
        word_begin = q;
        continue;
      }
      if (!is_arabic_letter(c) && !is_latin_letter(c)) break;
      latin = is_latin_letter(c);
      ++letters;
      word_begin = q;
    }
    if (letters == 0) return false;
    const std::string_view word = text_.substr(word_begin, dot - word_begin);
    if (letters == 1) {
      // "عام 2020م." and "1445 هـ." are era markers that end sentences, not abbreviations.
      if (!latin && (word.starts_with("م") || word.starts_with("ه"))) {
        std::size_t q = word_begin;
        while (q > unit_begin) {
          std::size_t r = q;
          const char32_t c = previous_code_point(text_, r);
          if (!is_blank(c)) return !is_digit(c);
          q = r;
        }
      }
      return true;
    }
    if (!latin) return false;
    static constexpr std::array<std::string_view, 44> kLatin = {
        "Dr",   "Mr",  "Mrs", "Ms",     "Prof", "St",  "Jr",   "Sr",  "Inc",  "Ltd", "Co",
        "Corp", "vs",  "Gen", "Col",    "Lt",   "Sgt", "Capt", "Gov", "Sen",  "Rep", "No",
        "Jan",  "Feb", "Mar", "Apr",    "Jun",  "Jul", "Aug",  "Sep", "Sept", "Oct", "Nov",
        "Dec",  "Mt",  "Ft",  "approx", "dept", "est", "fig",  "Fig", "vol",  "Vol", "al"};
    for (std::string_view a : kLatin) {
      if (word == a) return true;
    }
    return false;
  }

  void add_unit(ByteRange range) {
    range = detail::trim_blanks(text_, range);
    if (range.empty()) return;
    // A unit of only punctuation (a closing quote after a space, a stray period) belongs to the
    // unit before it on the line.
    if (has_pending_ && detail::count_words(range.slice(text_)) == 0) {
      pending_.end = range.end;
      return;
    }
    // Hold the unit back one step: whether a line's only unit is a heading is known at its end.
    flush(false);
    pending_ = range;
    pending_kind_ = next_kind_;
    has_pending_ = true;
    next_kind_ = UnitKind::sentence;
  }

  void flush(bool line_end) {
    if (!has_pending_) return;
    has_pending_ = false;
    const bool only_unit = line_end && units_on_line_ == 0;
    emit(pending_, classify(pending_, pending_kind_, only_unit));
  }

  UnitKind classify(ByteRange range, UnitKind known, bool only_unit_on_line) const {
    if (known != UnitKind::sentence) return known;
    if (line_kind_ == UnitKind::list_item || line_kind_ == UnitKind::heading) return line_kind_;
    const std::string_view s = range.slice(text_);
    if (detail::match_byline_marker(text_, range.begin, range.end) != 0) return UnitKind::byline;
    std::size_t p = range.end;
    char32_t last = previous_code_point(text_, p);
    while (is_closing(last) && p > range.begin) last = previous_code_point(text_, p);
    const bool open_end = !is_terminal_punct(last);
    if (open_end && detail::looks_like_dateline(s)) return UnitKind::dateline;
    if (only_unit_on_line && open_end && detail::count_words(s) <= kMaxHeadingWords) {
      return UnitKind::heading;
    }
    return UnitKind::sentence;
  }

  void emit(ByteRange range, UnitKind kind) {
    if (range.empty()) return;
    ++units_on_line_;
    Sentence s{range, kind, detect_language(range.slice(text_))};
    emit_(ctx_, s);
  }

  ByteRange trim_separators(ByteRange r) const {
    r = detail::trim_blanks(text_, r);
    while (r.end > r.begin) {
      std::size_t p = r.end;
      const char32_t c = previous_code_point(text_, p);
      if (!is_blank(c) && c != '-' && c != '|' && c != 0x2013 && c != 0x2014 && c != 0x060C &&
          c != ',') {
        break;
      }
      r.end = p;
    }
    return r;
  }

  char32_t peek(std::size_t pos) const { return next_code_point(text_, pos); }

  std::string_view text_;
  icu::BreakIterator& breaks_;
  detail::Utf16Buffer& buffer_;
  void (*emit_)(void*, const Sentence&);
  void* ctx_;
  UnitKind line_kind_ = UnitKind::sentence;
  UnitKind next_kind_ = UnitKind::sentence;
  UnitKind pending_kind_ = UnitKind::sentence;
  ByteRange pending_;
  bool has_pending_ = false;
  std::size_t units_on_line_ = 0;
  std::vector<QuoteSpan> quotes_;
  bool quotes_ready_ = false;
  bool wrapped_ = false;
};

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (const char b : s) n += (static_cast<unsigned char>(b) & 0xC0u) != 0x80u;
  return n;
}

/// Hard-wrapped paragraphs: text wrapped at a fixed width (as e-mail, PDFs and some agencies send
/// it) puts line ends inside sentences. A block of consecutive non-blank lines is wrapped when its
/// lines are short (at most kMaxWrapWidth characters) and at least two of them, before the last,
/// are close to the longest; inside such a block a line end is a space when the line before it is
/// long, does not end in final punctuation, and neither line is a list item, heading or table row.
class BlockReader {
 public:
  static constexpr std::size_t kMaxWrapWidth = 120;
  // Narrower blocks are lists of names or verse, not wrapped prose.
  static constexpr std::size_t kMinWrapWidth = 40;

  BlockReader(std::string_view text, LineSplitter& lines, std::size_t document_width)
      : text_(text), lines_(lines), document_width_(document_width) {}

  void add(const Line& line) {
    if (detail::trim_blanks(text_, line.content).empty()) {
      finish();
      return;
    }
    block_.push_back(line.content);
  }

  void finish() {
    if (block_.empty()) return;
    const bool wrapped = is_wrapped();
    std::size_t i = 0;
    while (i < block_.size()) {
      std::size_t j = i;
      while (wrapped && j + 1 < block_.size() && soft_break_after(j)) ++j;
      lines_.split_line(ByteRange{block_[i].begin, block_[j].end}, j > i);
      first_line_done_ = true;
      i = j + 1;
    }
    block_.clear();
  }

 private:
  bool is_wrapped() {
    lengths_.clear();
    std::size_t longest = 0;
    for (const ByteRange& r : block_) {
      lengths_.push_back(code_points(detail::trim_blanks(text_, r).slice(text_)));
      longest = std::max(longest, lengths_.back());
    }
    longest_ = document_width_ != 0 ? document_width_ : longest;
    if (document_width_ != 0) return block_.size() >= 2;
    if (block_.size() < 3 || longest > kMaxWrapWidth || longest < kMinWrapWidth) return false;
    std::size_t full = 0;
    for (std::size_t i = 0; i + 1 < lengths_.size(); ++i) full += lengths_[i] * 4 >= longest * 3;
    return full >= 2;
  }

  bool soft_break_after(std::size_t i) const {
    // The first line of the text is usually a headline: it joins only when it fills the width.
    if (i == 0 && !first_line_done_ && lengths_[i] * 10 < longest_ * 9) return false;
    if (lengths_[i] * 10 < longest_ * 6) return false;
    if (detail::ends_with_final_punctuation(text_, block_[i])) return false;
    // A list item may wrap too; the next line must be plain text, not a new item or a heading.
    const UnitKind kind = detail::shape_line(text_, block_[i]).kind;
    return (kind == UnitKind::sentence || kind == UnitKind::list_item) &&
           detail::shape_line(text_, block_[i + 1]).kind == UnitKind::sentence;
  }

  std::string_view text_;
  LineSplitter& lines_;
  std::vector<ByteRange> block_;
  std::vector<std::size_t> lengths_;
  std::size_t longest_ = 0;
  std::size_t document_width_;  // the wrap width of the whole document, 0 when not wrapped
  bool first_line_done_ = false;
};

}  // namespace

// A whole document wrapped at one width: most of its lines longer than kMinWrapWidth are at most
// kMaxWrapWidth long, and at least three end without punctuation close to the widest of them. Then
// short paragraphs (one full line and a last line) are read as wrapped too.
void WrapStats::add(std::string_view lines, int sign) {
  const auto bump = [sign](std::size_t& n) { n = sign > 0 ? n + 1 : n - 1; };
  for_each_line_width(lines, [&](ByteRange content, std::size_t n) {
    if (n <= BlockReader::kMaxWrapWidth && !detail::ends_with_final_punctuation(lines, content)) {
      bump(open_widths_[n]);
    }
    if (n <= BlockReader::kMinWrapWidth) return;
    bump(prose_);
    if (n <= BlockReader::kMaxWrapWidth) {
      bump(narrow_);
      bump(narrow_widths_[n]);
    }
  });
}

std::size_t WrapStats::width() const {
  if (prose_ == 0 || narrow_ * 10 < prose_ * 7) return 0;
  std::size_t widest = narrow_widths_.size() - 1;
  while (widest > 0 && narrow_widths_[widest] == 0) --widest;
  // At least three lines close to the widest (3/4 of it or more) end without final punctuation.
  std::size_t full = 0;
  for (std::size_t n = (widest * 3 + 3) / 4; n <= widest; ++n) full += open_widths_[n];
  return full >= 3 ? widest : 0;
}

std::size_t detect_wrap_width(std::string_view text) {
  return WrapStats(text).width();
}

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;
  detail::Utf16Buffer buffer;

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
    if (U_FAILURE(status) || !sentences) {
      throw std::runtime_error("ICU sentence break iterator unavailable");
    }
  }
};

SentenceSplitter::SentenceSplitter() : impl_(std::make_unique<Impl>()) {}
SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

std::vector<Sentence> SentenceSplitter::split(std::string_view text, const SplitOptions& options) {
  std::vector<Sentence> out;
  for_each(
      text, [&](const Sentence& s) { out.push_back(s); }, options);
  return out;
}

void SentenceSplitter::split_into(std::string_view text, const SplitOptions& options,
                                  void (*emit)(void*, const Sentence&), void* ctx) {
  LineSplitter lines(text, *impl_->sentences, impl_->buffer, emit, ctx);
  BlockReader blocks(text, lines,
                     options.wrap_width ? *options.wrap_width : detect_wrap_width(text));
  for (std::size_t pos = 0; pos < text.size();) {
    const Line line = line_at(text, pos);
    blocks.add(line);
    pos = line.next_begin;
  }
  blocks.finish();
}

}  // namespace khulasa
