// Long texts a chunk at a time (see chunks.hpp): where to cut, and the merge of the chunks'
// analyses and summaries. Nothing here analyzes text: it cuts, shifts offsets, renumbers and ranks
// again what the chunks gave.
#include "khulasa/chunks.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <unordered_map>

#include "entities_internal.hpp"
#include "khulasa/document.hpp"
#include "summary_internal.hpp"
#include "words.hpp"

namespace khulasa {
namespace {

// ---- cutting ------------------------------------------------------------------------------------

/// Whether a line starts at `p` (0 < p <= t.size()): after an LF, or after a CR without an LF.
bool line_starts_at(std::string_view t, std::size_t p) {
  const char c = t[p - 1];
  return c == '\n' || (c == '\r' && (p == t.size() || t[p] != '\n'));
}

/// Whether the line ending just before the line start `p` is blank (empty, or spaces and tabs).
bool after_blank_line(std::string_view t, std::size_t p) {
  std::size_t b = p - 1;  // the first byte of the line break
  if (t[b] == '\n' && b > 0 && t[b - 1] == '\r') --b;
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) --b;
  return b == 0 || line_starts_at(t, b);
}

/// Whether `p` follows a sentence's final mark and a space: ". ", "! ", "? ", "؟ ".
bool after_sentence_end(std::string_view t, std::size_t p) {
  if (p < 2 || t[p - 1] != ' ') return false;
  const char c = t[p - 2];
  return c == '.' || c == '!' || c == '?' || (c == '\x9F' && p >= 3 && t[p - 3] == '\xD8');
}

/// Whether `p` is a character boundary that is not between the CR and LF of a CRLF.
bool is_cut_point(std::string_view t, std::size_t p) {
  if (p == t.size()) return true;
  return (static_cast<unsigned char>(t[p]) & 0xC0u) != 0x80u && !(t[p] == '\n' && t[p - 1] == '\r');
}

/// The end of the chunk starting at `begin`, when more than `max_bytes` (at least 4) remain.
std::size_t chunk_end(std::string_view t, std::size_t begin, std::size_t max_bytes) {
  const std::size_t limit = begin + max_bytes;
  const std::size_t window = begin + max_bytes / 2;
  // The last cut of each kind in the window, 0 when there is none; a blank line ends the search.
  enum Kind { kLine, kSentence, kSpace, kKinds };
  std::array<std::size_t, kKinds> last{};
  for (std::size_t p = limit; p > window; --p) {
    if (line_starts_at(t, p)) {
      if (after_blank_line(t, p)) return p;
      if (last[kLine] == 0) last[kLine] = p;
    } else if (last[kSentence] == 0 && after_sentence_end(t, p)) {
      last[kSentence] = p;
    } else if (last[kSpace] == 0 && t[p - 1] == ' ') {
      last[kSpace] = p;
    }
  }
  for (const std::size_t p : last) {
    if (p != 0) return p;
  }
  std::size_t p = limit;  // at most 3 continuation bytes, or the LF of a CRLF, to step over
  while (!is_cut_point(t, p)) --p;
  return p;
}

// ---- merging ------------------------------------------------------------------------------------

ByteRange shifted(ByteRange r, std::size_t by) {
  return ByteRange{r.begin + by, r.end + by};
}

/// Calls `f(doc, chunk, first_sentence)` with a Document of each chunk in turn, `first_sentence`
/// the number of sentences of the chunks before; each Document is freed before the next is made.
template <typename F>
void for_each_chunk(std::string_view text, std::span<const ByteRange> chunks, F&& f) {
  std::size_t first_sentence = 0;
  for (const ByteRange& chunk : chunks) {
    const Document doc(std::string(chunk.slice(text)));
    f(doc, chunk, first_sentence);
    first_sentence += doc.sentences().size();
  }
}

bool is_value(EntityKind k) {
  return k == EntityKind::money || k == EntityKind::percent || k == EntityKind::date ||
         k == EntityKind::number;
}

/// The entities of the whole text by their keys: kind and name (values: kind and normalized
/// form), and for people, organizations and places also kind and English rendering.
class EntityKeys {
 public:
  /// The index of the entity `e` of a chunk in the whole text's list: that of an entity seen before
  /// with one of its keys, else `next` (the list's size), under which its keys are kept.
  std::size_t index_of(const Entity& e, std::size_t next) {
    const char kind = static_cast<char>('a' + static_cast<int>(e.kind));
    const bool value = is_value(e.kind) && !e.normalized.empty();
    std::string by_name = std::string{kind, value ? 'v' : 'n'} + (value ? e.normalized : e.name);
    std::string by_english;
    if (!is_value(e.kind) && e.kind != EntityKind::role && !e.english.empty()) {
      by_english = std::string{kind, 'e'} + e.english;
    }
    std::size_t index = next;
    if (const auto it = index_.find(by_name); it != index_.end()) {
      index = it->second;
    } else if (const auto en = by_english.empty() ? index_.end() : index_.find(by_english);
               en != index_.end()) {
      index = en->second;
    }
    index_.emplace(std::move(by_name), index);
    if (!by_english.empty()) index_.emplace(std::move(by_english), index);
    return index;
  }

