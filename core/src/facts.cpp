// Quotes with their speakers, key facts, and analyze(), which runs the whole entity layer.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "entities_internal.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/utf8.hpp"
#include "ner_features.hpp"
#include "ner_lexicon.hpp"

namespace khulasa {
namespace entities {
namespace {

/// An event word and its English: nouns name what a value measures ("حصة" stake), verbs what
/// happened ("استحوذ" acquired). Matching forms, و/ف stripped; feminine forms listed.
struct EventWord {
  std::string_view arabic;
  std::string_view english;
  bool verb;
};

constexpr EventWord kEvents[] = {
    {"حصه", "stake", false},
    {"صفقه", "deal", false},
    {"استحواذ", "acquisition", false},
    {"استثمار", "investment", false},
    {"استثمارات", "investments", false},
    {"تمويل", "funding", false},
    {"ايرادات", "revenue", false},
    {"عائدات", "revenue", false},
    {"ارباح", "profit", false},
    {"خسائر", "losses", false},
    {"مبيعات", "sales", false},
    {"تقييم", "valuation", false},
    {"قيمه", "worth", false},
    {"رسوم", "fees", false},
    {"ميزانيه", "budget", false},
    {"رواتب", "salaries", false},
    {"راتب", "salary", false},
    {"عقد", "contract", false},
    {"عقود", "contracts", false},
    {"قرض", "loan", false},
    {"منحه", "grant", false},
    {"ضرائب", "taxes", false},
    {"صادرات", "exports", false},
    {"واردات", "imports", false},
    {"تضخم", "inflation", false},
    {"نمو", "growth", false},
    {"بطاله", "unemployment", false},
    {"ديون", "debt", false},
    {"عجز", "deficit", false},
    {"فائض", "surplus", false},
    {"انتاج", "output", false},
    {"اسعار", "prices", false},
    {"سعر", "price", false},
    {"موظفين", "employees", false},
    {"موظفا", "employees", false},
    {"عمال", "workers", false},
    {"قتلي", "dead", false},
    {"جرحي", "injured", false},
    {"ضحايا", "victims", false},
    {"مستخدمين", "users", false},
    {"مستخدم", "users", false},
    {"سكان", "population", false},
    {"اتفاق", "agreement", false},
    {"اتفاقيه", "agreement", false},
    {"استحوذ", "acquired", true},
    {"استحوذت", "acquired", true},
    {"اشتري", "bought", true},
    {"اشترت", "bought", true},
    {"باع", "sold", true},
    {"باعت", "sold", true},
    {"اطلق", "launched", true},
    {"اطلقت", "launched", true},
    {"عين", "appointed", true},
    {"عينت", "appointed", true},
    {"استقال", "resigned", true},
    {"استقالت", "resigned", true},
    {"فاز", "won", true},
    {"فازت", "won", true},
    {"افتتح", "opened", true},
    {"افتتحت", "opened", true},
    {"اعلن", "announced", true},
    {"اعلنت", "announced", true},
    {"استثمر", "invested", true},
    {"استثمرت", "invested", true},
    {"جمع", "raised", true},
    {"جمعت", "raised", true},
    {"خسر", "lost", true},
    {"خسرت", "lost", true},
    {"ارتفع", "rose", true},
    {"ارتفعت", "rose", true},
    {"انخفض", "fell", true},
    {"انخفضت", "fell", true},
    {"تراجع", "declined", true},
    {"تراجعت", "declined", true},
    {"بلغ", "reached", true},
    {"بلغت", "reached", true},
    {"وقع", "signed", true},
    {"وقعت", "signed", true},
    {"زار", "visited", true},
    {"زارت", "visited", true},
    {"التقي", "met", true},
    {"اعتقل", "arrested", true},
    {"اعتقلت", "arrested", true},
    {"قتل", "killed", true},
};

const EventWord* event_word(const Tok& t) {
  return t->event < 0 ? nullptr : &kEvents[static_cast<std::size_t>(t->event)];
}

bool is_value(EntityKind k) {
  return k == EntityKind::money || k == EntityKind::percent || k == EntityKind::date ||
         k == EntityKind::number;
}

struct QuoteMarks {
  char32_t open, close;
};
constexpr QuoteMarks kMarks[] = {{U'“', U'”'}, {U'«', U'»'}, {U'"', U'"'}, {U'”', U'“'}};

/// The first word of [from, to), or "" when punctuation or a quotation mark comes first.
std::string_view next_word(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t pos = from;
  while (pos < to && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r')) ++pos;
  std::size_t end = pos;
  while (end < to) {
    std::size_t p = end;
    const char32_t c = next_code_point(text, p);
    if (!(c >= 0x0621 && c <= 0x0652) && c != 0x0640) break;
    end = p;
  }
  return text.substr(pos, end - pos);
}

/// إن / أن / بأن / إنه (a reported clause follows; the verb's subject is a pronoun).
bool is_complementizer(std::string_view word) {
  const std::string n = normalize_for_matching(word);
  return n == "ان" || n == "بان" || n == "انه" || n == "انها" || n == "انهم" || n == "بانه";
}

/// The index of the sentence containing byte `offset`.
std::size_t sentence_at(const std::vector<Sentence>& sentences, std::size_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const Sentence& s) { return o < s.range.begin; });
  return it == sentences.begin() ? 0 : static_cast<std::size_t>(it - sentences.begin() - 1);
}

}  // namespace

int event_index(std::string_view norm, std::string_view core) {
  static const std::unordered_map<std::string_view, int> index = [] {
    std::unordered_map<std::string_view, int> m;
    for (std::size_t i = 0; i < std::size(kEvents); ++i) {
      m.emplace(kEvents[i].arabic, static_cast<int>(i));
    }
    return m;
  }();
  for (const std::string_view form : {core, norm}) {
    if (auto it = index.find(form); it != index.end()) return it->second;
  }
  return -1;
}

void find_quotes(const Document& doc, const SentenceTokens& tokens, const std::vector<bool>& skip,
                 Analysis& out) {
  const std::string_view text = doc.text();
  const auto& sentences = doc.sentences();
  constexpr std::size_t kMaxQuoteBytes = 4000;
  for (std::size_t pos = 0; pos < text.size();) {
    // Every opening mark starts with one of these bytes ('"', « is C2 AB, “ and ” are E2 80 9x):
    // skip the others without decoding them.
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b != '"' && b != 0xC2 && b != 0xE2) {
      ++pos;
      continue;
    }
    const std::size_t open_at = pos;
    const char32_t c = next_code_point(text, pos);
    const QuoteMarks* marks = nullptr;
    for (const QuoteMarks& m : kMarks) {
      if (m.open == c) marks = &m;
    }
    if (marks == nullptr) continue;
    // The closing mark in the same paragraph (no blank line between).
    std::size_t close_at = std::string_view::npos, after = pos;
    for (std::size_t p = pos; p < text.size() && p - pos < kMaxQuoteBytes;) {
      const std::size_t at = p;
      const char32_t d = next_code_point(text, p);
      // A straight quote with a space before and a letter after opens a new quotation: the
      // one before was never closed.
      if (marks->open == marks->close && d == marks->close && at > 0 && text[at - 1] == ' ' &&
          p < text.size() && text[p] != ' ' && text[p] != '\n') {
        break;
      }
      if (d == marks->close) {
        close_at = at;
        after = p;
        break;
      }
      if (d == '\n' && text.substr(p).starts_with("\n")) break;
      if (d == '\n' && text.substr(p).starts_with("\r\n")) break;
    }
    if (close_at == std::string_view::npos) continue;
    const std::size_t s = sentence_at(sentences, open_at);
    if (s < skip.size() && skip[s]) {
      pos = after;
      continue;
    }
    Quote q;
    q.range = {open_at, after};
    q.text = {pos, close_at};
    q.sentence = s;
    // The verb of saying nearest to the quote, in the sentences the quote starts and ends in.
    const std::size_t last_s = sentence_at(sentences, close_at);
    std::vector<const Tok*> toks;
    for (std::size_t k = s; k <= last_s && k < tokens.size(); ++k) {
      for (const Tok& t : tokens[k]) toks.push_back(&t);
    }
    std::size_t best_distance = SIZE_MAX;
    for (const Tok* tp : toks) {
      const Tok& t = *tp;
      if (t.range.begin >= q.range.begin && t.range.end <= q.range.end) continue;
      if (!t->saying_verb) continue;
      const std::size_t d =
          t.range.end <= q.range.begin ? q.range.begin - t.range.end : t.range.begin - q.range.end;
      if (d < best_distance) {
        best_distance = d;
        q.verb = t.range;
      }
    }
    std::size_t words = 0;
    for (const Tok* t : toks) {
      if (t->range.begin >= q.text.begin && t->range.end <= q.text.end &&
          (*t)->script != Script::punctuation)
        ++words;
    }
    // A quoted name or term («أوبن إيه آي», "بوليتيكا") is not speech.
    if ((q.verb.empty() && words < 4) || words < 2) {
      pos = after;
      continue;
    }
    if (!q.verb.empty()) {
      // The speaker is the subject of the verb: the first name after it (a person before a
      // role before an organization: "وقال الرئيس التنفيذي لشركة ميتا مارك زوكربيرج"), else the
      // nearest before it ("زوكربيرج قال"), else, when the verb has no subject of its own
      // ("وأضاف أن"), the last person named before.
      const ByteRange vs = sentences[sentence_at(sentences, q.verb.begin)].range;
      const std::size_t clause_end = q.range.begin > q.verb.end ? q.range.begin : vs.end;
      auto rank = [&](EntityKind k) {
        return k == EntityKind::person         ? 0
               : k == EntityKind::role         ? 1
               : k == EntityKind::organization ? 2
                                               : 3;
      };
      auto first_at_or_after = [&](std::size_t offset) {
        return static_cast<std::size_t>(
            std::lower_bound(out.mentions.begin(), out.mentions.end(), offset,
                             [](const Mention& m, std::size_t o) { return m.range.begin < o; }) -
            out.mentions.begin());
      };
      std::optional<std::size_t> after_verb, before_verb, earlier;
      int after_rank = 3;
      const std::size_t hi = first_at_or_after(std::max(clause_end, q.range.end));
      for (std::size_t i = first_at_or_after(vs.begin); i < hi; ++i) {
        const Mention& m = out.mentions[i];
        const EntityKind k = out.entities[m.entity].kind;
        if (rank(k) > 2) continue;
        if (m.range.begin >= q.range.begin && m.range.end <= q.range.end) continue;
        if (m.range.begin >= q.verb.end && m.range.end <= clause_end && rank(k) < after_rank) {
          after_verb = m.entity;
          after_rank = rank(k);
        }
        if (m.range.end <= q.verb.begin && k != EntityKind::role) before_verb = m.entity;
      }
      constexpr std::size_t kLookBack = 200;  // mentions: pronouns point back a few paragraphs
      const std::size_t before = first_at_or_after(std::min(q.range.begin, q.verb.begin));
      for (std::size_t i = before; i > 0 && before - i < kLookBack; --i) {
        const Mention& m = out.mentions[i - 1];
        if (out.entities[m.entity].kind == EntityKind::person) {
          earlier = m.entity;
          break;
        }
      }
      // "وقالت الشركة": a subject that is no name; nobody to credit.
      const std::string_view next = next_word(text, q.verb.end, clause_end);
      const bool own_subject = !next.empty() && !is_complementizer(next);
      if (own_subject && !after_verb) earlier.reset();
      q.speaker = after_verb ? after_verb : before_verb ? before_verb : earlier;
    }
    out.quotes.push_back(q);
    pos = after;
  }
}

