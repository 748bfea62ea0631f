// The structure model: walks the arabic_news syntax tree into blocks and sections, segments each
// block's text into sentences, and after an edit re-parses incrementally and re-segments only the
// blocks whose bytes changed (the others keep their sentences, shifted).
#include "khulasa/document.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <unordered_map>

#include "line_shape.hpp"
#include "ts/syntax_tree.hpp"

namespace khulasa {

std::string_view to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::headline:
      return "headline";
    case BlockKind::byline:
      return "byline";
    case BlockKind::heading:
      return "heading";
    case BlockKind::paragraph:
      return "paragraph";
    case BlockKind::list:
      return "list";
    case BlockKind::list_item:
      return "list_item";
    case BlockKind::table:
      return "table";
    case BlockKind::table_row:
      return "table_row";
    case BlockKind::quote:
      return "quote";
    case BlockKind::separator:
      return "separator";
    case BlockKind::footer:
      return "footer";
  }
  return "paragraph";
}

namespace {

/// What a grammar node means to the model.
enum class Node : std::uint8_t {
  other,
  section,
  headline,
  byline,
  heading,
  paragraph,
  list,
  list_item,
  table,
  table_row,
  block_quote,
  separator,
  footer,
  heading_text,
  item_text,
  date,
  author,
  place,
  line,
  text,
  error
};

/// Node kinds by tree-sitter symbol, built once from the grammar's symbol names (aliases included).
class NodeTable {
 public:
  explicit NodeTable(const TSLanguage* language) {
    const std::map<std::string_view, Node> by_name = {{"section", Node::section},
                                                      {"headline", Node::headline},
                                                      {"byline", Node::byline},
                                                      {"heading", Node::heading},
                                                      {"paragraph", Node::paragraph},
                                                      {"list", Node::list},
                                                      {"list_item", Node::list_item},
                                                      {"table", Node::table},
                                                      {"table_row", Node::table_row},
                                                      {"block_quote", Node::block_quote},
                                                      {"separator", Node::separator},
                                                      {"footer", Node::footer},
                                                      {"heading_text", Node::heading_text},
                                                      {"item_text", Node::item_text},
                                                      {"date", Node::date},
                                                      {"author", Node::author},
                                                      {"place", Node::place},
                                                      {"line", Node::line},
                                                      {"text", Node::text},
                                                      {"ERROR", Node::error}};
    const std::uint32_t count = ts_language_symbol_count(language);
    kinds_.assign(count + 1, Node::other);
    for (std::uint32_t s = 0; s < count; ++s) {
      const auto symbol = static_cast<TSSymbol>(s);
      if (ts_language_symbol_type(language, symbol) != TSSymbolTypeRegular) continue;
      const auto it = by_name.find(ts_language_symbol_name(language, symbol));
      if (it != by_name.end()) kinds_[s] = it->second;
    }
  }
  Node operator()(TSNode n) const {
    if (ts_node_symbol(n) == static_cast<TSSymbol>(-1)) return Node::error;  // ERROR
    const TSSymbol s = ts_node_symbol(n);
    return s < kinds_.size() ? kinds_[s] : Node::other;
  }

 private:
  std::vector<Node> kinds_;
};

ByteRange range_of(TSNode n) {
  return ByteRange{ts_node_start_byte(n), ts_node_end_byte(n)};
}

}  // namespace

struct Document::Impl {
  std::string text;
  std::unique_ptr<TSParser, detail::ParserDeleter> parser;
  std::unique_ptr<TSTree, detail::TreeDeleter> tree;
  NodeTable nodes{tree_sitter_arabic_news()};
  SentenceSplitter splitter;

  std::vector<Block> blocks;
  std::vector<Section> sections;
  std::vector<Sentence> sentences;
  std::vector<BylineParts> bylines;  // parallel to blocks (empty parts for other kinds)

  explicit Impl(std::string t) : text(std::move(t)), parser(ts_parser_new()) {
    if (!ts_parser_set_language(parser.get(), tree_sitter_arabic_news())) {
      throw std::runtime_error("the arabic_news grammar does not load in this tree-sitter runtime");
    }
    parse(nullptr);
    wrap_stats = WrapStats(text);
    rebuild(nullptr, EditSpan{});
  }

