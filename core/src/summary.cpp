// The summary model (see summary.hpp): the ranking's choice of sentences joined with the entity
// layer's facts, entities and quotes. Nothing here analyzes text; it chooses and orders.
#include "khulasa/summary.hpp"

#include <algorithm>
#include <array>

#include "summary_internal.hpp"

namespace khulasa {
namespace {

bool is_name(EntityKind k) {
  return k == EntityKind::person || k == EntityKind::organization || k == EntityKind::location;
}

bool is_value(EntityKind k) {
  return k == EntityKind::money || k == EntityKind::percent || k == EntityKind::date ||
         k == EntityKind::number;
}

/// The entity layer's mentions as per-sentence counts for the ranking: names and values apart.
SentenceSignals signals_of(const Document& doc, const Analysis& a) {
  std::vector<ByteRange> names;
  std::vector<ByteRange> values;
  for (const Mention& m : a.mentions) {
    if (m.entity >= a.entities.size()) continue;
    const EntityKind k = a.entities[m.entity].kind;
    if (is_name(k)) names.push_back(m.range);
    if (is_value(k)) values.push_back(m.range);
  }
  // count_by_sentence() merges two lists in text order; Analysis::mentions promises that order,
  // and sorting what is already sorted is cheap.
  const auto by_begin = [](const ByteRange& x, const ByteRange& y) { return x.begin < y.begin; };
  std::sort(names.begin(), names.end(), by_begin);
  std::sort(values.begin(), values.end(), by_begin);
  SentenceSignals s;
  s.entity_mentions = count_by_sentence(doc, names);
  s.value_mentions = count_by_sentence(doc, values);
  return s;
}

SummarySentence from_ranked(const RankedSentence& r) {
  return SummarySentence{r.sentence, r.range, r.score, r.parts};
}

/// The headline block, if the document has one.
std::optional<std::size_t> headline_block(const Document& doc) {
  const auto& blocks = doc.blocks();
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind == BlockKind::headline) return b;
  }
  return std::nullopt;
}

/// The visible text of a block: its content (without `#` or `**`), else its sentences' span, else
/// its bytes.
ByteRange text_of_block(const Document& doc, const Block& b) {
  if (!b.content.empty()) return b.content;
  if (b.sentence_count > 0) {
    const auto& sentences = doc.sentences();
    return ByteRange{sentences[b.first_sentence].range.begin,
                     sentences[b.first_sentence + b.sentence_count - 1].range.end};
  }
  return b.range;
}

/// Whether a sentence excluded for `why` is outside the story: who wrote it and when, the
/// publisher's lines. Such sentences give no key facts and do not count as mentions (the author
/// of the article is not one of its people).
bool outside_story(std::optional<Exclusion> why) {
  if (!why) return false;
  switch (*why) {
    case Exclusion::byline:
    case Exclusion::dateline:
    case Exclusion::separator:
    case Exclusion::footer:
    case Exclusion::boilerplate:
      return true;
    case Exclusion::headline:
    case Exclusion::heading:
    case Exclusion::table:
    case Exclusion::name_list:
    case Exclusion::too_short:
      return false;
  }
  return false;
}

std::vector<SectionBullet> section_bullets(const Document& doc, const Ranking& ranking,
                                           const std::vector<SummarySentence>& gist) {
  std::vector<SectionBullet> out;
  const auto& sections = doc.sections();
  const auto& ranked = ranking.sentences;  // in text order, as are the sections
  std::size_t next = 0;
  for (std::size_t si = 0; si < sections.size(); ++si) {
    const Section& sec = sections[si];
    while (next < ranked.size() && ranked[next].range.begin < sec.range.begin) ++next;
    const RankedSentence* best = nullptr;
    for (std::size_t i = next; i < ranked.size() && ranked[i].range.begin < sec.range.end; ++i) {
      if (best == nullptr || ranked[i].score > best->score) best = &ranked[i];  // ties: earlier
    }
    if (!sec.heading || best == nullptr) continue;
    SectionBullet b;
    b.section = si;
    b.heading = text_of_block(doc, doc.blocks()[*sec.heading]);
    b.sentence = from_ranked(*best);
    b.in_gist = std::any_of(gist.begin(), gist.end(),
                            [&](const SummarySentence& g) { return g.sentence == best->sentence; });
    out.push_back(b);
  }
  return out;
}

std::vector<SummaryEntity> entity_groups(const Analysis& a,
                                         const std::vector<std::optional<Exclusion>>& excluded,
                                         std::size_t per_kind) {
  // Mentions in the story, per entity, and the first of them.
  std::vector<std::size_t> count(a.entities.size(), 0);
  std::vector<ByteRange> first(a.entities.size());
  for (const Mention& m : a.mentions) {
    if (m.entity >= a.entities.size()) continue;
    if (m.sentence < excluded.size() && outside_story(excluded[m.sentence])) continue;
    if (count[m.entity]++ == 0) first[m.entity] = m.range;
  }
  std::vector<SummaryEntity> counted;
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& en = a.entities[e];
    if (count[e] > 0)
      counted.push_back(SummaryEntity{e, en.kind, en.name, en.english, count[e], first[e]});
  }
  return detail::most_mentioned(std::move(counted), per_kind);
}

}  // namespace

