#include "glossary.hpp"

#include <algorithm>
#include <unordered_map>

#include "khulasa/lexicon.hpp"

namespace khulasa::glossary {
namespace {

struct Gloss {
  std::string_view english;
  bool adjective;
};

// Bare matching forms (no article; ة as ه). Feminine adjectives are found by their ـي form.
const std::unordered_map<std::string_view, Gloss>& table() {
  static const std::unordered_map<std::string_view, Gloss> t = {
      // nouns
      {"صحه", {"Health", false}},
      {"داخليه", {"Interior", false}},
      {"خارجيه", {"Foreign Affairs", false}},
      {"ماليه", {"Finance", false}},
      {"اقتصاد", {"Economy", false}},
      {"تعليم", {"Education", false}},
      {"تربيه", {"Education", false}},
      {"دفاع", {"Defense", false}},
      {"عدل", {"Justice", false}},
      {"طاقه", {"Energy", false}},
      {"مياه", {"Water", false}},
      {"ري", {"Irrigation", false}},
      {"زراعه", {"Agriculture", false}},
      {"نقل", {"Transport", false}},
      {"سياحه", {"Tourism", false}},
      {"ثقافه", {"Culture", false}},
      {"شباب", {"Youth", false}},
      {"رياضه", {"Sports", false}},
      {"امن", {"Security", false}},
      {"تنميه", {"Development", false}},
      {"استثمار", {"Investment", false}},
      {"تجاره", {"Trade", false}},
      {"صناعه", {"Industry", false}},
      {"اتصالات", {"Communications", false}},
      {"اعلام", {"Information", false}},
      {"عمل", {"Labor", false}},
      {"شؤون", {"Affairs", false}},
      {"بيئه", {"Environment", false}},
      {"تخطيط", {"Planning", false}},
      {"اسكان", {"Housing", false}},
      {"كهرباء", {"Electricity", false}},
      {"نفط", {"Oil", false}},
      {"بترول", {"Petroleum", false}},
      {"قضاء", {"Judiciary", false}},
      {"نواب", {"Representatives", false}},
      {"شعب", {"People", false}},
      {"شوري", {"Shura", false}},
      {"وزراء", {"Ministers", false}},
      {"امم", {"Nations", false}},
      {"عمال", {"Workers", false}},
      {"حقوق", {"Rights", false}},
      {"انسان", {"Human", true}},
      // nouns of what an institute, agency or committee is for ("لرصد الزلازل")
      {"رصد", {"Monitoring", false}},
      {"زلازل", {"Earthquake", false}},
      {"براكين", {"Volcano", false}},
      {"كوارث", {"Disaster", false}},
      {"ارصاد", {"Meteorology", false}},
      {"تنسيق", {"Coordination", false}},
      {"اغاثه", {"Relief", false}},
      {"لاجئين", {"Refugees", false}},
      {"ملكيه", {"Property", false}},
      {"مكافحه", {"Combating", false}},
      {"فساد", {"Corruption", false}},
      {"ارهاب", {"Terrorism", false}},
      {"مخدرات", {"Drugs", false}},
      {"هجره", {"Migration", false}},
      {"سكان", {"Population", false}},
      {"طفوله", {"Childhood", false}},
      {"مجتمع", {"Society", false}},
      {"انقاذ", {"Salvation", false}},
      {"اعمار", {"Reconstruction", false}},
      {"فضاء", {"Space", false}},
      {"معلومات", {"Information", false}},
      {"بيانات", {"Data", false}},
      {"مواصفات", {"Standards", false}},
      {"مقاييس", {"Metrology", false}},
      {"واردات", {"Imports", false}},
      {"مخابرات", {"Intelligence", false}},
      {"استخبارات", {"Intelligence", false}},
      {"ادخار", {"Savings", false}},
      {"ايداع", {"Deposit", false}},
      {"تدبير", {"Management", false}},
      {"مقاصه", {"Compensation", false}},
      {"تمويل", {"Finance", false}},
      {"فكري", {"Intellectual", true}},
      {"نووي", {"Nuclear", true}},
      {"ذري", {"Atomic", true}},
      {"مدني", {"Civil", true}},
      {"جوي", {"Air", true}},
      {"بحري", {"Maritime", true}},
      {"ثقافي", {"Cultural", true}},
      {"تعليمي", {"Educational", true}},
      {"مصرفي", {"Banking", true}},
      {"اتحادي", {"Federal", true}},
      {"احصاء", {"Statistics", false}},
      {"انتخابات", {"Elections", false}},
      {"تحرير", {"Liberation", false}},
      {"مقاومه", {"Resistance", false}},
      {"تعاون", {"Cooperation", false}},
      {"نقد", {"Monetary", false}},
      {"ذكاء", {"Intelligence", false}},
      {"بحوث", {"Research", false}},
      {"ابحاث", {"Research", false}},
      {"علوم", {"Sciences", false}},
      {"تكنولوجيا", {"Technology", false}},
      {"طيران", {"Aviation", false}},
      {"جمارك", {"Customs", false}},
      {"ضرائب", {"Taxation", false}},
      {"مراه", {"Women", false}},
      {"اسره", {"Family", false}},
      {"صحافه", {"Press", false}},
      {"انباء", {"News", false}},
      {"مهرجان", {"Festival", false}},
      {"فنون", {"Arts", false}},
      {"تراث", {"Heritage", false}},
      {"اوقاف", {"Endowments", false}},
      {"شرطه", {"Police", false}},
      {"جيش", {"Army", false}},
      {"حرس", {"Guard", false}},
      {"دستور", {"Constitution", false}},
      {"بنوك", {"Banks", false}},
      {"تامين", {"Insurance", false}},
      {"نقابه", {"Syndicate", false}},
      {"صادرات", {"Exports", false}},
      {"مشاريع", {"Projects", false}},
      {"دراسات", {"Studies", false}},
      {"بحث", {"Research", false}},
      {"قدم", {"Football", false}},
      {"كره", {"", false}},  // "كرة القدم": the ball says nothing in English
      {"هلال", {"Crescent", false}},
      {"صليب", {"Cross", false}},
      {"مؤتمر", {"Congress", false}},
      {"تيار", {"Movement", false}},
      {"نهضه", {"Renaissance", false}},
      {"عداله", {"Justice", false}},
      {"سلام", {"Peace", false}},
      {"حريه", {"Freedom", false}},
      {"قابضه", {"Holding", false}},
      {"استثمارات", {"Investments", false}},
      {"عقارات", {"Real Estate", false}},
      {"خدمات", {"Services", false}},
      {"صناعات", {"Industries", false}},
      {"اسمنت", {"Cement", false}},
      {"تامينات", {"Insurance", false}},
      {"شحن", {"Shipping", false}},
      {"ملاحه", {"Navigation", false}},
      {"اغذيه", {"Foods", false}},
      {"ادويه", {"Pharmaceuticals", false}},
      // adjectives
      {"وطني", {"National", true}},
      {"دولي", {"International", true}},
      {"عالمي", {"World", true}},
      {"عربي", {"Arab", true}},
      {"اسلامي", {"Islamic", true}},
      {"مركزي", {"Central", true}},
      {"عام", {"General", true}},
      {"عامه", {"General", true}},
      {"اعلي", {"Supreme", true}},
      {"عليا", {"Supreme", true}},
      {"دستوري", {"Constitutional", true}},
      {"مستقل", {"Independent", true}},
      {"ديمقراطي", {"Democratic", true}},
      {"شعبي", {"Popular", true}},
      {"اجتماعي", {"Social", true}},
      {"اقتصادي", {"Economic", true}},
      {"سياسي", {"Political", true}},
      {"رقمي", {"Digital", true}},
      {"اصطناعي", {"Artificial", true}},
      {"فائق", {"Super", true}},
      {"حر", {"Free", true}},
      {"متحد", {"United", true}},
      {"متحده", {"United", true}},
      {"احمر", {"Red", true}},
      {"اهلي", {"National", true}},
      {"اعلامي", {"Media", true}},
      {"صحي", {"Health", true}},
      {"تجاري", {"Commercial", true}},
      {"صناعي", {"Industrial", true}},
      {"زراعي", {"Agricultural", true}},
      {"عسكري", {"Military", true}},
      {"وزاري", {"Ministerial", true}},
      {"تشريعي", {"Legislative", true}},
      {"تنفيذي", {"Executive", true}},
      {"فني", {"Technical", true}},
      {"علمي", {"Scientific", true}},
      {"متجدد", {"Renewable", true}},
      {"متجدده", {"Renewable", true}},
      {"عقاري", {"Real Estate", true}},
      {"مالي", {"Financial", true}},
      {"لوجستي", {"Logistics", true}},
      {"نظيف", {"Clean", true}},
      {"شمسي", {"Solar", true}},
  };
  return t;
}

/// The word without its article (or the fused preposition and article لل) and, for ـية
/// adjectives, in its ـي form.
const Gloss* lookup(std::string_view word) {
  if ((word.starts_with("ال") || word.starts_with("لل")) && word.size() > 6) word.remove_prefix(4);
  // The preposition ل before a bare noun ("لرصد"), when the noun is known without it.
  if (word.starts_with("ل") && word.size() > 6 && !table().contains(word)) {
    if (const Gloss* g = lookup(word.substr(2)); g != nullptr) return g;
  }
  const auto& t = table();
  if (auto it = t.find(word); it != t.end()) return &it->second;
  if (word.ends_with("يه") && word.size() > 4) {  // الوطنية → وطني
    if (auto it = t.find(word.substr(0, word.size() - 2)); it != t.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace

std::string render(const std::vector<std::string>& words, std::string& nationality) {
  // Each noun with the adjectives that follow it, in English order; "و" joins with "and".
  std::vector<std::string> parts;  // English phrases, one per noun
  std::vector<std::string> pending_adjectives;
  auto flush = [&](std::vector<std::string>& out) {
    if (out.empty()) return;
    std::string adj;
    for (auto it = pending_adjectives.rbegin(); it != pending_adjectives.rend(); ++it) {
      adj += *it + " ";
    }
    out.back() = adj + out.back();
    pending_adjectives.clear();
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    bool conjunction = false;
    if (w.starts_with("و") && w.size() > 4 && lookup(w.substr(2)) != nullptr &&
        lookup(w) == nullptr) {
      w.remove_prefix(2);
      conjunction = true;
    }
    const Gloss* g = lookup(w);
    std::string english;
    bool adjective = false;
    if (g != nullptr) {
      english = std::string(g->english);
      adjective = g->adjective;
    } else {
      // A nationality or place of the lexicon: "السعودية", "الأمريكية", "المغرب".
      std::string_view bare = w;
      const Lexicon& lex = Lexicon::builtin();
      const LexiconEntry* e = lex.find(bare, LexiconKind::nationality);
      if (e == nullptr && bare.starts_with("ال"))
        e = lex.find(bare.substr(4), LexiconKind::nationality);
      if (e != nullptr) {
        if (i + 1 == words.size() && !parts.empty()) {
          nationality = std::string(e->english);
          continue;
        }
        english = std::string(e->english);
        adjective = true;
      } else {
        const LexiconEntry* place = lex.find(bare, LexiconKind::country);
        if (place == nullptr) place = lex.find(bare, LexiconKind::location);
        if (place == nullptr) return "";
        english = std::string(place->english);
      }
    }
    if (english.empty()) continue;
    if (adjective && !parts.empty() && !conjunction) {
      pending_adjectives.push_back(english);
      continue;
    }
    flush(parts);
    if (conjunction && !parts.empty()) {
      parts.back() += " and " + english;
    } else {
      parts.push_back(english);
    }
  }
  flush(parts);
  if (parts.empty()) return "";
  // A chain of nouns in the genitive is an English compound the other way round: "تنمية
  // الصادرات" is Exports Development, "رصد الزلازل" Earthquake Monitoring.
  std::string out;
  for (std::size_t i = parts.size(); i-- > 0;) {
    std::string_view part = parts[i];
    // "الشؤون الخارجية": Foreign Affairs, not Foreign Affairs Affairs.
    const std::string_view first_word = part.substr(0, part.find(' '));
    if (out.ends_with(first_word) &&
        (out.size() == first_word.size() || out[out.size() - first_word.size() - 1] == ' ')) {
      part.remove_prefix(std::min(part.size(), first_word.size() + 1));
    }
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

std::size_t purpose_start(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    if (!w.starts_with("ل") || w.starts_with("ال") || w.size() <= 6) continue;
    const std::string_view rest = w.substr(w.starts_with("لل") ? 4 : 2);
    if (table().contains(rest)) return i;
  }
  return words.size();
}

}  // namespace khulasa::glossary
