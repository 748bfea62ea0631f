// Extractive ranking, its selection and the two baselines (see ranking.hpp).
//
// Pipeline of rank_sentences():
//   1. eligibility: structure first (structural_exclusion: the block kinds and unit kinds the
//      structure layer decided), then the sentence's text (text_exclusion: boilerplate markers in
//      short lines, name lists, fragments); Lead and TextRank start from the same candidates;
//   2. terms: each eligible sentence normalized for matching, split into words, stop words
//      dropped, light-stemmed and interned; TF-IDF vectors of unit length (IDF over the document's
//      eligible sentences, the only corpus at hand);
//   3. a similarity graph with at most max_neighbours edges per sentence: candidates come from an
//      inverted index in which each sentence looks at most kPostingWindow postings either side of
//      its own in each term's list, so the cost is bounded by kPostingWindow × terms, whatever the
//      document's size; short documents (fewer sentences than the window) get the exact graph;
//   4. PageRank over that (symmetrized, weighted) graph;
//   5. the score parts: position, centrality, headline overlap, density, times a length factor.
#include "khulasa/ranking.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "khulasa/normalize.hpp"
#include "khulasa/stem.hpp"
#include "khulasa/values.hpp"
#include "line_shape.hpp"
#include "text_hash.hpp"
#include "words.hpp"

namespace khulasa {
namespace {

// Function words dropped before TF-IDF and TextRank overlap. Written for this project, in the form
// normalize_for_matching() gives them (أ إ آ → ا, ى → ي, ة → ه): prepositions, conjunctions,
// pronouns, demonstratives, relatives, particles, auxiliaries, the reporting verbs of news
// ("قال", "اضاف"), and common English function words for mixed text.
constexpr auto kStopWords = std::to_array<std::string_view>({
    // Arabic prepositions and their pronoun forms
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "بين",
    "عند",
    "لدي",
    "حول",
    "دون",
    "ضد",
    "نحو",
    "عبر",
    "خلال",
    "منذ",
    "حتي",
    "بعد",
    "قبل",
    "فوق",
    "تحت",
    "امام",
    "خلف",
    "وفق",
    "وفقا",
    "تجاه",
    "لدي",
    "فيه",
    "فيها",
    "فيهم",
    "منه",
    "منها",
    "منهم",
    "عنه",
    "عنها",
    "عنهم",
    "عليه",
    "عليها",
    "عليهم",
    "اليه",
    "اليها",
    "اليهم",
    "به",
    "بها",
    "بهم",
    "له",
    "لها",
    "لهم",
    "لنا",
    "معه",
    "معها",
    "معهم",
    "بينهم",
    "عندما",
    "بينما",
    "حيث",
    "حين",
    "لدينا",
    "مثل",
    // conjunctions and particles
    "و",
    "او",
    "ام",
    "ثم",
    "بل",
    "لكن",
    "لكنه",
    "لكنها",
    "ان",
    "انه",
    "انها",
    "انهم",
    "اما",
    "اذا",
    "اذ",
    "اذن",
    "لو",
    "لولا",
    "لا",
    "لم",
    "لن",
    "ما",
    "ماذا",
    "متي",
    "هل",
    "قد",
    "لقد",
    "سوف",
    "كي",
    "لكي",
    "لان",
    "لانه",
    "كما",
    "كذلك",
    "ايضا",
    "فقط",
    "الا",
    "غير",
    "سوي",
    "اي",
    "ايه",
    "كل",
    "كلا",
    "بعض",
    "جميع",
    "عده",
    "مما",
    "ممن",
    "عما",
    "فيما",
    "بما",
    "لما",
    "ربما",
    "جدا",
    "اكثر",
    "اقل",
    "نفس",
    "ذات",
    "يا",
    "هنا",
    "هناك",
    "حاليا",
    "كيف",
    "اين",
    "لماذا",
    // pronouns, demonstratives, relatives
    "هو",
    "هي",
    "هم",
    "هن",
    "هما",
    "انا",
    "نحن",
    "انت",
    "انتم",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هذان",
    "هاتان",
    "هؤلاء",
    "اولئك",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
    // auxiliaries and the reporting verbs of news
    "كان",
    "كانت",
    "كانوا",
    "يكون",
    "تكون",
    "يكونوا",
    "ليس",
    "ليست",
    "اصبح",
    "اصبحت",
    "تم",
    "يتم",
    "سيتم",
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "اضاف",
    "اضافت",
    "اكد",
    "اكدت",
    "اشار",
    "اشارت",
    "ذكر",
    "ذكرت",
    "اوضح",
    "اوضحت",
    "يمكن",
    "يجب",
    // English
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "and",
    "or",
    "but",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "by",
    "with",
    "from",
    "as",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "not",
    "no",
    "have",
    "has",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "do",
    "does",
    "did",
    "than",
    "then",
    "there",
    "their",
    "his",
    "her",
    "our",
    "your",
    "which",
    "who",
    "what",
    "when",
    "where",
    "how",
    "also",
    "into",
    "about",
    "said",
});

bool is_stop_word(std::string_view w) {
  static const std::unordered_set<std::string_view> set(kStopWords.begin(), kStopWords.end());
  if (set.count(w) != 0) return true;
  // A stop word behind a one-letter proclitic: وفي، فهو، لذلك، بهذا، كما is listed.
  static constexpr std::array<std::string_view, 5> kProclitics = {"و", "ف", "ب", "ل", "ك"};
  for (std::string_view p : kProclitics) {
    if (w.size() > p.size() + 2 && w.starts_with(p) && set.count(w.substr(p.size())) != 0) {
      return true;
    }
  }
  return false;
}

/// A hash table from strings to ids (open addressing, FNV-1a): the keys are views into text that
/// outlives the table. The term tables below do one lookup per word of the document.
class StringIds {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