std::vector<SummaryEntity> detail::most_mentioned(std::vector<SummaryEntity> counted,
                                                  std::size_t per_kind) {
  static constexpr std::array<EntityKind, 4> kKinds = {EntityKind::person, EntityKind::organization,
                                                       EntityKind::location, EntityKind::role};
  std::vector<SummaryEntity> out;
  for (const EntityKind kind : kKinds) {
    std::vector<SummaryEntity> group;
    for (SummaryEntity& e : counted) {
      if (e.kind == kind && e.mentions > 0) group.push_back(std::move(e));
    }
    // `counted` is in order of first mention, so a stable sort breaks ties by the first mention.
    std::stable_sort(
        group.begin(), group.end(),
        [](const SummaryEntity& x, const SummaryEntity& y) { return x.mentions > y.mentions; });
    if (per_kind != 0 && group.size() > per_kind) group.resize(per_kind);
    for (SummaryEntity& e : group) out.push_back(std::move(e));
  }
  return out;
}

std::string_view to_string(GistSource source) {
  switch (source) {
    case GistSource::ranked:
      return "ranked";
    case GistSource::headline:
      return "headline";
    case GistSource::none:
      return "none";
  }
  return "none";
}

Summary detail::summarize_ranked(const Document& doc, const Analysis& analysis,
                                 const SummaryOptions& options, Ranking& ranking) {
  Summary out;
  const std::optional<std::size_t> headline = headline_block(doc);
  if (headline) out.headline = text_of_block(doc, doc.blocks()[*headline]);

  // The gist.
  ranking = rank_sentences(doc, signals_of(doc, analysis), options.ranking);
  SelectionOptions selection;
  selection.limits.max_sentences = options.max_sentences;
  selection.limits.max_words = options.max_words;
  selection.diversity = options.diversity;
  for (const RankedSentence& r : select_sentences(ranking, selection)) {
    out.gist.push_back(from_ranked(r));
  }
  if (!out.gist.empty()) {
    out.gist_source = GistSource::ranked;
  } else if (headline && doc.blocks()[*headline].sentence_count > 0) {
    // Nothing eligible: a headline alone (a one-line document is all headline) still tells the
    // reader what the article is about, so it stands in for the gist, flagged as such.
    const Block& b = doc.blocks()[*headline];
    for (std::size_t s = b.first_sentence; s < b.first_sentence + b.sentence_count; ++s) {
      out.gist.push_back(SummarySentence{s, doc.sentences()[s].range, 0, ScoreParts{}});
    }
    out.gist_source = GistSource::headline;
  }

  // Key facts, as the entity layer ranks them.
  std::vector<std::optional<Exclusion>> excluded(doc.sentences().size());
  for (const auto& [s, why] : ranking.excluded) excluded[s] = why;
  std::vector<bool> fact_sentence(doc.sentences().size(), false);
  for (std::size_t f = 0; f < analysis.facts.size(); ++f) {
    if (options.max_facts == 0 || out.facts.size() >= options.max_facts) break;
    const Fact& fact = analysis.facts[f];
    if (fact.sentence >= excluded.size() || fact_sentence[fact.sentence] ||
        outside_story(excluded[fact.sentence]) || excluded[fact.sentence] == Exclusion::table) {
      continue;
    }
    fact_sentence[fact.sentence] = true;
    out.facts.push_back(SummaryFact{f, fact.sentence, fact.range, fact.english, fact.salience});
  }

  out.sections = section_bullets(doc, ranking, out.gist);
  out.entities = entity_groups(analysis, excluded, options.max_entities_per_kind);

  for (std::size_t q = 0; q < analysis.quotes.size(); ++q) {
    if (options.max_quotes != 0 && out.quotes.size() >= options.max_quotes) break;
    const Quote& quote = analysis.quotes[q];
    SummaryQuote sq{q, quote.range, quote.text, quote.sentence, quote.speaker, {}, {}};
    if (quote.speaker && *quote.speaker < analysis.entities.size()) {
      sq.speaker_name = analysis.entities[*quote.speaker].name;
      sq.speaker_english = analysis.entities[*quote.speaker].english;
    }
    out.quotes.push_back(std::move(sq));
  }
  return out;
}

Summary summarize(const Document& doc, const Analysis& analysis, const SummaryOptions& options) {
  Ranking ranking;
  return detail::summarize_ranked(doc, analysis, options, ranking);
}

Summary summarize(const Document& doc, const SummaryOptions& options) {
  return summarize(doc, analyze(doc), options);
}

}  // namespace khulasa