 private:
  std::unordered_map<std::string, std::size_t> index_;
};

/// A fact's salience with its place in the whole text instead of in its chunk.
double salience_in_text(double salience, std::size_t sentence, std::size_t first_sentence) {
  return salience - entities::fact_position_salience(sentence) +
         entities::fact_position_salience(first_sentence + sentence);
}

/// Most salient first; ties: the earlier first.
template <typename FactLike>
void sort_by_salience(std::vector<FactLike>& facts) {
  std::stable_sort(facts.begin(), facts.end(), [](const FactLike& a, const FactLike& b) {
    if (a.salience != b.salience) return a.salience > b.salience;
    return a.range.begin < b.range.begin;
  });
}

/// `r` scored with its place `index` among the eligible sentences of the whole text.
RankedSentence rescored(RankedSentence r, std::size_t index, const RankingOptions& options) {
  r.parts.position = position_part(index, options);
  r.score = r.parts.total();
  return r;
}

/// A unit vector of a sentence's words by hash. The chunks' rankings number their terms apart, so
/// the gist of the whole text measures redundancy with these.
void append_word_vector(std::string_view sentence, std::vector<TermWeight>& out) {
  std::vector<std::uint32_t> hashes;
  detail::for_each_word(sentence, [&](std::string_view w) {
    hashes.push_back(static_cast<std::uint32_t>(std::hash<std::string_view>{}(w)));
  });
  std::sort(hashes.begin(), hashes.end());
  const std::size_t first = out.size();
  double norm = 0;
  for (std::size_t i = 0; i < hashes.size();) {
    std::size_t j = i;
    while (j < hashes.size() && hashes[j] == hashes[i]) ++j;
    const auto count = static_cast<float>(j - i);
    out.push_back(TermWeight{hashes[i], count});
    norm += static_cast<double>(count) * count;
    i = j;
  }
  const auto inv = static_cast<float>(norm > 0 ? 1.0 / std::sqrt(norm) : 0.0);
  for (std::size_t i = first; i < out.size(); ++i) out[i].weight *= inv;
}

/// How many of a chunk's best sentences may compete for the gist: enough for the gist's length
/// with room for those the diversity skips.
std::size_t candidates_per_chunk(const SummaryOptions& options) {
  std::size_t n = std::numeric_limits<std::size_t>::max();
  if (options.max_sentences != 0) n = options.max_sentences;
  if (options.max_words != 0) {
    n = std::min(n, options.max_words / std::max<std::size_t>(options.ranking.min_words, 1) + 1);
  }
  return n == std::numeric_limits<std::size_t>::max() ? n : 2 * n + 8;
}

/// The summary of the whole text, built chunk by chunk.
class SummaryMerge {
 public:
  explicit SummaryMerge(const SummaryOptions& options) : options_(options) {
    chunk_options_ = options;
    chunk_options_.max_entities_per_kind = 0;  // counts add up across chunks: keep them all
    pool_.vector_offsets.push_back(0);
  }

