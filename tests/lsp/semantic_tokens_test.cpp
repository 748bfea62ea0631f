// Semantic tokens (plugin/lsp/semantic_tokens.*) from a hand-made Analysis: per-line splitting,
// quotes around mentions, lengths per encoding, kinds switched off, and the delta.
#include "semantic_tokens.hpp"

#include <gtest/gtest.h>

namespace khulasa::lsp {
namespace {

using Data = std::vector<std::uint32_t>;

ByteRange find_range(std::string_view text, std::string_view what) {
  const std::size_t at = text.find(what);
  EXPECT_NE(at, std::string_view::npos) << what;
  return ByteRange{at, at + what.size()};
}

/// «😀 قال خالد المنصوري "نعم\nسنفعل"» with a person mentioned twice (once inside the quote, which
/// spans two lines).
struct Sample {
  Sample() : lines(text) {
    analysis.entities.push_back(Entity{EntityKind::person, "خالد المنصوري", "Khaled", "", {0, 1}});
    analysis.mentions.push_back(Mention{find_range(text, "خالد المنصوري"), 0, 0});
    const std::size_t second = text.find("نعم ") + std::string("نعم ").size();
    analysis.mentions.push_back(
        Mention{ByteRange{second, second + std::string("المنصوري").size()}, 0, 0});
    Quote q;
    q.range = find_range(text, "\"نعم المنصوري\nسنفعل\"");
    q.speaker = 0;
    analysis.quotes.push_back(q);
  }
  std::string text = "😀 قال خالد المنصوري \"نعم المنصوري\nسنفعل\"";
  LineIndex lines;
  Analysis analysis;
};

std::array<bool, kTokenTypeCount> all_kinds() {
  std::array<bool, kTokenTypeCount> k{};
  k.fill(true);
  return k;
}

TEST(semantic_tokens_test, splits_quotes_around_mentions_and_per_line) {
  Sample s;
  const Data utf16 = encode_semantic_tokens(
      s.analysis, PositionMap(s.text, s.lines, PositionEncoding::utf16), all_kinds());
  // Tokens: the first mention (declaration | speaker), the quote's "\"نعم " piece, the second
  // mention (speaker), then the quote's second line "سنفعل\"".
  const Data expected = {
      0, 7,  13, 0, 1 | 4,  // خالد المنصوري at UTF-16 column 7 (😀 is two units)
      0, 14, 5,  8, 0,      // "نعم + space, right after the mention and a space
      0, 5,  8,  0, 4,      // المنصوري
      1, 0,  6,  8, 0,      // سنفعل" on the next line
  };
  EXPECT_EQ(utf16, expected);
  const Data utf8 = encode_semantic_tokens(
      s.analysis, PositionMap(s.text, s.lines, PositionEncoding::utf8), all_kinds());
  ASSERT_EQ(utf8.size(), expected.size());
  EXPECT_EQ(utf8[1], 12u);  // 😀 is 4 bytes, قال 6, two spaces
  EXPECT_EQ(utf8[2], 25u);
}

TEST(semantic_tokens_test, kinds_switched_off_give_no_tokens_and_quotes_cover_the_gap) {
  Sample s;
  auto kinds = all_kinds();
  kinds[0] = false;  // no person tokens: the quote is whole, split only at the line end
  const Data d = encode_semantic_tokens(
      s.analysis, PositionMap(s.text, s.lines, PositionEncoding::utf16), kinds);
  const Data expected = {0, 21, 13, 8, 0, 1, 0, 6, 8, 0};
  EXPECT_EQ(d, expected);
  kinds[kQuoteTokenType] = false;
  EXPECT_TRUE(encode_semantic_tokens(s.analysis,
                                     PositionMap(s.text, s.lines, PositionEncoding::utf16), kinds)
                  .empty());
}

TEST(semantic_tokens_test, latin_mentions_are_marked) {
  const std::string text = "قالت Meta إن";
  const LineIndex lines(text);
  Analysis a;
  a.entities.push_back(Entity{EntityKind::organization, "Meta", "Meta", "", {0}});
  a.mentions.push_back(Mention{find_range(text, "Meta"), 0, 0});
  const Data d =
      encode_semantic_tokens(a, PositionMap(text, lines, PositionEncoding::utf16), all_kinds());
  EXPECT_EQ(d, (Data{0, 5, 4, 1, 1 | 2}));
}

TEST(semantic_tokens_test, delta_keeps_the_common_prefix_and_suffix) {
  const Data before = {0, 1, 2, 0, 0, 1, 0, 3, 1, 0, 0, 5, 2, 2, 0};
  EXPECT_FALSE(diff_tokens(before, before));
  Data after = before;
  after[7] = 4;  // the second token got longer
  auto edit = diff_tokens(before, after);
  ASSERT_TRUE(edit);
  EXPECT_EQ(edit->start, 5u);
  EXPECT_EQ(edit->delete_count, 5u);
  EXPECT_EQ(edit->data, (Data{1, 0, 4, 1, 0}));
  // A token inserted at the front.
  after = {0, 0, 1, 3, 0};
  after.insert(after.end(), before.begin(), before.end());
  edit = diff_tokens(before, after);
  ASSERT_TRUE(edit);
  EXPECT_EQ(edit->start, 0u);
  EXPECT_EQ(edit->delete_count, 0u);
  EXPECT_EQ(edit->data, (Data{0, 0, 1, 3, 0}));
  // Everything removed; and applying an edit gives `after`.
  edit = diff_tokens(before, {});
  ASSERT_TRUE(edit);
  EXPECT_EQ(edit->delete_count, 15u);
  EXPECT_TRUE(edit->data.empty());
  // Equal values across a token boundary must not shift the edit off whole tokens.
  const Data b2 = {0, 1, 1, 1, 1, 0, 1, 1, 1, 1};
  edit = diff_tokens(b2, Data{0, 1, 1, 1, 1});
  ASSERT_TRUE(edit);
  EXPECT_EQ(edit->start % 5, 0u);
  Data applied = b2;
  applied.erase(applied.begin() + edit->start, applied.begin() + edit->start + edit->delete_count);
  applied.insert(applied.begin() + edit->start, edit->data.begin(), edit->data.end());
  EXPECT_EQ(applied, (Data{0, 1, 1, 1, 1}));
}

}  // namespace
}  // namespace khulasa::lsp
