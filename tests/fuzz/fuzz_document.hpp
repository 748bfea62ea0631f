// Invariants of a Document and the comparison of two documents' models, shared by the structure
// and edit fuzz targets.
#pragma once

#include <cstddef>
#include <string_view>

#include "fuzz_common.hpp"
#include "khulasa/document.hpp"

namespace khulasa::fuzz {

inline void check_document(const Document& doc) {
  const std::string_view text = doc.text();
  const auto& blocks = doc.blocks();
  const auto& sentences = doc.sentences();
  std::size_t next_sentence = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    check(b.range.begin <= b.range.end && b.range.end <= text.size(), "block range", i);
    check(b.content.begin <= b.content.end && b.content.end <= text.size(), "block content", i);
    if (b.parent) check(*b.parent < i, "block parent precedes it", i, *b.parent);
    check(b.first_sentence + b.sentence_count <= sentences.size(), "block sentences", i);
    if (b.sentence_count > 0) {
      check(b.first_sentence >= next_sentence, "block sentences in order", i);
      next_sentence = b.first_sentence + b.sentence_count;
    }
    for (std::size_t k = 0; k < b.sentence_count; ++k) {
      const Sentence& s = sentences[b.first_sentence + k];
      check(b.range.begin <= s.range.begin && s.range.end <= b.range.end, "sentence in block", i);
    }
    (void)doc.byline_parts(i);
  }
  std::size_t last = 0;
  for (const Sentence& s : sentences) {
    check_range(text, s.range, "sentence range");
    check(s.range.begin >= last, "sentences in order", s.range.begin, last);
    last = s.range.end;
  }
  last = 0;
  for (const Section& s : doc.sections()) {
    check(s.range.begin <= s.range.end && s.range.end <= text.size(), "section range");
    check(s.range.begin >= last, "sections in order", s.range.begin, last);
    check(s.first_block + s.block_count <= blocks.size(), "section blocks");
    if (s.heading) check(*s.heading < blocks.size(), "section heading");
    last = s.range.end;
  }
}

}  // namespace khulasa::fuzz

namespace khulasa::fuzz {

/// Whether two documents have the same model (text, blocks, sentences, sections); the first
/// difference is printed.
inline bool same_model(const Document& a, const Document& b) {
  auto differ = [](const char* what, std::size_t i) {
    std::fprintf(stderr, "models differ: %s %zu\n", what, i);
    return false;
  };
  if (a.text() != b.text()) return differ("text", 0);
  if (a.blocks().size() != b.blocks().size()) return differ("block count", a.blocks().size());
  for (std::size_t i = 0; i < a.blocks().size(); ++i) {
    const Block &x = a.blocks()[i], &y = b.blocks()[i];
    if (x.kind != y.kind || x.range != y.range || x.content != y.content || x.depth != y.depth ||
        x.parent != y.parent || x.first_sentence != y.first_sentence ||
        x.sentence_count != y.sentence_count) {
      return differ("block", i);
    }
  }
  if (a.sentences().size() != b.sentences().size()) return differ("sentence count", 0);
  for (std::size_t i = 0; i < a.sentences().size(); ++i) {
    const Sentence &x = a.sentences()[i], &y = b.sentences()[i];
    if (x.range != y.range || x.kind != y.kind || x.language != y.language) {
      return differ("sentence", i);
    }
  }
  if (a.sections().size() != b.sections().size()) return differ("section count", 0);
  for (std::size_t i = 0; i < a.sections().size(); ++i) {
    const Section &x = a.sections()[i], &y = b.sections()[i];
    if (x.range != y.range || x.heading != y.heading || x.first_block != y.first_block ||
        x.block_count != y.block_count) {
      return differ("section", i);
    }
  }
  return true;
}

}  // namespace khulasa::fuzz