  void add(const Document& doc, std::size_t at, std::size_t first_sentence) {
    const Analysis analysis = analyze(doc);
    Ranking ranking;
    Summary s = detail::summarize_ranked(doc, analysis, chunk_options_, ranking);
    if (at == 0) {
      out_.headline = s.headline;
      if (s.gist_source == GistSource::headline) headline_gist_ = s.gist;
    }
    add_candidates(doc, ranking, at, first_sentence);
    for (SectionBullet& b : s.sections) {
      b.section += sections_before_;
      b.heading = shifted(b.heading, at);
      b.sentence = in_text(b.sentence, ranking, at, first_sentence);
      out_.sections.push_back(std::move(b));
    }
    for (SummaryFact& f : s.facts) {
      f.fact += facts_before_;
      f.salience = salience_in_text(f.salience, f.sentence, first_sentence);
      f.sentence += first_sentence;
      f.range = shifted(f.range, at);
      out_.facts.push_back(std::move(f));
    }
    add_entities(analysis, s.entities, at);
    for (SummaryQuote& q : s.quotes) {
      if (options_.max_quotes != 0 && out_.quotes.size() >= options_.max_quotes) break;
      q.quote += quotes_before_;
      q.range = shifted(q.range, at);
      q.text = shifted(q.text, at);
      q.sentence += first_sentence;
      if (q.speaker) q.speaker = entity_index(analysis.entities[*q.speaker]);
      out_.quotes.push_back(std::move(q));
    }
    sections_before_ += doc.sections().size();
    facts_before_ += analysis.facts.size();
    quotes_before_ += analysis.quotes.size();
    eligible_before_ += ranking.sentences.size();
  }

  Summary finish() && {
    SelectionOptions selection;
    selection.limits.max_sentences = options_.max_sentences;
    selection.limits.max_words = options_.max_words;
    selection.diversity = options_.diversity;
    for (const RankedSentence& r : select_sentences(pool_, selection)) {
      out_.gist.push_back(SummarySentence{r.sentence, r.range, r.score, r.parts});
    }
    if (!out_.gist.empty()) {
      out_.gist_source = GistSource::ranked;
    } else if (!headline_gist_.empty()) {
      out_.gist = std::move(headline_gist_);
      out_.gist_source = GistSource::headline;
    }
    for (SectionBullet& b : out_.sections) {
      b.in_gist = std::any_of(out_.gist.begin(), out_.gist.end(), [&](const SummarySentence& g) {
        return g.sentence == b.sentence.sentence;
      });
    }
    sort_by_salience(out_.facts);
    if (out_.facts.size() > options_.max_facts) out_.facts.resize(options_.max_facts);
    out_.entities = detail::most_mentioned(std::move(entities_), options_.max_entities_per_kind);
    return std::move(out_);
  }

 private:
  /// The chunk's best eligible sentences, scored in the whole text, join the pool of the gist.
  void add_candidates(const Document& doc, const Ranking& ranking, std::size_t at,
                      std::size_t first_sentence) {
    std::vector<RankedSentence> best;
    best.reserve(ranking.sentences.size());
    for (std::size_t i = 0; i < ranking.sentences.size(); ++i) {
      best.push_back(rescored(ranking.sentences[i], eligible_before_ + i, options_.ranking));
    }
    const std::size_t keep = std::min(best.size(), candidates_per_chunk(options_));
    const auto by_score = [](const RankedSentence& a, const RankedSentence& b) {
      return a.score != b.score ? a.score > b.score : a.sentence < b.sentence;
    };
    std::partial_sort(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(keep), best.end(),
                      by_score);
    best.resize(keep);
    std::sort(best.begin(), best.end(), [](const RankedSentence& a, const RankedSentence& b) {
      return a.sentence < b.sentence;
    });
    for (RankedSentence& r : best) {
      append_word_vector(r.range.slice(doc.text()), pool_.vector_terms);
      pool_.vector_offsets.push_back(pool_.vector_terms.size());
      r.sentence += first_sentence;
      r.range = shifted(r.range, at);
      pool_.sentences.push_back(r);
    }
  }

  /// A sentence of the chunk's summary as a sentence of the whole text's.
  SummarySentence in_text(SummarySentence s, const Ranking& ranking, std::size_t at,
                          std::size_t first_sentence) const {
    const auto it = std::lower_bound(
        ranking.sentences.begin(), ranking.sentences.end(), s.sentence,
        [](const RankedSentence& r, std::size_t sentence) { return r.sentence < sentence; });
    if (it != ranking.sentences.end() && it->sentence == s.sentence) {
      const auto index = static_cast<std::size_t>(it - ranking.sentences.begin());
      const RankedSentence r = rescored(*it, eligible_before_ + index, options_.ranking);
      s.score = r.score;
      s.parts = r.parts;
    }
    s.sentence += first_sentence;
    s.range = shifted(s.range, at);
    return s;
  }

  std::size_t entity_index(const Entity& e) {
    const std::size_t index = keys_.index_of(e, entities_.size());
    if (index == entities_.size()) {
      entities_.push_back(SummaryEntity{index, e.kind, e.name, e.english, 0, ByteRange{}});
    }
    return index;
  }