  void parse(TSTree* old) {
    TSTree* t = ts_parser_parse_string(parser.get(), old, text.data(),
                                       static_cast<std::uint32_t>(text.size()));
    if (t == nullptr) throw std::runtime_error("tree-sitter failed to parse the document");
    tree.reset(t);
  }

  // ---- building the model from the tree ----

  struct Walk {
    std::vector<Block> blocks;
    std::vector<BylineParts> bylines;
    std::vector<std::size_t> indents;  // indentation of each open list level, outermost first
  };

  /// The nesting depth of a list item from its marker's indentation (a tab counts 4 columns). The
  /// grammar nests one level; deeper items join the nested list with their indentation kept, so the
  /// depth is measured here: each wider indentation opens a level, a narrower one closes levels.
  std::size_t item_depth(Walk& w, TSNode item) const {
    std::size_t columns = 0;
    for (std::size_t p = ts_node_start_byte(item); p < text.size(); ++p) {
      if (text[p] == ' ') {
        ++columns;
      } else if (text[p] == '\t') {
        columns += 4;
      } else {
        break;
      }
    }
    while (!w.indents.empty() && w.indents.back() > columns) w.indents.pop_back();
    if (w.indents.empty() || w.indents.back() < columns) w.indents.push_back(columns);
    return w.indents.size() - 1;
  }

  ByteRange trimmed(ByteRange r) const { return detail::trim_blanks(text, r); }

  /// The text of a heading without the `**` of a bold-only line.
  ByteRange heading_content(TSNode n) const {
    ByteRange r = child_range(n, Node::heading_text);
    const std::string_view s = r.slice(text);
    if (s.size() > 4 && s.starts_with("**") && s.ends_with("**")) {
      r = trimmed(ByteRange{r.begin + 2, r.end - 2});
    }
    return r;
  }

  /// Calls `f(child)` for each named child of `n` in order, until `f` returns false. With a tree
  /// cursor: ts_node_named_child(n, i) walks the children from the first again at every call.
  template <class F>
  static void for_each_named_child(TSNode n, F&& f) {
    TSTreeCursor cursor = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      do {
        const TSNode c = ts_tree_cursor_current_node(&cursor);
        if (ts_node_is_named(c) && !f(c)) break;
      } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
  }

  /// The range of the first named child of kind `want`, or an empty range.
  ByteRange child_range(TSNode n, Node want) const {
    ByteRange found;
    for_each_named_child(n, [&](TSNode c) {
      if (nodes(c) != want) return true;
      found = trimmed(range_of(c));
      return false;
    });
    return found;
  }

  std::size_t add(Walk& w, BlockKind kind, ByteRange range, ByteRange content, std::size_t depth,
                  std::optional<std::size_t> parent) {
    w.blocks.push_back(Block{kind, trimmed(range), content, depth, parent, 0, 0});
    w.bylines.emplace_back();
    return w.blocks.size() - 1;
  }

  void add_byline(Walk& w, TSNode n, std::optional<std::size_t> parent) {
    const std::size_t i = add(w, BlockKind::byline, range_of(n), trimmed(range_of(n)), 0, parent);
    BylineParts parts{child_range(n, Node::date), child_range(n, Node::author),
                      child_range(n, Node::place)};
    // "الدوحة - 12/10/2025 | كتب: عمر الفاسي": the grammar leaves what follows the date as text;
    // an author marker at its start (after separators) names the author.
    const ByteRange rest = child_range(n, Node::text);
    if (parts.author.empty() && !rest.empty()) {
      std::size_t p = rest.begin;
      while (p < rest.end &&
             (text[p] == '|' || text[p] == '-' || text[p] == ',' || text[p] == ' ')) {
        ++p;
      }
      if (const std::size_t m = detail::match_byline_marker(text, p, rest.end); m != 0) {
        std::size_t a = p + m;
        while (a < rest.end && (text[a] == ':' || text[a] == ' ')) ++a;
        parts.author = trimmed(ByteRange{a, rest.end});
      }
    }
    w.bylines[i] = parts;
  }

