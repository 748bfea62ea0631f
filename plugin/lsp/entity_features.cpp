// Hover, document highlights and key facts: the entity layer (analyze(doc)) for the editor.
#include <algorithm>
#include <cmath>

#include "bidi.hpp"
#include "features.hpp"

namespace khulasa::lsp {
namespace {

/// Escapes the characters Markdown would take for markup.
std::string escape_markdown(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>#|~").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

/// A value for a line of the card: Markdown-escaped and, when its direction differs from the
/// card's, isolated; inside Arabic, its Latin runs isolated.
std::string shown(std::string_view value, UiLanguage language) {
  const std::string escaped = escape_markdown(value);
  if (language == UiLanguage::ar) {
    return has_arabic(escaped) ? isolate_latin_runs(escaped) : isolate(escaped);
  }
  return has_arabic(escaped) ? isolate(escaped) : escaped;
}

/// The index of the mention at byte `offset` (inside it, or just after its end), if any.
std::optional<std::size_t> mention_at(const Analysis& a, std::size_t offset) {
  const auto it =
      std::upper_bound(a.mentions.begin(), a.mentions.end(), offset,
                       [](std::size_t o, const Mention& m) { return o < m.range.begin; });
  if (it == a.mentions.begin()) return std::nullopt;
  const Mention& m = *std::prev(it);
  if (m.range.contains(offset) || m.range.end == offset) {
    const auto index = static_cast<std::size_t>(std::prev(it) - a.mentions.begin());
    if (m.entity < a.entities.size()) return index;
  }
  return std::nullopt;
}

std::optional<std::size_t> quote_at(const Analysis& a, std::size_t offset) {
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    if (a.quotes[i].range.contains(offset)) return i;
  }
  return std::nullopt;
}

Json markdown(std::string value) {
  return Json{{"kind", "markdown"}, {"value", std::move(value)}};
}

std::string entity_card(const Entity& e, UiLanguage lang) {
  const bool ar = lang == UiLanguage::ar;
  const auto type = static_cast<std::size_t>(e.kind);
  std::string card = "**" + std::string(kind_label(type, lang)) + "** · " + shown(e.name, lang);
  if (!e.english.empty() && e.english != e.name) {
    card += std::string("\n\n") + (ar ? "بالإنجليزية: " : "English: ") + shown(e.english, lang);
  }
  if (!e.normalized.empty() && e.normalized != e.english) {
    card += std::string("\n\n") + (ar ? "القيمة: " : "Value: ") + shown(e.normalized, lang);
  }
  card += std::string("\n\n") + (ar ? "عدد الإشارات: " : "Mentions: ") +
          std::to_string(e.mentions.size());
  return card;
}

std::string quote_card(const Analysis& a, const Quote& q, UiLanguage lang) {
  const bool ar = lang == UiLanguage::ar;
  std::string card = "**" + std::string(kind_label(kQuoteTokenType, lang)) + "**";
  if (q.speaker && *q.speaker < a.entities.size()) {
    const Entity& s = a.entities[*q.speaker];
    card += std::string(" · ") + (ar ? "المتحدث: " : "speaker: ") + shown(s.name, lang);
    if (!s.english.empty() && s.english != s.name) card += " (" + shown(s.english, lang) + ")";
  } else {
    card += ar ? " · بلا متحدث معروف" : " · no known speaker";
  }
  return card;
}

Json entity_json(const Entity& e) {
  Json j{{"kind", std::string(to_string(e.kind))}, {"name", e.name}, {"english", e.english}};
  if (!e.normalized.empty()) j["normalized"] = e.normalized;
  return j;
}

}  // namespace

std::string_view kind_label(std::size_t type, UiLanguage language) {
  static constexpr std::string_view kEnglish[] = {
      "Person", "Organization", "Place", "Role", "Money", "Percentage", "Date", "Number", "Quote"};
  static constexpr std::string_view kArabic[] = {
      "شخص", "مؤسسة", "مكان", "منصب", "مبلغ مالي", "نسبة مئوية", "تاريخ", "عدد", "اقتباس"};
  return language == UiLanguage::ar ? kArabic[type] : kEnglish[type];
}

Json hover(OpenDocument& doc, Position position, PositionEncoding encoding,
           const Settings& settings) {
  const PositionMap map = doc.positions(encoding);
  const std::size_t offset = map.to_offset(position);
  const Analysis& a = doc.analysis();
  if (const auto m = mention_at(a, offset)) {
    const Mention& mention = a.mentions[*m];
    return Json{{"contents", markdown(entity_card(a.entities[mention.entity], settings.language))},
                {"range", to_json(map.to_range(mention.range))}};
  }
  if (const auto q = quote_at(a, offset)) {
    return Json{{"contents", markdown(quote_card(a, a.quotes[*q], settings.language))},
                {"range", to_json(map.to_range(a.quotes[*q].range))}};
  }
  return nullptr;
}

Json document_highlight(OpenDocument& doc, Position position, PositionEncoding encoding) {
  const PositionMap map = doc.positions(encoding);
  const Analysis& a = doc.analysis();
  Json out = Json::array();
  const auto m = mention_at(a, map.to_offset(position));
  if (!m) return out;
  PositionCursor cursor(map);
  for (const std::size_t i : a.entities[a.mentions[*m].entity].mentions) {
    const ByteRange r = a.mentions[i].range;
    const Position start = cursor.to_position(r.begin);
    out.push_back(Json{{"range", to_json(Range{start, cursor.to_position(r.end)})}, {"kind", 1}});
  }
  return out;
}

Json key_facts(OpenDocument& doc, PositionEncoding encoding, std::optional<std::size_t> limit) {
  const PositionMap map = doc.positions(encoding);
  const Analysis& a = doc.analysis();
  Json facts = Json::array();
  const std::size_t n = std::min(a.facts.size(), limit.value_or(a.facts.size()));
  for (std::size_t i = 0; i < n; ++i) {
    const Fact& f = a.facts[i];
    Json entities = Json::array();
    Json values = Json::array();
    for (const std::size_t e : f.entities) {
      if (e < a.entities.size()) entities.push_back(entity_json(a.entities[e]));
    }
    for (const std::size_t e : f.values) {
      if (e < a.entities.size()) values.push_back(entity_json(a.entities[e]));
    }
    facts.push_back(Json{{"range", to_json(map.to_range(f.range))},
                         {"text", std::string(f.range.slice(doc.text()))},
                         {"english", f.english},
                         {"salience", std::round(f.salience * 100) / 100},
                         {"entities", std::move(entities)},
                         {"values", std::move(values)}});
  }
  return Json{{"facts", std::move(facts)}};
}

}  // namespace khulasa::lsp
