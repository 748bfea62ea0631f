#include "ts/syntax_tree.hpp"

#include <cstring>

namespace khulasa::detail {

TSPoint point_after(TSPoint from, std::string_view passed) {
  const char* p = passed.data();
  const char* end = passed.data() + passed.size();
  const char* line_begin = nullptr;  // after the last '\n' passed, if any
  while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
    ++from.row;
    p = line_begin = static_cast<const char*>(nl) + 1;
  }
  from.column = line_begin == nullptr ? from.column + static_cast<std::uint32_t>(passed.size())
                                      : static_cast<std::uint32_t>(end - line_begin);
  return from;
}

TSPoint point_at(std::string_view text, std::size_t byte) {
  return point_after(TSPoint{0, 0}, text.substr(0, byte));
}

}  // namespace khulasa::detail