  [[nodiscard]] std::uint32_t find(std::string_view key) const {
    if (slots_.empty()) return kMissing;
    const std::uint64_t h = hash(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id == kMissing) return kMissing;
      if (slot.hash == h && slot.key == key) return slot.id;
    }
  }
  /// Adds `key` (which must not be present) with `id`.
  void insert(std::string_view key, std::uint32_t id) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    place(Slot{hash(key), key, id});
    ++size_;
  }
  [[nodiscard]] std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::string_view key;
    std::uint32_t id = kMissing;
  };
  static std::uint64_t hash(std::string_view key) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  void place(const Slot& s) {
    std::size_t i = s.hash & mask_;
    while (slots_[i].id != kMissing) i = (i + 1) & mask_;
    slots_[i] = s;
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 256 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id != kMissing) place(s);
    }
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

/// Interns the words of a document as terms: a normalized word maps to the id of its light stem,
/// or to kNoTerm for stop words and one-letter words. Stems are computed once per distinct word.
/// The words given to term() must outlive the table.
class TermTable {
 public:
  static constexpr std::uint32_t kNoTerm = StringIds::kMissing - 1;

  std::uint32_t term(std::string_view word) {
    if (const std::uint32_t id = words_.find(word); id != StringIds::kMissing) return id;
    const std::uint32_t id = lookup_stem(word);
    words_.insert(word, id);
    return id;
  }
  [[nodiscard]] std::size_t size() const { return stems_.size(); }

  /// The stem a normalized word is a term by; nothing for stop words and one-letter words.
  static std::optional<std::string> term_stem(std::string_view word) {
    std::size_t letters = 0;
    for (const char c : word) letters += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    if (letters < 2 || is_stop_word(word)) return std::nullopt;
    return light_stem(word);
  }

 private:
  std::uint32_t lookup_stem(std::string_view word) {
    std::optional<std::string> found = term_stem(word);
    if (!found) return kNoTerm;
    std::string& stem = *found;
    if (const std::uint32_t id = stems_.find(stem); id != StringIds::kMissing) return id;
    const auto id = static_cast<std::uint32_t>(stems_.size());
    stem_text_.push_back(std::move(stem));
    stems_.insert(stem_text_.back(), id);
    return id;
  }
  StringIds words_;
  StringIds stems_;
  std::deque<std::string> stem_text_;  // owns the stems' text (a deque keeps it in place)
};

/// The terms of a normalized text (which must outlive the table), appended to `out` (with
/// repeats).
void append_terms(std::string_view normalized, TermTable& table, std::vector<std::uint32_t>& out) {
  detail::for_each_word(normalized, [&](std::string_view w) {
    const std::uint32_t t = table.term(w);
    if (t != TermTable::kNoTerm) out.push_back(t);
  });
}

/// Blocks of the document seen from its sentences.
struct Layout {
  std::vector<std::size_t> block_of;  ///< sentence → block (blocks.size() when none)
  std::vector<bool> in_footer;        ///< block → inside the footer
};

Layout layout_of(const Document& doc) {
  const auto& blocks = doc.blocks();
  Layout l;
  l.block_of.assign(doc.sentences().size(), blocks.size());
  l.in_footer.assign(blocks.size(), false);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    // Containers come before their parts, so the parent's flag is known.
    l.in_footer[i] = b.kind == BlockKind::footer || (b.parent && l.in_footer[*b.parent]);
    for (std::size_t s = b.first_sentence; s < b.first_sentence + b.sentence_count; ++s) {
      l.block_of[s] = i;
    }
  }
  return l;
}

/// Exclusion by structure alone: the block the sentence is in and the kind of its unit, both
/// decided by the structure layer (grammar + core), never by this file.
std::optional<Exclusion> structural_exclusion(const Document& doc, const Layout& l, std::size_t s) {
  const std::size_t bi = l.block_of[s];
  if (bi < doc.blocks().size()) {
    if (l.in_footer[bi]) return Exclusion::footer;
    switch (doc.blocks()[bi].kind) {
      case BlockKind::headline:
        return Exclusion::headline;
      case BlockKind::heading:
        return Exclusion::heading;
      case BlockKind::byline:
        return Exclusion::byline;
      case BlockKind::separator:
        return Exclusion::separator;
      case BlockKind::table:
      case BlockKind::table_row:
        return Exclusion::table;
      case BlockKind::footer:
        return Exclusion::footer;
      default:
        break;
    }
  }
  switch (doc.sentences()[s].kind) {
    case UnitKind::heading:
      return Exclusion::heading;  // a short line without final punctuation
    case UnitKind::byline:
      return Exclusion::byline;  // بقلم: / كتب: / By ...
    case UnitKind::dateline:
      return Exclusion::dateline;
    case UnitKind::separator:
      return Exclusion::separator;
    case UnitKind::table_row:
      return Exclusion::table;
    default:
      break;
  }
  return std::nullopt;
}

