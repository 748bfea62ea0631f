// `khulasa/summary` and `khulasa/mentions`: the core's summary model (summary.hpp) and the
// entity layer's mentions as JSON with ranges in the negotiated position encoding, for clients
// that draw the summary or the highlights themselves (the Neovim plugin draws both).
//
// Texts are verbatim spans of the document (a hard-wrapped sentence keeps its line ends); every
// range comes from position_map.hpp. Labels come with the model, so clients need no translations.
#include <array>

#include "features.hpp"
#include "khulasa/summary.hpp"

namespace khulasa::lsp {
namespace {

/// The summary's words in one UI language.
struct SummaryLabels {
  std::string_view headline;
  std::string_view gist;
  std::string_view gist_headline;  ///< the gist's title when the headline stands in for it
  std::string_view gist_empty;
  std::string_view facts;
  std::string_view sections;
  std::string_view entities;
  std::string_view quotes;
  std::array<std::string_view, 4> kinds;  ///< person, organization, location, role
  std::string_view mentions;              ///< after a mention count: "3 mentions"
  std::string_view no_speaker;
};

constexpr SummaryLabels kArabicLabels{"العنوان",
                                      "الخلاصة",
                                      "الخلاصة (العنوان وحده)",
                                      "لا جملة في المتن تصلح للخلاصة",
                                      "أهم الوقائع",
                                      "الأقسام",
                                      "الكيانات",
                                      "الاقتباسات",
                                      {"أشخاص", "مؤسسات", "أماكن", "مناصب"},
                                      "إشارات",
                                      "بلا متحدث"};

constexpr SummaryLabels kEnglishLabels{"Headline",
                                       "Gist",
                                       "Gist (the headline alone)",
                                       "no body sentence fits a gist",
                                       "Key facts",
                                       "Sections",
                                       "Entities",
                                       "Quotes",
                                       {"People", "Organizations", "Places", "Roles"},
                                       "mentions",
                                       "no speaker"};

/// The kinds a summary lists, in its order (summary.hpp: people, organizations, places, roles).
constexpr std::array<EntityKind, 4> kSummaryKinds = {EntityKind::person, EntityKind::organization,
                                                     EntityKind::location, EntityKind::role};

Json labels_json(const SummaryLabels& l) {
  Json kinds = Json::object();
  for (std::size_t i = 0; i < kSummaryKinds.size(); ++i) {
    kinds[std::string(to_string(kSummaryKinds[i]))] = l.kinds[i];
  }
  // The other kinds by their hover labels (a client may list values and quotes too).
  const UiLanguage lang = &l == &kArabicLabels ? UiLanguage::ar : UiLanguage::en;
  for (std::size_t t = kSummaryKinds.size(); t < kTokenTypeCount; ++t) {
    kinds[token_type_names()[t]] = kind_label(t, lang);
  }
  return Json{
      {"headline", l.headline},    {"gist", l.gist},           {"gistHeadline", l.gist_headline},
      {"gistEmpty", l.gist_empty}, {"facts", l.facts},         {"sections", l.sections},
      {"entities", l.entities},    {"quotes", l.quotes},       {"kinds", std::move(kinds)},
      {"mentions", l.mentions},    {"noSpeaker", l.no_speaker}};
}

/// {text, range} of a span of the document.
Json span_json(const OpenDocument& doc, const PositionMap& map, ByteRange r) {
  return Json{{"text", std::string(r.slice(doc.text()))}, {"range", to_json(map.to_range(r))}};
}

}  // namespace

Json summary(OpenDocument& doc, PositionEncoding encoding, const Settings& settings,
             std::optional<std::uint32_t> sentences, std::optional<UiLanguage> language) {
  const Analysis& a = doc.analysis();
  SummaryOptions options;
  options.max_sentences = sentences.value_or(settings.summary_sentences);
  const Summary s = khulasa::summarize(doc.document(), a, options);
  const PositionMap map = doc.positions(encoding);
  const UiLanguage lang = language.value_or(settings.language);

  Json gist = Json::array();
  for (const SummarySentence& g : s.gist) gist.push_back(span_json(doc, map, g.range));
  Json facts = Json::array();
  for (const SummaryFact& f : s.facts) {
    Json j = span_json(doc, map, f.range);
    j["english"] = f.english;
    facts.push_back(std::move(j));
  }
  Json sections = Json::array();
  for (const SectionBullet& b : s.sections) {
    sections.push_back(Json{{"heading", span_json(doc, map, b.heading)},
                            {"sentence", span_json(doc, map, b.sentence.range)},
                            {"inGist", b.in_gist}});
  }
  // Groups in kSummaryKinds order; the core already lists the most mentioned first in each kind.
  Json entities = Json::array();
  for (const EntityKind kind : kSummaryKinds) {
    Json items = Json::array();
    for (const SummaryEntity& e : s.entities) {
      if (e.kind != kind) continue;
      items.push_back(Json{{"name", e.name},
                           {"english", e.english},
                           {"mentions", e.mentions},
                           {"range", to_json(map.to_range(e.first_mention))}});
    }
    if (!items.empty()) {
      entities.push_back(Json{{"kind", std::string(to_string(kind))}, {"items", std::move(items)}});
    }
  }
  Json quotes = Json::array();
  for (const SummaryQuote& q : s.quotes) {
    Json j = span_json(doc, map, q.range);
    j["speaker"] =
        q.speaker ? Json{{"name", q.speaker_name}, {"english", q.speaker_english}} : Json(nullptr);
    quotes.push_back(std::move(j));
  }
  return Json{{"uri", doc.uri()},
              {"version", doc.version()},
              {"language", lang == UiLanguage::ar ? "ar" : "en"},
              {"labels", labels_json(lang == UiLanguage::ar ? kArabicLabels : kEnglishLabels)},
              {"headline", s.headline.empty() ? Json(nullptr) : span_json(doc, map, s.headline)},
              {"gistSource", std::string(to_string(s.gist_source))},
              {"gist", std::move(gist)},
              {"facts", std::move(facts)},
              {"sections", std::move(sections)},
              {"entities", std::move(entities)},
              {"quotes", std::move(quotes)}};
}

Json mentions(OpenDocument& doc, PositionEncoding encoding, UiLanguage language) {
  const Analysis& a = doc.analysis();
  const PositionMap map = doc.positions(encoding);
  Json entities = Json::array();
  for (const Entity& e : a.entities) {
    Json j{{"kind", std::string(to_string(e.kind))}, {"name", e.name}, {"english", e.english}};
    if (!e.normalized.empty()) j["normalized"] = e.normalized;
    entities.push_back(std::move(j));
  }
  // Mentions are sorted and disjoint: one forward pass of the cursor converts them all.
  PositionCursor cursor(map);
  Json list = Json::array();
  for (const Mention& m : a.mentions) {
    if (m.entity >= a.entities.size()) continue;
    const Position start = cursor.to_position(m.range.begin);
    list.push_back(Json{{"entity", m.entity},
                        {"kind", std::string(to_string(a.entities[m.entity].kind))},
                        {"range", to_json(Range{start, cursor.to_position(m.range.end)})}});
  }
  Json quotes = Json::array();
  for (const Quote& q : a.quotes) {
    const bool speaker = q.speaker && *q.speaker < a.entities.size();
    quotes.push_back(Json{{"range", to_json(map.to_range(q.range))},
                          {"speaker", speaker ? Json(*q.speaker) : Json(nullptr)}});
  }
  Json labels = Json::object();
  for (std::size_t t = 0; t < kTokenTypeCount; ++t) {
    labels[token_type_names()[t]] = kind_label(t, language);
  }
  return Json{{"version", doc.version()},
              {"labels", std::move(labels)},
              {"entities", std::move(entities)},
              {"mentions", std::move(list)},
              {"quotes", std::move(quotes)}};
}

}  // namespace khulasa::lsp
