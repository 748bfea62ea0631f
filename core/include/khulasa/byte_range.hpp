// ByteRange: the one unit of position in libkhulasa.
//
// Every range the core returns is a half-open range of UTF-8 bytes, [begin, end), into the text the
// caller passed in (which is the user's original input, or is mapped back to it by an OffsetMap).
// Conversion to editor positions (UTF-16 code units, lines) happens outside the core.
#pragma once

#include <cstddef>
#include <string_view>

namespace khulasa {

/// A half-open range [begin, end) of byte offsets into UTF-8 text. `ByteRange{0, 5}` covers bytes
/// 0, 1, 2, 3 and 4. Invariant: begin <= end.
struct ByteRange {
  std::size_t begin = 0;  ///< first byte of the range
  std::size_t end = 0;    ///< one past the last byte of the range

  [[nodiscard]] constexpr std::size_t size() const { return end - begin; }
  [[nodiscard]] constexpr bool empty() const { return begin == end; }
  [[nodiscard]] constexpr bool contains(std::size_t byte) const {
    return begin <= byte && byte < end;
  }
  /// The bytes of `text` this range covers. Precondition: end <= text.size().
  [[nodiscard]] constexpr std::string_view slice(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend constexpr bool operator==(const ByteRange&, const ByteRange&) = default;
};

}  // namespace khulasa
