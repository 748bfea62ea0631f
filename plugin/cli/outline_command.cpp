// `khulasa outline FILE`: the block structure of an article (headline, byline with date and author,
// sections with headings, paragraphs, lists, tables, quotes, footer) with byte ranges.
#include <functional>

#include "commands.hpp"
#include "input.hpp"
#include "json_writer.hpp"
#include "khulasa/document.hpp"

namespace khulasa::cli {
namespace {

using nlohmann::ordered_json;

ordered_json span(const DecodedText& d, ByteRange r) {
  const ByteRange o = d.to_input.to_original(r);
  return ordered_json{{"begin", o.begin}, {"end", o.end}, {"text", r.slice(d.text)}};
}

bool has_children(BlockKind k) {
  return k == BlockKind::list || k == BlockKind::table || k == BlockKind::footer;
}

/// The JSON of block `i` and, for containers, of its parts.
ordered_json block_json(const Document& doc, const DecodedText& d, std::size_t i,
                        const std::vector<std::vector<std::size_t>>& children) {
  const Block& b = doc.blocks()[i];
  const ByteRange o = d.to_input.to_original(b.range);
  ordered_json j = {{"kind", to_string(b.kind)}, {"begin", o.begin}, {"end", o.end}};
  if (!b.content.empty()) j["content"] = span(d, b.content);
  if (b.kind == BlockKind::list_item) j["depth"] = b.depth;
  if (b.kind == BlockKind::byline || b.kind == BlockKind::headline) {
    const BylineParts p = doc.byline_parts(i);
    if (!p.date.empty()) j["date"] = span(d, p.date);
    if (!p.author.empty()) j["author"] = span(d, p.author);
    if (!p.place.empty()) j["place"] = span(d, p.place);
  }
  if (has_children(b.kind)) {
    ordered_json parts = ordered_json::array();
    for (std::size_t c : children[i]) parts.push_back(block_json(doc, d, c, children));
    j["blocks"] = std::move(parts);
  }
  j["sentences"] = b.sentence_count;
  return j;
}

std::string one_line(std::string_view s, std::size_t max_bytes = 120) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
  if (out.size() > max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "…";
  }
  return out;
}

int run_outline(const ParsedArgs& args, const Streams& streams) {
  auto input = read_input(args.input, args.has("lenient"), streams);
  if (!input) return kInputError;
  const DecodedText& d = input->decoded;
  const Document doc(d.text);
  const auto& blocks = doc.blocks();
  std::vector<std::vector<std::size_t>> children(blocks.size());
  std::vector<bool> top(blocks.size(), true);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].parent) {
      children[*blocks[i].parent].push_back(i);
      top[i] = false;
    }
  }
  std::vector<int> section_of(blocks.size(), -1);
  for (std::size_t s = 0; s < doc.sections().size(); ++s) {
    const Section& sec = doc.sections()[s];
    for (std::size_t i = sec.first_block; i < sec.first_block + sec.block_count; ++i) {
      section_of[i] = static_cast<int>(s);
    }
  }
  Output out(streams.out);
  if (args.get("format", "text") == "json") {
    ordered_json j = {{"file", input->name}};
    ordered_json front = ordered_json::array(), sections = ordered_json::array();
    ordered_json footer = nullptr;
    for (std::size_t s = 0; s < doc.sections().size(); ++s) {
      const Section& sec = doc.sections()[s];
      const ByteRange o = d.to_input.to_original(sec.range);
      ordered_json js = {{"begin", o.begin}, {"end", o.end}, {"heading", nullptr}};
      if (sec.heading)
        js["heading"] =
            span(d, blocks[*sec.heading].content.empty() ? blocks[*sec.heading].range
                                                         : blocks[*sec.heading].content);
      js["blocks"] = ordered_json::array();
      sections.push_back(std::move(js));
    }
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (!top[i]) continue;
      if (blocks[i].kind == BlockKind::footer) {
        footer = block_json(doc, d, i, children);
      } else if (section_of[i] >= 0) {
        if (doc.sections()[section_of[i]].heading != i) {
          sections[section_of[i]]["blocks"].push_back(block_json(doc, d, i, children));
        }
      } else {
        front.push_back(block_json(doc, d, i, children));
      }
    }
    j["front"] = std::move(front);
    j["sections"] = std::move(sections);
    j["footer"] = std::move(footer);
    out.write(dump(j));
    out.write("\n");
  } else {
    char head[160];
    std::function<void(std::size_t, int)> print = [&](std::size_t i, int indent) {
      const Block& b = blocks[i];
      const ByteRange o = d.to_input.to_original(b.range);
      std::snprintf(head, sizeof head, "%*s%-10s %zu-%zu  ", indent * 2, "",
                    to_string(b.kind).data(), o.begin, o.end);
      out.write(head);
      if (b.kind == BlockKind::byline || b.kind == BlockKind::headline) {
        const BylineParts p = doc.byline_parts(i);
        if (!p.date.empty() || !p.author.empty()) {
          if (!p.place.empty()) out.write("place «" + one_line(p.place.slice(d.text)) + "»  ");
          if (!p.date.empty()) out.write("date «" + one_line(p.date.slice(d.text)) + "»  ");
          if (!p.author.empty()) out.write("author «" + one_line(p.author.slice(d.text)) + "»");
          out.write("\n");
          return;
        }
      }
      if (!has_children(b.kind)) {
        const ByteRange shown = b.content.empty() ? b.range : b.content;
        out.write(one_line(shown.slice(d.text)));
        if (b.sentence_count > 1)
          out.write("  [" + std::to_string(b.sentence_count) + " sentences]");
      }
      out.write("\n");
      for (std::size_t c : children[i]) print(c, indent + 1);
    };
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (!top[i]) continue;
      const int s = section_of[i];
      if (s >= 0 && doc.sections()[s].first_block == i) {
        const Section& sec = doc.sections()[s];
        const ByteRange o = d.to_input.to_original(sec.range);
        std::snprintf(head, sizeof head, "section %d  %zu-%zu%s\n", s + 1, o.begin, o.end,
                      sec.heading ? "" : "  (lead, no heading)");
        out.write(head);
      }
      print(i, s >= 0 ? 1 : 0);
    }
  }
  return finish(out, streams);
}

}  // namespace

