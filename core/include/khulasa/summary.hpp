// The summary of one article, as a busy reader needs it: the gist (the few sentences that say
// most), the key facts with their English renderings, one key sentence per headed section, the
// people, organizations, places and roles most mentioned, and the quotes with their speakers.
//
// Every sentence of a summary is extractive: a verbatim span of Document::text(), given by its byte
// range. The model joins two layers and adds no analysis of its own: the ranking (ranking.hpp)
// chooses the gist and the section sentences, fed with the entity layer's mention counts; the
// entity layer (entities.hpp) gives the facts, entities and quotes. Rendering (text, Markdown,
// JSON) is the caller's business: see plugin/cli/summarize_command.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "khulasa/byte_range.hpp"
#include "khulasa/document.hpp"
#include "khulasa/entities.hpp"
#include "khulasa/ranking.hpp"

namespace khulasa {

/// What a summary holds and how it is chosen. Every field documents its default.
struct SummaryOptions {
  /// The gist's length: at most this many sentences. Default 3; 0 means no limit (then set
  /// max_words).
  std::size_t max_sentences = 3;
  /// The gist's length in words (count_words()); the first sentence is always taken. Default 0: no
  /// limit. With both limits, both apply.
  std::size_t max_words = 0;
  /// Key facts, most salient first. Default 5; 0 means none.
  std::size_t max_facts = 5;
  /// Entities listed per kind, most mentioned first. Default 8; 0 means all.
  std::size_t max_entities_per_kind = 8;
  /// Quotes, in text order. Default 5; 0 means all.
  std::size_t max_quotes = 5;
  /// The ranking's weights and limits. Default: RankingOptions{}.
  RankingOptions ranking;
  /// MMR diversity of the gist (SelectionOptions::diversity). Default 0.3.
  double diversity = 0.3;
};

/// Where the gist comes from.
enum class GistSource : std::uint8_t {
  ranked,    ///< chosen by the ranking from the article's eligible sentences
  headline,  ///< no sentence is eligible (a headline alone, or a headline and a byline): the
             ///< headline stands in for the gist
  none,      ///< nothing to summarize (an empty document, or only bylines, tables, footers...)
};

/// "ranked", "headline" or "none".
[[nodiscard]] std::string_view to_string(GistSource source);

/// A sentence of the summary: a verbatim span of the text.
struct SummarySentence {
  std::size_t sentence = 0;  ///< index into Document::sentences()
  ByteRange range;           ///< its bytes in Document::text()
  double score = 0;          ///< the ranking's score (0 for a headline standing in for the gist)
  ScoreParts parts;          ///< why it was chosen
};

/// A key fact: an Arabic source sentence and its English rendering.
struct SummaryFact {
  std::size_t fact = 0;      ///< index into Analysis::facts
  std::size_t sentence = 0;  ///< index into Document::sentences()
  ByteRange range;           ///< the source sentence's bytes in Document::text()
  std::string english;       ///< "Meta · Scale AI · $14.3 billion stake"
  double salience = 0;
};

/// The key sentence of a section that has a heading.
struct SectionBullet {
  std::size_t section = 0;   ///< index into Document::sections()
  ByteRange heading;         ///< the heading's text (without `#` or `**` markers)
  SummarySentence sentence;  ///< the best-ranked eligible sentence of the section
  bool in_gist = false;      ///< the same sentence is also in the gist
};

/// A person, organization, place or role with how often the article mentions it.
struct SummaryEntity {
  std::size_t entity = 0;  ///< index into Analysis::entities
  EntityKind kind = EntityKind::person;
  std::string name;     ///< as the text writes it (Entity::name)
  std::string english;  ///< Entity::english
  /// Mentions in the story: those in bylines, datelines and the footer do not count (the
  /// article's author is not one of its people).
  std::size_t mentions = 0;
  ByteRange first_mention;  ///< bytes of its first counted mention in Document::text()
};

/// A quotation with its speaker.
struct SummaryQuote {
  std::size_t quote = 0;  ///< index into Analysis::quotes
  ByteRange range;        ///< the quotation marks included
  ByteRange text;         ///< inside the marks
  std::size_t sentence = 0;
  std::optional<std::size_t> speaker;  ///< index into Analysis::entities
  std::string speaker_name;            ///< empty without a speaker
  std::string speaker_english;
};

struct Summary {
  /// The headline's bytes in Document::text(); empty when the document has none.
  ByteRange headline;
  GistSource gist_source = GistSource::none;
  /// In text order. Never a headline (unless gist_source is headline), heading, byline, dateline,
  /// separator, table row, footer, boilerplate, bare name list or fragment.
  std::vector<SummarySentence> gist;
  /// Most salient first; only from headline and body sentences (never a byline, table row,
  /// separator, footer or boilerplate line), one per sentence.
  std::vector<SummaryFact> facts;
  /// In text order; one per headed section that has an eligible sentence. Empty when the article
  /// has no headings.
  std::vector<SectionBullet> sections;
  /// People, then organizations, then places, then roles; within a kind the most mentioned first
  /// (ties: the first mentioned first). Values (money, dates, percentages, numbers) are not listed:
  /// out of their sentence they say little, and the key facts carry them with their context.
  std::vector<SummaryEntity> entities;
  /// In text order.
  std::vector<SummaryQuote> quotes;
};

/// Summarizes `doc` with its analysis (`analysis` must be analyze(doc) of the same text).
/// Deterministic. The entity layer's mentions feed the ranking: names (person, organization,
/// location) as SentenceSignals::entity_mentions, values as SentenceSignals::value_mentions.
///
/// **Example**: for "«نور للطاقة» تستثمر 2.4 مليار دولار...\n04.09.2025بقلم: ليلى الحسيني\n\n
/// عمّان - أعلنت شركة نور للطاقة المتجددة... ", the gist starts with "عمّان - أعلنت شركة نور
/// للطاقة المتجددة، يوم الخميس، عن استثمار بقيمة 2.4 مليار دولار..." and never with the byline.
[[nodiscard]] Summary summarize(const Document& doc, const Analysis& analysis,
                                const SummaryOptions& options = {});

/// The same, running analyze(doc) first.
[[nodiscard]] Summary summarize(const Document& doc, const SummaryOptions& options = {});

}  // namespace khulasa
