// A reusable UTF-16 copy of a slice of UTF-8 text, for ICU break iterators, with a cursor that maps
// UTF-16 indexes back to UTF-8 byte offsets. ICU types stay inside core/src.
#pragma once

#include <unicode/utext.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace khulasa::detail {

class Utf16Buffer {
 public:
  Utf16Buffer();
  ~Utf16Buffer();
  Utf16Buffer(const Utf16Buffer&) = delete;
  Utf16Buffer& operator=(const Utf16Buffer&) = delete;

  /// Converts `slice` (valid UTF-8, which begins at byte `base` of the caller's text) and returns a
  /// UText over the copy, owned by this buffer and valid until the next assign(). With
  /// `line_ends_as_spaces`, CR and LF become spaces in the copy (same length, so offsets hold): a
  /// hard-wrapped paragraph then reads as one paragraph to ICU.
  UText* assign(std::string_view slice, std::size_t base, bool line_ends_as_spaces = false);

  /// Maps UTF-16 indexes to byte offsets of the caller's text. Indexes must be asked for in
  /// increasing order between two calls of assign() (break iterators produce them so); each call
  /// costs the distance walked since the last one, so a whole pass is linear.
  std::size_t to_utf8(int32_t utf16_index);

 private:
  std::vector<char16_t> units_;
  std::string_view slice_;
  std::size_t base_ = 0;
  std::size_t cursor_utf8_ = 0;
  int32_t cursor_utf16_ = 0;
  UText* utext_ = nullptr;
};

}  // namespace khulasa::detail