  void add_paragraph(Walk& w, TSNode n, std::optional<std::size_t> parent) {
    const ByteRange whole = trimmed(range_of(n));
    add(w, BlockKind::paragraph, whole, whole, 0, parent);
  }

  void walk(Walk& w, TSNode node, std::size_t depth, std::optional<std::size_t> parent) {
    for_each_named_child(node, [&](TSNode c) {
      walk_child(w, c, depth, parent);
      return true;
    });
  }

  void walk_child(Walk& w, TSNode c, std::size_t depth, std::optional<std::size_t> parent) {
    switch (nodes(c)) {
      case Node::section:
        walk(w, c, depth, parent);
        break;
      case Node::headline: {
        ByteRange content = heading_content(c);
        add(w, BlockKind::headline, range_of(c), content, 0, parent);
        break;
      }
      case Node::byline:
        add_byline(w, c, parent);
        break;
      case Node::heading:
        add(w, BlockKind::heading, range_of(c), heading_content(c), 0, parent);
        break;
      case Node::paragraph:
        add_paragraph(w, c, parent);
        break;
      case Node::list: {
        if (depth == 0) w.indents.clear();  // a new top-level list
        const std::size_t list = add(w, BlockKind::list, range_of(c), {}, depth, parent);
        walk(w, c, depth, list);
        break;
      }
      case Node::list_item: {
        const ByteRange text_range = child_range(c, Node::item_text);
        // An item without text ("- " before a nested list) ends where its nested list starts:
        // the node holds the nested items, which are blocks of their own.
        std::size_t own_end = ts_node_end_byte(c);
        if (text_range.empty()) {
          for_each_named_child(c, [&](TSNode child) {
            if (nodes(child) != Node::list) return true;
            own_end = ts_node_start_byte(child);
            return false;
          });
        }
        ByteRange own{ts_node_start_byte(c), text_range.empty() ? own_end : text_range.end};
        add(w, BlockKind::list_item, own, text_range, item_depth(w, c), parent);
        walk(w, c, depth + 1, parent);  // a nested list inside the item
        break;
      }
      case Node::table: {
        const std::size_t table = add(w, BlockKind::table, range_of(c), {}, 0, parent);
        walk(w, c, depth, table);
        break;
      }
      case Node::table_row:
        add(w, BlockKind::table_row, range_of(c), trimmed(range_of(c)), 0, parent);
        break;
      case Node::block_quote:
        add(w, BlockKind::quote, range_of(c), trimmed(range_of(c)), 0, parent);
        break;
      case Node::separator:
        add(w, BlockKind::separator, range_of(c), {}, 0, parent);
        break;
      case Node::footer: {
        const std::size_t footer = add(w, BlockKind::footer, range_of(c), {}, 0, parent);
        walk(w, c, depth, footer);
        break;
      }
      case Node::error: {
        // Keep the text of a part the grammar could not parse: as blocks if any are inside it,
        // else as one paragraph.
        const std::size_t before = w.blocks.size();
        walk(w, c, depth, parent);
        if (w.blocks.size() == before && !trimmed(range_of(c)).empty()) {
          add(w, BlockKind::paragraph, range_of(c), trimmed(range_of(c)), 0, parent);
        }
        break;
      }
      default:
        break;
    }
  }