/// List items of at most this many words that do not end with final punctuation are labels.
constexpr std::size_t kLabelWords = 6;

/// Whether `text` ends with final punctuation (. ! ? ؟ …), closing quotes and brackets aside.
bool ends_sentence(std::string_view text) {
  static constexpr std::array<std::string_view, 9> kClosing = {" ", "\"", "'", ")", "]",
                                                               "»", "”",  "’", "\n"};
  static constexpr std::array<std::string_view, 5> kFinal = {".", "!", "?", "؟", "…"};
  bool trimmed = true;
  while (trimmed && !text.empty()) {
    trimmed = false;
    for (const std::string_view c : kClosing) {
      if (text.ends_with(c)) {
        text.remove_suffix(c.size());
        trimmed = true;
      }
    }
  }
  return std::any_of(kFinal.begin(), kFinal.end(),
                     [&](std::string_view f) { return text.ends_with(f); });
}

/// Whether `text` contains `part`. (string_view::find looks for the first byte, then compares: in
/// Arabic every other byte is a lead byte 0xD8 or 0xD9, so it compared at nearly every letter.)
bool contains(std::string_view text, std::string_view part) {
  return memmem(text.data(), text.size(), part.data(), part.size()) != nullptr;
}

/// What a sentence's text says of publisher boilerplate that did not end up in a footer block.
struct BoilerplateSigns {
  bool marker = false;  ///< copyright and rights, "read also", follow-us calls
  bool link = false;    ///< a link or an e-mail address
};

/// The BoilerplateSigns of a sentence (`normalized`: normalize_for_matching of it). Only short
/// lines are looked at: boilerplate is short, and a long sentence that mentions "حقوق النشر" is
/// news.
BoilerplateSigns boilerplate_signs(std::string_view normalized, std::size_t words) {
  static constexpr std::array<std::string_view, 12> kMarkers = {
      "©",       "جميع الحقوق", "حقوق النشر", "حقوق الطبع", "اقرا ايضا",           "اقرا المزيد",
      "تابعونا", "للاشتراك",    "copyright",  "read more",  "all rights reserved", "subscribe"};
  BoilerplateSigns out;
  if (words > 25) return out;
  out.marker = std::any_of(kMarkers.begin(), kMarkers.end(),
                           [&](std::string_view m) { return contains(normalized, m); });
  out.link = contains(normalized, "http://") || contains(normalized, "https://") ||
             contains(normalized, "www.") ||
             std::memchr(normalized.data(), '@', normalized.size()) != nullptr;
  return out;
}

/// Exclusion by the sentence's own text (`normalized`: normalize_for_matching of it).
std::optional<Exclusion> text_exclusion(const Document& doc, const Layout& l, std::size_t s,
                                        std::string_view normalized, std::size_t words,
                                        BoilerplateSigns signs, std::size_t min_words) {
  if (signs.marker || (signs.link && words <= 15)) return Exclusion::boilerplate;
  // A list item whose comma-separated pieces are all at most three words is a list of names
  // ("أحمد علي، سارة يوسف، ..."), not a statement.
  const std::size_t bi = l.block_of[s];
  const bool item = doc.sentences()[s].kind == UnitKind::list_item ||
                    (bi < doc.blocks().size() && doc.blocks()[bi].kind == BlockKind::list_item);
  if (item) {
    bool all_short = true;
    std::size_t pieces = 0;
    std::size_t begin = 0;
    while (all_short) {
      std::size_t end = normalized.size();
      std::size_t sep_size = 0;
      for (const std::string_view sep : {std::string_view("،"), std::string_view(","),
                                         std::string_view("؛"), std::string_view(";")}) {
        const std::size_t at = normalized.find(sep, begin);
        if (at < end) {
          end = at;
          sep_size = sep.size();
        }
      }
      const std::size_t k = detail::count_words(normalized.substr(begin, end - begin));
      if (k > 3) all_short = false;
      if (k > 0) ++pieces;
      if (sep_size == 0) break;
      begin = end + sep_size;
    }
    if (all_short && pieces >= 2) return Exclusion::name_list;
    // A short item that does not end a sentence is a bare name or a label, not a statement: "ممثل
    // عن شركة Siemens Energy" in a list of participants, "المرحلة الثانية: بناء وحدات التناضح".
    if (words <= kLabelWords && !ends_sentence(normalized)) return Exclusion::name_list;
  }
  if (words < min_words) return Exclusion::too_short;
  return std::nullopt;
}

/// The one budget rule of all three systems (see SummaryLimits).
class Budget {
 public:
  explicit Budget(const SummaryLimits& limits) : limits_(limits) {}
  /// Whether a sentence of `words` words joins the summary (and counts it); false ends it.
  bool admit(std::size_t words) {
    if (limits_.max_sentences != 0 && sentences_ >= limits_.max_sentences) return false;
    if (limits_.max_words != 0 && sentences_ > 0 && words_ + words > limits_.max_words) {
      return false;
    }
    ++sentences_;
    words_ += words;
    return true;
  }

 private:
  SummaryLimits limits_;
  std::size_t sentences_ = 0;
  std::size_t words_ = 0;
};

