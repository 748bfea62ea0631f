// RAII owners of tree-sitter's parser and tree for the arabic_news grammar. Internal to the core.
#pragma once

#include <tree_sitter/api.h>

#include <string_view>

extern "C" const TSLanguage* tree_sitter_arabic_news(void);

namespace khulasa::detail {

struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};
struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};

/// Byte offset → tree-sitter point (row = number of '\n' before it, column = bytes since the last).
TSPoint point_at(std::string_view text, std::size_t byte);
/// The point reached from `from` after the bytes `passed` (an edit's end from its start).
TSPoint point_after(TSPoint from, std::string_view passed);

}  // namespace khulasa::detail
