// Document symbols, folding ranges and code lenses: the block structure (Document::blocks() and
// sections()) for the editor's outline, breadcrumbs and folding.
#include <algorithm>

#include "features.hpp"

namespace khulasa::lsp {
namespace {

// SymbolKind values of the LSP specification.
constexpr int kSymbolModule = 2;
constexpr int kSymbolString = 15;
constexpr std::size_t kMaxNameBytes = 120;

/// One line of text for a symbol name: line ends and tabs as spaces, trimmed, at most about
/// kMaxNameBytes bytes (cut at a code point boundary, with "…").
std::string one_line(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > kMaxNameBytes) {
    std::size_t cut = kMaxNameBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0u) == 0x80u) --cut;
    out.resize(cut);
    out += "…";
  }
  return out;
}

const Block* headline_of(const Document& d) {
  for (const Block& b : d.blocks()) {
    if (b.kind == BlockKind::headline) return &b;
  }
  return nullptr;
}

/// The range of the first line of `range` (for a lead section's selection).
ByteRange first_line(const OpenDocument& doc, ByteRange range) {
  const ByteRange line = doc.lines().line_content(doc.text(), doc.lines().line_of(range.begin));
  return ByteRange{range.begin, std::clamp(line.end, range.begin, range.end)};
}

Json symbol(std::string name, std::string detail, int kind, Range range, Range selection) {
  Json j{{"name", std::move(name)},
         {"kind", kind},
         {"range", to_json(range)},
         {"selectionRange", to_json(selection)}};
  if (!detail.empty()) j["detail"] = std::move(detail);
  return j;
}

}  // namespace

Json document_symbols(const OpenDocument& doc, PositionEncoding encoding,
                      const Settings& settings) {
  const bool ar = settings.language == UiLanguage::ar;
  const Document& d = doc.document();
  const PositionMap map = doc.positions(encoding);
  Json sections = Json::array();
  std::size_t last_end = 0;
  for (const Section& s : d.sections()) {
    std::size_t sentences = 0;
    for (std::size_t b = s.first_block; b < s.first_block + s.block_count && b < d.blocks().size();
         ++b) {
      sentences += d.blocks()[b].sentence_count;
    }
    std::string name;
    ByteRange selection = first_line(doc, s.range);
    if (s.heading && *s.heading < d.blocks().size()) {
      const Block& h = d.blocks()[*s.heading];
      name = one_line(h.content.slice(doc.text()));
      if (name.empty()) name = one_line(h.range.slice(doc.text()));
      selection = h.range;
    }
    if (name.empty()) name = ar ? "المقدمة" : "Lead";
    const std::string detail = ar               ? "الجمل: " + std::to_string(sentences)
                               : sentences == 1 ? std::string("1 sentence")
                                                : std::to_string(sentences) + " sentences";
    sections.push_back(
        symbol(name, detail, kSymbolString, map.to_range(s.range), map.to_range(selection)));
    last_end = std::max(last_end, s.range.end);
  }
  const Block* headline = headline_of(d);
  if (headline == nullptr) return sections;
  std::string name = one_line(headline->content.slice(doc.text()));
  if (name.empty()) name = one_line(headline->range.slice(doc.text()));
  if (name.empty()) name = ar ? "العنوان" : "Headline";
  for (const Block& b : d.blocks()) last_end = std::max(last_end, b.range.end);
  const ByteRange whole{headline->range.begin, std::max(last_end, headline->range.end)};
  Json root = symbol(std::move(name), ar ? "العنوان" : "headline", kSymbolModule,
                     map.to_range(whole), map.to_range(headline->range));
  root["children"] = std::move(sections);
  return Json::array({std::move(root)});
}

Json folding_ranges(const OpenDocument& doc, PositionEncoding encoding) {
  const PositionMap map = doc.positions(encoding);
  Json out = Json::array();
  for (const Section& s : doc.document().sections()) {
    if (s.range.empty()) continue;
    const std::uint32_t start = map.to_position(s.range.begin).line;
    const std::uint32_t end = map.to_position(s.range.end - 1).line;
    if (end > start)
      out.push_back(Json{{"startLine", start}, {"endLine", end}, {"kind", "region"}});
  }
  return out;
}

Json code_lenses(const OpenDocument& doc, PositionEncoding encoding, const Settings& settings) {
  const PositionMap map = doc.positions(encoding);
  const Block* headline = headline_of(doc.document());
  ByteRange at{0, 0};
  if (headline != nullptr) {
    at = headline->range;
  } else if (!doc.document().blocks().empty()) {
    at = first_line(doc, doc.document().blocks().front().range);
  }
  const bool ar = settings.language == UiLanguage::ar;
  Json command{{"title", ar ? "لخّص المقال" : "Summarize"},
               {"command", std::string(kSummarizeCommand)},
               {"arguments", Json::array({doc.uri()})}};
  return Json::array({Json{{"range", to_json(map.to_range(at))}, {"command", std::move(command)}}});
}

}  // namespace khulasa::lsp
