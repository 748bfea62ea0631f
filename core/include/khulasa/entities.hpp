// Entities of an article: people, organizations, places, roles, values and quotes, each with its
// mentions (byte ranges of the user's text, clitics left out), a canonical name and an English
// rendering; and key facts that join a sentence's value or event with its entities.
//
// Names come from three sources, in this order of trust: rules (a title before a name, a verb of
// saying, شركة/جامعة/مختبر before an organization, Latin names inside Arabic), the bilingual
// lexicon, and the statistical tagger (ner.hpp). Mentions of one entity are linked across
// spellings (ميتا / شركة ميتا / ميتا بلاتفورمز / Meta; زوكربيرج / زوكربيرغ / Zuckerberg).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.hpp"
#include "khulasa/document.hpp"
#include "khulasa/ner.hpp"

namespace khulasa {

enum class EntityKind : std::uint8_t {
  person,
  organization,
  location,
  role,  ///< a title or position: الرئيس التنفيذي، وزير الخارجية، كبير العلماء
  money,
  percent,
  date,
  number,  ///< a count or quantity: ثمانية موظفين، عشرات العلماء
};
inline constexpr std::size_t kEntityKindCount = 8;

/// "person", "organization", "location", "role", "money", "percent", "date", "number".
[[nodiscard]] std::string_view to_string(EntityKind kind);

struct Mention {
  ByteRange range;  ///< the name in Document::text(), without clitics (و، ب، ل، ال of لل)
  std::size_t entity = 0;    ///< index into Analysis::entities
  std::size_t sentence = 0;  ///< index into Document::sentences()
};

struct Entity {
  EntityKind kind = EntityKind::person;
  /// The canonical name as the text writes it: the fullest mention ("مارك زوكربيرج", "ميتا").
  std::string name;
  /// English: from the lexicon, a Latin mention, or a romanization ("Mark Zuckerberg", "Meta").
  std::string english;
  /// Values: the normalized form ("USD 14300000000", "2025-09-04", "35%"); names: empty.
  std::string normalized;
  /// Indices into Analysis::mentions, in text order.
  std::vector<std::size_t> mentions;
};

/// Quoted speech: text in “ ”, « » or " " and, when the sentence attributes it, its speaker.
struct Quote {
  ByteRange range;  ///< the quotation marks included
  ByteRange text;   ///< inside the marks
  std::size_t sentence = 0;
  std::optional<std::size_t> speaker;  ///< index into Analysis::entities (a person or organization)
  ByteRange verb;                      ///< the verb of saying, empty when there is none
};

/// A key fact: a sentence's value (money, percent, quantity, date) or event verb with the entities
/// of the sentence.
struct Fact {
  std::size_t sentence = 0;
  ByteRange range;  ///< the sentence's bytes (the Arabic source span)
  std::vector<std::size_t>
      entities;                     ///< names of the sentence (indices into entities), by salience
  std::vector<std::size_t> values;  ///< values of the sentence (indices into entities)
  ByteRange event;      ///< the event word (استحوذ، حصة، صفقة), may be empty
  std::string english;  ///< "Meta · Scale AI · $14.3 billion stake"
  double salience = 0;
};

struct Analysis {
  std::vector<Entity> entities;   ///< in order of first mention
  std::vector<Mention> mentions;  ///< in text order, not overlapping
  std::vector<Quote> quotes;      ///< in text order
  std::vector<Fact> facts;        ///< most salient first
};

/// Finds the entities, quotes and facts of `doc`. The footer (publisher boilerplate) is skipped.
/// Deterministic: the result depends on the text only, never on what the caches hold.
[[nodiscard]] Analysis analyze(const Document& doc);

/// An analysis with what reanalyze() needs to carry it over an edit: the text, sentences and
/// blocks it was made from. Keep one per open document.
struct AnalysisBase {
  Analysis analysis;
  std::string text;
  std::vector<Sentence> sentences;
  std::vector<Block> blocks;
  /// The matching forms of the names' words and their cores, made on first use by reanalyze().
  std::vector<std::string> name_words;
  bool name_words_made = false;
};

/// `analysis` of `doc`, with what reanalyze() needs.
[[nodiscard]] AnalysisBase make_analysis_base(const Document& doc, Analysis analysis);

/// Carries `base`, the analysis of a text, over to `doc`, whose text is that text with the bytes
/// `edit` replaced by `inserted_size` bytes, without analyzing the document again: possible when
/// the edit changed one word that takes no part in the analysis (no name, value, event word, verb
/// of saying, title or quotation mark; the same structure and sentences), the usual keystroke
/// inside a word. Then `base` describes `doc` and its analysis equals analyze(doc) (tested against
/// it on random typing); otherwise returns false and leaves `base` as it was: analyze the document.
[[nodiscard]] bool reanalyze(AnalysisBase& base, const Document& doc, ByteRange edit,
                             std::size_t inserted_size);

/// analyze() keeps, per thread, what it learned about each word and each sentence text it read,
/// so analyzing a document again after an edit reads only the sentences that changed (the caches
/// are bounded: a few tens of MB). This empties them, e.g. when a server closes its documents.
void clear_analysis_caches();

/// The people, organizations and places of one sentence given as tokens, as token spans: the
/// rules, lexicon and tagger of analyze() without what needs a whole document (linking, names
/// found again by their family name). For scoring against CoNLL data (`khulasa eval ner`).
[[nodiscard]] std::vector<NameSpan> find_names_in_tokens(std::span<const std::string_view> tokens);

/// The people, organizations and places of consecutive sentences read as one document, per
/// sentence, as token spans: what find_names_in_tokens() finds in each, and names the document
/// gave once found again in the others (by their words, or a person's family name), as analyze()
/// does. Linking is left out. For scoring against CoNLL data (`khulasa eval ner --document`).
[[nodiscard]] std::vector<std::vector<NameSpan>> find_names_in_sentences(
    std::span<const std::vector<std::string_view>> sentences);

}  // namespace khulasa
