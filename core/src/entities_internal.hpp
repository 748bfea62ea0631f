// The parts of the entity layer (entities.cpp: names; linking.cpp: entities and English;
// facts.cpp: quotes and facts). Internal.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "khulasa/entities.hpp"
#include "khulasa/tokens.hpp"
#include "khulasa/values.hpp"
#include "ner_features.hpp"

namespace khulasa::entities {

/// What is known about a word wherever it stands: its matching forms, lexicon bits, closed-list
/// flags and the tagger's hashes. Made once per distinct word and cached per thread.
struct Word {
  Script script = Script::other;
  std::string norm;           ///< matching form
  std::size_t norm_hash = 0;  ///< std::hash of norm (for WordSet)
  std::string core;           ///< without clitics and article
  std::string prefix;         ///< the stripped clitics, in matching form
  bool capitalized = false;   ///< Latin, starting with a capital or digit
  /// Latin letters make the word: Script::latin, or mixed with a Latin letter ("3M", "GPT-4"),
  /// not Arabic letters with digits ("9ر98", a decimal number written with ر).
  bool latin_word = false;
  bool taa_marbuta = false;  ///< ends in ة as written (ه in the matching form)
  bool tanween = false;      ///< carries nunation (an indefinite noun, not a name)
  std::uint32_t bits = 0;    ///< ner::GazetteerBit of the word
  /// A form to look the word up in the lexicon with, as the first word of a name.
  struct LookupForm {
    std::string text;
    std::uint32_t bits = 0;        ///< lexicon kinds of the form alone (GazetteerBit)
    std::size_t phrase_words = 1;  ///< the longest lexicon key starting with the form
  };
  std::vector<LookupForm> lookup_forms;
  // The closed word lists, checked on the word as written and without clitics ("وزارة" is not
  // و + "زارة", but "والوزارة" is).
  bool function_word = false;
  /// A conjunction before a function word spelled with a hamza ("وإلى", "فإن"): its matching form
  /// may be a name or title too ("والي" governor, "فان" Van), its spelling says it is not.
  bool spelled_function_word = false;
  bool title_word = false;
  bool org_trigger = false;
  bool saying_verb = false;
  bool value_word = false;
  int event = -1;  ///< index of the word in the event words of facts.cpp, or -1      ///< digits,
                   ///< or a word values.cpp reads (number word, month, scale)
  ner::PreparedToken prepared;  ///< the tagger's view of the word
};

/// A set of word forms (views that must outlive it), filled with hashes the words already carry:
/// the words of a whole document go in without hashing or allocating per word. Each form also
/// counts the sentences it stands in, when inserted sentence by sentence.
class WordSet {
 public:
  explicit WordSet(std::size_t expected) {
    std::size_t size = 16;
    while (size < 2 * expected) size *= 2;
    slots_.resize(size);
  }
  void insert(std::string_view word, std::size_t hash, std::size_t sentence = 0) {
    for (std::size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (!s.used) {
        s = Slot{hash, word, static_cast<std::uint32_t>(sentence), 1, true};
        if (2 * ++size_ > slots_.size()) grow();
        return;
      }
      if (s.hash == hash && s.word == word) {
        if (s.last_sentence != static_cast<std::uint32_t>(sentence)) {
          s.last_sentence = static_cast<std::uint32_t>(sentence);
          ++s.sentences;
        }
        return;
      }
    }
  }
  [[nodiscard]] bool contains(std::string_view word) const { return find(word) != nullptr; }
  /// The number of sentences `word` stands in (0 when it is not in the set).
  [[nodiscard]] std::size_t sentences_with(std::string_view word) const {
    const Slot* s = find(word);
    return s == nullptr ? 0 : s->sentences;
  }

 private:
  struct Slot {
    std::size_t hash = 0;
    std::string_view word;
    std::uint32_t last_sentence = 0;  // (sentence indices wrap past 2^32: counts stay a bound)
    std::uint32_t sentences = 0;
    bool used = false;
  };
  const Slot* find(std::string_view word) const {
    const std::size_t hash = std::hash<std::string_view>{}(word);
    for (std::size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == hash && s.word == word) return &s;
    }
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.used) reinsert(s);
    }
  }
  void reinsert(const Slot& slot) {
    for (std::size_t i = slot.hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (!slots_[i].used) {
        slots_[i] = slot;
        ++size_;
        return;
      }
    }
  }
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

