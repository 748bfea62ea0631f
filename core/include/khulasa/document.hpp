// Document: an article's text with its block structure and sentences, kept current under edits.
//
// The block structure comes from the tree-sitter-arabic-news grammar (grammars/): headline, byline
// (date, author), sections with headings, paragraphs, lists, tables, quotes, separators and the
// footer. A few decisions are simpler here than in the grammar and are made after parsing (see
// docs/architecture.md): a plain short line without final punctuation followed by text is a
// heading, and it starts a section. Tree-sitter types never appear in this header.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.hpp"
#include "khulasa/sentences.hpp"

namespace khulasa {

enum class BlockKind : std::uint8_t {
  headline,   ///< the first line of the article
  byline,     ///< a date and/or author line
  heading,    ///< a section heading: Markdown `#`, a bold-only line, or a plain short line
  paragraph,  ///< one or more lines of text
  list,       ///< a bullet or numbered list; its items follow it in Document::blocks()
  list_item,  ///< one item (its own text; a nested list is a separate block)
  table,      ///< a pipe table; its rows follow it
  table_row,  ///< one row `| a | b |` (header rules `|---|` are not rows)
  quote,      ///< a block quote (`>` lines)
  separator,  ///< `/ / /`, `***`, `---`, `___`
  footer,     ///< everything after the last separator: publisher boilerplate, contacts
};

/// "headline", "byline", ... as in the enum.
[[nodiscard]] std::string_view to_string(BlockKind kind);

/// One block. Blocks are listed in text order; containers (list, table, footer) come before their
/// parts, and `parent` links a part to its container.
struct Block {
  BlockKind kind;
  ByteRange range;        ///< the block's bytes, markers included, trailing blank lines excluded
  ByteRange content;      ///< the text without markers (heading text, item text); may be empty
  std::size_t depth = 0;  ///< list nesting depth (a top-level item is 0, its nested items 1, ...)
  std::optional<std::size_t> parent;  ///< index of the containing list, table or footer
  std::size_t first_sentence = 0;     ///< index into Document::sentences()
  std::size_t sentence_count = 0;
};

/// A byline's parts; absent parts are empty ranges.
struct BylineParts {
  ByteRange date;
  ByteRange author;
  ByteRange place;
};

/// A section: a heading (except for the lead section before the first heading) and its blocks.
struct Section {
  ByteRange range;
  std::optional<std::size_t> heading;  ///< index into Document::blocks() of the heading block
  std::size_t first_block = 0;         ///< index into Document::blocks()
  std::size_t block_count = 0;
};

/// Owns the text, its syntax tree and the model derived from it. Not thread-safe.
class Document {
 public:
  /// Parses `text` (valid UTF-8). Throws std::runtime_error if the grammar cannot be loaded.
  explicit Document(std::string text);
  ~Document();
  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;

  [[nodiscard]] std::string_view text() const;
  [[nodiscard]] const std::vector<Block>& blocks() const;
  /// Sections in order; the first is the lead section (no heading) when text precedes the first
  /// heading. Headline, bylines and the footer belong to no section.
  [[nodiscard]] const std::vector<Section>& sections() const;
  /// Every sentence of every block, in text order, with byte ranges into text().
  [[nodiscard]] const std::vector<Sentence>& sentences() const;
  /// Date, author and place of a byline block (or of the headline's byline).
  [[nodiscard]] BylineParts byline_parts(std::size_t block_index) const;

  /// Replaces the bytes `range` of the text with `new_text` (both valid UTF-8, range on character
  /// boundaries), re-parses incrementally and re-segments only the blocks whose text changed.
  /// Afterwards the model equals that of a fresh Document of the edited text.
  void apply_edit(ByteRange range, std::string_view new_text);

  /// The syntax tree as an S-expression (for tests and debugging).
  [[nodiscard]] std::string syntax_tree() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace khulasa