/// What ranking needs of a sentence's own text: its matching form, words, term stems and signs of
/// boilerplate.
struct SentenceText {
  std::string normalized;
  std::size_t words = 0;
  std::vector<std::uint32_t> stems;  ///< StemCache ids, in text order, with repeats; no stop words
  BoilerplateSigns signs;
};

/// This thread's cache of recent sentences by their text (an editor ranks the same sentences again
/// after every pause in typing), with the stems of those sentences interned: a sentence seen
/// before costs one lookup, and its terms are numbers.
class SentenceCache {
 public:
  static SentenceCache& instance() {
    thread_local SentenceCache cache;
    return cache;
  }
  /// Empties the cache when it is over its budget. Only here: the SentenceTexts handed out, and
  /// the stem ids in them, stay valid until the next call.
  void trim() {
    if (bytes_ <= kMaxBytes) return;
    by_text_.clear();
    stem_ids_ = StringIds{};
    stem_text_.clear();
    word_ids_ = StringIds{};
    word_text_.clear();
    bytes_ = 0;
  }
  /// The SentenceText of a sentence; valid until the next trim().
  const SentenceText& get(std::string_view raw) {
    if (const auto it = by_text_.find(raw); it != by_text_.end()) return it->second;
    SentenceText t;
    t.normalized = normalize_for_matching(raw);
    t.words = detail::count_words(raw);
    detail::for_each_word(t.normalized, [&](std::string_view w) {
      if (const std::uint32_t stem = stem_of_word(w); stem != kNotTerm) t.stems.push_back(stem);
    });
    t.signs = boilerplate_signs(t.normalized, t.words);
    bytes_ += 3 * raw.size() + 8 * t.stems.size();
    return by_text_.emplace(std::string(raw), std::move(t)).first->second;
  }
  /// Ids are below this.
  [[nodiscard]] std::size_t stem_count() const { return stem_text_.size(); }

 private:
  static constexpr std::size_t kMaxBytes = std::size_t{16} << 20;
  using TextHash = detail::TextHash;
  static constexpr std::uint32_t kNotTerm = StringIds::kMissing - 1;
  /// The stem id of a normalized word, or kNotTerm (stop words, one-letter words): words repeat,
  /// so each distinct word is stemmed once.
  std::uint32_t stem_of_word(std::string_view word) {
    if (const std::uint32_t id = word_ids_.find(word); id != StringIds::kMissing) return id;
    std::optional<std::string> stem = TermTable::term_stem(word);
    const std::uint32_t id = stem ? intern(std::move(*stem)) : kNotTerm;
    word_text_.emplace_back(word);
    word_ids_.insert(word_text_.back(), id);
    bytes_ += 32 + word.size();
    return id;
  }
  std::uint32_t intern(std::string stem) {
    if (const std::uint32_t id = stem_ids_.find(stem); id != StringIds::kMissing) return id;
    const auto id = static_cast<std::uint32_t>(stem_text_.size());
    stem_text_.push_back(std::move(stem));
    stem_ids_.insert(stem_text_.back(), id);
    bytes_ += 32 + stem_text_.back().size();
    return id;
  }
  std::unordered_map<std::string, SentenceText, TextHash, std::equal_to<>> by_text_;
  StringIds stem_ids_;
  std::deque<std::string> stem_text_;  // owns the stems' text (a deque keeps it in place)
  StringIds word_ids_;                 // normalized word -> stem id or kNotTerm
  std::deque<std::string> word_text_;
  std::size_t bytes_ = 0;
};

/// Eligible sentences with their text, as all three systems start from. The texts are the
/// thread's SentenceCache entries: valid until the next candidates_of().
struct Candidates {
  std::vector<std::size_t> sentence;
  std::vector<const SentenceText*> text;
  std::vector<std::pair<std::size_t, Exclusion>> excluded;
};

Candidates candidates_of(const Document& doc, std::size_t min_words) {
  const Layout l = layout_of(doc);
  SentenceCache& cache = SentenceCache::instance();
  cache.trim();
  Candidates c;
  const auto& sentences = doc.sentences();
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    std::optional<Exclusion> why = structural_exclusion(doc, l, s);
    const SentenceText* t = nullptr;
    if (!why) {
      t = &cache.get(sentences[s].range.slice(doc.text()));
      why = text_exclusion(doc, l, s, t->normalized, t->words, t->signs, min_words);
    }
    if (why) {
      c.excluded.emplace_back(s, *why);
      continue;
    }
    c.sentence.push_back(s);
    c.text.push_back(t);
  }
  return c;
}

using TermCount = std::pair<std::uint32_t, std::uint32_t>;

/// Sorted (term, count) pairs of a list of terms with repeats, appended to `out`.
void append_counted(std::vector<std::uint32_t>& terms, std::vector<TermCount>& out) {
  std::sort(terms.begin(), terms.end());
  const std::size_t begin = out.size();
  for (const std::uint32_t t : terms) {
    if (out.size() > begin && out.back().first == t) {
      ++out.back().second;
    } else {
      out.emplace_back(t, 1);
    }
  }
}