  /// In a hard-wrapped text without a title, the first line is the start of the first paragraph,
  /// not a headline: it fills the wrap width (90%), has no final punctuation, and the paragraph
  /// follows on the next line.
  void merge_wrapped_headline(Walk& w) const {
    if (wrap_width == 0 || w.blocks.size() < 2) return;
    Block& head = w.blocks[0];
    const Block& next = w.blocks[1];
    if (head.kind != BlockKind::headline || next.kind != BlockKind::paragraph) return;
    const std::string_view line = head.range.slice(text);
    std::size_t chars = 0;
    for (const char c : line) chars += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    const std::string_view gap =
        std::string_view(text).substr(head.range.end, next.range.begin - head.range.end);
    const bool one_line_end = gap == "\n" || gap == "\r\n" || gap == "\r";
    if (!one_line_end || chars * 10 < wrap_width * 9) return;
    if (detail::ends_with_final_punctuation(text, head.range)) return;
    head.kind = BlockKind::paragraph;
    head.range = head.content = ByteRange{head.range.begin, next.range.end};
    w.blocks.erase(w.blocks.begin() + 1);
    w.bylines.erase(w.bylines.begin() + 1);
    for (Block& b : w.blocks) {
      if (b.parent && *b.parent >= 1) b.parent = *b.parent - 1;
    }
  }

  /// The footer: the blocks after the last top-level separator, when they read as publisher
  /// boilerplate (©, rights, contacts, links) or are short. The grammar leaves this to the core: a
  /// footer rule there (GLR on every separator) made re-parses cost 17% of a full parse.
  void make_footer(Walk& w) const {
    std::optional<std::size_t> last_separator;
    for (std::size_t i = 0; i < w.blocks.size(); ++i) {
      if (w.blocks[i].kind == BlockKind::separator && !w.blocks[i].parent) last_separator = i;
    }
    if (!last_separator || *last_separator + 1 == w.blocks.size()) return;
    const std::size_t k = *last_separator;
    const ByteRange after{w.blocks[k + 1].range.begin, w.blocks.back().range.end};
    if (!reads_as_footer(after.slice(text))) return;
    Block footer{BlockKind::footer,
                 ByteRange{w.blocks[k].range.begin, after.end},
                 {},
                 0,
                 std::nullopt,
                 0,
                 0};
    w.blocks.insert(w.blocks.begin() + static_cast<std::ptrdiff_t>(k), footer);
    w.bylines.insert(w.bylines.begin() + static_cast<std::ptrdiff_t>(k), BylineParts{});
    for (std::size_t i = k + 1; i < w.blocks.size(); ++i) {
      Block& b = w.blocks[i];
      if (b.parent && *b.parent >= k) b.parent = *b.parent + 1;
      if (!b.parent) b.parent = k;
      // A first line split off as a heading is not a heading in the footer.
      if (b.kind == BlockKind::heading && b.parent == k) b.kind = BlockKind::paragraph;
    }
  }

  static bool reads_as_footer(std::string_view s) {
    static constexpr std::array<std::string_view, 16> kMarkers = {
        "©",     "حقوق",    "@",    "http", "www.",      "هاتف",      "للتواصل",
        "تواصل", "تابعونا", "فاكس", "ص.ب",  "Copyright", "copyright", "rights reserved",
        "Tel",   "Phone"};
    for (std::string_view m : kMarkers) {
      if (s.find(m) != std::string_view::npos) return true;
    }
    return detail::count_words(s) <= 60;
  }

  static bool has_sentences(BlockKind k) {
    return k != BlockKind::list && k != BlockKind::table && k != BlockKind::footer &&
           k != BlockKind::separator;
  }

  /// A top-level node of the last walk (a child of the document or of a section) and the blocks
  /// its walk made. An edit walks again only the nodes it touched: the others keep their blocks.
  struct WalkedNode {
    ByteRange range;
    TSSymbol symbol = 0;
    std::uint32_t child_count = 0;
    std::size_t first_block = 0;
    std::size_t block_count = 0;
  };
  struct WalkedTree {
    Walk walk;
    std::vector<WalkedNode> nodes;  // in text order
  };

