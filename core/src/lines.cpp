#include "khulasa/lines.hpp"

#include <cstdint>
#include <cstring>

namespace khulasa::detail {

std::size_t line_end_length(std::string_view text, std::size_t pos) {
  const auto at = [&](std::size_t i) {
    return pos + i < text.size() ? static_cast<unsigned char>(text[pos + i]) : 0u;
  };
  const unsigned b = at(0);
  if (b == '\n') return 1;
  if (b == '\r') return at(1) == '\n' ? 2 : 1;
  if (b == 0xC2 && at(1) == 0x85) return 2;
  if (b == 0xE2 && at(1) == 0x80 && (at(2) == 0xA8 || at(2) == 0xA9)) return 3;
  return 0;
}

}  // namespace khulasa::detail

namespace khulasa {

using detail::line_end_length;

Line line_at(std::string_view text, std::size_t begin) {
  for (std::size_t pos = begin; pos < text.size(); ++pos) {
    // Every line end starts with one of these four bytes; all other bytes are skipped at once.
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b != '\n' && b != '\r' && b != 0xC2 && b != 0xE2) continue;
    if (const std::size_t n = line_end_length(text, pos); n != 0) {
      return Line{ByteRange{begin, pos}, pos + n};
    }
  }
  return Line{ByteRange{begin, text.size()}, text.size()};
}

}  // namespace khulasa