/// A unit TF-IDF vector of counted terms [counts, counts_end) (terms unknown to `idf` are
/// dropped), sorted by term, appended to `out`.
void append_tfidf(const TermCount* counts, const TermCount* counts_end,
                  const std::vector<float>& idf, std::vector<TermWeight>& out) {
  const std::size_t begin = out.size();
  double norm = 0;
  for (const TermCount* c = counts; c != counts_end; ++c) {
    const auto [t, n] = *c;
    if (t >= idf.size() || idf[t] <= 0) continue;
    const float w = static_cast<float>(n) * idf[t];
    out.push_back({t, w});
    norm += static_cast<double>(w) * w;
  }
  if (norm > 0) {
    const auto inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (std::size_t k = begin; k < out.size(); ++k) out[k].weight *= inv;
  }
}

std::vector<TermWeight> tfidf(const std::vector<TermCount>& counts, const std::vector<float>& idf) {
  std::vector<TermWeight> v;
  append_tfidf(counts.data(), counts.data() + counts.size(), idf, v);
  return v;
}

double dot(const TermWeight* a, const TermWeight* a_end, const TermWeight* b,
           const TermWeight* b_end) {
  double sum = 0;
  while (a != a_end && b != b_end) {
    if (a->term < b->term) {
      ++a;
    } else if (b->term < a->term) {
      ++b;
    } else {
      sum += static_cast<double>(a->weight) * b->weight;
      ++a;
      ++b;
    }
  }
  return sum;
}

/// Each sentence looks at this many postings on either side of its own in a term's posting list.
constexpr std::size_t kPostingWindow = 48;
/// Damping and iterations of the PageRank over the capped graph.
constexpr double kDamping = 0.85;
constexpr int kPageRankIterations = 40;

/// PageRank of an undirected weighted graph in CSR form; a node without edges keeps the base rank.
std::vector<double> pagerank(std::size_t n, const std::vector<std::size_t>& offsets,
                             const std::vector<std::pair<std::uint32_t, float>>& edges,
                             double damping, int max_iterations, double tolerance) {
  std::vector<double> rank(n, 1.0 / static_cast<double>(n));
  std::vector<double> next(n);
  std::vector<double> out_weight(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t e = offsets[i]; e < offsets[i + 1]; ++e) out_weight[i] += edges[e].second;
  }
  // The edges apart, weights already widened (exactly), for the inner loop.
  std::vector<std::uint32_t> target(edges.size());
  std::vector<double> weight(edges.size());
  for (std::size_t e = 0; e < edges.size(); ++e) {
    target[e] = edges[e].first;
    weight[e] = edges[e].second;
  }
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0) dangling += rank[i];
    }
    const double base = (1.0 - damping + damping * dangling) / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0) continue;
      const double share = damping * rank[i] / out_weight[i];
      for (std::size_t e = offsets[i]; e < offsets[i + 1]; ++e)
        next[target[e]] += share * weight[e];
    }
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += std::abs(next[i] - rank[i]);
    rank.swap(next);
    if (change < tolerance) break;
  }
  return rank;
}

