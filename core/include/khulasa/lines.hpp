// Lines of text: LF, CRLF, CR-only, NEL, LS and PS all end a line.
#pragma once

#include <cstddef>
#include <string_view>

#include "khulasa/byte_range.hpp"

namespace khulasa {

/// One line: its content without the line end, and where the next line starts.
struct Line {
  ByteRange content;       ///< bytes of the line, excluding its line end
  std::size_t next_begin;  ///< offset of the next line (== text.size() after the last line)
};

/// The line that starts at `begin` (< text.size()). Iterate with
/// `for (std::size_t p = 0; p < text.size(); p = line_at(text, p).next_begin)`. A final line end
/// does not start an empty last line.
[[nodiscard]] Line line_at(std::string_view text, std::size_t begin);

}  // namespace khulasa
