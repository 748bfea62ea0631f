// Line-level shapes that decide units before ICU sees a line: list markers, Markdown prefixes,
// table rows, separators, datelines and bylines. Internal to the core; the grammar (grammars/)
// decides the block structure of a whole document, this only decides what one line's units are.
#pragma once

#include <cstddef>
#include <string_view>

#include "khulasa/byte_range.hpp"
#include "khulasa/sentences.hpp"

namespace khulasa::detail {

struct LineShape {
  /// The line's text without list marker, Markdown `#`/`>` prefixes and surrounding blanks.
  ByteRange content;
  /// sentence when the line has no special shape; else heading (Markdown `#` or a bold-only line),
  /// list_item, table_row or separator.
  UnitKind kind = UnitKind::sentence;
};

/// Shape of one line; `line` excludes the line end.
[[nodiscard]] LineShape shape_line(std::string_view text, ByteRange line);

/// End of a numeric date that starts at `pos` (04.09.2025, 4/9/2025, 2025-09-04, ٠٤.٠٩.٢٠٢٥),
/// or `pos` when there is none. Does not look past `end`.
[[nodiscard]] std::size_t match_numeric_date(std::string_view text, std::size_t pos,
                                             std::size_t end);

/// Length in bytes of an author marker at `pos` (بقلم، كتب:، كتبت:، إعداد:، تحرير:، By X), or 0.
[[nodiscard]] std::size_t match_byline_marker(std::string_view text, std::size_t pos,
                                              std::size_t end);

/// True when a short unit reads as a dateline: a numeric date, or a month name with a number,
/// optionally with a place and a weekday ("الرياض - الخميس 4 سبتمبر 2025").
[[nodiscard]] bool looks_like_dateline(std::string_view unit);

/// True when the text of `range` (trimmed) ends in punctuation that ends a sentence or introduces
/// what follows (. ! ? ؟ ۔ … : ; ؛), closing quotes and brackets aside: such a line does not run on
/// into the next one.
[[nodiscard]] bool ends_with_final_punctuation(std::string_view text, ByteRange range);

/// Number of words (maximal runs of letters or digits) in `s`.
[[nodiscard]] std::size_t count_words(std::string_view s);

/// Moves `range` inward past blanks (white space, invisible format characters, line ends) on both
/// sides.
[[nodiscard]] ByteRange trim_blanks(std::string_view text, ByteRange range);

}  // namespace khulasa::detail
