// Linking name mentions into entities, values into value entities, and the English of each.
#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <unordered_map>

#include "entities_internal.hpp"
#include "glossary.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/romanize.hpp"
#include "khulasa/utf8.hpp"
#include "khulasa/values.hpp"
#include "ner_features.hpp"
#include "ner_lexicon.hpp"

namespace khulasa::entities {
namespace {

/// A spelling-tolerant key of a word for linking transliterations: ج/غ and ق/ك folded, long
/// vowels after the first letter dropped, doubled letters collapsed (زوكربيرج = زوكربيرغ =
/// زوكربرغ).
std::string skeleton(std::string_view word) {
  // The article is no part of the name's spelling: "الصفدي" is "صفدي".
  if (word.starts_with("ال") && word.size() >= 8) word.remove_prefix(4);
  std::string out;
  char32_t last = 0;
  bool first = true;
  for (std::size_t pos = 0; pos < word.size();) {
    char32_t c = next_code_point(word, pos);
    if (c == U'غ') c = U'ج';
    if (c == U'ق') c = U'ك';
    if (!first && (c == U'ا' || c == U'و' || c == U'ي')) continue;
    first = false;
    if (c == last) continue;
    last = c;
    append_utf8(out, c);
  }
  return out;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the earlier mention is the root
  }
};

/// The text that names a mention's entity: the mention, or with the landform word before it.
std::string_view shown_name(const NameMention& m, std::string_view text) {
  return (m.landform ? m.named : m.range).slice(text);
}

std::string joined(const std::vector<std::string>& words, std::size_t from = 0) {
  std::string out;
  for (std::size_t i = from; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

LexiconKind lexicon_kind(EntityKind k) {
  switch (k) {
    case EntityKind::organization:
      return LexiconKind::organization;
    case EntityKind::location:
      return LexiconKind::location;
    case EntityKind::role:
      return LexiconKind::role;
    default:
      return LexiconKind::person;
  }
}

std::unordered_map<std::string, std::string>& english_cache() {
  thread_local std::unordered_map<std::string, std::string> cache;
  return cache;
}

/// The English of a name: the lexicon's for the whole name (as written, then with its first word
/// bare), else a rendering word by word (english_name: lexicon words, else romanization).
std::string english_uncached(std::string_view canonical, const std::vector<std::string>& key_words,
                             EntityKind kind) {
  const std::string key = joined(key_words);
  const LexiconKind lk = lexicon_kind(kind);
  for (const std::string& k : {normalize_for_matching(canonical), key, "ال" + key}) {
    // Of a country and a place spelled alike, the heavier entry: "تونس" is Tunisia (the city
    // weighs its population), "تركيا" Turkey (not a village called Turkan), "الكويت" Kuwait; a
    // tie of curated entries goes to the place ("عمان": Amman, the team curated it as a city).
    std::string_view e;
    if (lk == LexiconKind::location) {
      const LexiconEntry* country = Lexicon::builtin().find(k, LexiconKind::country);
      const LexiconEntry* place = Lexicon::builtin().find(k, LexiconKind::location);
      if (country != nullptr && (place == nullptr || country->weight > place->weight)) {
        e = country->english;
      }
    }
    if (e.empty()) e = ner::lexicon_english(k, lk);
    if (!e.empty()) return std::string(e);
  }
  // A name the lexicon knows only with the word that describes it ("صحيفة القدس العربي": alone,
  // "القدس العربي" is also Arab Jerusalem).
  if (kind == EntityKind::organization) {
    const std::string written = normalize_for_matching(canonical);
    for (const std::string_view d : descriptor_words()) {
      for (const std::string& k : {written, key}) {
        const std::string_view e = ner::lexicon_english(std::string(d) + ' ' + k, lk);
        if (!e.empty()) return std::string(e);
      }
    }
  }
  if (kind == EntityKind::role && key_words.size() == 1) {
    if (const std::string_view e = ner::title_english(key_words[0]); !e.empty()) {
      return std::string(e);
    }
  }
  if ((kind == EntityKind::organization || kind == EntityKind::location) && key_words.size() >= 2) {
    // "بنك غولدمان ساكس", "جامعة القاهرة", "جبل قاسيون": the institution or landform word in
    // English around the rest.
    if (const std::string_view pattern = name_pattern(key_words[0], kind); !pattern.empty()) {
      // The rest in English words ("الصحة العالمية" → World Health), else as a name.
      const std::vector<std::string> rest_words(key_words.begin() + 1, key_words.end());
      std::string nationality;
      // What it is for goes after the name in English: "... Institute for Earthquake Monitoring".
      const std::size_t purpose_at = glossary::purpose_start(rest_words);
      const auto split = rest_words.begin() + static_cast<std::ptrdiff_t>(purpose_at);
      std::string purpose;
      std::string rest;
      if (purpose_at < rest_words.size() && (purpose_at > 0 || pattern.starts_with("{} "))) {
        purpose = glossary::render(std::vector<std::string>(split, rest_words.end()), nationality);
        if (!purpose.empty() && purpose_at > 0) {
          rest = glossary::render(std::vector<std::string>(rest_words.begin(), split), nationality);
          if (rest.empty()) purpose.clear();
        }
      }
      if (purpose.empty()) rest = glossary::render(rest_words, nationality);
      if (rest.empty() && purpose.empty()) {
        const std::size_t cut = canonical.find(' ');
        rest = english_uncached(canonical.substr(cut + 1), rest_words, kind);
      }
      // English names landforms without the article: the Litani River, not "Al-Litani River".
      if (kind == EntityKind::location) {
        for (const std::string_view article : {"Al-", "al-", "El-", "el-"}) {
          if (rest.size() > article.size() + 1 && rest.starts_with(article)) {
            rest.erase(0, article.size());
            rest[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(rest[0])));
            break;
          }
        }
      }
      std::string out(pattern);
      out.replace(out.find("{}"), 2, rest);
      if (out.starts_with(' ')) out.erase(0, 1);  // "{} Institute" with nothing before it
      if (!purpose.empty()) out += " for " + purpose;
      return nationality.empty() ? out : nationality + " " + out;
    }
  }
  // A company's proper name and the common words after it ("نور للطاقة المتجددة": Nour Renewable
  // Energy; "الواحة القابضة": Al-Waha Holding): the name romanized, the rest from the glossary.
  if (kind == EntityKind::organization && key_words.size() >= 2) {
    std::vector<std::string_view> written;  // the canonical name's words as written
    for (std::size_t at = 0; at <= canonical.size();) {
      const std::size_t space = std::min(canonical.find(' ', at), canonical.size());
      if (space > at) written.push_back(canonical.substr(at, space - at));
      at = space + 1;
    }
    if (written.size() == key_words.size()) {
      for (std::size_t head = 1; head < key_words.size(); ++head) {
        std::string nationality;
        const std::string tail = glossary::render(
            std::vector<std::string>(key_words.begin() + static_cast<std::ptrdiff_t>(head),
                                     key_words.end()),
            nationality);
        if (tail.empty()) continue;
        const std::string_view head_text(
            written.front().data(),
            static_cast<std::size_t>(written[head - 1].data() + written[head - 1].size() -
                                     written.front().data()));
        const std::string name = english_uncached(
            head_text,
            std::vector<std::string>(key_words.begin(),
                                     key_words.begin() + static_cast<std::ptrdiff_t>(head)),
            kind);
        return (nationality.empty() ? "" : nationality + " ") + name + " " + tail;
      }
    }
  }
  return english_name(canonical, lk);
}

/// english_uncached() through this thread's cache of the last few thousand renderings: an editor
/// analyzes the same names again at every pause in typing, and romanizing is costly.
std::string english_of(std::string_view canonical, const std::vector<std::string>& key_words,
                       EntityKind kind) {
  auto& cache = english_cache();
  constexpr std::size_t kCacheLimit = 4096;
  std::string cache_key = std::string(canonical) + '\t' + joined(key_words) + '\t' +
                          std::to_string(static_cast<int>(kind));
  if (const auto it = cache.find(cache_key); it != cache.end()) return it->second;
  if (cache.size() >= kCacheLimit) cache.clear();
  return cache.emplace(std::move(cache_key), english_uncached(canonical, key_words, kind))
      .first->second;
}

}  // namespace

bool landform_outside_name(std::string_view core) {
  static constexpr std::string_view kWords[] = {"نهر", "جبل",   "جبال", "جزيره",
                                                "جزر", "بحيره", "خليج"};
  return listed(kWords, core);
}

std::string_view name_pattern(std::string_view word, EntityKind kind) {
  static const std::unordered_map<std::string_view, std::pair<EntityKind, std::string_view>>
      patterns = {
          {"بنك", {EntityKind::organization, "{}"}},
          {"مصرف", {EntityKind::organization, "{}"}},
          {"مجموعه", {EntityKind::organization, "{} Group"}},
          {"جامعه", {EntityKind::organization, "{} University"}},
          {"وزاره", {EntityKind::organization, "Ministry of {}"}},
          {"مختبر", {EntityKind::organization, "{} Lab"}},
          {"مختبرات", {EntityKind::organization, "{} Labs"}},
          {"معهد", {EntityKind::organization, "{} Institute"}},
          {"مركز", {EntityKind::organization, "{} Center"}},
          {"مستشفي", {EntityKind::organization, "{} Hospital"}},
          {"نادي", {EntityKind::organization, "{} Club"}},
          {"اولمبيك", {EntityKind::organization, "Olympic {}"}},
          {"حزب", {EntityKind::organization, "{} Party"}},
          {"حركه", {EntityKind::organization, "{} Movement"}},
          {"جمعيه", {EntityKind::organization, "{} Association"}},
          {"اكاديميه", {EntityKind::organization, "{} Academy"}},
          {"كليه", {EntityKind::organization, "{} College"}},
          {"صندوق", {EntityKind::organization, "{} Fund"}},
          {"مؤسسه", {EntityKind::organization, "{} Foundation"}},
          {"منظمه", {EntityKind::organization, "{} Organization"}},
          {"هيئه", {EntityKind::organization, "{} Authority"}},
          {"وكاله", {EntityKind::organization, "{} Agency"}},
          {"محكمه", {EntityKind::organization, "{} Court"}},
          {"مجلس", {EntityKind::organization, "{} Council"}},
          {"اتحاد", {EntityKind::organization, "{} Union"}},
          {"لجنه", {EntityKind::organization, "{} Committee"}},
          {"سلطه", {EntityKind::organization, "{} Authority"}},
          {"تحالف", {EntityKind::organization, "{} Alliance"}},
          {"جبهه", {EntityKind::organization, "{} Front"}},
          {"منتدي", {EntityKind::organization, "{} Forum"}},
          {"مكتبه", {EntityKind::organization, "{} Library"}},
          {"متحف", {EntityKind::organization, "{} Museum"}},
          {"جبل", {EntityKind::location, "Mount {}"}},
          {"جبال", {EntityKind::location, "{} Mountains"}},
          {"نهر", {EntityKind::location, "{} River"}},
          {"جزيره", {EntityKind::location, "{} Island"}},
          {"جزر", {EntityKind::location, "{} Islands"}},
          {"بحيره", {EntityKind::location, "Lake {}"}},
          {"خليج", {EntityKind::location, "Gulf of {}"}},
          {"وادي", {EntityKind::location, "Wadi {}"}},
          {"صحراء", {EntityKind::location, "{} Desert"}},
          {"مضيق", {EntityKind::location, "Strait of {}"}},
          {"محيط", {EntityKind::location, "{} Ocean"}},
          {"بحر", {EntityKind::location, "{} Sea"}},
          {"جمهوريه", {EntityKind::location, "{} Republic"}},
          {"مملكه", {EntityKind::location, "Kingdom of {}"}},
      };
  const auto it = patterns.find(word);
  return it == patterns.end() || it->second.first != kind ? std::string_view() : it->second.second;
}

void clear_english_cache() {
  english_cache().clear();
}

void link(const Document& doc, std::vector<Value> values, std::vector<NameMention> names,
          Analysis& out) {
  const std::string_view text = doc.text();
  const auto& sentences = doc.sentences();
  auto sentence_at = [&](std::size_t offset) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](std::size_t o, const Sentence& s) { return o < s.range.begin; });
    return it == sentences.begin() ? 0 : static_cast<std::size_t>(it - sentences.begin() - 1);
  };

  // Values are exact: a name never overlaps one.
  // Both lists are in text order and values do not overlap each other: one sweep.
  std::size_t next_value = 0;
  std::erase_if(names, [&](const NameMention& n) {
    while (next_value < values.size() && values[next_value].range.end <= n.range.begin) {
      ++next_value;
    }
    return next_value < values.size() && values[next_value].range.begin < n.range.end;
  });

  // Link the names.
  const std::size_t n = names.size();
  UnionFind uf(n);
  std::vector<std::vector<std::string>> skel(n);  // each word's skeleton
  for (std::size_t i = 0; i < n; ++i) {
    for (const std::string& w : names[i].words) skel[i].push_back(skeleton(w));
  }
  std::unordered_map<std::string, std::size_t> first_with_key;
  for (std::size_t i = 0; i < n; ++i) {
    std::string k;
    for (std::size_t w = 0; w < skel[i].size(); ++w) k += (w ? " " : "") + skel[i][w];
    if (names[i].latin) k = lower_ascii(k);
    k.insert(0, names[i].kind == EntityKind::role ? "R:" : "N:");
    auto [it, fresh] = first_with_key.emplace(std::move(k), i);
    if (!fresh) uf.join(it->second, i);
  }
  // A shorter name inside a longer one: a surname or given name of a person ("زوكربيرج" of
  // "مارك زوكربيرج"), the head of an organization ("ميتا" of "ميتا بلاتفورمز"). Only when one
  // longer entity fits.
  // Indexed by skeleton, so the cost grows with the mentions, not their square.
  std::unordered_map<std::string, std::vector<std::size_t>> person_part;  // first or last word
  std::unordered_map<std::string, std::vector<std::size_t>> name_head;    // leading words
  for (std::size_t j = 0; j < n; ++j) {
    const auto& sk = skel[j];
    if (names[j].kind == EntityKind::role || sk.size() < 2) continue;
    if (names[j].kind == EntityKind::person) {
      person_part[sk.front()].push_back(j);
      if (sk.back() != sk.front()) person_part[sk.back()].push_back(j);
      // A family name of two words: "بن لادن" of "أسامة بن لادن", "فان باستن".
      if (sk.size() >= 3) person_part[sk[sk.size() - 2] + " " + sk.back()].push_back(j);
      continue;
    }
    std::string head;
    for (std::size_t k = 0; k + 1 < sk.size(); ++k) {
      head += (k ? " " : "") + sk[k];
      name_head[head].push_back(j);
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (names[i].kind == EntityKind::role) continue;
    std::vector<std::size_t> fits;
    std::string joined_skel;
    for (std::size_t k = 0; k < skel[i].size(); ++k) joined_skel += (k ? " " : "") + skel[i][k];
    const bool part =
        skel[i].size() == 1 || (skel[i].size() == 2 && names[i].kind == EntityKind::person);
    if (part) {
      if (auto it = person_part.find(joined_skel); it != person_part.end()) fits = it->second;
    }
    if (auto it = name_head.find(joined_skel); it != name_head.end()) {
      fits.insert(fits.end(), it->second.begin(), it->second.end());
    }
    std::size_t match = n, roots = 0;
    for (const std::size_t j : fits) {
      if (roots == 0 || uf.find(j) != uf.find(match)) ++roots;
      match = j;
    }
    if (roots == 1) uf.join(match, i);
  }

  // An acronym right after an organization's name spells it: "المؤسسة الدولية للتمويل IFC",
  // "(IFC)".
  for (std::size_t i = 1; i < n; ++i) {
    const std::string_view t = names[i].range.slice(text);
    const bool acronym =
        names[i].latin && t.size() >= 2 &&
        std::all_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!acronym || names[i - 1].kind != EntityKind::organization) continue;
    const std::string_view gap =
        text.substr(names[i - 1].range.end, names[i].range.begin - names[i - 1].range.end);
    if (gap.size() <= 3 && gap.find_first_not_of(" (") == std::string_view::npos) {
      uf.join(i - 1, i);
    }
  }

  // Groups in order of first mention.
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < n; ++i) groups[uf.find(i)].push_back(i);

  struct Group {
    std::vector<std::size_t> members;
    EntityKind kind;
    std::size_t best;
    std::string english;
  };
  std::vector<Group> gs;
  for (auto& [root, members] : groups) {
    Group g{members, EntityKind::person, members[0], {}};
    // Kinds vote, a rule's word counting more than the lexicon's, and that more than the tagger's.
    std::size_t votes[kEntityKindCount] = {};
    for (std::size_t m : members) {
      votes[static_cast<std::size_t>(names[m].kind)] += static_cast<std::size_t>(names[m].trust);
    }
    g.kind = names[members[0]].kind;
    for (std::size_t k = 0; k < kEntityKindCount; ++k) {
      if (votes[k] > votes[static_cast<std::size_t>(g.kind)]) g.kind = static_cast<EntityKind>(k);
    }
    // The fullest Arabic mention names the entity; a Latin one only when there is no other.
    for (std::size_t m : members) {
      const NameMention& a = names[m];
      const NameMention& b = names[g.best];
      if ((b.latin && !a.latin) || (a.latin == b.latin && a.words.size() > b.words.size())) {
        g.best = m;
      }
    }
    std::string latin;
    for (std::size_t m : members) {
      if (names[m].latin && names[m].range.size() > latin.size())
        latin = std::string(names[m].range.slice(text));
    }
    g.english = !latin.empty() && g.kind != EntityKind::role
                    ? latin
                    : english_of(shown_name(names[g.best], text), names[g.best].words, g.kind);
    gs.push_back(std::move(g));
  }
  // A Latin-only entity joins an Arabic one whose English it spells ("Meta" and "ميتا";
  // "Zuckerberg" and "مارك زوكربيرج").
  std::unordered_map<std::string, std::size_t> by_english;  // lower-case English → Arabic group
  for (std::size_t b = 0; b < gs.size(); ++b) {
    if (names[gs[b].best].latin || gs[b].kind == EntityKind::role) continue;
    const std::string eng = lower_ascii(gs[b].english);
    by_english.emplace(eng, b);
    if (gs[b].kind == EntityKind::person) {  // "zuckerberg" or "mark" alone
      const std::size_t first_space = eng.find(' '), last_space = eng.rfind(' ');
      if (first_space != std::string::npos) {
        by_english.emplace(eng.substr(0, first_space), b);
        by_english.emplace(eng.substr(last_space + 1), b);
      }
    }
  }
  for (std::size_t a = 0; a < gs.size(); ++a) {
    if (gs[a].members.empty() || !names[gs[a].best].latin) continue;
    const std::string latin = lower_ascii(gs[a].english);
    const auto it = by_english.find(latin);
    if (it == by_english.end() || it->second == a) continue;
    Group& b = gs[it->second];
    for (std::size_t m : gs[a].members) b.members.push_back(m);
    std::sort(b.members.begin(), b.members.end());
    if (b.kind != EntityKind::person) b.english = gs[a].english;
    gs[a].members.clear();
  }

  // Entities and mentions, names and values together, in order of first mention.
  struct Pending {
    std::size_t begin;
    Entity entity;
    std::vector<std::pair<ByteRange, std::size_t>> mentions;  // range, sentence
  };
  std::vector<Pending> pending;
  for (Group& g : gs) {
    if (g.members.empty()) continue;
    Pending p;
    p.begin = names[g.members.front()].range.begin;
    p.entity.kind = g.kind;
    p.entity.name = std::string(shown_name(names[g.best], text));
    p.entity.english = std::move(g.english);
    for (std::size_t m : g.members) p.mentions.emplace_back(names[m].range, names[m].sentence);
    pending.push_back(std::move(p));
  }
  std::map<std::pair<ValueKind, std::string>, std::size_t> value_entity;
  for (const Value& v : values) {
    auto [it, fresh] = value_entity.emplace(std::make_pair(v.kind, v.normalized), pending.size());
    if (fresh) {
      Pending p;
      p.begin = v.range.begin;
      p.entity.kind = v.kind == ValueKind::money     ? EntityKind::money
                      : v.kind == ValueKind::percent ? EntityKind::percent
                      : v.kind == ValueKind::date    ? EntityKind::date
                                                     : EntityKind::number;
      p.entity.name = std::string(v.range.slice(text));
      p.entity.english = v.english;
      p.entity.normalized = v.normalized;
      pending.push_back(std::move(p));
    }
    pending[it->second].mentions.emplace_back(v.range, sentence_at(v.range.begin));
  }
  std::stable_sort(pending.begin(), pending.end(),
                   [](const Pending& a, const Pending& b) { return a.begin < b.begin; });
  for (std::size_t e = 0; e < pending.size(); ++e) {
    out.entities.push_back(std::move(pending[e].entity));
    for (const auto& [r, s] : pending[e].mentions) {
      out.mentions.push_back({r, e, s});
    }
  }
  std::sort(out.mentions.begin(), out.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.range.begin < b.range.begin; });
  for (std::size_t m = 0; m < out.mentions.size(); ++m) {
    out.entities[out.mentions[m].entity].mentions.push_back(m);
  }
}

}  // namespace khulasa::entities
