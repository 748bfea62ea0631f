// Lines of text: LF, CRLF, CR-only, NEL, LS and PS all end a line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
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
/// Whether any of the 8 bytes of `w` may start a line end (\n, \r, C2, E2).
[[nodiscard]] inline bool may_end_line(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  std::uint64_t found = 0;
  for (const std::uint64_t b : {0x0AULL, 0x0DULL, 0xC2ULL, 0xE2ULL}) {
    const std::uint64_t v = w ^ (b * kOnes);
    found |= (v - kOnes) & ~v & kHigh;
  }
  return found != 0;
}
/// The number of UTF-8 continuation bytes (10xxxxxx) among the 8 bytes of `w`.
[[nodiscard]] inline std::size_t continuation_bytes(std::uint64_t w) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  // One bit at most per byte, in bit 7: gather them in the top byte by a multiplication.
  const std::uint64_t bits = (w & kHigh & ~(w << 1)) >> 7;
  return static_cast<std::size_t>((bits * 0x0101010101010101ULL) >> 56);
}
}  // namespace detail

template <class F>
void for_each_line_width(std::string_view text, F&& f) {
  // Eight bytes at a time while none of them can start a line end; byte by byte around those.
  std::size_t begin = 0, continuation = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    if (pos + 8 <= text.size()) {
      std::uint64_t w;
      std::memcpy(&w, text.data() + pos, 8);
      if (!detail::may_end_line(w)) {
        continuation += detail::continuation_bytes(w);
        pos += 8;
        continue;
      }
    }
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b == '\n' || b == '\r' || b == 0xC2 || b == 0xE2) {
      if (const std::size_t end = detail::line_end_length(text, pos); end != 0) {
        f(ByteRange{begin, pos}, pos - begin - continuation);
        pos += end;
        begin = pos;
        continuation = 0;
        continue;
      }
    }
    continuation += (b & 0xC0u) == 0x80u;
    ++pos;
  }
  if (begin < text.size()) f(ByteRange{begin, text.size()}, text.size() - begin - continuation);
}

}  // namespace khulasa
