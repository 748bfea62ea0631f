// Romanization: news-style rules around a learned letter model, and the phrase-level English name.
//
// The letter model (romanize_model.inc, made by tools/learn-romanizer) is a joint trigram model
// over units "Arabic letter + its Latin chunk"; a word is decoded with a small beam search (the
// best unit sequence for its letters). Rules handle what the model should not guess: the article
// ("al-"), عبد ("Abdul"), Allah, particles between names, capitals, and ASCII-only output.
//
// Diacritics are ignored even when present: the same name must come out the same in an article
// that vocalizes it and in one that does not.
#include "khulasa/romanize.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "chars.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/utf8.hpp"

namespace khulasa {
namespace {

struct Unit {
  char32_t letter;
  const char* latin;
};
struct Ngram {
  std::uint32_t key;
  float logp;
};

#include "romanize_model.inc"

// Search width, chosen on ar2en-eval.txt: 8 states and a letter's 10 likeliest units score as
// 16 x 12 did (24.6% exact) in a third of the time; 6 x 6 is four times faster but loses
// spellings that need a rarer unit ("Fatma" for فاطمة, "Selman" for سلمان).
constexpr std::size_t kBeam = 8;
constexpr std::size_t kMaxCandidates = 10;

// ---------------------------------------------------------------------------------------------
// The letter model

const Ngram* find_ngram(std::span<const Ngram> table, std::uint32_t key) {
  const auto it = std::lower_bound(table.begin(), table.end(), key,
                                   [](const Ngram& n, std::uint32_t k) { return n.key < k; });
  return it != table.end() && it->key == key ? &*it : nullptr;
}

/// The n-grams of `table` whose key starts with `prefix` (the units before the last one).
std::span<const Ngram> with_prefix(std::span<const Ngram> table, std::uint32_t prefix) {
  const auto less = [](const Ngram& n, std::uint32_t k) { return n.key < k; };
  const auto first = std::lower_bound(table.begin(), table.end(), prefix << kUnitBits, less);
  const auto last = std::lower_bound(first, table.end(), (prefix + 1) << kUnitBits, less);
  return {first, last};
}

/// What the model knows after the units h2 h1: the trigrams and bigrams that continue them and
/// the back-off weights. Looked up once per state, so that scoring each next unit only searches
/// these short ranges.
class Context {
 public:
  Context(std::uint32_t h2, std::uint32_t h1)
      : trigrams_(with_prefix(kTrigrams, (h2 << kUnitBits) | h1)),
        bigrams_(with_prefix(kBigrams, h1)),
        backoff1_(kBackoff1[h1]) {
    if (const Ngram* b = find_ngram(kBackoff2, (h2 << kUnitBits) | h1)) backoff2_ = b->logp;
  }

  /// log P(u | h2 h1) with back-off (ARPA style: a pruned n-gram falls back to the lower order,
  /// scaled by its context's back-off weight).
  float log_prob(std::uint32_t u) const {
    const std::uint32_t low = u & ((1U << kUnitBits) - 1);
    if (const Ngram* n = find_last(trigrams_, low)) return n->logp;
    if (const Ngram* n = find_last(bigrams_, low)) return backoff2_ + n->logp;
    return backoff2_ + backoff1_ + kUnigram[u];
  }

 private:
  static const Ngram* find_last(std::span<const Ngram> range, std::uint32_t u) {
    if (range.empty()) return nullptr;
    return find_ngram(range, (range.front().key & ~((1U << kUnitBits) - 1)) | u);
  }