/// A word token of a sentence: where it is, and what the word is.
struct Tok {
  ByteRange range;
  const Word* word = nullptr;
  const Word* operator->() const { return word; }
};

/// Called before an analysis makes tokens: keeps the word cache bounded (tokens point into it).
void start_analysis();

/// Empties the word and sentence caches, and the cache of English renderings.
void clear_word_caches();
void clear_english_cache();

/// The token `r` of `text` with its word.
Tok make_tok(std::string_view text, const Token& r);

/// Word tokens of `within`.
std::vector<Tok> tokens_of(std::string_view text, ByteRange within, Tokenizer& tokenizer);

/// A name found in the text, before linking.
struct NameMention {
  ByteRange range;
  EntityKind kind = EntityKind::person;
  std::size_t sentence = 0;
  std::vector<std::string> words;  ///< matching forms, clitics and trigger words left out
  bool latin = false;
  /// `words` start with a landform word outside `range` (landform_outside_name()), and `named`
  /// is the range of both, which names the entity ("خليج العقبة" of a mention "العقبة").
  bool landform = false;
  ByteRange named;
  int trust = 1;  ///< 3 a rule found it, 2 the lexicon, 1 the tagger
};

/// The word tokens of every sentence of a document (none for skipped sentences).
using SentenceTokens = std::vector<std::vector<Tok>>;

/// A name found in a sentence: its tokens [first, last], the name itself from `name_first` (a
/// trigger such as شركة or a title such as Dr. before it is left out).
struct SentenceName {
  std::size_t first = 0, last = 0, name_first = 0;
  EntityKind kind = EntityKind::person;
  int trust = 1;
};

/// What a sentence gives on its own, a function of its text alone: its tokens and values (ranges
/// relative to the sentence) and its name candidates (rules, lexicon, tagger).
struct SentenceWork {
  std::vector<Tok> toks;
  std::vector<SentenceName> names;
  std::vector<Value> values;
};

/// The work of `sentence` (its text), from this thread's cache when the same text was analyzed
/// before: after an edit, only the sentences that changed are read again.
const SentenceWork& sentence_work(std::string_view sentence);

/// The names of the sentences, in text order: the sentences' candidates made mentions (clitics
/// decided with the document's words), then names found again by propagation.
std::vector<NameMention> find_names(const Document& doc, const SentenceTokens& tokens,
                                    const std::vector<const SentenceWork*>& works);

/// Links names into entities, adds values, sets canonical names and English renderings.
void link(const Document& doc, std::vector<Value> values, std::vector<NameMention> names,
          Analysis& out);

/// The index of a word (matching form, or its clitic-stripped core) among the event words of key
/// facts (facts.cpp), or -1.
int event_index(std::string_view norm, std::string_view core);

/// The words that describe an organization before its name and stay outside it ("شركه", "صحيفه",
/// "قناه": "صحيفة القدس العربي" is Al-Quds Al-Arabi), in matching form.
std::span<const std::string_view> descriptor_words();

/// How the English of an institution's or a landform's name is made from the rest of its name
/// ("{} University" for جامعه, "Mount {}" for جبل); empty when `word` (a matching form) heads no
/// such name of `kind`.
std::string_view name_pattern(std::string_view word, EntityKind kind);

/// Whether `w` is one of `words` (a word list of matching forms).
template <std::size_t N>
bool listed(const std::string_view (&words)[N], std::string_view w) {
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

/// A landform word that stays outside the range of the place it heads, as شركة does outside a
/// company's: "جزيرة جاوا" is a mention of "جاوا", "نهر الكونغو" of "الكونغو" (the convention of
/// ANERcorp, which marks the proper part in 36 of 40 such names). The word still makes the place
/// what it is: it leads the mention's words, so the Congo River is not the Congo, and its English
/// is "Congo River". (بحر, محيط and وادي are part of the name: "بحر الصين", "وادي السيليكون".)
bool landform_outside_name(std::string_view core);

/// Quotes with speakers, then facts ranked by salience.
void find_quotes(const Document& doc, const SentenceTokens& tokens, const std::vector<bool>& skip,
                 Analysis& out);
void find_facts(const Document& doc, const SentenceTokens& tokens, const std::vector<bool>& skip,
                Analysis& out);

/// The part of a fact's salience that its place gives: 2 / (1 + sentence / 8), `sentence` its
/// index in the document (news puts the main facts first).
[[nodiscard]] double fact_position_salience(std::size_t sentence);

}  // namespace khulasa::entities
