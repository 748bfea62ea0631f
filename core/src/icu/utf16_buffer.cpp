#include "icu/utf16_buffer.hpp"

#include <unicode/ustring.h>

#include <stdexcept>

namespace khulasa::detail {

Utf16Buffer::Utf16Buffer() = default;

Utf16Buffer::~Utf16Buffer() {
  if (utext_ != nullptr) utext_close(utext_);
}

UText* Utf16Buffer::assign(std::string_view slice, std::size_t base, bool line_ends_as_spaces) {
  if (slice.size() > static_cast<std::size_t>(INT32_MAX / 2)) {
    throw std::length_error("a line of more than 1 GiB cannot be segmented");
  }
  slice_ = slice;
  base_ = base;
  cursor_utf8_ = 0;
  cursor_utf16_ = 0;
  // UTF-16 never needs more code units than UTF-8 has bytes.
  units_.resize(slice.size() + 1);
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(reinterpret_cast<UChar*>(units_.data()), static_cast<int32_t>(units_.size()),
                &length, slice.data(), static_cast<int32_t>(slice.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("UTF-8 to UTF-16 conversion failed");
  if (line_ends_as_spaces) {
    for (int32_t i = 0; i < length; ++i) {
      if (units_[i] == u'\n' || units_[i] == u'\r') units_[i] = u' ';
    }
  }
  utext_ = utext_openUChars(utext_, reinterpret_cast<const UChar*>(units_.data()), length, &status);
  if (U_FAILURE(status)) throw std::runtime_error("utext_openUChars failed");
  return utext_;
}

std::size_t Utf16Buffer::to_utf8(int32_t utf16_index) {
  while (cursor_utf16_ < utf16_index && cursor_utf8_ < slice_.size()) {
    const auto b = static_cast<unsigned char>(slice_[cursor_utf8_]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    cursor_utf8_ += n;
    cursor_utf16_ += n == 4 ? 2 : 1;
  }
  return base_ + cursor_utf8_;
}

}  // namespace khulasa::detail
