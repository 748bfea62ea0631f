// Open documents (plugin/lsp/documents.*) under random incremental changes in LSP positions,
// checked against a plain reference model: the text, the line index, and that analysis and tokens
// of every state work.
#include "documents.hpp"

#include <gtest/gtest.h>

#include <random>

#include "../unit/test_support.hpp"
#include "semantic_tokens.hpp"

namespace khulasa::lsp {
namespace {

std::size_t sequence_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/// The byte offset of `p` by walking the text from its start: the slow, obvious reading of the
/// LSP rules (lines end at \n, \r\n, \r; clamp to the line end and to the text end).
std::size_t reference_offset(std::string_view text, Position p, PositionEncoding encoding) {
  std::size_t i = 0;
  for (std::uint32_t line = 0; line < p.line; ++line) {
    while (i < text.size() && text[i] != '\n' && text[i] != '\r') ++i;
    if (i == text.size()) return i;
    i += (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
  }
  std::uint32_t units = 0;
  while (i < text.size() && text[i] != '\n' && text[i] != '\r') {
    const std::size_t n = sequence_length(static_cast<unsigned char>(text[i]));
    const std::uint32_t u =
        encoding == PositionEncoding::utf8 ? static_cast<std::uint32_t>(n) : (n == 4 ? 2u : 1u);
    if (units + u > p.character) break;
    units += u;
    i += n;
  }
  return i;
}

TEST(documents_test, random_incremental_changes_match_a_reference) {
  std::mt19937 rng(11);
  const std::vector<std::string> pieces = {
      "قال ", "خالد المنصوري", " 450 مليون دولار", "\r\n", "\n", "\r", "😀", "Samsung SDI ", "، ",
      "#"};
  for (const auto encoding : {PositionEncoding::utf16, PositionEncoding::utf8}) {
    std::string reference = testing::read_source_file("docs/examples/article.txt");
    OpenDocument doc("file:///t.txt", "plaintext", 1, reference);
    const std::array<bool, kTokenTypeCount> kinds{true, true, true, true, true,
                                                  true, true, true, true};
    for (int round = 0; round < 300; ++round) {
      const auto random_position = [&] {
        const auto lines = static_cast<std::uint32_t>(doc.lines().line_count());
        return Position{static_cast<std::uint32_t>(rng() % (lines + 2)),
                        static_cast<std::uint32_t>(rng() % 160)};
      };
      Range range{random_position(), random_position()};
      if (rng() % 3 == 0) range.end = range.start;
      std::string text;
      for (std::size_t k = rng() % 3; k > 0; --k) text += pieces[rng() % pieces.size()];
      std::size_t b = reference_offset(reference, range.start, encoding);
      std::size_t e = reference_offset(reference, range.end, encoding);
      if (e < b) std::swap(b, e);
      reference.replace(b, e - b, text);
      doc.apply_change(range, text, encoding);
      ASSERT_EQ(doc.text(), reference) << "round " << round;
      ASSERT_EQ(doc.lines(), LineIndex(reference)) << "round " << round;
      if (round % 25 == 0) {
        const std::vector<std::uint32_t> data =
            encode_semantic_tokens(doc.analysis(), doc.positions(encoding), kinds);
        ASSERT_EQ(data.size() % 5, 0u);
        for (std::size_t t = 0; t < data.size(); t += 5) ASSERT_GT(data[t + 2], 0u);
      }
    }
    // A full-text change.
    doc.apply_change(std::nullopt, "نص جديد\n", encoding);
    EXPECT_EQ(doc.text(), "نص جديد\n");
    EXPECT_EQ(doc.lines().line_count(), 2u);
  }
}

}  // namespace
}  // namespace khulasa::lsp
