// A hash for unordered containers keyed by std::string that also takes std::string_view, so a
// lookup needs no copy of the key (with std::equal_to<>). Internal.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace khulasa::detail {

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace khulasa::detail
