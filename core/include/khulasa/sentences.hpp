// Sentence segmentation of Arabic (and English, and mixed) news.
//
// Built on ICU's sentence BreakIterator (locale "ar") with corrections for news, each with a test:
// newlines end sentences, except inside a hard-wrapped paragraph (lines of 40–120 characters
// wrapped at a steady width, where a line end without final punctuation is a space); ؟ ! . end
// sentences; no break inside decimals, dates, times, version numbers, Latin initials and
// abbreviations (Dr., U.S., د.), or after an ellipsis inside a quote; short quotes stay whole; a
// dateline glued to a byline ("04.09.2025بقلم: ...") splits in two; list items, table rows and
// short heading lines are their own units.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.hpp"
#include "khulasa/language.hpp"

namespace khulasa {

/// What kind of unit a sentence is, judged from its line. Later layers use it to keep bylines,
/// separators and table rows out of summaries.
enum class UnitKind : std::uint8_t {
  sentence,   ///< ordinary prose
  heading,    ///< a whole line that is a heading: Markdown `#`, or short and without final
              ///< punctuation
  list_item,  ///< the text of a bullet or numbered item (the marker is not part of the range)
  table_row,  ///< a pipe-table row `| a | b |`
  dateline,   ///< a line or glued prefix that is a date, optionally with a place ("الرياض -
              ///< 04.09.2025")
  byline,     ///< an author line: بقلم: / كتب: / إعداد: / By ...
  separator,  ///< a line of only separator symbols: / / /, ***, ---, ___
};

/// "sentence", "heading", "list_item", "table_row", "dateline", "byline" or "separator".
[[nodiscard]] std::string_view to_string(UnitKind kind);

/// One sentence (or other unit) of the text.
struct Sentence {
  /// The sentence's bytes, trimmed of surrounding white space, list markers and Markdown `#`/`>`
  /// prefixes. Ranges of consecutive sentences never overlap and appear in text order. A sentence
  /// of a hard-wrapped paragraph contains the line ends it spans.
  ByteRange range;
  UnitKind kind = UnitKind::sentence;
  Language language = Language::none;
};

/// How a text is split. Every field documents its default.
struct SplitOptions {
  /// The width (in characters) the whole document is hard-wrapped at, 0 for "not wrapped", or
  /// nothing (the default) to detect it from the text given to split(). A caller that splits a
  /// document block by block passes the document's detect_wrap_width() here.
  std::optional<std::size_t> wrap_width;
};

/// The width the text is hard-wrapped at: most of its lines over 40 characters are at most 120,
/// and at least three end without final punctuation close to the widest. 0 when not wrapped.
[[nodiscard]] std::size_t detect_wrap_width(std::string_view text);

/// The line counts detect_wrap_width() decides from, kept up to date under edits: a Document
/// subtracts the lines around an edit before it and adds them after, instead of reading the whole
/// text again at every keystroke.
class WrapStats {
 public:
  WrapStats() = default;
  explicit WrapStats(std::string_view text) { add(text, 1); }
  /// Adds (`sign` 1) or removes (-1) the lines of `lines`: whole lines of a text, from a line start
  /// to the start of a line or the end of the text.
  void add(std::string_view lines, int sign);
  /// detect_wrap_width() of the text these counts describe.
  [[nodiscard]] std::size_t width() const;

 private:
  std::size_t prose_ = 0;   ///< lines over kMinWrapWidth characters
  std::size_t narrow_ = 0;  ///< of those, the lines of at most kMaxWrapWidth characters
  std::array<std::size_t, 121> narrow_widths_{};  ///< how many narrow lines have each width
  /// How many lines of each width up to kMaxWrapWidth end without final punctuation.
  std::array<std::size_t, 121> open_widths_{};
};

/// Splits text into sentences. Holds ICU break iterators, which are costly to create (about a
/// millisecond): create one and reuse it. Not thread-safe: use one per thread.
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

  /// Splits valid UTF-8 `text`. Ranges are offsets into `text`. A leading BOM, blank lines and
  /// white space belong to no sentence. Linear in the size of the text; lines are segmented one at
  /// a time, so memory beyond the result is bounded by the longest line.
  ///
  /// **Example**: split("قال الوزير: \"الوضع صعب... لكننا سنتجاوزه\".\nوأضاف أن النمو بلغ 3.5%.")
  /// gives two sentences, one per line.
  [[nodiscard]] std::vector<Sentence> split(std::string_view text,
                                            const SplitOptions& options = {});

  /// Like split(), but calls `sink` for each sentence instead of collecting them, in order.
  template <typename Sink>
  void for_each(std::string_view text, Sink&& sink, const SplitOptions& options = {}) {
    split_into(
        text, options, [](void* ctx, const Sentence& s) { (*static_cast<Sink*>(ctx))(s); }, &sink);
  }

 private:
  void split_into(std::string_view text, const SplitOptions& options,
                  void (*emit)(void*, const Sentence&), void* ctx);

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace khulasa