/// Builds the capped similarity graph of the unit vectors in `r` (CSR, symmetric).
void similarity_graph(const Ranking& r, std::size_t term_count, std::size_t max_neighbours,
                      std::vector<std::size_t>& offsets,
                      std::vector<std::pair<std::uint32_t, float>>& edges) {
  const std::size_t n = r.vector_offsets.size() - 1;
  // Inverted index: postings of each term in sentence order, and for every vector entry its
  // position in its term's postings.
  std::vector<std::size_t> post_offsets(term_count + 1, 0);
  for (const TermWeight& tw : r.vector_terms) ++post_offsets[tw.term + 1];
  for (std::size_t t = 0; t < term_count; ++t) post_offsets[t + 1] += post_offsets[t];
  std::vector<std::pair<std::uint32_t, float>> postings(r.vector_terms.size());
  std::vector<std::size_t> position(r.vector_terms.size());
  {
    std::vector<std::size_t> cursor(post_offsets.begin(), post_offsets.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t e = r.vector_offsets[i]; e < r.vector_offsets[i + 1]; ++e) {
        const TermWeight& tw = r.vector_terms[e];
        position[e] = cursor[tw.term];
        postings[cursor[tw.term]++] = {static_cast<std::uint32_t>(i), tw.weight};
      }
    }
  }
  // Each sentence's best max_neighbours candidates by (cosine descending, index ascending), a
  // total order: kept in a small array sorted best first, so a candidate costs one comparison
  // with the worst kept unless it enters (partial_sort over all candidates was 10% of ranking).
  std::vector<float> acc(n, 0.0f);
  // The sentences met (a sentence meets each other one at most once: n slots are enough). Written
  // without a branch: whether a posting is the first of its sentence is not predictable.
  std::vector<std::uint32_t> touched(n);
  // A candidate as one number that orders as (cosine descending, index ascending) does: the
  // cosine is positive, so its bits order as it does.
  const auto key_of = [](std::uint32_t j, float w) {
    return (std::uint64_t{std::bit_cast<std::uint32_t>(w)} << 32) | (0xFFFFFFFFu - j);
  };
  const auto sentence_of = [](std::uint64_t key) {
    return 0xFFFFFFFFu - static_cast<std::uint32_t>(key);
  };
  const auto cosine_of = [](std::uint64_t key) {
    return std::bit_cast<float>(static_cast<std::uint32_t>(key >> 32));
  };
  std::vector<std::uint64_t> kept(n * max_neighbours);  // best first
  std::vector<std::uint32_t> kept_count(n, 0);
  std::vector<std::size_t> degree(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t met = 0;
    for (std::size_t e = r.vector_offsets[i]; e < r.vector_offsets[i + 1]; ++e) {
      const TermWeight& tw = r.vector_terms[e];
      const std::size_t first = post_offsets[tw.term];
      const std::size_t last = post_offsets[tw.term + 1];
      const std::size_t own = position[e];  // i's own posting: skipped
      const std::size_t lo = std::max(first, own > kPostingWindow ? own - kPostingWindow : 0);
      const std::size_t hi = std::min(last, own + kPostingWindow + 1);
      const auto add = [&](std::size_t p) {
        const std::uint32_t j = postings[p].first;
        touched[met] = j;
        met += acc[j] == 0.0f ? 1 : 0;
        acc[j] += tw.weight * postings[p].second;
      };
      for (std::size_t p = lo; p < own; ++p) add(p);
      for (std::size_t p = own + 1; p < hi; ++p) add(p);
    }
    std::uint64_t* best = kept.data() + i * max_neighbours;
    std::size_t count = 0;
    for (std::size_t m = 0; m < met; ++m) {
      const std::uint32_t j = touched[m];
      const std::uint64_t key = key_of(j, acc[j]);
      acc[j] = 0.0f;
      if (count == max_neighbours && key <= best[count - 1]) continue;
      std::size_t at = count < max_neighbours ? count++ : count - 1;
      for (; at > 0 && best[at - 1] < key; --at) best[at] = best[at - 1];
      best[at] = key;
    }
    kept_count[i] = static_cast<std::uint32_t>(count);
    degree[i + 1] += count;
    for (std::size_t k = 0; k < count; ++k) ++degree[sentence_of(best[k]) + 1];
  }
  // The undirected graph: an edge where either end kept the other; kept by both, it has the
  // smaller of the two cosines (they differ in rounding, or where a posting window binds). Rows
  // are filled with both directions, then each is sorted by neighbour and its pairs merged.
  for (std::size_t i = 0; i < n; ++i) degree[i + 1] += degree[i];
  std::vector<std::pair<std::uint32_t, float>> both(degree[n]);
  {
    std::vector<std::size_t> cursor(degree.begin(), degree.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t* best = kept.data() + i * max_neighbours;
      for (std::size_t k = 0; k < kept_count[i]; ++k) {
        const std::uint32_t j = sentence_of(best[k]);
        const float w = cosine_of(best[k]);
        both[cursor[i]++] = {j, w};
        both[cursor[j]++] = {static_cast<std::uint32_t>(i), w};
      }
    }
  }
  offsets.assign(n + 1, 0);
  edges.clear();
  edges.reserve(both.size());
  for (std::size_t i = 0; i < n; ++i) {
    const auto row = both.begin() + static_cast<std::ptrdiff_t>(degree[i]);
    const auto row_end = both.begin() + static_cast<std::ptrdiff_t>(degree[i + 1]);
    std::sort(row, row_end);
    for (auto it = row; it != row_end; ++it) {
      if (edges.size() > offsets[i] && edges.back().first == it->first) continue;  // min first
      edges.push_back(*it);
    }
    offsets[i + 1] = edges.size();
  }
}

}  // namespace

std::size_t count_words(std::string_view text) {
  return detail::count_words(text);
}

std::vector<std::uint32_t> count_by_sentence(const Document& doc,
                                             const std::vector<ByteRange>& ranges) {
  const auto& sentences = doc.sentences();
  std::vector<std::uint32_t> counts(sentences.size(), 0);
  std::size_t s = 0;  // both lists are in text order: one merge pass
  for (const ByteRange& r : ranges) {
    while (s < sentences.size() && sentences[s].range.end <= r.begin) ++s;
    if (s == sentences.size()) break;
    if (sentences[s].range.contains(r.begin)) ++counts[s];
  }
  return counts;
}

std::string_view to_string(Exclusion reason) {
  switch (reason) {
    case Exclusion::headline:
      return "headline";
    case Exclusion::heading:
      return "heading";
    case Exclusion::byline:
      return "byline";
    case Exclusion::dateline:
      return "dateline";
    case Exclusion::separator:
      return "separator";
    case Exclusion::table:
      return "table";
    case Exclusion::footer:
      return "footer";
    case Exclusion::boilerplate:
      return "boilerplate";
    case Exclusion::name_list:
      return "name_list";
    case Exclusion::too_short:
      return "too_short";
  }
  return "unknown";
}

std::vector<std::optional<Exclusion>> sentence_exclusions(const Document& doc,
                                                          std::size_t min_words) {
  std::vector<std::optional<Exclusion>> out(doc.sentences().size());
  for (const auto& [s, why] : candidates_of(doc, min_words).excluded) out[s] = why;
  return out;
}

double Ranking::similarity(std::size_t a, std::size_t b) const {
  return dot(vector_terms.data() + vector_offsets[a], vector_terms.data() + vector_offsets[a + 1],
             vector_terms.data() + vector_offsets[b], vector_terms.data() + vector_offsets[b + 1]);
}

