#include "khulasa/utf8.hpp"

#include <gtest/gtest.h>

namespace khulasa {
namespace {

TEST(utf8_test, arabic_news_text_is_valid) {
  EXPECT_FALSE(find_utf8_error("قال الرئيس التنفيذي لشركة ميتا، مارك زوكربيرج، إن 😀 ٢٠٢٥"));
}

TEST(utf8_test, reports_exact_offset_and_kind_of_first_bad_sequence) {
  struct Case {
    std::string bytes;
    TextErrorKind kind;
    std::size_t offset;
    std::size_t length;
  };
  const std::string ar = "قال";  // 6 bytes
  const std::vector<Case> cases = {
      {ar + "\xD9", TextErrorKind::truncated_sequence, 6, 1},            // cut at end of input
      {ar + "\xE2\x82" + "x", TextErrorKind::truncated_sequence, 6, 2},  // maximal subpart E2 82
      {ar + "\x80", TextErrorKind::unexpected_continuation, 6, 1},
      {ar + "\xC0\xAF", TextErrorKind::overlong_encoding, 6, 1},
      {ar + "\xE0\x80\xAF", TextErrorKind::overlong_encoding, 6, 1},
      {ar + "\xF0\x80\x80\xAF", TextErrorKind::overlong_encoding, 6, 1},
      {ar + "\xED\xA0\x80", TextErrorKind::surrogate, 6, 1},
      {ar + "\xF4\x90\x80\x80", TextErrorKind::out_of_range, 6, 1},
      {ar + "\xFF", TextErrorKind::invalid_byte, 6, 1},
      {"abcdefghijklmnop\xC3", TextErrorKind::truncated_sequence, 16, 1},  // after the fast path
  };
  for (const Case& c : cases) {
    const auto e = find_utf8_error(c.bytes);
    ASSERT_TRUE(e.has_value()) << c.offset;
    EXPECT_EQ(e->kind, c.kind) << e->message();
    EXPECT_EQ(e->byte_offset, c.offset) << e->message();
    EXPECT_EQ(e->length, c.length) << e->message();
  }
}

TEST(utf8_test, nul_bytes_are_an_error_only_when_not_allowed) {
  const std::string s = std::string("خبر") + '\0' + "عاجل";
  EXPECT_FALSE(find_utf8_error(s, true));
  const auto e = find_utf8_error(s, false);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, TextErrorKind::nul_byte);
  EXPECT_EQ(e->byte_offset, 6u);
  EXPECT_EQ(e->message(), "NUL byte (binary file?) at byte 6");
}

TEST(utf8_test, strict_decode_refuses_and_moves_valid_input) {
  auto bad = decode_text("خبر\xFF");
  EXPECT_FALSE(bad.text);
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->byte_offset, 6u);

  auto good = decode_text("خبر عاجل");
  ASSERT_TRUE(good.text);
  EXPECT_EQ(good.text->text, "خبر عاجل");
  EXPECT_TRUE(good.text->to_input.is_identity());
  EXPECT_EQ(good.text->content_begin, 0u);
}

TEST(utf8_test, lenient_decode_replaces_bad_bytes_and_maps_back) {
  // "خبر" + bad byte + "عاجل" + truncated 3-byte sequence + "!"
  const std::string input =
      "خبر\xFF"
      "عاجل\xE2\x82!";
  auto r = decode_text(input, DecodeOptions{.lenient = true});
  ASSERT_TRUE(r.text);
  const DecodedText& d = *r.text;
  EXPECT_EQ(d.text, "خبر\uFFFDعاجل\uFFFD!");
  EXPECT_EQ(d.repaired, 2u);
  // "عاجل" sits at bytes 9..17 of the repaired text and 7..15 of the input.
  EXPECT_EQ(d.to_input.to_original(ByteRange{9, 17}), (ByteRange{7, 15}));
  // The first U+FFFD maps back to the one bad byte, the second to the two bytes of the subpart.
  EXPECT_EQ(d.to_input.to_original(ByteRange{6, 9}), (ByteRange{6, 7}));
  EXPECT_EQ(d.to_input.to_original(ByteRange{17, 20}), (ByteRange{15, 17}));
  EXPECT_EQ(d.to_input.to_original(ByteRange{20, 21}), (ByteRange{17, 18}));
}

TEST(utf8_test, lenient_decode_replaces_nul_unless_allowed) {
  const std::string input = std::string("أ") + '\0' + "ب";
  auto r = decode_text(input, DecodeOptions{.lenient = true});
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->text, "أ\uFFFDب");
  auto kept = decode_text(input, DecodeOptions{.lenient = false, .allow_nul = true});
  ASSERT_TRUE(kept.text);
  EXPECT_EQ(kept.text->text, input);
}

TEST(utf8_test, leading_bom_is_kept_in_place_and_marked) {
  auto r = decode_text("\xEF\xBB\xBFخبر");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->content_begin, 3u);
  EXPECT_EQ(r.text->text.size(), 9u);  // offsets of the rest are not shifted
}

TEST(utf8_test, code_point_iteration_both_ways) {
  const std::string s = "aد😀";
  std::size_t pos = 0;
  EXPECT_EQ(next_code_point(s, pos), U'a');
  EXPECT_EQ(next_code_point(s, pos), U'د');
  EXPECT_EQ(next_code_point(s, pos), U'😀');
  EXPECT_EQ(pos, s.size());
  EXPECT_EQ(previous_code_point(s, pos), U'😀');
  EXPECT_EQ(pos, 3u);
  std::string out;
  append_utf8(out, U'د');
  append_utf8(out, U'😀');
  EXPECT_EQ(out, "د😀");
}

}  // namespace
}  // namespace khulasa