  std::span<const Ngram> trigrams_;
  std::span<const Ngram> bigrams_;
  float backoff1_;
  float backoff2_ = 0.0F;
};

/// The units of `letter`, most frequent first (kUnits is sorted by letter, then frequency).
std::span<const Unit> units_of(char32_t letter) {
  const auto [first, last] =
      std::equal_range(std::begin(kUnits), std::end(kUnits), Unit{letter, ""},
                       [](const Unit& a, const Unit& b) { return a.letter < b.letter; });
  return {first, last};
}

std::uint16_t unit_id(const Unit* unit) {
  return static_cast<std::uint16_t>(unit - std::begin(kUnits));
}

/// The most likely Latin spelling of `letters` (each one has units), lower case.
std::string decode(std::u32string_view letters) {
  struct Node {
    std::uint16_t h2, h1;  // the last two units (h1 is this node's own unit)
    float score;
    std::uint32_t parent;  // index into the previous step's nodes
  };
  std::vector<std::vector<Node>> steps;
  steps.reserve(letters.size() + 1);
  steps.push_back({Node{kBos, kBos, 0.0F, 0}});
  std::vector<Node> next;
  for (const char32_t letter : letters) {
    std::span<const Unit> units = units_of(letter);
    // A name that starts with ي starts with Y in English news (Yarmouk, Yazan, Yemen); the model,
    // learned mostly on foreign names, also offers J and nothing.
    if (steps.size() == 1 && letter == U'ي') {
      const auto y =
          std::find_if(units.begin(), units.end(), [](const Unit& u) { return u.latin[0] == 'y'; });
      if (y != units.end()) units = units.subspan(static_cast<std::size_t>(y - units.begin()), 1);
    }
    const std::size_t candidates = std::min(units.size(), kMaxCandidates);
    const std::vector<Node>& current = steps.back();
    next.clear();
    for (std::uint32_t i = 0; i < current.size(); ++i) {
      const Node& from = current[i];
      const Context context(from.h2, from.h1);
      for (std::size_t c = 0; c < candidates; ++c) {
        const std::uint16_t u = unit_id(&units[c]);
        next.push_back(Node{from.h1, u, from.score + context.log_prob(u), i});
      }
    }
    // Keep the best node of each state (last two units), then the best kBeam states.
    std::sort(next.begin(), next.end(), [](const Node& a, const Node& b) {
      if (a.h2 != b.h2) return a.h2 < b.h2;
      if (a.h1 != b.h1) return a.h1 < b.h1;
      return a.score > b.score;
    });
    next.erase(
        std::unique(next.begin(), next.end(),
                    [](const Node& a, const Node& b) { return a.h2 == b.h2 && a.h1 == b.h1; }),
        next.end());
    const auto keep = std::min(next.size(), kBeam);
    std::partial_sort(next.begin(), next.begin() + static_cast<std::ptrdiff_t>(keep), next.end(),
                      [](const Node& a, const Node& b) { return a.score > b.score; });
    next.resize(keep);
    steps.push_back(next);
  }
  const std::vector<Node>& last = steps.back();
  std::size_t best = 0;
  float best_score = -1e30F;
  for (std::size_t i = 0; i < last.size(); ++i) {
    const float s = last[i].score + Context(last[i].h2, last[i].h1).log_prob(kEos);
    if (s > best_score) {
      best_score = s;
      best = i;
    }
  }
  std::vector<const char*> chunks(letters.size());
  for (std::size_t step = letters.size(); step > 0; --step) {
    const Node& node = steps[step][best];
    chunks[step - 1] = kUnits[node.h1].latin;
    best = node.parent;
  }
  std::string out;
  for (const char* chunk : chunks) out += chunk;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Words

bool is_latin_or_digit(char32_t c) {
  return detail::is_latin_letter(c) || detail::is_digit(c);
}

/// The letters the romanizer reads: no tashkeel, tatweel or format characters, NFKC (so
/// presentation forms become letters), hamza forms and ة kept, Persian yeh and keheh folded.
std::u32string romanizer_letters(std::string_view word) {
  NormalizeOptions options;
  options.fold_alef = false;
  options.fold_yaa = false;
  options.fold_taa_marbuta = false;
  const std::string form = normalize_for_matching(word, options);
  std::u32string letters;
  for (std::size_t pos = 0; pos < form.size();) {
    char32_t c = next_code_point(form, pos);
    if (c == 0x06CC) c = 0x064A;  // Persian yeh
    if (c == 0x06A9) c = 0x0643;  // keheh
    if (!units_of(c).empty()) letters.push_back(c);
  }
  return letters;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/// Arabic leaves the vowel after a first consonant unwritten ("نجيب" Najib), and the letter model,
/// learned mostly on foreign names, then writes "Njib". English words start with two consonants
/// only in the pairs below; any other pair gets an "a" between them.
void open_onset(std::string& latin) {
  static constexpr std::string_view kOnsets[] = {
      "bl", "br", "ch", "cl", "cr", "dh", "dr", "dw", "fl", "fr", "gh", "gl", "gn",
      "gr", "kh", "kl", "kn", "kr", "ph", "pl", "pr", "sc", "sh", "sk", "sl", "sm",
      "sn", "sp", "st", "sv", "sw", "th", "tr", "ts", "tw", "wh", "wr", "zh", "zw"};
  // A leading y is a consonant here ("Ysen" is Yasen).
  if (latin.size() < 3 || (is_vowel(latin[0]) && latin[0] != 'y') || is_vowel(latin[1]) ||
      latin[1] == '\'') {
    return;
  }
  const std::string_view head = std::string_view(latin).substr(0, 2);
  for (const std::string_view onset : kOnsets) {
    if (onset == head) return;
  }
  latin.insert(1, 1, 'a');
}

/// Tidies the model's spelling: no apostrophe at either end or twice in a row, no letter three
/// times in a row.
std::string tidy(std::string latin) {
  std::string out;
  for (const char c : latin) {
    const std::size_t n = out.size();
    if (c == '\'' && (n == 0 || out[n - 1] == '\'')) continue;
    if (n >= 2 && out[n - 1] == c && out[n - 2] == c) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == '\'') out.pop_back();
  open_onset(out);
  return out;
}

/// Upper-cases the first letter if it is an ASCII lower-case letter.
void capitalize(std::string& s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
}

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool starts_with(std::u32string_view s, std::u32string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

constexpr std::u32string_view kArticle = U"\u0627\u0644";                  // ال
constexpr std::u32string_view kAbdAl = U"\u0639\u0628\u062F\u0627\u0644";  // عبدال
constexpr std::u32string_view kAllah = U"\u0627\u0644\u0644\u0647";        // الله
constexpr std::u32string_view kAbdullah = U"\u0639\u0628\u062F\u0627\u0644\u0644\u0647";  // عبدالله

std::string romanize_letters(std::u32string_view letters) {
  if (letters.empty()) return {};
  if (letters == kAllah) return "Allah";
  if (letters == kAbdullah) return "Abdullah";
  if (starts_with(letters, kAbdAl) && letters.size() >= kAbdAl.size() + 2) {
    return "Abdul" + tidy(decode(letters.substr(kAbdAl.size())));
  }
  if (starts_with(letters, kArticle) && letters.size() >= kArticle.size() + 2) {
    std::string name = tidy(decode(letters.substr(kArticle.size())));
    capitalize(name);
    return "al-" + name;
  }
  std::string latin = tidy(decode(letters));
  capitalize(latin);
  return latin;
}

// ---------------------------------------------------------------------------------------------
// Lexicon lookups

bool is_place(LexiconKind k) {
  return k == LexiconKind::location || k == LexiconKind::country;
}

/// The entry that best renders a request of kind `hint`: an entry of that kind, or of the other
/// kind of place for a place, before any other; then the higher weight (so "تونس" is the country
/// Tunisia for a location hint too, its weight being above any city's); then the exact kind.
const LexiconEntry* choose(std::span<const LexiconEntry> entries, LexiconKind hint) {
  const LexiconEntry* best = nullptr;
  const auto rank = [hint](const LexiconEntry& e) {
    const bool fits = e.kind == hint || (is_place(e.kind) && is_place(hint));
    return std::tuple(fits, e.weight, e.kind == hint);
  };
  for (const LexiconEntry& e : entries) {
    if (best == nullptr || rank(e) > rank(*best)) best = &e;
  }
  return best;
}

constexpr std::string_view kArticleUtf8 = "\u0627\u0644";  // ال

bool has_article(std::string_view key) {
  return key.starts_with(kArticleUtf8) && key.size() >= kArticleUtf8.size() + 4;  // 2+ letters
}

/// "al-" before an English name that does not already start with an article.
std::string with_article(std::string_view english) {
  const std::string head = lower(std::string(english.substr(0, 3)));
  if (head == "al-" || head == "el-" || head == "al " || head == "el ") return std::string(english);
  return "al-" + std::string(english);
}

/// One piece of an English name and the kind of lexicon entry it came from, if any.
struct Piece {
  std::string english;
  std::optional<LexiconKind> kind;
};

/// The lexicon's rendering of one word (normalized `key`), also through its article (a person's
/// name then gets "al-": "الحريري" → "al-Hariri"; "الأمريكي" is just "American"). With
/// `only_kind`, only entries of kind `hint` count.
std::optional<Piece> lexicon_word(std::string_view key, const Lexicon& lexicon, LexiconKind hint,
                                  bool only_kind) {
  const auto pick = [&](std::string_view k) -> const LexiconEntry* {
    return only_kind ? lexicon.find(k, hint) : choose(lexicon.find(k), hint);
  };
  if (const LexiconEntry* e = pick(key)) return Piece{std::string(e->english), e->kind};
  if (has_article(key)) {
    if (const LexiconEntry* e = pick(key.substr(kArticleUtf8.size()))) {
      return Piece{
          e->kind == LexiconKind::person ? with_article(e->english) : std::string(e->english),
          e->kind};
    }
  }
  return std::nullopt;
}

bool has_latin_or_digit(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size();) {
    if (is_latin_or_digit(next_code_point(word, pos))) return true;
  }
  return false;
}

struct Word {
  std::string_view text;  // as written
  std::string key;        // matching form
  bool latin;             // has Latin letters or digits: kept as written
  bool alef_madda;        // written with آ (آل is the family particle, not the article)
};

std::vector<Word> split_words(std::string_view phrase) {
  std::vector<Word> words;
  std::size_t pos = 0;
  std::size_t begin = std::string_view::npos;
  const auto flush = [&](std::size_t end) {
    if (begin == std::string_view::npos) return;
    const std::string_view text = phrase.substr(begin, end - begin);
    std::string key = normalize_for_matching(text);
    if (!key.empty()) {
      words.push_back(
          Word{text, std::move(key), has_latin_or_digit(text), text.starts_with("\u0622")});
    }
    begin = std::string_view::npos;
  };
  while (pos < phrase.size()) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(phrase, pos);
    if (detail::is_space(c) || detail::is_line_end(c)) {
      flush(start);
    } else if (begin == std::string_view::npos) {
      begin = start;
    }
  }
  flush(phrase.size());
  return words;
}

}  // namespace

std::string romanize_word_by_rules(std::string_view arabic_word) {
  if (has_latin_or_digit(arabic_word)) {
    std::size_t begin = 0;
    std::size_t end = arabic_word.size();
    while (begin < end && (arabic_word[begin] == ' ' || arabic_word[begin] == '\t')) ++begin;
    while (end > begin && (arabic_word[end - 1] == ' ' || arabic_word[end - 1] == '\t')) --end;
    return std::string(arabic_word.substr(begin, end - begin));
  }
  return romanize_letters(romanizer_letters(arabic_word));
}

std::string romanize_word(std::string_view arabic_word) {
  if (!has_latin_or_digit(arabic_word)) {
    if (std::optional<Piece> piece = lexicon_word(normalize_for_matching(arabic_word),
                                                  Lexicon::builtin(), LexiconKind::person, true)) {
      return std::move(piece->english);  // capitalized by tools/build-lexicon ("al-Bukhari")
    }
  }
  return romanize_word_by_rules(arabic_word);
}

/// The Roman numeral of an ordinal after a ruler's name ("الثاني" → "II"), or "".
std::string_view regnal_numeral(std::string_view key) {
  static constexpr std::pair<std::string_view, std::string_view> kOrdinals[] = {
      {"الاول", "I"},   {"الثاني", "II"},  {"الثالث", "III"},  {"الرابع", "IV"}, {"الخامس", "V"},
      {"السادس", "VI"}, {"السابع", "VII"}, {"الثامن", "VIII"}, {"التاسع", "IX"}, {"العاشر", "X"}};
  for (const auto& [arabic, roman] : kOrdinals) {
    if (key == arabic) return roman;
  }
  return {};
}

std::string english_name(std::string_view arabic_phrase, LexiconKind hint, const Lexicon& lexicon) {
  const std::vector<Word> words = split_words(arabic_phrase);
  const std::size_t n = words.size();
  std::vector<Piece> out;
  std::string key;
  for (std::size_t i = 0; i < n;) {
    // The longest run of two or more words that is a key.
    bool matched = false;
    for (std::size_t len = std::min(lexicon.max_key_words(), n - i); len >= 2; --len) {
      key = words[i].key;
      for (std::size_t j = i + 1; j < i + len; ++j) (key += ' ') += words[j].key;
      if (const LexiconEntry* e = choose(lexicon.find(key), hint)) {
        out.push_back(Piece{std::string(e->english), e->kind});
        i += len;
        matched = true;
        break;
      }
    }
    if (matched) continue;

    const Word& w = words[i];
    if (w.latin) {
      out.push_back(Piece{std::string(w.text), std::nullopt});
      ++i;
      continue;
    }
    if (i + 1 < n) {  // particles, only inside a longer name
      const std::string& k = w.key;
      std::string particle;
      if (k == "\u0628\u0646") particle = hint == LexiconKind::person ? "bin" : "Ben";  // بن
      if (k == "\u0627\u0628\u0646") particle = i == 0 ? "Ibn" : "bin";                 // ابن
      if (k == "\u0628\u0646\u062A") particle = "bint";                                 // بنت
      if (k == "\u0627\u0628\u0648") particle = "Abu";                                  // ابو
      if (k == "\u0627\u0645") particle = "Umm";                                        // ام
      if (k == "\u0627\u0644" && w.alef_madda) particle = "Al";                         // آل
      if (!particle.empty()) {
        out.push_back(Piece{std::move(particle), std::nullopt});
        ++i;
        continue;
      }
      if (k == "\u0639\u0628\u062F") {  // عبد + the next word
        const Word& next = words[i + 1];
        if (next.key == "\u0627\u0644\u0644\u0647") {  // الله
          out.push_back(Piece{"Abdullah", std::nullopt});
        } else if (has_article(next.key) && !next.latin) {
          const std::string_view rest = std::string_view(next.key).substr(kArticleUtf8.size());
          std::optional<Piece> name = lexicon_word(rest, lexicon, LexiconKind::person, true);
          std::string english = name ? std::move(name->english) : romanize_word_by_rules(next.text);
          if (english.starts_with("al-")) english.erase(0, 3);  // the rules' "al-Rahman"
          capitalize(english);
          out.push_back(Piece{"Abdul " + english, std::nullopt});
        } else {
          out.push_back(Piece{"Abd", std::nullopt});
          ++i;
          continue;
        }
        i += 2;
        continue;
      }
    }
    if (std::string_view numeral = regnal_numeral(w.key);
        !numeral.empty() && i > 0 && hint == LexiconKind::person) {
      out.push_back(Piece{std::string(numeral), std::nullopt});  // "تشارلز الثالث": Charles III
    } else if (std::optional<Piece> piece = lexicon_word(w.key, lexicon, hint, false)) {
      out.push_back(std::move(*piece));
    } else if (std::string english = romanize_word_by_rules(w.text); !english.empty()) {
      out.push_back(Piece{std::move(english), std::nullopt});
    }
    ++i;
  }

  // English puts the nationality before the role: "الرئيس الفرنسي" → "French president".
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i].kind == LexiconKind::role && out[i + 1].kind == LexiconKind::nationality) {
      std::swap(out[i], out[i + 1]);
      ++i;
    }
  }
  std::string result;
  for (const Piece& piece : out) {
    if (!result.empty()) result += ' ';
    result += piece.english;
  }
  if (hint != LexiconKind::role) capitalize(result);
  return result;
}

}  // namespace khulasa
