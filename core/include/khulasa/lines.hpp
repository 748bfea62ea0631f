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

/// Calls `f(content, code_points)` for each line of `text` (as line_at() gives them), with the
/// number of code points of its content; one pass over the bytes.
template <class F>
void for_each_line_width(std::string_view text, F&& f);

namespace detail {
/// Length of the line end at `pos` (LF, CR, CRLF, NEL C2 85, LS E2 80 A8, PS E2 80 A9), or 0.
[[nodiscard]] std::size_t line_end_length(std::string_view text, std::size_t pos);
}  // namespace detail

template <class F>
void for_each_line_width(std::string_view text, F&& f) {
  std::size_t begin = 0, n = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto b = static_cast<unsigned char>(text[pos]);
    // Every line end starts with one of these four bytes.
    if (b == '\n' || b == '\r' || b == 0xC2 || b == 0xE2) {
      if (const std::size_t end = detail::line_end_length(text, pos); end != 0) {
        f(ByteRange{begin, pos}, n);
        pos += end;
        begin = pos;
        n = 0;
        continue;
      }
    }
    n += (b & 0xC0u) != 0x80u;
    ++pos;
  }
  if (begin < text.size()) f(ByteRange{begin, text.size()}, n);
}

}  // namespace khulasa