  /// Where an edit was: `range` in the old text, replaced by `delta` more (or fewer) bytes.
  struct EditSpan {
    ByteRange range;
    std::ptrdiff_t delta = 0;
    [[nodiscard]] std::size_t new_end() const {
      return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(range.end) + delta);
    }
    /// The old position of the new range `r`, or nothing when `r` touches the edit (its bytes, or
    /// the byte on either side, changed).
    [[nodiscard]] std::optional<ByteRange> old_range(ByteRange r) const {
      if (r.end < range.begin) return r;
      if (r.begin > new_end()) return shifted(r, -delta);
      return std::nullopt;
    }
  };

  /// `r` moved by `by` bytes; the empty range at 0 (an absent part) stays where it is.
  static ByteRange shifted(ByteRange r, std::ptrdiff_t by) {
    if (by == 0 || (r.begin == 0 && r.end == 0)) return r;
    return ByteRange{static_cast<std::size_t>(static_cast<std::ptrdiff_t>(r.begin) + by),
                     static_cast<std::size_t>(static_cast<std::ptrdiff_t>(r.end) + by)};
  }

  /// Walks the children of the document (and of its sections) into `out`, copying the blocks of
  /// the nodes an edit left as they were from `old` (the walk before it). Each top-level node is
  /// walked on its own (list indentation starts afresh), so its blocks depend only on its bytes.
  void walk_top(WalkedTree& out, TSNode parent, const WalkedTree* old, const EditSpan& edit,
                std::size_t& next_old) {
    for_each_named_child(parent, [&](TSNode c) {
      if (nodes(c) == Node::section) {
        walk_top(out, c, old, edit, next_old);
        return true;
      }
      WalkedNode node{range_of(c), ts_node_symbol(c), ts_node_child_count(c),
                      out.walk.blocks.size(), 0};
      const WalkedNode* same = nullptr;
      const std::optional<ByteRange> key =
          old != nullptr && nodes(c) != Node::error ? edit.old_range(node.range) : std::nullopt;
      if (key) {
        while (next_old < old->nodes.size() && old->nodes[next_old].range.begin < key->begin) {
          ++next_old;
        }
        if (next_old < old->nodes.size()) {
          const WalkedNode& o = old->nodes[next_old];
          if (o.range == *key && o.symbol == node.symbol && o.child_count == node.child_count) {
            same = &o;
          }
        }
      }
      if (same != nullptr) {
        const std::ptrdiff_t by = static_cast<std::ptrdiff_t>(node.range.begin) -
                                  static_cast<std::ptrdiff_t>(same->range.begin);
        for (std::size_t i = same->first_block; i < same->first_block + same->block_count; ++i) {
          Block b = old->walk.blocks[i];
          b.range = shifted(b.range, by);
          b.content = shifted(b.content, by);
          if (b.parent) b.parent = *b.parent - same->first_block + node.first_block;
          out.walk.blocks.push_back(b);
          const BylineParts& p = old->walk.bylines[i];
          out.walk.bylines.push_back(
              BylineParts{shifted(p.date, by), shifted(p.author, by), shifted(p.place, by)});
        }
      } else {
        out.walk.indents.clear();
        walk_child(out.walk, c, 0, std::nullopt);
      }
      node.block_count = out.walk.blocks.size() - node.first_block;
      out.nodes.push_back(node);
      return true;
    });
  }

  // The walk of the current tree: what the next edit reuses blocks from.
  WalkedTree walked;
  // The blocks after the whole-document decisions on the walk (the wrapped first line, the
  // footer), before headings are split off paragraphs: what the next edit reuses sentences from.
  std::vector<Block> raw_blocks;

  /// The model before an edit (its sentences are still those of `Impl::sentences`).
  struct OldModel {
    WalkedTree walked;
    std::vector<Block> blocks;
    std::size_t wrap_width;
  };
  std::size_t wrap_width = 0;  // the document's hard-wrap width (detect_wrap_width), 0 if none
  WrapStats wrap_stats;        // what wrap_width is decided from, kept up to date under edits

  /// Rebuilds blocks, sentences and sections from the current tree. With `old` (the model before
  /// `edit`), nodes untouched by the edit keep their blocks and blocks keep their sentences.
  void rebuild(const OldModel* old, const EditSpan& edit) {
    WalkedTree fresh;
    std::size_t next_old = 0;
    walk_top(fresh, ts_tree_root_node(tree.get()), old != nullptr ? &old->walked : nullptr, edit,
             next_old);
    walked = std::move(fresh);
    Walk w{walked.walk.blocks, walked.walk.bylines, {}};
    // Blocks are segmented one by one, with the wrap width of the whole document; when an edit
    // changes that width, every block's sentences may change and none are reused.
    wrap_width = wrap_stats.width();
    merge_wrapped_headline(w);
    make_footer(w);
    const bool reuse_sentences = old != nullptr && old->wrap_width == wrap_width;
    const SplitOptions split_options{wrap_width};
    std::vector<Sentence> out;
    out.reserve(sentences.size() + 16);
    std::size_t next_old_block = 0;
    for (Block& b : w.blocks) {
      b.first_sentence = out.size();
      if (!has_sentences(b.kind) || b.range.empty()) continue;
      const Block* previous = nullptr;
      std::ptrdiff_t shift = 0;
      if (const std::optional<ByteRange> key =
              reuse_sentences ? edit.old_range(b.range) : std::nullopt) {
        // Blocks with sentences do not overlap: the old ones are in text order.
        const std::vector<Block>& blocks_before = old->blocks;
        while (next_old_block < blocks_before.size() &&
               (blocks_before[next_old_block].range.begin < key->begin ||
                !has_sentences(blocks_before[next_old_block].kind))) {
          ++next_old_block;
        }
        if (next_old_block < blocks_before.size() && blocks_before[next_old_block].range == *key &&
            blocks_before[next_old_block].kind == b.kind) {
          previous = &blocks_before[next_old_block];
          shift =
              static_cast<std::ptrdiff_t>(b.range.begin) - static_cast<std::ptrdiff_t>(key->begin);
        }
      }
      if (previous != nullptr) {
        for (std::size_t s = 0; s < previous->sentence_count; ++s) {
          Sentence copy = sentences[previous->first_sentence + s];
          copy.range = shifted(copy.range, shift);
          out.push_back(copy);
        }
      } else {
        for (Sentence copy : segmented(b.range.slice(text), split_options)) {
          copy.range.begin += b.range.begin;
          copy.range.end += b.range.begin;
          out.push_back(copy);
        }
      }
      b.sentence_count = out.size() - b.first_sentence;
    }
    raw_blocks = w.blocks;  // what the next edit reuses sentences from
    demote_paragraph_headline(w, out);
    split_heading_lines(w, out);
    blocks = std::move(w.blocks);
    bylines = std::move(w.bylines);
    sentences = std::move(out);
    decide_plain_headings();
    build_sections();
  }

  /// The sentences of a block's text (ranges relative to it). An editor builds the same blocks
  /// again and again (a fresh Document after each pause in typing, the blocks an edit touched that
  /// read as before): this thread keeps the last few thousand blocks' segmentations by text.
  const std::vector<Sentence>& segmented(std::string_view block, const SplitOptions& options) {
    struct Cache {
      std::unordered_map<std::string, std::vector<Sentence>> by_key;
      std::size_t bytes = 0;
    };
    thread_local Cache cache;
    constexpr std::size_t kMaxBytes = std::size_t{8} << 20;
    std::string key = std::to_string(options.wrap_width.value_or(0)) + '\n';
    key.append(block);
    if (const auto it = cache.by_key.find(key); it != cache.by_key.end()) return it->second;
    if (cache.bytes + key.size() > kMaxBytes) {
      cache.by_key.clear();
      cache.bytes = 0;
    }
    std::vector<Sentence> split;
    splitter.for_each(
        block, [&](const Sentence& s) { split.push_back(s); }, options);
    cache.bytes += key.size() + split.size() * sizeof(Sentence);
    return cache.by_key.emplace(std::move(key), std::move(split)).first->second;
  }

  /// The first line is the headline only if it reads as one: a text that opens with a whole
  /// paragraph (two or more sentences, the first not ending in an ellipsis, or one sentence of more
  /// than 25 words) has no headline.
  void demote_paragraph_headline(Walk& w, const std::vector<Sentence>& out) const {
    if (w.blocks.empty() || w.blocks[0].kind != BlockKind::headline) return;
    Block& head = w.blocks[0];
    const bool long_sentence = head.sentence_count == 1 &&
                               detail::count_words(out[head.first_sentence].range.slice(text)) > 25;
    // Headlines use ".." as a pause ("... خارج فلسطين.. وأحدثها ..."): that is not a paragraph.
    bool full_stop_inside = false;
    if (head.sentence_count >= 2) {
      const std::string_view first = out[head.first_sentence].range.slice(text);
      full_stop_inside = !first.ends_with("..") && !first.ends_with("…");
    }
    if (full_stop_inside || long_sentence) {
      head.kind = BlockKind::paragraph;
      head.content = head.range;
    }
  }

  /// A paragraph whose first sentence is its whole first line and reads as a heading (short, no
  /// final punctuation) is a heading followed by a paragraph: pasted news often has no blank line
  /// under a section title. Judged on sentences, so the first line of a hard-wrapped paragraph
  /// (whose first sentence runs on) is not split off.
  void split_heading_lines(Walk& w, const std::vector<Sentence>& out) const {
    std::vector<Block> result;
    std::vector<BylineParts> parts;
    std::vector<std::size_t> new_index(w.blocks.size());
    result.reserve(w.blocks.size() + 8);
    for (std::size_t i = 0; i < w.blocks.size(); ++i) {
      const Block& b = w.blocks[i];
      new_index[i] = result.size();
      Block copy = b;
      if (copy.parent) copy.parent = new_index[*copy.parent];
      const bool in_footer = b.parent && w.blocks[*b.parent].kind == BlockKind::footer;
      if (b.kind == BlockKind::paragraph && !in_footer && b.sentence_count >= 2) {
        const Sentence& first = out[b.first_sentence];
        // The first line of the block (only a heading unit can be one).
        std::size_t line_end = std::string::npos;
        if (first.kind == UnitKind::heading) {
          const std::string_view block = b.range.slice(text);
          // (find_first_of calls memchr on its two-byte set for every byte of a long line)
          const auto at = std::find_if(block.begin(), block.end(),
                                       [](char ch) { return ch == '\n' || ch == '\r'; });
          if (at != block.end()) {
            line_end = b.range.begin + static_cast<std::size_t>(at - block.begin());
          }
        }
        const bool whole_line = line_end != std::string::npos &&
                                trimmed(ByteRange{b.range.begin, line_end}) == first.range;
        if (whole_line) {
          Block heading = copy;
          heading.kind = BlockKind::heading;
          heading.range = heading.content = first.range;
          heading.sentence_count = 1;
          result.push_back(heading);
          parts.emplace_back();
          copy.range = copy.content = trimmed(ByteRange{first.range.end, b.range.end});
          copy.first_sentence += 1;
          copy.sentence_count -= 1;
        }
      }
      result.push_back(copy);
      parts.push_back(w.bylines[i]);
    }
    w.blocks = std::move(result);
    w.bylines = std::move(parts);
  }

  /// A one-line paragraph that reads as a heading (one unit of kind heading: short, no final
  /// punctuation) and is followed by a paragraph, list, table or quote is a heading.
  void decide_plain_headings() {
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
      Block& b = blocks[i];
      if (b.kind != BlockKind::paragraph || b.sentence_count != 1) continue;
      if (sentences[b.first_sentence].kind != UnitKind::heading) continue;
      std::size_t next = i + 1;
      if (blocks[next].parent != b.parent) continue;
      if (b.parent && blocks[*b.parent].kind == BlockKind::footer) continue;
      const BlockKind k = blocks[next].kind;
      if (k == BlockKind::paragraph || k == BlockKind::list || k == BlockKind::table ||
          k == BlockKind::quote) {
        b.kind = BlockKind::heading;
      }
    }
  }

  void build_sections() {
    sections.clear();
    std::optional<std::size_t> footer;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const Block& b = blocks[i];
      if (b.kind == BlockKind::footer) footer = i;
      const bool in_footer = footer && b.parent && is_inside(*b.parent, *footer);
      if (b.kind == BlockKind::footer || in_footer) continue;
      if (b.parent == std::nullopt &&
          (b.kind == BlockKind::headline || (b.kind == BlockKind::byline && sections.empty()))) {
        continue;
      }
      if (b.kind == BlockKind::heading && b.parent == std::nullopt) {
        sections.push_back(Section{b.range, i, i, 0});
      } else if (sections.empty()) {
        sections.push_back(Section{b.range, std::nullopt, i, 0});
      }
      Section& s = sections.back();
      s.block_count = i + 1 - s.first_block;
      s.range.end = std::max(s.range.end, b.range.end);
    }
  }

  bool is_inside(std::size_t block, std::size_t container) const {
    for (std::optional<std::size_t> p = block; p; p = blocks[*p].parent) {
      if (*p == container) return true;
    }
    return false;
  }
};