Ranking rank_sentences(const Document& doc, const SentenceSignals& signals,
                       const RankingOptions& options) {
  Ranking r;
  Candidates c = candidates_of(doc, options.min_words);
  r.excluded = std::move(c.excluded);
  const std::size_t n = c.sentence.size();
  r.vector_offsets.assign(1, 0);
  if (n == 0) return r;
  const auto& sentences = doc.sentences();
  const std::string_view text = doc.text();

  // Terms: the cache's stem ids numbered anew in order of first use (the order of terms is the
  // order of every sum over them, as it was when stems were interned here).
  const std::size_t stem_count = SentenceCache::instance().stem_count();
  constexpr std::uint32_t kNoTerm = StringIds::kMissing;
  thread_local std::vector<std::uint32_t> term_of;  // cache stem id -> term; all kNoTerm between
  if (term_of.size() < stem_count) term_of.resize(stem_count, kNoTerm);
  struct Terms {
    std::vector<std::uint32_t>& term_of;
    std::vector<std::uint32_t> stems;  // term -> cache stem id
    ~Terms() {
      for (const std::uint32_t s : stems) term_of[s] = kNoTerm;
    }
    std::uint32_t of(std::uint32_t stem) {
      std::uint32_t& t = term_of[stem];
      if (t == kNoTerm) {
        t = static_cast<std::uint32_t>(stems.size());
        stems.push_back(stem);
      }
      return t;
    }
  } terms{term_of, {}};
  std::vector<TermCount> counts;
  std::vector<std::size_t> count_offsets(1, 0);
  count_offsets.reserve(n + 1);
  std::vector<std::uint32_t> scratch;
  for (std::size_t i = 0; i < n; ++i) {
    scratch.clear();
    for (const std::uint32_t stem : c.text[i]->stems) scratch.push_back(terms.of(stem));
    append_counted(scratch, counts);
    count_offsets.push_back(counts.size());
  }
  const std::size_t term_count = terms.stems.size();
  // Headline and section headings, with the same terms (their words may be new terms with no
  // IDF: they cannot match, and are left out).
  const auto& blocks = doc.blocks();
  auto heading_counts = [&](std::size_t block) {
    const Block& b = blocks[block];
    // Through the sentence cache too: its stems that no candidate has (ids past term_of, or
    // without a term) are not terms.
    const SentenceText& t =
        SentenceCache::instance().get((b.content.empty() ? b.range : b.content).slice(text));
    scratch.clear();
    for (const std::uint32_t stem : t.stems) {
      if (stem < term_of.size() && term_of[stem] != kNoTerm) scratch.push_back(term_of[stem]);
    }
    std::vector<TermCount> out;
    append_counted(scratch, out);
    return out;
  };
  std::vector<TermCount> headline;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind == BlockKind::headline) {
      headline = heading_counts(b);
      break;
    }
  }
  std::vector<std::size_t> section_heading(blocks.size(), blocks.size());
  std::vector<std::vector<TermCount>> heading_terms(blocks.size());
  for (const Section& s : doc.sections()) {
    if (!s.heading) continue;
    heading_terms[*s.heading] = heading_counts(*s.heading);
    for (std::size_t b = s.first_block; b < s.first_block + s.block_count; ++b) {
      section_heading[b] = *s.heading;
    }
  }

  std::vector<float> idf(term_count, 0.0f);
  {
    std::vector<std::uint32_t> df(term_count, 0);
    for (const auto& [t, k] : counts) ++df[t];
    for (std::size_t t = 0; t < df.size(); ++t) {
      if (df[t] > 0) {
        idf[t] =
            static_cast<float>(std::log(static_cast<double>(n + 1) / static_cast<double>(df[t])));
      }
    }
  }
  r.vector_offsets.reserve(n + 1);
  r.vector_terms.reserve(counts.size());
  for (std::size_t i = 0; i < n; ++i) {
    append_tfidf(counts.data() + count_offsets[i], counts.data() + count_offsets[i + 1], idf,
                 r.vector_terms);
    r.vector_offsets.push_back(r.vector_terms.size());
  }
  const std::vector<TermWeight> headline_vector = tfidf(headline, idf);
  std::vector<std::vector<TermWeight>> heading_vectors(blocks.size());
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (!heading_terms[b].empty()) heading_vectors[b] = tfidf(heading_terms[b], idf);
  }

  // Centrality.
  std::vector<std::size_t> offsets;
  std::vector<std::pair<std::uint32_t, float>> edges;
  similarity_graph(r, term_count, std::max<std::size_t>(options.max_neighbours, 1), offsets, edges);
  const std::vector<double> rank = pagerank(n, offsets, edges, kDamping, kPageRankIterations, 1e-9);
  const double top_rank = *std::max_element(rank.begin(), rank.end());
  // A graph without edges (one sentence, or nothing shared) has equal ranks: no information.
  const bool informative = !edges.empty() && top_rank > 0;

  // Density signals.
  std::vector<std::uint32_t> values = signals.value_mentions;
  if (values.size() != sentences.size()) {
    std::vector<ByteRange> ranges;
    for (const Value& v : find_values(text)) ranges.push_back(v.range);
    values = count_by_sentence(doc, ranges);
  }
  const Layout l = layout_of(doc);

  r.sentences.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t s = c.sentence[i];
    RankedSentence out;
    out.sentence = s;
    out.range = sentences[s].range;
    out.words = c.text[i]->words;
    ScoreParts& p = out.parts;
    p.position = position_part(i, options);
    p.centrality = informative ? options.centrality_weight * rank[i] / top_rank : 0.0;
    const TermWeight* v = r.vector_terms.data() + r.vector_offsets[i];
    const TermWeight* v_end = r.vector_terms.data() + r.vector_offsets[i + 1];
    double title =
        dot(v, v_end, headline_vector.data(), headline_vector.data() + headline_vector.size());
    const std::size_t b = l.block_of[s];
    if (b < blocks.size() && section_heading[b] < blocks.size()) {
      const auto& h = heading_vectors[section_heading[b]];
      title = std::max(title, dot(v, v_end, h.data(), h.data() + h.size()));
    }
    p.headline = options.headline_weight * std::min(1.0, title);
    const double mentions =
        values[s] + (s < signals.entity_mentions.size() ? signals.entity_mentions[s] : 0u);
    const double words = static_cast<double>(std::max<std::size_t>(out.words, 1));
    p.density = options.density_weight * std::min(1.0, 3.0 * mentions / words);
    constexpr double kShort = 8;
    constexpr double kLong = 50;
    p.length = words < kShort ? words / kShort : words > kLong ? std::sqrt(kLong / words) : 1.0;
    out.score = p.total();
    r.sentences.push_back(out);
  }
  return r;
}

