// Helpers shared by the unit tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "khulasa/sentences.hpp"

namespace khulasa::testing {

/// Reads a file of the source tree (relative to the project root) as bytes.
inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(KHULASA_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The texts of the sentences of `text`.
inline std::vector<std::string> sentence_texts(std::string_view text) {
  SentenceSplitter splitter;
  std::vector<std::string> out;
  for (const Sentence& s : splitter.split(text)) out.emplace_back(s.range.slice(text));
  return out;
}

}  // namespace khulasa::testing
