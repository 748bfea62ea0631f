#include "ts/syntax_tree.hpp"

#include <cstring>

namespace khulasa::detail {

TSPoint point_at(std::string_view text, std::size_t byte) {
  std::uint32_t row = 0;
  std::size_t line_begin = 0;
  const char* p = text.data();
  const char* end = text.data() + byte;
  while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
    ++row;
    p = static_cast<const char*>(nl) + 1;
    line_begin = static_cast<std::size_t>(p - text.data());
  }
  return TSPoint{row, static_cast<std::uint32_t>(byte - line_begin)};
}

}  // namespace khulasa::detail