  /// The chunk's counted entities (`counted`, indices into `analysis.entities`), in order of first
  /// mention, added to those of the whole text.
  void add_entities(const Analysis& analysis, std::vector<SummaryEntity> counted, std::size_t at) {
    std::sort(counted.begin(), counted.end(),
              [](const SummaryEntity& a, const SummaryEntity& b) { return a.entity < b.entity; });
    for (const SummaryEntity& c : counted) {
      SummaryEntity& e = entities_[entity_index(analysis.entities[c.entity])];
      if (e.mentions == 0) e.first_mention = shifted(c.first_mention, at);
      e.mentions += c.mentions;
    }
  }

  const SummaryOptions& options_;
  SummaryOptions chunk_options_;
  Summary out_;
  std::vector<SummarySentence> headline_gist_;  ///< the first chunk's, when its headline stands in
  Ranking pool_;                                ///< every chunk's best candidates for the gist
  EntityKeys keys_;
  std::vector<SummaryEntity> entities_;  ///< indexed by keys_, in order of first mention
  std::size_t sections_before_ = 0;
  std::size_t facts_before_ = 0;
  std::size_t quotes_before_ = 0;
  std::size_t eligible_before_ = 0;
};

bool is_whole(std::string_view text, std::span<const ByteRange> chunks) {
  return chunks.size() == 1 && chunks[0] == ByteRange{0, text.size()};
}

}  // namespace

std::vector<ByteRange> split_into_chunks(std::string_view text, std::size_t max_bytes) {
  max_bytes = std::max<std::size_t>(max_bytes, 4);
  std::vector<ByteRange> chunks;
  std::size_t begin = 0;
  while (text.size() - begin > max_bytes) {
    const std::size_t end = chunk_end(text, begin, max_bytes);
    chunks.push_back(ByteRange{begin, end});
    begin = end;
  }
  chunks.push_back(ByteRange{begin, text.size()});
  return chunks;
}

Analysis analyze_in_chunks(std::string_view text, std::span<const ByteRange> chunks) {
  if (is_whole(text, chunks)) return analyze(Document(std::string(text)));
  Analysis out;
  EntityKeys keys;
  for_each_chunk(text, chunks, [&](const Document& doc, ByteRange chunk, std::size_t first) {
    Analysis a = analyze(doc);
    const std::size_t at = chunk.begin;
    std::vector<std::size_t> index(a.entities.size());
    for (std::size_t e = 0; e < a.entities.size(); ++e) {
      index[e] = keys.index_of(a.entities[e], out.entities.size());
      if (index[e] == out.entities.size()) {
        Entity& en = out.entities.emplace_back(std::move(a.entities[e]));
        en.mentions.clear();
      }
    }
    for (const Mention& m : a.mentions) {
      out.entities[index[m.entity]].mentions.push_back(out.mentions.size());
      out.mentions.push_back(Mention{shifted(m.range, at), index[m.entity], first + m.sentence});
    }
    for (Quote& q : a.quotes) {
      q.range = shifted(q.range, at);
      q.text = shifted(q.text, at);
      if (!q.verb.empty()) q.verb = shifted(q.verb, at);
      q.sentence += first;
      if (q.speaker) q.speaker = index[*q.speaker];
      out.quotes.push_back(std::move(q));
    }
    for (Fact& f : a.facts) {
      f.salience = salience_in_text(f.salience, f.sentence, first);
      f.sentence += first;
      f.range = shifted(f.range, at);
      if (!f.event.empty()) f.event = shifted(f.event, at);
      for (auto* list : {&f.entities, &f.values}) {
        std::vector<std::size_t> merged;
        for (const std::size_t e : *list) {
          if (std::find(merged.begin(), merged.end(), index[e]) == merged.end()) {
            merged.push_back(index[e]);
          }
        }
        *list = std::move(merged);
      }
      out.facts.push_back(std::move(f));
    }
  });
  sort_by_salience(out.facts);
  return out;
}

Summary summarize_in_chunks(std::string_view text, std::span<const ByteRange> chunks,
                            const SummaryOptions& options) {
  if (is_whole(text, chunks)) {
    const Document doc{std::string(text)};
    return summarize(doc, analyze(doc), options);
  }
  SummaryMerge merge(options);
  for_each_chunk(text, chunks, [&](const Document& doc, ByteRange chunk, std::size_t first) {
    merge.add(doc, chunk.begin, first);
  });
  return std::move(merge).finish();
}

}  // namespace khulasa
