// Position conversion (plugin/lsp/position_map.*): UTF-8 bytes ↔ LSP positions in UTF-16 and
// UTF-8, line ends, clamping, and the line index under edits.
#include "position_map.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace khulasa::lsp {
namespace {

constexpr auto kUtf16 = PositionEncoding::utf16;
constexpr auto kUtf8 = PositionEncoding::utf8;

struct Fixture {
  explicit Fixture(std::string t) : text(std::move(t)), lines(text) {}
  PositionMap map(PositionEncoding e) const { return PositionMap(text, lines, e); }
  std::string text;
  LineIndex lines;
};

Position pos(std::uint32_t line, std::uint32_t character) {
  return Position{line, character};
}

TEST(position_map_test, utf16_units_of_long_mixed_text_eight_bytes_at_a_time) {
  // Arabic (2 bytes), Latin (1), emoji (4 bytes, 2 units), CJK (3) in every alignment.
  const std::string pieces[] = {"ع", "a", "😀", "中", "ـ", "َ", " "};
  std::string text;
  std::size_t expected = 0;
  for (int i = 0; i < 500; ++i) {
    const std::string& p = pieces[(i * 7 + i / 3) % 7];
    text += p;
    expected += p == "😀" ? 2 : 1;
    ASSERT_EQ(count_units(text, PositionEncoding::utf16), expected) << i;
  }
}

TEST(position_map_test, arabic_with_diacritics_counts_each_mark) {
  // "قال مُحَمَّد": every letter and every mark is one UTF-16 unit and two bytes.
  const Fixture f("قال مُحَمَّد");
  const std::size_t name = std::string("قال ").size();  // 7 bytes
  EXPECT_EQ(f.map(kUtf16).to_position(name), pos(0, 4));
  EXPECT_EQ(f.map(kUtf8).to_position(name), pos(0, 7));
  // م ُ ح َ م ّ َ د: 8 code points.
  EXPECT_EQ(f.map(kUtf16).to_position(f.text.size()), pos(0, 12));
  EXPECT_EQ(f.map(kUtf8).to_position(f.text.size()), pos(0, 23));
  EXPECT_EQ(f.map(kUtf16).to_offset(pos(0, 12)), f.text.size());
  EXPECT_EQ(f.map(kUtf16).length(ByteRange{name, f.text.size()}), 8u);
  EXPECT_EQ(f.map(kUtf8).length(ByteRange{name, f.text.size()}), 16u);
}

TEST(position_map_test, emoji_is_a_surrogate_pair_in_utf16) {
  const Fixture f("a😀b خالد");
  EXPECT_EQ(f.map(kUtf16).to_position(1), pos(0, 1));
  EXPECT_EQ(f.map(kUtf16).to_position(5), pos(0, 3));  // 'b' after the pair
  EXPECT_EQ(f.map(kUtf8).to_position(5), pos(0, 5));
  EXPECT_EQ(f.map(kUtf16).to_offset(pos(0, 3)), 5u);
  // Between the two halves of the pair: back to the pair's start.
  EXPECT_EQ(f.map(kUtf16).to_offset(pos(0, 2)), 1u);
  // A byte inside the emoji's UTF-8 sequence counts from its start.
  EXPECT_EQ(f.map(kUtf16).to_position(3), pos(0, 1));
  EXPECT_EQ(f.map(kUtf8).to_offset(pos(0, 3)), 1u);
  EXPECT_EQ(f.map(kUtf16).length(ByteRange{1, 5}), 2u);
  // "خالد" starts after "a😀b ": 1 + 2 + 1 + 1 = 5 units, 1 + 4 + 1 + 1 = 7 bytes.
  EXPECT_EQ(f.map(kUtf16).to_position(7), pos(0, 5));
  EXPECT_EQ(f.map(kUtf16).to_offset(pos(0, 5)), 7u);
}

TEST(position_map_test, crlf_lf_and_cr_line_ends) {
  const Fixture f("ab\r\ncd\ref\ngh");
  ASSERT_EQ(f.lines.line_count(), 4u);
  EXPECT_EQ(f.lines.line_start(1), 4u);
  EXPECT_EQ(f.lines.line_start(2), 7u);
  EXPECT_EQ(f.lines.line_start(3), 10u);
  EXPECT_EQ(f.lines.line_content(f.text, 0), (ByteRange{0, 2}));
  EXPECT_EQ(f.lines.line_content(f.text, 1), (ByteRange{4, 6}));
  EXPECT_EQ(f.lines.line_content(f.text, 3), (ByteRange{10, 12}));
  const PositionMap m = f.map(kUtf16);
  EXPECT_EQ(m.to_position(2), pos(0, 2));  // the '\r'
  EXPECT_EQ(m.to_position(3), pos(0, 2));  // the '\n' of "\r\n": still the end of line 0
  EXPECT_EQ(m.to_position(4), pos(1, 0));
  EXPECT_EQ(m.to_position(6), pos(1, 2));  // a lone '\r'
  EXPECT_EQ(m.to_position(7), pos(2, 0));
  EXPECT_EQ(m.to_offset(pos(1, 1)), 5u);
  EXPECT_EQ(m.to_offset(pos(3, 2)), 12u);
}

TEST(position_map_test, final_line_with_and_without_a_line_end) {
  const Fixture without("سطر\nأخير");
  EXPECT_EQ(without.lines.line_count(), 2u);
  EXPECT_EQ(without.map(kUtf16).to_position(without.text.size()), pos(1, 4));
  const Fixture with("سطر\n");
  EXPECT_EQ(with.lines.line_count(), 2u);  // the empty line after the final "\n"
  EXPECT_EQ(with.map(kUtf16).to_position(with.text.size()), pos(1, 0));
  EXPECT_EQ(with.map(kUtf16).to_offset(pos(1, 0)), with.text.size());
  const Fixture cr("a\r");
  EXPECT_EQ(cr.lines.line_count(), 2u);
  const Fixture empty("");
  EXPECT_EQ(empty.lines.line_count(), 1u);
  EXPECT_EQ(empty.map(kUtf16).to_position(0), pos(0, 0));
  EXPECT_EQ(empty.map(kUtf16).to_offset(pos(5, 5)), 0u);
}

TEST(position_map_test, lf_then_cr_are_two_line_ends) {
  const Fixture f("a\n\rb");
  EXPECT_EQ(f.lines.line_count(), 3u);
  EXPECT_EQ(f.map(kUtf16).to_position(3), pos(2, 0));
}

TEST(position_map_test, positions_past_the_end_clamp) {
  const Fixture f("سلام\r\nعليكم");
  for (const auto e : {kUtf16, kUtf8}) {
    const PositionMap m = f.map(e);
    EXPECT_EQ(m.to_offset(pos(0, 100)), 8u) << "past the line end: the line end, before \\r\\n";
    EXPECT_EQ(m.to_offset(pos(1, 100)), f.text.size());
    EXPECT_EQ(m.to_offset(pos(7, 0)), f.text.size()) << "past the last line: the end";
    EXPECT_EQ(m.to_offset(pos(UINT32_MAX, UINT32_MAX)), f.text.size());
    EXPECT_EQ(m.to_position(1000), m.to_position(f.text.size()));
  }
  // UTF-8 positions inside a two-byte letter move back to its start.
  EXPECT_EQ(f.map(kUtf8).to_offset(pos(0, 3)), 2u);
  // A reversed range comes back in order.
  EXPECT_EQ(f.map(kUtf16).to_byte_range(Range{pos(1, 2), pos(0, 1)}), (ByteRange{2, 14}));
}

TEST(position_map_test, utf8_and_utf16_agree_on_lines) {
  const Fixture f("📈 قال\r\nخالد 😀 المنصوري\rend");
  for (std::size_t o = 0; o <= f.text.size(); ++o) {
    EXPECT_EQ(f.map(kUtf8).to_position(o).line, f.map(kUtf16).to_position(o).line) << o;
  }
}

/// Every code point boundary that is not inside a line end survives a round trip, in both
/// encodings; the cursor gives what the map gives.
TEST(position_map_test, round_trip_and_cursor) {
  const Fixture f("«نور للطاقة» 😀 Dr. Omar\r\nمُحَمَّد\n\n\rx🇯🇴y");
  for (const auto e : {kUtf16, kUtf8}) {
    const PositionMap m = f.map(e);
    PositionCursor cursor(m);
    for (std::size_t o = 0; o <= f.text.size(); ++o) {
      EXPECT_EQ(cursor.to_position(o), m.to_position(o)) << o;
      if (o < f.text.size() && (static_cast<unsigned char>(f.text[o]) & 0xC0u) == 0x80u) continue;
      const std::size_t line = f.lines.line_of(o);
      if (o > f.lines.line_content(f.text, line).end) continue;  // inside "\r\n"
      EXPECT_EQ(m.to_offset(m.to_position(o)), o) << o;
    }
    // Going back works too.
    EXPECT_EQ(cursor.to_position(3), m.to_position(3));
  }
}

TEST(position_map_test, line_index_follows_edits) {
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {"a", "\r", "\n", "\r\n", "ش", "😀", " "};
  std::string text = "ab\r\ncd\n\re";
  LineIndex index(text);
  for (int round = 0; round < 3000; ++round) {
    // Edits on code point boundaries only, as the server makes them.
    std::vector<std::size_t> bounds;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u)
        bounds.push_back(i);
    }
    std::size_t b = bounds[rng() % bounds.size()];
    std::size_t e = bounds[rng() % bounds.size()];
    if (e < b) std::swap(b, e);
    std::string inserted;
    for (std::size_t k = rng() % 4; k > 0; --k) inserted += pieces[rng() % pieces.size()];
    text.replace(b, e - b, inserted);
    index.update(text, ByteRange{b, e}, inserted.size());
    ASSERT_EQ(index, LineIndex(text)) << "round " << round;
    if (text.size() > 200) {
      text.erase(0, text.size() / 2);
      while (!text.empty() && (static_cast<unsigned char>(text[0]) & 0xC0u) == 0x80u)
        text.erase(0, 1);
      index = LineIndex(text);
    }
  }
}

}  // namespace
}  // namespace khulasa::lsp