Document::Document(std::string text) : impl_(std::make_unique<Impl>(std::move(text))) {}
Document::~Document() = default;
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;

std::string_view Document::text() const {
  return impl_->text;
}
const std::vector<Block>& Document::blocks() const {
  return impl_->blocks;
}
const std::vector<Section>& Document::sections() const {
  return impl_->sections;
}
const std::vector<Sentence>& Document::sentences() const {
  return impl_->sentences;
}
BylineParts Document::byline_parts(std::size_t i) const {
  return impl_->bylines.at(i);
}

void Document::apply_edit(ByteRange range, std::string_view new_text) {
  Impl& d = *impl_;
  if (range.begin > range.end || range.end > d.text.size()) {
    throw std::out_of_range("edit range outside the document");
  }
  if (range.empty() && new_text.empty()) return;
  TSInputEdit edit;
  edit.start_byte = static_cast<std::uint32_t>(range.begin);
  edit.old_end_byte = static_cast<std::uint32_t>(range.end);
  edit.new_end_byte = static_cast<std::uint32_t>(range.begin + new_text.size());
  edit.start_point = detail::point_at(d.text, range.begin);
  edit.old_end_point = detail::point_after(edit.start_point, range.slice(d.text));

  // Keep the old model for reuse, then edit the text and the tree.
  Impl::OldModel old{std::move(d.walked), std::move(d.raw_blocks), d.wrap_width};
  // The wrap counts: the lines around the edit out before it, in after it. From the line before
  // the edit's to the line after it, so the edges are line starts in the old text and the new.
  std::size_t lines_begin = range.begin, lines_end = range.end;
  for (int k = 0; k < 2 && lines_begin > 0; ++k) {
    const std::size_t nl = d.text.rfind('\n', lines_begin - 1);
    lines_begin = nl == std::string::npos ? 0 : (k == 0 ? nl : nl + 1);
  }
  for (int k = 0; k < 2 && lines_end < d.text.size(); ++k) {
    const std::size_t nl = d.text.find('\n', lines_end);
    lines_end = nl == std::string::npos ? d.text.size() : nl + 1;
  }
  d.wrap_stats.add(std::string_view(d.text).substr(lines_begin, lines_end - lines_begin), -1);
  d.text.replace(range.begin, range.size(), new_text);
  const std::size_t new_lines_end = lines_end - range.size() + new_text.size();
  d.wrap_stats.add(std::string_view(d.text).substr(lines_begin, new_lines_end - lines_begin), 1);
  edit.new_end_point = detail::point_after(edit.start_point, new_text);
  std::unique_ptr<TSTree, detail::TreeDeleter> old_tree = std::move(d.tree);
  ts_tree_edit(old_tree.get(), &edit);
  d.parse(old_tree.get());  // incremental: reuses the unchanged subtrees of the old tree
  d.rebuild(&old, Impl::EditSpan{range, static_cast<std::ptrdiff_t>(new_text.size()) -
                                            static_cast<std::ptrdiff_t>(range.size())});
}

std::string Document::syntax_tree() const {
  char* s = ts_node_string(ts_tree_root_node(impl_->tree.get()));
  std::string out(s);
  std::free(s);
  return out;
}

}  // namespace khulasa
