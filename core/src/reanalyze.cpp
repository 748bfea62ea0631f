// Carrying an analysis over a one-word edit (entities.hpp: reanalyze()). An editor analyzes after
// every pause in typing; most keystrokes change one letter of one word that is no name and no
// value. Then every entity, quote and fact stays as it was and only their offsets move; this file
// proves that cheaply (the edited sentence's own work, compared with its work before) or gives up.
#include <algorithm>
#include <unordered_set>

#include "entities_internal.hpp"
#include "khulasa/entities.hpp"
#include "khulasa/normalize.hpp"
#include "ner_features.hpp"

namespace khulasa {
namespace {

/// Where an offset of the old text is in the new one: before the edit unchanged, after it moved.
struct Shift {
  ByteRange edit;  ///< in the old text
  std::size_t inserted = 0;
  std::size_t map(std::size_t old) const {
    return old < edit.end ? old : old - edit.end + edit.begin + inserted;
  }
  /// A range that holds the edit: its start stays, its end moves with the bytes inserted.
  ByteRange grow(ByteRange r) const { return {r.begin, map(r.end)}; }
  /// Empty ranges at 0 stand for "none" (a quote without a verb, a fact without an event).
  ByteRange map(ByteRange r) const {
    return r == ByteRange{} ? r : ByteRange{map(r.begin), map(r.end)};
  }
};

bool has_quote_mark(std::string_view s) {
  for (const std::string_view mark : {"\"", "«", "»", "“", "”"}) {
    if (s.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

/// A word that no rule, list, lexicon entry or name of the document reads.
bool inert(const entities::Word& w, const std::vector<std::string>& name_words) {
  if (w.saying_verb || w.org_trigger || w.title_word || w.value_word || w.function_word ||
      w.event >= 0 || w.bits != 0 || w.capitalized) {
    return false;
  }
  if (w.script != Script::arabic && w.script != Script::latin) return false;
  return !std::binary_search(name_words.begin(), name_words.end(), w.norm) &&
         !std::binary_search(name_words.begin(), name_words.end(), w.core);
}

void make_name_words(AnalysisBase& base) {
  std::unordered_set<std::string> words;
  for (const Mention& m : base.analysis.mentions) {
    const EntityKind k = base.analysis.entities[m.entity].kind;
    if (k != EntityKind::person && k != EntityKind::organization && k != EntityKind::location &&
        k != EntityKind::role) {
      continue;
    }
    const std::string norm = normalize_for_matching(m.range.slice(base.text));
    for (std::size_t at = 0; at < norm.size();) {
      const std::size_t space = std::min(norm.find(' ', at), norm.size());
      const std::string_view word(norm.data() + at, space - at);
      if (!word.empty()) {
        words.emplace(word);
        std::string_view prefix, core;
        ner::strip_clitics(word, prefix, core);
        words.emplace(core);
      }
      at = space + 1;
    }
  }
  base.name_words.assign(words.begin(), words.end());
  std::sort(base.name_words.begin(), base.name_words.end());
  base.name_words_made = true;
}

}  // namespace

AnalysisBase make_analysis_base(const Document& doc, Analysis analysis) {
  AnalysisBase base;
  base.analysis = std::move(analysis);
  base.text = std::string(doc.text());
  base.sentences = doc.sentences();
  base.blocks = doc.blocks();
  return base;
}

bool reanalyze(AnalysisBase& base, const Document& doc, ByteRange edit, std::size_t inserted_size) {
  const std::string_view old_text = base.text, new_text = doc.text();
  if (edit.end > old_text.size() || edit.begin > edit.end ||
      new_text.size() != old_text.size() - edit.size() + inserted_size) {
    return false;
  }
  const Shift shift{edit, inserted_size};
  // The same structure: blocks and sentences in the same number and kinds, where the edit moves
  // them; the edit inside one sentence.
  const auto& blocks = doc.blocks();
  if (blocks.size() != base.blocks.size()) return false;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const Block &x = base.blocks[b], &y = blocks[b];
    if (x.kind != y.kind || x.parent != y.parent || x.first_sentence != y.first_sentence ||
        x.sentence_count != y.sentence_count) {
      return false;
    }
  }
  const auto& sentences = doc.sentences();
  if (sentences.size() != base.sentences.size()) return false;
  // The edited sentence keeps its start and takes the inserted bytes; the others move.
  std::size_t edited = sentences.size();
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const ByteRange r = base.sentences[s].range;
    const bool holds_edit = r.begin <= edit.begin && edit.end <= r.end;
    if (holds_edit && edited == sentences.size()) {
      edited = s;
      if (sentences[s].range != shift.grow(r)) return false;
    } else if (sentences[s].range != shift.map(r)) {
      return false;
    }
    if (sentences[s].kind != base.sentences[s].kind) return false;
  }
  if (edited == sentences.size()) return false;
  const std::string_view old_sentence = base.sentences[edited].range.slice(old_text);
  const std::string_view new_sentence = sentences[edited].range.slice(new_text);
  // Quotes are measured in bytes around their verbs, and which marks pair up depends on what
  // stands next to them: no mark typed or deleted, none next to the edit, none around it in the
  // sentence, and no quote in the sentence at all.
  if (has_quote_mark(edit.slice(old_text)) ||
      has_quote_mark(new_text.substr(edit.begin, inserted_size))) {
    return false;
  }
  const auto mark_at = [&](std::size_t from, std::size_t to) {
    return has_quote_mark(old_text.substr(from, to - from));
  };
  const ByteRange sr = base.sentences[edited].range;
  if (mark_at(sr.begin, edit.begin) && mark_at(edit.end, sr.end)) return false;
  if (mark_at(edit.begin >= 3 ? edit.begin - 3 : 0, edit.begin) ||
      mark_at(edit.end, std::min(old_text.size(), edit.end + 3))) {
    return false;
  }
  for (const Quote& q : base.analysis.quotes) {
    if (q.range.begin < base.sentences[edited].range.end &&
        base.sentences[edited].range.begin < q.range.end) {
      return false;
    }
  }
  // Entities are named by the text of their mentions: an edit in or at the edge of one changes it.
  for (const Mention& m : base.analysis.mentions) {
    if (m.sentence == edited && edit.begin <= m.range.end && m.range.begin <= edit.end) {
      return false;
    }
  }
  // The sentence's own work: the same tokens but for inert words, the same names and values.
  const std::size_t offset = base.sentences[edited].range.begin;
  const Shift local{ByteRange{edit.begin - offset, edit.end - offset}, inserted_size};
  const entities::SentenceWork before = entities::sentence_work(old_sentence);
  const entities::SentenceWork& after = entities::sentence_work(new_sentence);
  if (before.toks.size() != after.toks.size() || before.names.size() != after.names.size() ||
      before.values.size() != after.values.size()) {
    return false;
  }
  if (!base.name_words_made) make_name_words(base);
  for (std::size_t i = 0; i < before.toks.size(); ++i) {
    const entities::Tok &x = before.toks[i], &y = after.toks[i];
    if (x->norm == y->norm && x->script == y->script) {
      if (y.range != local.map(x.range)) return false;
      continue;
    }
    // The changed word holds the edit.
    if (y.range != local.map(x.range) && y.range != local.grow(x.range)) return false;
    if (!inert(*x.word, base.name_words) || !inert(*y.word, base.name_words)) {
      return false;
    }
  }
  for (std::size_t i = 0; i < before.names.size(); ++i) {
    const entities::SentenceName &x = before.names[i], &y = after.names[i];
    if (x.first != y.first || x.last != y.last || x.name_first != y.name_first ||
        x.kind != y.kind || x.trust != y.trust) {
      return false;
    }
  }
  for (std::size_t i = 0; i < before.values.size(); ++i) {
    const Value &x = before.values[i], &y = after.values[i];
    if (x.kind != y.kind || x.normalized != y.normalized || x.english != y.english ||
        x.amount != y.amount || x.currency != y.currency || y.range != local.map(x.range)) {
      return false;
    }
  }
  // Nothing the analysis read changed: the same analysis at the new offsets, and the names' words
  // stay what they were.
  Analysis& out = base.analysis;
  for (Mention& m : out.mentions) m.range = shift.map(m.range);
  for (Quote& q : out.quotes) {
    q.range = shift.map(q.range);
    q.text = shift.map(q.text);
    q.verb = shift.map(q.verb);
  }
  for (Fact& f : out.facts) {
    f.range = f.sentence == edited ? sentences[edited].range : shift.map(f.range);
    f.event = shift.map(f.event);
  }
  base.text = std::string(new_text);
  base.sentences = sentences;
  base.blocks = blocks;
  return true;
}

}  // namespace khulasa