double fact_position_salience(std::size_t sentence) {
  return 2.0 / (1.0 + static_cast<double>(sentence) / 8.0);
}

void find_facts(const Document& doc, const SentenceTokens& tokens, const std::vector<bool>& skip,
                Analysis& out) {
  const auto& sentences = doc.sentences();
  // Mentions by sentence.
  std::vector<std::vector<std::size_t>> by_sentence(sentences.size());
  for (std::size_t m = 0; m < out.mentions.size(); ++m) {
    by_sentence[out.mentions[m].sentence].push_back(m);
  }
  auto prominence = [&](std::size_t e) {
    return std::log2(1.0 + static_cast<double>(out.entities[e].mentions.size()));
  };
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (skip[s] || by_sentence[s].empty()) continue;
    const UnitKind kind = sentences[s].kind;
    if (kind != UnitKind::sentence && kind != UnitKind::list_item && kind != UnitKind::heading)
      continue;
    Fact f;
    f.sentence = s;
    f.range = sentences[s].range;
    double value_score = 0;
    bool has_measure = false;
    for (std::size_t m : by_sentence[s]) {
      const std::size_t e = out.mentions[m].entity;
      const EntityKind k = out.entities[e].kind;
      if (is_value(k)) {
        if (std::find(f.values.begin(), f.values.end(), e) == f.values.end()) f.values.push_back(e);
        value_score += k == EntityKind::money     ? 3.0
                       : k == EntityKind::percent ? 2.5
                       : k == EntityKind::number  ? 1.5
                                                  : 0.5;
        has_measure = has_measure || k != EntityKind::date;
      } else if (k != EntityKind::role &&
                 std::find(f.entities.begin(), f.entities.end(), e) == f.entities.end()) {
        f.entities.push_back(e);
      }
    }
    // The event: the event word nearest before the first measure (or the first one at all).
    const std::vector<Tok>& toks = tokens[s];
    std::size_t first_measure = f.range.end;
    for (std::size_t m : by_sentence[s]) {
      const EntityKind k = out.entities[out.mentions[m].entity].kind;
      if (is_value(k) && k != EntityKind::date) {
        first_measure = std::min(first_measure, out.mentions[m].range.begin);
      }
    }
    // The event: a noun that names the measure, near it ("حصة ... 14.3 مليار دولار"), else the
    // verb before the measure (or the first verb).
    const EventWord* event = nullptr;
    std::size_t measure_tok = toks.size();
    for (std::size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].range.begin >= first_measure) {
        measure_tok = i;
        break;
      }
    }
    std::size_t best_distance = SIZE_MAX;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      const EventWord* e = event_word(toks[i]);
      if (e == nullptr || e->verb || measure_tok == toks.size()) continue;
      const std::size_t d = i > measure_tok ? i - measure_tok : measure_tok - i;
      if (d <= 6 && d < best_distance) {
        best_distance = d;
        event = e;
        f.event = toks[i].range;
      }
    }
    for (std::size_t i = 0; i < toks.size() && event == nullptr; ++i) {
      const EventWord* e = event_word(toks[i]);
      if (e != nullptr && e->verb) {
        event = e;
        f.event = toks[i].range;
      }
    }
    if (!has_measure && !(event != nullptr && event->verb && !f.entities.empty())) continue;
    // Without a name, a fact needs money, a percentage or an event: "1.8 كيلومتر مربع" alone
    // is a detail, not a key fact.
    if (f.entities.empty() && value_score < 2.5 && event == nullptr) continue;
    bool measured = false;
    for (std::size_t e : f.values) {
      const EntityKind k = out.entities[e].kind;
      measured = measured || k == EntityKind::money || k == EntityKind::percent;
    }
    if (f.entities.empty() && !measured && event == nullptr) continue;
    std::stable_sort(f.entities.begin(), f.entities.end(), [&](std::size_t a, std::size_t b) {
      return out.entities[a].mentions.size() > out.entities[b].mentions.size();
    });
    // English: up to three names, then the main measure with its event noun, or the event verb.
    std::string english;
    for (std::size_t i = 0; i < f.entities.size() && i < 3; ++i) {
      english += (english.empty() ? "" : " · ") + out.entities[f.entities[i]].english;
    }
    // The main measure: money before a percentage before a count ("launched · $3 million", not
    // "40 thousand" books first).
    std::string measure;
    int measure_rank = 3;
    for (std::size_t e : f.values) {
      const EntityKind k = out.entities[e].kind;
      const int rank = k == EntityKind::money     ? 0
                       : k == EntityKind::percent ? 1
                       : k == EntityKind::number  ? 2
                                                  : 3;
      if (rank < measure_rank) {
        measure_rank = rank;
        measure = out.entities[e].english;
      }
    }
    if (!measure.empty() && event != nullptr && event->english == "worth") {
      measure = "worth " + measure;  // "بقيمة 14.3 مليار دولار"
    } else if (!measure.empty() && event != nullptr && !event->verb) {
      measure += " " + std::string(event->english);
    } else if (event != nullptr && event->verb) {
      measure = std::string(event->english) + (measure.empty() ? "" : " " + measure);
    }
    if (!measure.empty()) english += (english.empty() ? "" : " · ") + measure;
    for (std::size_t e : f.values) {
      if (out.entities[e].kind == EntityKind::date) {
        english += " · " + out.entities[e].english;
        break;
      }
    }
    f.english = std::move(english);
    double names = 0;
    for (std::size_t e : f.entities) names += prominence(e);
    f.salience = value_score + (event != nullptr ? 1.0 : 0.0) + names + fact_position_salience(s);
    out.facts.push_back(std::move(f));
  }
  std::stable_sort(out.facts.begin(), out.facts.end(),
                   [](const Fact& a, const Fact& b) { return a.salience > b.salience; });
}

}  // namespace entities

