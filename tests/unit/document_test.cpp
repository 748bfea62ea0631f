#include "khulasa/document.hpp"

#include <gtest/gtest.h>

#include <random>

#include "test_support.hpp"

namespace khulasa {
namespace {

std::string slice(const Document& d, ByteRange r) {
  return std::string(r.slice(d.text()));
}

const Block* find_block(const Document& d, BlockKind kind, std::size_t nth = 0) {
  for (const Block& b : d.blocks()) {
    if (b.kind == kind && nth-- == 0) return &b;
  }
  return nullptr;
}

TEST(document_test, example_article_structure) {
  const Document d(testing::read_source_file("docs/examples/article.txt"));
  ASSERT_FALSE(d.blocks().empty());
  EXPECT_EQ(d.blocks()[0].kind, BlockKind::headline);
  EXPECT_TRUE(slice(d, d.blocks()[0].content).starts_with("«نور للطاقة» تستثمر"));
  ASSERT_EQ(d.blocks()[1].kind, BlockKind::byline);
  const BylineParts by = d.byline_parts(1);
  EXPECT_EQ(slice(d, by.date), "04.09.2025");
  EXPECT_EQ(slice(d, by.author), "ليلى الحسيني");

  // Sections: the lead, then the two plain headings written without a blank line under them.
  ASSERT_GE(d.sections().size(), 3u);
  EXPECT_FALSE(d.sections()[0].heading);
  ASSERT_TRUE(d.sections()[1].heading);
  EXPECT_EQ(slice(d, d.blocks()[*d.sections()[1].heading].range), "تفاصيل المشروع");
  ASSERT_TRUE(d.sections()[2].heading);
  EXPECT_EQ(slice(d, d.blocks()[*d.sections()[2].heading].range), "ردود الفعل");

  const Block* footer = find_block(d, BlockKind::footer);
  ASSERT_NE(footer, nullptr);
  EXPECT_NE(slice(d, footer->range).find("جميع الحقوق محفوظة"), std::string::npos);
}

TEST(document_test, a_first_line_that_is_a_paragraph_is_no_headline) {
  const Document d(
      "تأسست الشركة عام 1998 في عمّان. وتعمل اليوم في اثني عشر بلداً وتوظف أكثر من ثلاثة آلاف "
      "شخص.\nوقال مديرها إن التوسع سيستمر.\n");
  ASSERT_FALSE(d.blocks().empty());
  EXPECT_EQ(d.blocks()[0].kind, BlockKind::paragraph);
  // A headline with a pause ".." is still a headline.
  const Document h("اغتيال قيادي بارز خارج البلاد.. والتحقيق مستمر\nنص الخبر.\n");
  EXPECT_EQ(h.blocks()[0].kind, BlockKind::headline);
}

TEST(document_test, hard_wrapped_text_without_title_starts_with_a_paragraph) {
  const std::string text =
      "أعلنت وزارة الصحة يوم الثلاثاء عن خطة وطنية لتطعيم الأطفال ضد الحصبة\n"
      "في جميع المحافظات، وذلك بعد ارتفاع عدد الإصابات خلال الأشهر الثلاثة\n"
      "الماضية إلى أكثر من ألفي حالة. وقال المتحدث باسم الوزارة إن الحملة\n"
      "ستبدأ في الأول من أكتوبر وتستمر ستة أسابيع في كل المدارس والقرى.\n";
  const Document d(text);
  ASSERT_EQ(d.blocks().size(), 1u);
  EXPECT_EQ(d.blocks()[0].kind, BlockKind::paragraph);
  ASSERT_EQ(d.sentences().size(), 2u);
  EXPECT_TRUE(slice(d, d.sentences()[0].range).ends_with("ألفي حالة."));
}

TEST(document_test, author_after_a_separator_in_a_dateline) {
  const Document d("قمة الطاقة\nالدوحة - ٢٠٢٥/١٠/١٢ | كتب: عمر الفاسي\n\nنص الخبر هنا.\n");
  ASSERT_GE(d.blocks().size(), 2u);
  ASSERT_EQ(d.blocks()[1].kind, BlockKind::byline);
  const BylineParts p = d.byline_parts(1);
  EXPECT_EQ(slice(d, p.date), "٢٠٢٥/١٠/١٢");
  EXPECT_EQ(slice(d, p.author), "عمر الفاسي");
}

TEST(document_test, footer_only_after_the_last_separator_and_when_it_reads_as_one) {
  const Document with_footer(
      "عنوان\n\nنص الخبر الأول.\n\n***\n\nنص ثان.\n\n/ / /\nللتواصل: desk@example.org\n");
  const Block* footer = find_block(with_footer, BlockKind::footer);
  ASSERT_NE(footer, nullptr);
  EXPECT_TRUE(slice(with_footer, footer->range).starts_with("/ / /"));
  // A separator between two long parts of the story is a scene break, not a footer.
  std::string story = "عنوان\n\nالجزء الأول.\n\n***\n\n";
  for (int i = 0; i < 12; ++i) story += "وواصلت اللجنة عملها في المدينة طوال الأسبوع الماضي. ";
  EXPECT_EQ(find_block(Document(story), BlockKind::footer), nullptr);
}

TEST(document_test, list_depth_follows_indentation_beyond_the_grammars_one_level) {
  const Document d(
      "عنوان الخبر\n\nالبنود:\n\n1. الاقتصاد\n   - النمو\n     * الصادرات\n     * الواردات\n"
      "   - التضخم\n2. الصحة\n");
  std::vector<std::pair<std::string, std::size_t>> items;
  for (const Block& b : d.blocks()) {
    if (b.kind == BlockKind::list_item) items.emplace_back(slice(d, b.content), b.depth);
  }
  const std::vector<std::pair<std::string, std::size_t>> expected = {
      {"الاقتصاد", 0}, {"النمو", 1}, {"الصادرات", 2}, {"الواردات", 2}, {"التضخم", 1}, {"الصحة", 0}};
  EXPECT_EQ(items, expected);
}

TEST(document_test, an_empty_item_before_a_nested_list_holds_none_of_its_items) {
  // Found by the edit fuzzer: the empty item's block spanned the nested list, so the nested items'
  // sentences came twice and out of order.
  const Document doc("قائمة المهام\n- \n  - مراجعة العقد مع الشركة\n  - توقيع الاتفاق في الرياض\n");
  std::size_t last_end = 0;
  for (const Sentence& s : doc.sentences()) {
    EXPECT_GE(s.range.begin, last_end) << s.range.slice(doc.text());
    last_end = s.range.end;
  }
  std::size_t items = 0;
  for (const Block& b : doc.blocks()) {
    if (b.kind != BlockKind::list_item) continue;
    ++items;
    const std::string_view t = b.range.slice(doc.text());
    if (t.find("مراجعة") != std::string_view::npos) {
      EXPECT_EQ(b.depth, 1u);
    }
    EXPECT_FALSE(t.find("مراجعة") != std::string_view::npos &&
                 t.find("توقيع") != std::string_view::npos)
        << t;
  }
  EXPECT_EQ(items, 3u);
}

TEST(document_test, every_sentence_lies_in_its_block_and_in_order) {
  const Document d(testing::read_source_file("docs/examples/article.txt"));
  std::size_t last_end = 0;
  for (const Block& b : d.blocks()) {
    for (std::size_t i = 0; i < b.sentence_count; ++i) {
      const Sentence& s = d.sentences()[b.first_sentence + i];
      EXPECT_LE(b.range.begin, s.range.begin);
      EXPECT_LE(s.range.end, b.range.end);
      EXPECT_LE(last_end, s.range.begin);
      last_end = s.range.end;
    }
  }
  EXPECT_GE(d.sentences().size(), 20u);
}

TEST(document_test, empty_and_whitespace_documents) {
  for (std::string text : {"", "\n\n", "  \r\n\t", "\xEF\xBB\xBF"}) {
    const Document d(text);
    EXPECT_TRUE(d.sentences().empty()) << text.size();
    EXPECT_TRUE(d.sections().empty());
  }
}

// ---- apply_edit: after any edit the model equals a fresh parse of the edited text ----

void expect_same_model(const Document& a, const Document& b, const std::string& context) {
  ASSERT_EQ(a.text(), b.text()) << context;
  ASSERT_EQ(a.blocks().size(), b.blocks().size()) << context << "\n" << a.syntax_tree();
  for (std::size_t i = 0; i < a.blocks().size(); ++i) {
    const Block &x = a.blocks()[i], &y = b.blocks()[i];
    EXPECT_EQ(x.kind, y.kind) << context << " block " << i;
    EXPECT_EQ(x.range, y.range) << context << " block " << i;
    EXPECT_EQ(x.content, y.content) << context << " block " << i;
    EXPECT_EQ(x.depth, y.depth) << context << " block " << i;
    EXPECT_EQ(x.parent, y.parent) << context << " block " << i;
    EXPECT_EQ(x.first_sentence, y.first_sentence) << context << " block " << i;
    EXPECT_EQ(x.sentence_count, y.sentence_count) << context << " block " << i;
    const BylineParts p = a.byline_parts(i), q = b.byline_parts(i);
    EXPECT_EQ(p.date, q.date) << context << " block " << i;
    EXPECT_EQ(p.author, q.author) << context << " block " << i;
    EXPECT_EQ(p.place, q.place) << context << " block " << i;
  }
  ASSERT_EQ(a.sentences().size(), b.sentences().size()) << context;
  for (std::size_t i = 0; i < a.sentences().size(); ++i) {
    EXPECT_EQ(a.sentences()[i].range, b.sentences()[i].range) << context << " sentence " << i;
    EXPECT_EQ(a.sentences()[i].kind, b.sentences()[i].kind) << context << " sentence " << i;
  }
  ASSERT_EQ(a.sections().size(), b.sections().size()) << context;
  for (std::size_t i = 0; i < a.sections().size(); ++i) {
    EXPECT_EQ(a.sections()[i].range, b.sections()[i].range) << context;
    EXPECT_EQ(a.sections()[i].heading, b.sections()[i].heading) << context;
    EXPECT_EQ(a.sections()[i].block_count, b.sections()[i].block_count) << context;
  }
}

std::size_t char_boundary(std::string_view s, std::size_t p) {
  while (p > 0 && p < s.size() && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

void random_edits_and_undo(const std::string& original, unsigned seed);

TEST(document_test, random_edits_and_their_undo_equal_a_fresh_parse) {
  random_edits_and_undo(testing::read_source_file("docs/examples/article.txt"), 7);
}

// Hard-wrapped CRLF text: the wrap width (kept up to date line by line under edits) decides where
// sentences end, so a wrong count shows as different sentences.
TEST(document_test, random_edits_in_hard_wrapped_text_equal_a_fresh_parse) {
  random_edits_and_undo(testing::read_source_file("tests/golden/inputs/wrapped-crlf.txt"), 3);
}

// A nested list, a table, a quote, a placed byline and a footer: an edit walks again only the
// top-level nodes it touches, and every other block is carried over, moved by the edit's size.
TEST(document_test, random_edits_in_markdown_with_lists_tables_and_footer_equal_a_fresh_parse) {
  random_edits_and_undo(testing::read_source_file("tests/golden/inputs/markdown-sections.md"), 11);
}

void random_edits_and_undo(const std::string& original, unsigned seed) {
  const std::vector<std::string> pieces = {
      "ب",        "وزارة", " ",           "\n",    "\n\n", "\r\n",    "- ", "1. ",
      "| خلية |", "## ",   "**عنوان**\n", ".",     "؟ ",   "/ / /\n", "> ", "04.09.2025",
      "بقلم: ",   "«",     "»",           "Meta ", "ـ",    "َ"};
  std::mt19937 rng(seed);
  Document doc(original);
  for (int step = 0; step < 150; ++step) {
    const std::string before(doc.text());
    std::size_t a = char_boundary(before, rng() % (before.size() + 1));
    std::size_t b = char_boundary(before, std::min(before.size(), a + rng() % 12));
    if (b < a) b = a;
    std::string insert = rng() % 3 == 0 ? "" : pieces[rng() % pieces.size()];
    const std::string removed = before.substr(a, b - a);
    const std::string context = "step " + std::to_string(step) + " edit [" + std::to_string(a) +
                                "," + std::to_string(b) + ") -> '" + insert + "'";
    doc.apply_edit(ByteRange{a, b}, insert);
    std::string expected = before;
    expected.replace(a, b - a, insert);
    expect_same_model(doc, Document(expected), context);
    if (::testing::Test::HasFailure()) return;
    if (step % 2 == 1) {  // undo every other edit
      doc.apply_edit(ByteRange{a, a + insert.size()}, removed);
      expect_same_model(doc, Document(before), context + " undone");
      if (::testing::Test::HasFailure()) return;
    }
  }
}

TEST(document_test, typing_a_character_keeps_other_blocks_sentences) {
  Document doc(testing::read_source_file("docs/examples/article.txt"));
  const std::size_t count = doc.sentences().size();
  const std::size_t at = std::string(doc.text()).find("ردود الفعل");
  doc.apply_edit(ByteRange{at, at}, "ال");
  EXPECT_EQ(doc.sentences().size(), count);
  EXPECT_NE(std::string(doc.text()).find("الردود الفعل"), std::string::npos);
}

TEST(document_test, edit_outside_the_text_throws) {
  Document doc("خبر");
  EXPECT_THROW(doc.apply_edit(ByteRange{2, 100}, "x"), std::out_of_range);
}

}  // namespace
}  // namespace khulasa