const Command& outline_command() {
  static const Command command{
      "outline",
      "print the structure: headline, byline, sections, lists, tables, footer",
      "Usage: khulasa outline [OPTIONS] FILE\n"
      "Prints the block structure of a news article (plain text or light Markdown): headline,\n"
      "byline with date and author, sections with their headings, paragraphs, lists and their\n"
      "items, tables and rows, quotes, separators and the footer, each with byte ranges.\n"
      "\n"
      "Options:\n"
      "  --format text|json  text (default): an indented tree, KIND BEGIN-END TEXT\n"
      "                      json: {\"file\", \"front\": [blocks], \"sections\": [{\"begin\", "
      "\"end\",\n"
      "                        \"heading\", \"blocks\"}], \"footer\"}; a block has \"kind\", "
      "\"begin\",\n"
      "                        \"end\", \"content\", \"date\"/\"author\"/\"place\" (bylines), "
      "\"blocks\"\n"
      "                        (lists, tables, footer) and its number of \"sentences\"\n"
      "  --lenient           replace invalid UTF-8 and NUL bytes with U+FFFD instead of failing\n"
      "  --help              show this help\n"
      "\n"
      "Exit codes: 0 success, 2 usage error, 3 input error (unreadable file, invalid UTF-8, "
      "binary).\n",
      {{"format", true, {"text", "json"}}, {"lenient", false, {}}},
      &run_outline};
  return command;
}

}  // namespace khulasa::cli