Analysis analyze(const Document& doc) {
  const auto& sentences = doc.sentences();
  const auto& blocks = doc.blocks();
  // Sentences of the footer (publisher boilerplate) and separators carry no news.
  std::vector<bool> skip(sentences.size(), false);
  for (const Block& b : blocks) {
    const bool in_footer =
        b.kind == BlockKind::footer || (b.parent && blocks[*b.parent].kind == BlockKind::footer);
    if (!in_footer && b.kind != BlockKind::separator) continue;
    for (std::size_t s = b.first_sentence; s < b.first_sentence + b.sentence_count; ++s) {
      if (s < skip.size()) skip[s] = true;
    }
  }
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (sentences[s].kind == UnitKind::separator) skip[s] = true;
  }
  // Each sentence's own work (words, name candidates, values), cached by its text; then what
  // needs the whole document.
  entities::start_analysis();
  entities::SentenceTokens tokens(sentences.size());
  std::vector<const entities::SentenceWork*> works(sentences.size(), nullptr);
  std::vector<Value> values;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (skip[s]) continue;
    const ByteRange r = sentences[s].range;
    const entities::SentenceWork& w = entities::sentence_work(r.slice(doc.text()));
    works[s] = &w;
    tokens[s].reserve(w.toks.size());
    for (const entities::Tok& t : w.toks) {
      tokens[s].push_back({{t.range.begin + r.begin, t.range.end + r.begin}, t.word});
    }
    for (const Value& v : w.values) {
      values.push_back(v);
      values.back().range = {v.range.begin + r.begin, v.range.end + r.begin};
    }
  }
  Analysis out;
  entities::link(doc, std::move(values), entities::find_names(doc, tokens, works), out);
  entities::find_quotes(doc, tokens, skip, out);
  // Facts leave out bylines and datelines: a reporter's name is not news.
  std::vector<bool> fact_skip = skip;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const UnitKind k = sentences[s].kind;
    if (k == UnitKind::byline || k == UnitKind::dateline) fact_skip[s] = true;
  }
  entities::find_facts(doc, tokens, fact_skip, out);
  return out;
}

}  // namespace khulasa
