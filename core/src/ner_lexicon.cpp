#include "ner_lexicon.hpp"

#include <algorithm>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "khulasa/lexicon.hpp"
#include "ner_features.hpp"
#include "text_hash.hpp"

namespace khulasa::ner {
namespace {

// Kept in reading order for review, hashed on first use. Entries are matching forms (ة → ه, hamza
// on alef folded, ئ and ؤ kept).
constexpr std::string_view kOrgTriggers[] = {
    "شركه",  "مختبر",  "مختبرات", "جامعه", "صحيفه", "جريده", "مجله",     "وكاله", "وزاره",  "هيئه",
    "بنك",   "مصرف",   "حزب",     "حركه",  "جمعيه", "مجلس",  "صندوق",    "معهد",  "مركز",   "اتحاد",
    "نادي",  "منتدي",  "قناه",    "شبكه",  "محكمه", "بورصه", "اكاديميه", "كليه",  "مستشفي", "منظمه",
    "مؤسسه", "مجموعه", "مصنع",    "منصه",  "سلطه",  "لجنه",  "تحالف",    "مكتبه", "متحف"};

constexpr std::string_view kSayingVerbs[] = {
    "قال",  "قالت", "يقول",  "تقول",  "اضاف",   "اضافت", "يضيف",  "تضيف", "اكد",  "اكدت", "يؤكد",
    "تؤكد", "اوضح", "اوضحت", "يوضح",  "توضح",   "صرح",   "صرحت",  "يصرح", "وصف",  "وصفت", "يصف",
    "تصف",  "اشار", "اشارت", "يشير",  "تشير",   "اعلن",  "اعلنت", "يعلن", "تعلن", "تابع", "تابعت",
    "ذكر",  "ذكرت", "يذكر",  "اعتبر", "اعتبرت", "يعتبر", "كشف",   "كشفت", "يكشف", "لفت",  "لفتت",
    "شدد",  "شددت", "يشدد",  "نقل",   "نقلت",   "افاد",  "افادت", "يفيد", "حذر",  "حذرت", "يحذر",
    "ردف",  "اردف", "اردفت", "علق",   "علقت",   "كتب",   "كتبت"};

constexpr std::string_view kTitleWords[] = {
    "رئيس", "رئيسه", "وزير", "وزيره", "مدير", "مديره", "ملك", "امير", "اميره", "سفير", "نائب",
    "مستشار", "مستشاره", "متحدث", "متحدثه", "ناطق", "ناطقه", "امين", "قائد", "محافظ", "عضو", "مؤسس",
    "مسؤول", "مسؤوله", "سيد", "سيده", "شيخ", "دكتور", "دكتوره", "مهندس", "استاذ", "لواء", "عميد",
    "عقيد", "فريق", "جنرال", "كاتب", "كاتبه", "باحث", "باحثه", "خبير", "محلل", "مراسل", "سيناتور",
    "بروفيسور", "مدرب", "لاعب", "فنان", "فنانه", "مخرج", "ممثل", "ممثله", "مغني", "امام", "مطران",
    "قاضي", "حاكم", "زعيم",
    // Honorifics before a name ("ومعالي محمد بن عيسى", "مولاي رشيد", "البابا بنديكت").
    "معالي", "سعاده", "سمو", "فخامه", "جلاله", "سماحه", "مولاي", "بابا", "كاردينال"};

constexpr std::string_view kFunctionWords[] = {
    "في",    "من",      "الي",   "علي",     "عن",       "مع",       "بين",    "حتي",     "منذ",
    "خلال",  "بعد",     "قبل",   "عند",     "لدي",      "نحو",      "حول",    "ضد",      "عبر",
    "دون",   "تحت",     "فوق",   "امام",    "وراء",     "ضمن",      "و",      "او",      "ام",
    "ثم",    "لكن",     "بل",    "ان",      "انه",      "انها",     "لان",    "كما",     "اذا",
    "اذ",    "لو",      "لم",    "لن",      "لا",       "ما",       "ماذا",   "هل",      "قد",
    "لقد",   "سوف",     "الذي",  "التي",    "الذين",    "اللذان",   "اللتان", "اللواتي", "هذا",
    "هذه",   "ذلك",     "تلك",   "هؤلاء",   "اولئك",    "هنا",      "هناك",   "هو",      "هي",
    "هم",    "هن",      "نحن",   "انا",     "انت",      "انتم",     "كان",    "كانت",    "كانوا",
    "يكون",  "تكون",    "ليس",   "ليست",    "اي",       "كل",       "بعض",    "غير",     "سوي",
    "جميع",  "كلا",     "اكثر",  "اقل",     "ايضا",     "فقط",      "حيث",    "عندما",   "بينما",
    "يوم",   "اليوم",   "امس",   "غدا",     "الان",     "عام",      "العام",  "شهر",     "الشهر",
    "اسبوع", "الاسبوع", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",  "السبت",
    "صباح",  "مساء",    "وفق",   "وفقا",    "نفس",      "نفسه",     "ذاته",   "له",      "لها",
    "لهم",   "به",      "بها",   "منه",     "منها",     "فيه",      "فيها",   "عليه",    "عليها",
    "اليه",  "اليها",   "عنه",   "عنها",    "كذلك",     "هكذا",     "مثل",    "اما",     "الا",
    "ولا",   "لما",     "كلما",  "بما",     "مما",      "عما",      "فيما"};

using WordSet = std::unordered_set<std::string_view>;

WordSet set_of(std::span<const std::string_view> list) {
  return {list.begin(), list.end()};
}

}  // namespace

bool is_org_trigger(std::string_view core) {
  static const WordSet set = set_of(kOrgTriggers);
  return set.count(core) != 0;
}

bool is_saying_verb(std::string_view core) {
  static const WordSet set = set_of(kSayingVerbs);
  return set.count(core) != 0;
}

std::string_view title_english(std::string_view word) {
  static const std::unordered_map<std::string_view, std::string_view> glossary = {
      {"رئيس", "president"},
      {"وزير", "minister"},
      {"مدير", "director"},
      {"ملك", "king"},
      {"امير", "emir"},
      {"سفير", "ambassador"},
      {"نائب", "deputy"},
      {"مستشار", "adviser"},
      {"متحدث", "spokesperson"},
      {"ناطق", "spokesperson"},
      {"امين", "secretary"},
      {"قائد", "commander"},
      {"محافظ", "governor"},
      {"عضو", "member"},
      {"مؤسس", "founder"},
      {"مسؤول", "official"},
      {"سيد", "Mr"},
      {"شيخ", "Sheikh"},
      {"دكتور", "Dr"},
      {"مهندس", "engineer"},
      {"استاذ", "professor"},
      {"لواء", "major general"},
      {"عميد", "brigadier"},
      {"عقيد", "colonel"},
      {"فريق", "lieutenant general"},
      {"جنرال", "general"},
      {"كاتب", "writer"},
      {"باحث", "researcher"},
      {"خبير", "expert"},
      {"محلل", "analyst"},
      {"مراسل", "correspondent"},
      {"سيناتور", "senator"},
      {"بروفيسور", "professor"},
      {"مدرب", "coach"},
      {"لاعب", "player"},
      {"فنان", "artist"},
      {"مخرج", "director"},
      {"ممثل", "representative"},
      {"مغني", "singer"},
      {"امام", "imam"},
      {"مطران", "bishop"},
      {"قاضي", "judge"},
      {"حاكم", "ruler"},
      {"زعيم", "leader"},
      {"اميره", "princess"},
      {"ملكه", "queen"},
      {"سيده", "Mrs"},
      {"معالي", "His Excellency"},
      {"سعاده", "His Excellency"},
      {"فخامه", "His Excellency"},
      {"سمو", "His Highness"},
      {"جلاله", "His Majesty"},
      {"سماحه", "His Eminence"},
      {"مولاي", "Moulay"},
      {"بابا", "pope"},
      {"كاردينال", "cardinal"},
  };
  std::string_view w = word;
  if (w.starts_with("ال") && w.size() > 4) w.remove_prefix(4);
  if (auto it = glossary.find(w); it != glossary.end()) return it->second;
  if (w.ends_with("ه") && w.size() > 2) w.remove_suffix(2);  // the feminine: "الناطقة"
  const auto it = glossary.find(w);
  return it == glossary.end() ? std::string_view() : it->second;
}

bool is_title_word(std::string_view core) {
  static const WordSet set = set_of(kTitleWords);
  return set.count(core) != 0;
}

bool is_function_word(std::string_view norm) {
  static const WordSet set = set_of(kFunctionWords);
  return set.count(norm) != 0;
}

std::uint32_t bit_of(LexiconKind kind) {
  switch (kind) {
    case LexiconKind::person:
      return kGazPerson;
    case LexiconKind::location:
      return kGazLocation;
    case LexiconKind::country:
      return kGazCountry;
    case LexiconKind::organization:
      return kGazOrganization;
    case LexiconKind::role:
      return kGazRole;
    case LexiconKind::nationality:
      return kGazNationality;
  }
  return 0;
}

// Both look up the sorted lexicon (binary search) rather than a hash table of all its keys:
// building one cost a one-shot `khulasa summarize` 10 ms (58,000 keys scattered over megabytes).
// The keys a thread asked for are kept instead: an editor analyzes the same words and phrases at
// every pause in typing.
std::uint32_t lexicon_bits(std::string_view key) {
  thread_local std::unordered_map<std::string, std::uint32_t, detail::TextHash, std::equal_to<>>
      asked;
  if (const auto it = asked.find(key); it != asked.end()) return it->second;
  std::uint32_t bits = 0;
  for (const LexiconEntry& e : Lexicon::builtin().find(key)) bits |= bit_of(e.kind);
  if (asked.size() >= (std::size_t{1} << 16)) asked.clear();
  asked.emplace(key, bits);
  return bits;
}

std::size_t lexicon_phrase_words(std::string_view first_word) {
  // The keys that start with the word and a space are adjacent in the sorted lexicon (1,929 keys
  // have several words; at most 119 share a first word).
  std::string prefix(first_word);
  prefix += ' ';
  const std::span<const LexiconEntry> entries = Lexicon::builtin().entries();
  auto it = std::lower_bound(entries.begin(), entries.end(), std::string_view(prefix),
                             [](const LexiconEntry& e, std::string_view k) { return e.key < k; });
  std::size_t longest = 1;
  for (; it != entries.end() && it->key.starts_with(prefix); ++it) {
    longest = std::max(
        longest, 1 + static_cast<std::size_t>(std::count(it->key.begin(), it->key.end(), ' ')));
  }
  return longest;
}

std::string_view lexicon_english(std::string_view key, LexiconKind kind) {
  const LexiconEntry* e = Lexicon::builtin().find(key, kind);
  return e == nullptr ? std::string_view() : e->english;
}

std::size_t lexicon_max_words() {
  return Lexicon::builtin().max_key_words();
}

std::uint32_t word_bits(std::string_view norm, std::string_view core, std::string_view prefix) {
  const std::uint32_t written = lexicon_bits(norm);
  std::uint32_t bits = written | lexicon_bits(core);
  // With the article the word is a place only as the lexicon lists it with the article:
  // "بالقاهرة" is القاهرة, "الجدة" (the grandmother) is not جدة (Jeddah).
  if (ends_with_article(prefix)) {
    constexpr std::uint32_t kPlace = kGazLocation | kGazCountry;
    bits = (bits & ~kPlace) | (written & kPlace) | lexicon_bits("ال" + std::string(core));
  }
  if (is_org_trigger(core)) bits |= kGazOrgTrigger;
  if (is_saying_verb(core) || is_saying_verb(norm)) bits |= kGazSaying;
  if (is_title_word(core)) bits |= kGazRole;
  return bits;
}

}  // namespace khulasa::ner