double position_part(std::size_t index, const RankingOptions& options) {
  return options.position_weight / std::sqrt(1.0 + static_cast<double>(index));
}

std::vector<RankedSentence> select_sentences(const Ranking& ranking,
                                             const SelectionOptions& options) {
  const std::size_t n = ranking.sentences.size();
  std::vector<RankedSentence> out;
  if (n == 0) return out;
  double best = 0;
  for (const RankedSentence& s : ranking.sentences) best = std::max(best, s.score);
  if (best <= 0) best = 1;
  const double lambda = std::clamp(options.diversity, 0.0, 1.0);
  std::vector<double> redundancy(n, 0.0);
  std::vector<bool> chosen(n, false);
  Budget budget(options.limits);
  while (true) {
    std::size_t pick = n;
    double pick_value = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (chosen[i]) continue;
      const double value =
          (1 - lambda) * ranking.sentences[i].score / best - lambda * redundancy[i];
      if (pick == n || value > pick_value) {  // strict: ties stay with the earlier sentence
        pick = i;
        pick_value = value;
      }
    }
    if (pick == n || !budget.admit(ranking.sentences[pick].words)) break;
    chosen[pick] = true;
    out.push_back(ranking.sentences[pick]);
    if (lambda > 0) {
      for (std::size_t i = 0; i < n; ++i) {
        if (!chosen[i]) redundancy[i] = std::max(redundancy[i], ranking.similarity(pick, i));
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const RankedSentence& a, const RankedSentence& b) {
    return a.sentence < b.sentence;
  });
  return out;
}

std::vector<std::size_t> lead_baseline(const Document& doc, const SummaryLimits& limits) {
  const Candidates c = candidates_of(doc, RankingOptions{}.min_words);
  std::vector<std::size_t> out;
  Budget budget(limits);
  for (std::size_t i = 0; i < c.sentence.size() && budget.admit(c.text[i]->words); ++i) {
    out.push_back(c.sentence[i]);
  }
  return out;
}

std::vector<std::size_t> textrank_baseline(const Document& doc, const SummaryLimits& limits) {
  const Candidates c = candidates_of(doc, RankingOptions{}.min_words);
  const std::size_t n = c.sentence.size();
  std::vector<std::size_t> out;
  if (n == 0) return out;
  TermTable table;
  std::vector<std::vector<std::uint32_t>> sets(n);
  for (std::size_t i = 0; i < n; ++i) {
    append_terms(c.text[i]->normalized, table, sets[i]);
    std::sort(sets[i].begin(), sets[i].end());
    sets[i].erase(std::unique(sets[i].begin(), sets[i].end()), sets[i].end());
  }
  // The full graph: every pair that shares a word.
  std::vector<std::size_t> offsets(n + 1, 0);
  std::vector<std::pair<std::uint32_t, float>> edges;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (i == j) continue;
      std::size_t shared = 0;
      for (auto a = sets[i].begin(), b = sets[j].begin();
           a != sets[i].end() && b != sets[j].end();) {
        if (*a < *b) {
          ++a;
        } else if (*b < *a) {
          ++b;
        } else {
          ++shared;
          ++a;
          ++b;
        }
      }
      const double norm = std::log(static_cast<double>(c.text[i]->words)) +
                          std::log(static_cast<double>(c.text[j]->words));
      if (shared > 0 && norm > 0) {
        edges.emplace_back(static_cast<std::uint32_t>(j),
                           static_cast<float>(static_cast<double>(shared) / norm));
      }
    }
    offsets[i + 1] = edges.size();
  }
  const std::vector<double> rank = pagerank(n, offsets, edges, 0.85, 200, 1e-6);
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return rank[a] > rank[b]; });
  Budget budget(limits);
  for (const std::size_t i : order) {
    if (!budget.admit(c.text[i]->words)) break;
    out.push_back(c.sentence[i]);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace khulasa
