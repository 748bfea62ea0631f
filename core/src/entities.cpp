// Names in an article: candidates from rules, the lexicon and the tagger, merged by trust, then
// linked into entities. Values come from values.cpp; quotes and facts from facts.cpp.
#include "khulasa/entities.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <optional>
#include <span>
#include <unordered_map>

#include "entities_internal.hpp"
#include "khulasa/lexicon.hpp"
#include "khulasa/ner.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/romanize.hpp"
#include "khulasa/utf8.hpp"
#include "khulasa/values.hpp"
#include "ner_features.hpp"
#include "ner_lexicon.hpp"
#include "text_hash.hpp"

namespace khulasa {

std::string_view to_string(EntityKind kind) {
  switch (kind) {
    case EntityKind::person:
      return "person";
    case EntityKind::organization:
      return "organization";
    case EntityKind::location:
      return "location";
    case EntityKind::role:
      return "role";
    case EntityKind::money:
      return "money";
    case EntityKind::percent:
      return "percent";
    case EntityKind::date:
      return "date";
    case EntityKind::number:
      return "number";
  }
  return "person";
}

namespace entities {
namespace {

using ner::GazetteerBit;

/// Trust of a candidate's source: a rule beats the lexicon beats the tagger.
enum Trust : int { kTagger = 1, kLexicon = 2, kRule = 3 };

struct Candidate {
  std::size_t first = 0, last = 0;  // token indices, inclusive
  EntityKind kind = EntityKind::person;
  int trust = kTagger;
  /// The first token of the name itself; tokens before it (a trigger such as شركة, a Latin
  /// title such as "Dr.") are taken by the candidate but left out of the name.
  std::size_t name_first = SIZE_MAX;
  [[nodiscard]] std::size_t name_begin() const {
    return name_first == SIZE_MAX ? first : name_first;
  }
};

EntityKind kind_of_bit(std::uint32_t bits) {
  if ((bits & ner::kGazOrganization) != 0) return EntityKind::organization;
  if ((bits & (ner::kGazCountry | ner::kGazLocation)) != 0) return EntityKind::location;
  if ((bits & ner::kGazRole) != 0) return EntityKind::role;
  return EntityKind::person;
}

/// Company-like triggers stay outside the name ("شركة ميتا" is Meta); institution words are part
/// of it ("جامعة القاهرة", "وزارة الخارجية").
constexpr std::string_view kOutside[] = {"شركه",  "شركات", "منصه", "موقع",   "تطبيق",  "صحيفه",
                                         "جريده", "مجله",  "قناه", "برنامج", "مجموعه", "شبكه"};

bool trigger_outside_name(std::string_view core) {
  return std::find(std::begin(kOutside), std::end(kOutside), core) != std::end(kOutside);
}

/// A word the tagger's training data used as a common word more than as a name (see
/// NerTagger::name_margin()): the name lists pair some common words with a spelling once ("العالم"
/// Alalem, the world), so a list alone does not make them names.
/// `margin` is how far below the best name tag the word's own weights must read it (chosen on the
/// two development parts: 2 to spread a name through the document, 1 to vouch for a person after a
/// title or verb of saying).
constexpr double kSpreadMargin = 2.0;
constexpr double kEvidenceMargin = 1.0;
bool common_word(std::string_view norm, double margin, std::optional<NameType> as = std::nullopt) {
  return NerTagger::builtin().name_margin(norm, as) < -margin;
}

/// A definite word in ـية right after a definite word agrees with it as its adjective:
/// "المحادثات الإسرائيلية السعودية" (Israeli-Saudi talks), "العائلة المالكة السعودية", where
/// "السعودية" alone, "إلى السعودية", is the country. (ANERcorp: 3 of 3 outside the country's full
/// name on 0-90. With و it is a second noun: "مصر والسعودية".)
bool nisba_after_definite(const std::vector<Tok>& t, std::size_t i) {
  return i > 0 && t[i]->prefix == "ال" && t[i]->core.ends_with("يه") &&
         t[i - 1]->script == Script::arabic && ner::ends_with_article(t[i - 1]->prefix) &&
         !t[i - 1]->function_word;
}

/// Words that only club names use: they make a sentence sports news and start a club before its
/// city ("أولمبيك آسفي", "مولودية وجدة", "دينامو كييف").
constexpr std::string_view kClubOnly[] = {"اولمبيك", "مولوديه", "شبيبه",   "دينامو",
                                          "سبارتاك", "اتلتيكو", "سبورتنغ", "سبورتينغ"};

/// The entity kind of a name type the tagger reads (none for misc).
std::optional<EntityKind> kind_of_name(NameType type) {
  switch (type) {
    case NameType::person:
      return EntityKind::person;
    case NameType::organization:
      return EntityKind::organization;
    case NameType::location:
      return EntityKind::location;
    default:
      return std::nullopt;
  }
}

/// The CoNLL type of an entity kind (misc for the kinds CoNLL data does not score).
NameType name_type_of(EntityKind kind) {
  switch (kind) {
    case EntityKind::person:
      return NameType::person;
    case EntityKind::organization:
      return NameType::organization;
    case EntityKind::location:
      return NameType::location;
    default:
      return NameType::misc;
  }
}

/// A word the name lists give as a person's name more than twice: a pair seen once or twice is
/// often a common word ("موجة" Müge, "تسونامي" Tsunami, "دولة" Daoula).
bool known_given_name(std::string_view norm) {
  constexpr std::uint64_t kOnceOrTwice = 2;
  const LexiconEntry* e = Lexicon::builtin().find(norm, LexiconKind::person);
  return e != nullptr && e->weight > kOnceOrTwice;
}

/// A word that joins a family name to the word after it: "بن لادن", "أبو مازن", "فان باستن",
/// "دي ميستورا", "آل ثاني".
bool family_particle(std::string_view norm) {
  static constexpr std::string_view kWords[] = {"بن", "ابن", "ابو", "ال", "عبد", "فان",
                                                "دي", "دو",  "دا",  "لا", "فون", "ولد"};
  return listed(kWords, norm);
}

/// The second half of a compound name ("نصر الله", "نور الدين").
bool theophoric_tail(std::string_view norm) {
  static constexpr std::string_view kTails[] = {"الله",   "الدين",  "الرحمن", "الرحيم", "العزيز",
                                                "الكريم", "المجيد", "الحميد", "اللطيف", "الملك"};
  return listed(kTails, norm);
}

/// An ordinal ("جيمس الأول", "الحسن الثاني", and "أول", "ثاني" without the article).
bool ordinal_word(std::string_view norm) {
  return !regnal_numeral(norm).empty() || norm == "اول" || norm == "ثاني";
}

class SentenceScanner {
 public:
  explicit SentenceScanner(const std::vector<Tok>& toks) : t_(toks) {}

  std::vector<Candidate> run() {
    lexicon_matches();
    rules();
    tagger();
    return merge();
  }

 private:
  bool arabic(std::size_t i) const { return t_[i]->script == Script::arabic; }
  bool trigger(std::size_t i) const { return t_[i]->org_trigger; }
  bool title_word(std::size_t i) const { return t_[i]->title_word; }
  bool saying(std::size_t i) const { return t_[i]->saying_verb; }
  bool latin_name(std::size_t i) const { return t_[i]->latin_word; }
  bool has_article(std::size_t i) const { return ner::ends_with_article(t_[i]->prefix); }

  /// Could token i be (part of) a name at all?
  bool name_like(std::size_t i) const {
    const Tok& k = t_[i];
    // "علي" is both the name Ali and, spelled loosely, the preposition على: a name when a name
    // follows it ("علي عبد الله صالح").
    if (k->norm == "علي" && i + 1 < t_.size() &&
        (name_particle(i + 1) || (t_[i + 1]->bits & ner::kGazPerson) != 0)) {
      return true;
    }
    if (latin_name(i)) return k->capitalized;
    if (!arabic(i) || k->core.size() < 4) return false;
    return !k->function_word && !title_word(i) && !trigger(i) && !saying(i);
  }
  /// A word that joins the parts of an Arab name: بن، بنت، أبو، آل، عبد ("حمد بن خليفة آل ثاني").
  bool name_particle(std::size_t i) const {
    static constexpr std::string_view kParticles[] = {"بن",  "ابن", "بنت", "ابو",
                                                      "ابي", "ال",  "عبد"};
    return arabic(i) && listed(kParticles, t_[i]->norm);
  }
  /// The second half of a compound name: "نصر الله", "نور الدين", "عبد الرحمن".
  bool theophoric(std::size_t i) const { return arabic(i) && theophoric_tail(t_[i]->norm); }
  /// A person's span extended over the particles and compound halves that follow it.
  std::size_t extend_name(std::size_t last) const {
    while (last + 1 < t_.size()) {
      if (theophoric(last + 1)) {
        ++last;
      } else if (name_particle(last + 1) && last + 2 < t_.size() && arabic(last + 2) &&
                 !ner::is_function_word(t_[last + 2]->norm)) {
        last += 2;
      } else {
        break;
      }
    }
    return last;
  }

  /// Ends in ه/ها/هم as written (not ة): "نظيره", "رئيسها".
  bool pronoun_suffix(std::size_t i) const {
    const std::string_view w = t_[i].range.size() > 0 ? std::string_view(t_[i]->norm) : "";
    // "ها" only on a longer word: "مها" is a name, "خارجيتها" is "its foreign ministry".
    constexpr std::size_t kFourLetters = 8;  // bytes
    return arabic(i) && !t_[i]->taa_marbuta &&
           (w.ends_with("ه") || w.ends_with("هم") ||
            (w.ends_with("ها") && w.size() >= kFourLetters));
  }
  /// Does a name the tagger read end at token i?
  bool tagger_ends_at(std::size_t i) const {
    return std::any_of(spans_.begin(), spans_.end(), [&](const NameSpan& s) {
      return s.type != NameType::misc && s.end == i + 1;
    });
  }
  bool person_evidence(std::size_t i) const {
    return ((t_[i]->bits & ner::kGazPerson) != 0 &&
            !common_word(t_[i]->norm, kEvidenceMargin, NameType::person)) ||
           tagged_[i] == NameType::person || (latin_name(i) && t_[i]->capitalized);
  }

  /// A one-word lexicon place is also often a common word or a name ("الجديدة", "حمد", the
  /// team "المغرب الفاسي"): taken when it is a country, a curated name, a city of a million, or
  /// the tagger agrees.
  bool accept_single_word(std::string_view key, std::uint32_t bits, std::size_t i) const {
    if (ner::is_function_word(key) || t_[i]->spelled_function_word) return false;
    if ((bits & ner::kGazOrganization) != 0 && common_noun_here(i)) return false;
    if ((bits & (ner::kGazCountry | ner::kGazOrganization | ner::kGazRole)) != 0) return true;
    const LexiconEntry* place = Lexicon::builtin().find(key, LexiconKind::location);
    constexpr std::uint32_t kCurated = 1'000'000'000;  // the weight of the team's own entries
    if (place != nullptr && place->weight >= kCurated) return true;
    // A town the tagger's training news used as a common word: "رالي" (Raleigh; a rally).
    if (common_word(t_[i]->norm, kEvidenceMargin)) return false;
    if (tagged_[i] == NameType::location) return true;
    const LexiconEntry* person = Lexicon::builtin().find(key, LexiconKind::person);
    constexpr std::uint32_t kBigCity = 1'000'000;
    return place != nullptr && place->weight >= kBigCity &&
           (person == nullptr || person->weight < place->weight) && tagged_[i] == NameType::misc;
  }

  /// A one-word name that is also a noun with the article ("القاعدة": al-Qaeda, or the base;
  /// "الجزيرة": the channel, or the island) is the noun after a demonstrative ("هذه القاعدة") or
  /// before an adjective ("القاعدة السياسية", "القاعدة الأميركية"): a definite word that names
  /// nothing.
  bool common_noun_here(std::size_t i) const {
    if (!has_article(i)) return false;
    static constexpr std::string_view kDemonstratives[] = {"هذه", "هذا", "تلك", "ذلك"};
    if (i > 0 && listed(kDemonstratives, t_[i - 1]->norm)) {
      return true;
    }
    if (i + 1 >= t_.size() || !arabic(i + 1) || t_[i + 1]->prefix != "ال") return false;
    constexpr std::uint32_t kNames =
        ner::kGazPerson | ner::kGazLocation | ner::kGazCountry | ner::kGazOrganization;
    return (t_[i + 1]->bits & kNames) == 0 && tagged_[i + 1] == NameType::misc;
  }

  /// Whether the lexicon knows the `n - 1` words after token `i` as an organization.
  bool known_after(std::size_t i, std::size_t n) const {
    std::string key = t_[i + 1]->norm;
    for (std::size_t j = i + 2; j < i + n; ++j) key += " " + t_[j]->norm;
    return (ner::lexicon_bits(key) & ner::kGazOrganization) != 0;
  }

  /// Longest lexicon phrases (places, countries, organizations, roles) over the tokens.
  void lexicon_matches() {
    for (std::size_t i = 0; i < t_.size();) {
      std::size_t matched = 0;
      std::uint32_t bits = 0;
      // "دولة قطر", "دولة الإمارات العربية المتحدة": the country is named after the word for
      // state, which stays outside it (the longest name after it is found from the next word).
      const bool state_word = t_[i]->core == "دوله" && !has_article(i);
      if (!state_word && (arabic(i) || latin_name(i))) {
        std::size_t longest = 1;
        for (const Word::LookupForm& f : t_[i]->lookup_forms) {
          longest = std::max(longest, f.phrase_words);
        }
        constexpr std::uint32_t kKinds =
            ner::kGazOrganization | ner::kGazCountry | ner::kGazLocation | ner::kGazRole;
        for (std::size_t n = std::min(longest, t_.size() - i); n >= 1 && matched == 0; --n) {
          // The first word with its clitics (keeping the article), or bare.
          for (const Word::LookupForm& f : t_[i]->lookup_forms) {
            std::uint32_t b = 0;
            if (n == 1) {
              b = f.bits & kKinds;
              // A word with the article found as a place or organization only without it is
              // another word: "المالي" is "the financial", not Mali; "الإعمار" (reconstruction)
              // is not Emaar, "الحماس" (zeal) not Hamas. Names that take the article are listed
              // with it ("السودان", "القاهرة", "الناتو").
              if (has_article(i) && f.text == t_[i]->core) {
                b &= ~std::uint32_t{ner::kGazCountry | ner::kGazLocation | ner::kGazOrganization};
              }
              if (nisba_after_definite(i))
                b &= ~std::uint32_t{ner::kGazCountry | ner::kGazLocation};
              // Two letters left after a one-letter clitic are more often a word of its own
              // that starts with the letter: "فشل" (failed) is no ف + "شل" (Shell). (A phrase
              // may start so: "ببن عروس".)
              constexpr std::size_t kTwoLetters = 4;  // bytes
              if (f.text.size() <= kTwoLetters && f.text != t_[i]->norm) b = 0;
            } else if (f.phrase_words >= n) {
              std::string key = f.text;
              for (std::size_t j = i + 1; j < i + n; ++j) key += " " + t_[j]->norm;
              b = ner::lexicon_bits(key) & kKinds;
            }
            if (b != 0 && (n > 1 || accept_single_word(f.text, b, i))) {
              matched = n;
              bits = b;
              break;
            }
          }
        }
      }
      if (matched == 0) {
        ++i;
        continue;
      }
      Candidate c{i, i + matched - 1, kind_of_bit(bits), kLexicon};
      // "شركة فورد" (a company key of the lexicon) is Ford: the company word stays outside. So
      // does an institution word before a name the lexicon knows alone: "حركة حماس" is Hamas,
      // "وكالة فرانس برس" is AFP. (A definite phrase after it is no proper name, however the
      // lexicon knows it: "منظمة الصحة العالمية" keeps its word.)
      if (matched > 1 && c.kind == EntityKind::organization &&
          (trigger_outside_name(t_[i]->core) || trigger_outside_name(t_[i]->norm) ||
           (t_[i]->org_trigger && !has_article(i + 1) && known_after(i, matched)))) {
        c.name_first = i + 1;
      }
      // "نهر الأردن" is a mention of "الأردن", the Jordan River (landform_outside_name()).
      if (matched > 1 && c.kind == EntityKind::location && !has_article(i) &&
          landform_outside_name(t_[i]->core)) {
        c.name_first = i + 1;
      }
      cands_.push_back(c);
      i += matched;
    }
  }

  /// Title + name, verb of saying + name, trigger + organization, Latin names.
  void rules() {
    // Organizations first, so a title can skip the one it belongs to ("الرئيس التنفيذي لشركة
    // ميتا مارك زوكربيرج"); then people after titles and verbs; then Latin names left over.
    for (std::size_t i = 0; i + 1 < t_.size(); ++i) {
      if (trigger(i)) org_after_trigger(i);
    }
    for (std::size_t i = 0; i + 1 < t_.size(); ++i) place_after_landform(i);
    if (sports_sentence()) sports_clubs();
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (title_word(i) || role_ends_at(i)) person_after(i, true);
      if (saying(i)) {
        person_after(i, false);
        // An unnamed speaker with a title ("وقالت المتحدثة باسم الشركة") is a role.
        if (i + 1 < t_.size() && title_word(i + 1) && has_article(i + 1) && !covered(i + 1)) {
          cands_.push_back({i + 1, i + 1, EntityKind::role, kRule});
        }
      }
    }
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (latin_name(i) && t_[i]->capitalized &&
          (i == 0 || !latin_name(i - 1) || !t_[i - 1]->capitalized) && !covered(i)) {
        latin_run(i);
      }
    }
    quoted_names();
  }

  /// A sentence about a match: a word only sports news uses (clitics and article stripped).
  bool sports_sentence() const {
    static constexpr std::string_view kWords[] = {
        "مباراه", "مباريات", "دوري",  "ملعب",  "مدرب", "لاعب",  "لاعبين", "لاعبي",
        "لاعبو",  "تعادل",   "شوط",   "منتخب", "هداف", "مهاجم", "حارس",   "ركله",
        "بطوله",  "هدفا",    "هدفين", "اهداف", "كره",  "نادي",  "انديه",  "مونديال"};
    // (The word as written too: "بطولة" is no ب + "طولة".)
    return std::any_of(t_.begin(), t_.end(), [&](const Tok& k) {
      return listed(kWords, k->core) || listed(kWords, k->norm) || listed(kClubOnly, k->core);
    });
  }

  /// A city of the lexicon (not a country) whose matching form is `key` or "ال" + `key`.
  static bool known_city(std::string_view key) {
    const Lexicon& lex = Lexicon::builtin();
    return lex.find(key, LexiconKind::location) != nullptr ||
           lex.find("ال" + std::string(key), LexiconKind::location) != nullptr;
  }

  /// A definite nisba adjective of a city the lexicon knows: "المراكشي" (Marrakesh), "البيضاوي"
  /// (Casablanca, "البيضاء"), "الجديدي" (El Jadida). Not of a country ("المغربي").
  bool city_nisba(std::size_t i) const {
    if (!arabic(i) || !prefix_is(i, "ال")) return false;
    std::string_view base = t_[i]->core;
    if (base.ends_with("يه")) {
      base.remove_suffix(4);
    } else if (base.ends_with("ي")) {
      base.remove_suffix(2);
    } else {
      return false;
    }
    constexpr std::size_t kTwoLetters = 4;  // bytes
    if (base.size() < kTwoLetters) return false;
    const std::string b(base);
    if (known_city(b) || known_city(b + "ه") || known_city(b + "ا")) return true;
    // A و before the ending was a hamza or nothing: "البيضاوي" of "البيضاء", "السلاوي" of "سلا".
    if (!base.ends_with("و")) return false;
    const std::string stem = b.substr(0, b.size() - 2);
    return known_city(stem) || known_city(stem + "ء");
  }

  bool nisba_after_definite(std::size_t i) const { return entities::nisba_after_definite(t_, i); }

  /// A word for an administrative division before a place's name.
  static bool division_word(std::string_view core) {
    static constexpr std::string_view kWords[] = {"ولايه", "مدينه", "محافظه", "منطقه", "اقليم",
                                                  "بلده",  "قريه",  "بلديه",  "مقاطعه"};
    return listed(kWords, core);
  }

  /// Words that start a club's name before its city in a match report ("اتحاد طنجة", "شباب
  /// المحمدية", "ريال مدريد", "أولمبيك خريبكة").
  /// (Those in kClubOnly, and words that are also common nouns: اتحاد, شباب, نجم, ...)
  static bool club_head(std::string_view core) {
    static constexpr std::string_view kWords[] = {"اولمبي",    "اتحاد",  "شباب",  "نهضه", "نجم",
                                                  "هلال",      "مستقبل", "اتفاق", "ريال", "اتلتيك",
                                                  "لوكوموتيف", "حسنيه",  "رجاء"};
    return listed(kClubOnly, core) || listed(kWords, core);
  }

  /// Words of a match report that a city's nisba or name describes without naming a club:
  /// "المنتخب المراكشي", "جمهور برشلونة", "مباراة مدريد".
  static bool sports_noun(std::string_view core) {
    static constexpr std::string_view kWords[] = {
        "منتخب", "فريق", "دوري",  "ملعب", "جمهور",    "بطوله", "كاس",  "مباراه",
        "موسم",  "نجم",  "مدافع", "حكم",  "مهاجم",    "حارس",  "هداف", "مدرب",
        "لاعب",  "رئيس", "ابطال", "امم",  "اولمبياد", "نهائي"};
    return listed(kWords, core);
  }

  /// Clubs in a sentence about a match, named after their city: a definite name and the city's
  /// nisba ("الوداد البيضاوي", "الكوكب المراكشي", "النادي المكناسي"), or a name the tagger reads
  /// and the city ("حسنية أكادير", "سبارتاك موسكو"). (A city alone is left a place: "فاز
  /// برشلونة" is the club, "في برشلونة" the city, and the words around tell them apart too
  /// loosely.)
  void sports_clubs() {
    auto club_word = [&](std::size_t i) {
      return arabic(i) && name_like(i) && !title_word(i) && !t_[i]->function_word &&
             !sports_noun(t_[i]->core) &&
             (t_[i]->bits & (ner::kGazNationality | ner::kGazRole)) == 0;
    };
    for (std::size_t i = 0; i + 1 < t_.size(); ++i) {
      if (!club_word(i)) continue;
      if (has_article(i) && city_nisba(i + 1) && !t_[i + 1]->taa_marbuta &&
          !common_word(t_[i + 1]->norm, kEvidenceMargin) &&
          (t_[i + 1]->bits & ner::kGazNationality) == 0) {
        cands_.push_back({i, i + 1, EntityKind::organization, kRule});
        ++i;
        continue;
      }
      constexpr std::uint32_t kPlace = ner::kGazLocation | ner::kGazCountry;
      if (!has_article(i) && (t_[i]->bits & kPlace) == 0 &&
          (tagged_[i] != NameType::misc || club_head(t_[i]->core)) &&
          (t_[i]->prefix.empty() || t_[i]->prefix == "و") && t_[i + 1]->prefix.empty()) {
        for (const Candidate& c : cands_) {
          if (c.first == i + 1 && c.last == i + 1 && c.kind == EntityKind::location &&
              c.trust == kLexicon && (t_[i + 1]->bits & ner::kGazCountry) == 0) {
            cands_.push_back({i, i + 1, EntityKind::organization, kRule});
            break;
          }
        }
      }
    }
  }

  bool covered(std::size_t i) const {
    return std::any_of(cands_.begin(), cands_.end(),
                       [&](const Candidate& c) { return c.first <= i && i <= c.last; });
  }

  bool role_ends_at(std::size_t i) const {
    for (const Candidate& c : cands_) {
      if (c.kind == EntityKind::role && c.last == i) return true;
    }
    return false;
  }

  bool punctuation(std::size_t i) const { return t_[i]->script == Script::punctuation; }
  bool prefix_is(std::size_t i, std::string_view p) const { return t_[i]->prefix == p; }
  bool genitive_article(std::size_t i) const {
    return arabic(i) && (prefix_is(i, "ال") || prefix_is(i, "لل") || prefix_is(i, "وال"));
  }

  /// Adjectives that describe a place or body without naming it ("مصنع جديد").
  static bool plain_adjective(std::string_view core) {
    static constexpr std::string_view kWords[] = {
        "جديد", "جديده", "كبير", "كبيره", "صغير", "صغيره", "ضخم",  "ضخمه",  "حديث", "حديثه",
        "اخر",  "اخري",  "اول",  "اولي",  "ثاني", "ثانيه", "اكبر", "رئيسي", "اخير", "اخيره"};
    return listed(kWords, core);
  }

  /// A landform word and the name after it is a place: "جبل قاسيون", "نهر الليطاني", "جزيرة
  /// أرواد". Not with the article ("الجبل": the mountain), nor before an adjective ("جزيرة صغيرة",
  /// "جبل صخري"), a function word, a number or an indefinite noun ("نهراً جارياً"). (بحر is left
  /// out: "بحر الأسبوع" is "during the week".)
  void place_after_landform(std::size_t i) {
    if (!arabic(i) || has_article(i) || covered(i)) return;
    // A word heading a landform name ("جبل", "نهر", ...: the patterns of its English).
    if (name_pattern(t_[i]->core, EntityKind::location).empty()) return;
    const std::size_t j = i + 1;
    if (j >= t_.size() || t_[i]->tanween) return;
    // A city or region the lexicon knows after the landform word is its name: "خليج العقبة" is
    // the Gulf of Aqaba, one place (the candidate of العقبة alone gives way to it). A country
    // stays itself: "جزيرة قبرص" is Cyprus.
    const std::size_t name = landform_outside_name(t_[i]->core) ? j : SIZE_MAX;
    for (Candidate& c : cands_) {
      if (c.first == j && c.kind == EntityKind::location && c.trust == kLexicon &&
          (t_[j]->bits & ner::kGazCountry) == 0) {
        c.first = i;
        c.name_first = name;
        c.trust = kRule;
        return;
      }
    }
    if (!arabic(j) || !name_like(j) || covered(j) || t_[j]->tanween) return;
    if (!t_[j]->prefix.empty() && !has_article(j)) return;  // "جبل وعر", "نهر بلا ماء"
    // After the indefinite landform word a definite word cannot be its adjective: "نهر
    // الليطاني" is a name; an indefinite one ending like a nisba can ("جبل صخري").
    const std::string_view rest = t_[j]->core;
    if (!has_article(j) && (plain_adjective(rest) || rest.ends_with("ي") || rest.ends_with("يه"))) {
      return;
    }
    // A verb in the future tense ("مضيق سينعقد ..."), unless the lexicon or the tagger reads a
    // name ("صحراء سيناء").
    const bool future_verb =
        !has_article(j) &&
        (rest.starts_with("سي") || rest.starts_with("ست") || rest.starts_with("سن")) &&
        t_[j]->bits == 0 && tagged_[j] == NameType::misc;
    if (future_verb) return;
    cands_.push_back({i, j, EntityKind::location, kRule, name});
  }

  /// A word for a body that is named on its own, not inside an institution's name: "منظمة الصحة
  /// العالمية والحكومة الأردنية" are two.
  bool body_noun(std::size_t i) const {
    static constexpr std::string_view kWords[] = {"حكومه", "دوله", "سلطات", "سلطه",
                                                  "جيش",   "شرطه", "قوات",  "برلمان"};
    return arabic(i) && listed(kWords, t_[i]->core);
  }

  /// An adjective after an institution's genitive: a nisba ("العربية", "الدولي", "الفلسطينيين")
  /// or one of the adjectives institutions are named with ("الأعلى", "المتحدة", "المشتركة").
  bool name_adjective(std::size_t i) const {
    if (!arabic(i) || t_[i]->function_word) return false;
    const std::string_view c = t_[i]->core;
    static constexpr std::string_view kWords[] = {
        "اعلي", "عليا",  "متحده",  "دائم",  "دائمه",  "عام",  "عامه",  "كبري",  "حر",
        "حره",  "مشترك", "مشتركه", "مستقل", "مستقله", "موحد", "موحده", "مركزي", "اول"};
    // (A nisba has three letters or more: "القى" is a verb, not ال + "قي".)
    constexpr std::size_t kThreeLetters = 6;  // bytes
    const bool nisba =
        c.size() >= kThreeLetters && (c.ends_with("ي") || c.ends_with("يه") || c.ends_with("يين") ||
                                      c.ends_with("يون") || c.ends_with("يات"));
    return nisba || listed(kWords, c);
  }

  /// A word of the pattern فاعل (four letters, ا second): "الفائق", "الحاكم", "الناشئ".
  bool active_participle(std::size_t i) const {
    const std::string_view c = t_[i]->core;
    constexpr std::size_t kFourLetters = 8;  // bytes
    return arabic(i) && c.size() == kFourLetters && c.substr(2, 2) == "ا";
  }

  /// A word that ends a company's name after a definite first word: "القابضة", "المتحدة",
  /// "المحدودة", or a nisba adjective ("الوطنية", "السعودية").
  bool company_adjective(std::size_t i) const {
    if (!arabic(i) || !prefix_is(i, "ال") || t_[i]->function_word) return false;
    const std::string_view c = t_[i]->core;
    static constexpr std::string_view kWords[] = {"قابضه", "متحده", "محدوده", "مساهمه", "متجدده"};
    return (c.ends_with("يه") && c.size() > 6) || listed(kWords, c);
  }

  /// The last token of a company's name that starts with the definite word `j`: its adjectives and
  /// a genitive tail ("للاستثمار العقاري"); `j` itself when nothing follows that marks a name.
  std::size_t definite_company_end(std::size_t j, std::size_t limit) const {
    std::size_t last = j;
    while (last + 1 < t_.size() && last < limit && company_adjective(last + 1)) ++last;
    if (last + 1 < t_.size() && last < limit && prefix_is(last + 1, "لل") && name_like(last + 1)) {
      ++last;
      while (last + 1 < t_.size() && last < limit && prefix_is(last + 1, "ال") &&
             name_like(last + 1)) {
        ++last;
      }
    }
    return last;
  }

  void org_after_trigger(std::size_t trigger) {
    bool company =
        trigger_outside_name(t_[trigger]->core) || trigger_outside_name(t_[trigger]->norm);
    const std::size_t j = trigger + 1;
    std::size_t last = j;
    const std::size_t limit = j + 3;
    if (latin_name(j)) {
      while (last + 1 < t_.size() && latin_name(last + 1)) ++last;
    } else if (company) {
      // A company's name: a proper name (often a transliteration) without the article,
      // continued by more such words and an optional genitive tail ("نور للطاقة المتجددة").
      if (!name_like(j)) return;
      if (has_article(j) || !t_[j]->prefix.empty()) {
        // A definite name ("شركة الواحة القابضة", "شركة النور للاستثمار", "مجموعة الخليج
        // المتحدة") is a name when the lexicon knows it or a company's tail follows it; alone
        // ("شركة النفط") it is a common noun.
        if (!prefix_is(j, "ال")) return;
        const std::size_t end = definite_company_end(j, limit);
        if (end == j && (t_[j]->bits & ner::kGazOrganization) == 0) return;
        last = end;
        if (trigger > 0 && t_[trigger - 1]->script == Script::digits) return;
        if (has_article(trigger) && (t_[j]->bits & ner::kGazOrganization) == 0) return;
        cands_.push_back({trigger, last, EntityKind::organization, kRule, j});
        return;
      }
      // "49 قناة تلفزية": a counted noun and an adjective (ـية) name nothing.
      if (trigger > 0 && t_[trigger - 1]->script == Script::digits) return;
      if (t_[j]->core.ends_with("يه") && t_[j]->bits == 0) return;
      // "الشركة" with the article points back to a company already named; only a known name
      // may follow it.
      if (has_article(trigger) && (t_[j]->bits & ner::kGazOrganization) == 0) return;
      // After a role ("الرئيس التنفيذي لشركة ميتا مارك زوكربيرج") the next name is the person's.
      const bool role_before =
          trigger > 0 && (title_word(trigger - 1) || role_ends_at(trigger - 1) ||
                          (trigger > 1 && title_word(trigger - 2)));
      // A name the lexicon knows ends where it ends, unless the tagger reads the name on:
      // "شركة مايكروسوفت ملفاً أمنياً" is Microsoft and the file it released.
      const bool known = (t_[j]->bits & ner::kGazOrganization) != 0;
      // A word with ة or a pronoun suffix is where the sentence goes on: "شركة موتورولا زيادة
      // أرباحها" is Motorola and the rise of its profits.
      while (!role_before && last + 1 < t_.size() && last < limit && name_like(last + 1) &&
             !has_article(last + 1) && t_[last + 1]->prefix.empty() && !t_[last + 1]->taa_marbuta &&
             !pronoun_suffix(last + 1) && tagged_[last + 1] != NameType::person &&
             (!known || tagged_[last + 1] == NameType::organization)) {
        ++last;
      }
      if (last + 1 < t_.size() && last < limit && prefix_is(last + 1, "لل") &&
          name_like(last + 1)) {
        ++last;
        while (last + 1 < t_.size() && last < limit && prefix_is(last + 1, "ال") &&
               name_like(last + 1)) {
          ++last;
        }
      }
    } else {
      // An institution: the trigger and its genitive ("جامعة الدول العربية", "وزارة المياه
      // والري", "المؤسسة الدولية للتمويل").
      // The name is a construct chain: indefinite nouns ("جمعية صيانة مدينة سوسة") up to one
      // with the article, then its adjectives and coordinated nouns ("الدولية", "والري").
      const bool definite = arabic(j) && prefix_is(j, "ال");
      if (!definite && !(name_like(j) && t_[j]->prefix.empty())) return;
      // "مؤسسة علمية": an indefinite adjective describes the institution, it names none.
      // ("مركز تنمية المجتمع": a noun in ـية with its genitive names one.)
      if (!definite && t_[j]->core.ends_with("يه") && t_[j]->bits == 0 &&
          tagged_[j] == NameType::misc && !(j + 1 < t_.size() && genitive_article(j + 1))) {
        return;
      }
      // "مصنع جديد للبطاريات": an institution word with a plain adjective is a description.
      if (!definite && plain_adjective(t_[j]->core)) return;
      // "المختبر الجديد", "الوزارة": with the article, the word points back to a name given
      // before; the lexicon knows the names that start so ("الأمم المتحدة").
      if (has_article(trigger)) return;
      // A proper name ends the chain ("حزب نداء تونس", "حركة حماس قبلت"); only adjectives may
      // follow it.
      constexpr std::uint32_t kProper =
          ner::kGazCountry | ner::kGazLocation | ner::kGazOrganization;
      // (A name the tagger reads on as an organization goes on: "منظمة جرين موتوريست".)
      auto proper = [&](std::size_t k) {
        return (t_[k]->bits & kProper) != 0 ||
               (tagged_[k] != NameType::misc &&
                !(tagged_[k] == NameType::organization && k + 1 < t_.size() &&
                  tagged_[k + 1] == NameType::organization));
      };
      bool chain_open = !definite && (t_[j]->bits & ner::kGazOrganization) == 0;
      // After the definite noun that closes the chain come its coordinated nouns ("وزارة
      // الاقتصاد والتجارة"), adjectives ("جامعة الدول العربية", "مختبر الذكاء الفائق") and
      // genitives with لل ("وزارة التعليم العالي والبحث العلمي"); not another head noun ("مجلس
      // الاحتياطي الاتحادي البنك المركزي"), nor a feminine word that agrees with neither masculine
      // noun before it: "وأقر مجلس الوزراء الموازنة" is the council and what it approved.
      // (After a proper name, "بنك غولدمان ساكس", only adjectives too: "رفض بنك غولدمان ساكس
      // التعليق" is the bank and what it declined.)
      bool genitive_seen = definite;
      // (An organization's: "نادي حمام الأنف" goes on after "حمام", a place of its own.)
      auto known_name = [&](std::size_t k) {
        return (t_[k]->bits & ner::kGazOrganization) != 0 ||
               std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
                 return c.first == k && c.trust == kLexicon && c.kind == EntityKind::organization;
               });
      };
      bool named = !definite && known_name(j);
      std::size_t genitive = j;
      while (last + 1 < t_.size() && last < limit && !ner::is_function_word(t_[last + 1]->norm)) {
        const std::size_t k = last + 1;
        if (genitive_article(k) && (genitive_seen || named)) {
          if (t_[k]->org_trigger || title_word(k) || body_noun(k)) break;
          // Past the genitive a bare definite word is an adjective of the name when it is one
          // of the adjectives names take ("الدولي", "المتحدة"), agrees with a feminine noun
          // before it ("منظمة الدول المصدرة") or is an active participle (فاعل: "مختبر الذكاء
          // الفائق"); another masculine word is where the sentence goes on ("مجلس الأمن المؤلف
          // من", "مجلس الوزراء التزام لبنان", "أدانت منظمة التعاون الإسلامي الهجوم").
          const bool feminine_agrees =
              t_[k]->taa_marbuta && (t_[trigger]->taa_marbuta || t_[genitive]->taa_marbuta);
          // (After an organization's own name, an adjective alone: "قبلت حركة حماس المبادرة
          // المصرية" is Hamas and the initiative it accepted.)
          if (!name_adjective(k) && (named || (!prefix_is(k, "لل") && !prefix_is(k, "وال") &&
                                               !feminine_agrees && !active_participle(k)))) {
            break;
          }
        } else if (genitive_article(k)) {
          chain_open = false;
          genitive_seen = true;
          genitive = k;
        } else if (!(chain_open && name_like(k) && t_[k]->prefix.empty())) {
          break;
        }
        last = k;
        if (proper(k)) {
          chain_open = false;
          named = named || (!genitive_seen && known_name(k));
        }
      }
      // An open chain that never reached a name is a common phrase ("جمعية عامة"), and so is an
      // institution word with a plain adjective ("مصنع جديد", "مركز كبير").
      if (!definite && last == j &&
          ((t_[j]->bits == 0 && tagged_[j] == NameType::misc) || plain_adjective(t_[j]->core))) {
        return;
      }
    }
    // A name the lexicon knows from here on is taken whole ("صحيفة وول ستريت جورنال").
    bool named_after = false;
    for (const Candidate& c : cands_) {
      if ((c.first == j || c.first == trigger) && c.kind == EntityKind::organization) {
        last = std::max(last, c.last);
        named_after = named_after || c.name_begin() == j;
      }
    }
    // An institution word before an organization's own name describes it, as شركة does a
    // company's: "حركة حماس" is Hamas. (Only a name the lexicon knows: where only the tagger
    // reads one, "نادي حمام الأنف" lost its club word and "لجنة تنظيم كأس" its committee.)
    if (named_after) company = true;
    cands_.push_back({trigger, last, EntityKind::organization, kRule, company ? j : SIZE_MAX});
  }

  /// Words between a title and its name: "الرئيس التنفيذي للشركة، د. سامر الخطيب", "الناطقة
  /// باسمها، رنا العمري".
  bool between_title_and_name(std::size_t i) const {
    const std::string_view n = t_[i]->norm;
    if (punctuation(i)) return n == "،" || n == "," || n == ".";
    return n == "د" || n.starts_with("باسم") || prefix_is(i, "لل") ||
           (tagged_[i] == NameType::misc && title_word(i));
  }

  /// A first name with the article, as the name lists give it more than twice, before a known
  /// name: "رئيس الجمهورية، الباجي قايد السبسي", "الحبيب بورقيبة".
  bool definite_first_name(std::size_t j) const {
    return t_[j]->prefix == "ال" && known_given_name(t_[j]->norm) && j + 1 < t_.size() &&
           t_[j + 1]->prefix.empty() && person_evidence(j + 1);
  }

  /// The name right after a title or role (`title`) or a verb of saying.
  void person_after(std::size_t at, bool title) {
    std::size_t j = at + 1;
    bool after_genitive = false;
    // Skip the organization the role belongs to and the words that join them.
    for (std::size_t skipped = 0; j < t_.size() && skipped < 5; ++skipped) {
      bool moved = false;
      // (Not a place the lexicon or tagger read right after a comma: that is the name in
      // apposition, "مديرة المكتبة، هالة الزين،", where "هالة" is also the town Halle.)
      const bool apposition = j > at + 1 && t_[j - 1]->norm == "،";
      for (const Candidate& c : cands_) {
        if (c.first == j && c.kind != EntityKind::person &&
            !(apposition && c.kind == EntityKind::location && c.trust != kRule)) {
          j = c.last + 1;
          moved = true;
        }
      }
      if (!moved && title && j < t_.size() && arabic(j) && pronoun_suffix(j) &&
          t_[j]->prefix.empty()) {
        ++j;  // "وزير خارجيتها سيرغي لافروف"
        moved = true;
      }
      if (!moved && title && j < t_.size() && between_title_and_name(j)) {
        ++j;
        moved = true;
      }
      // The title's genitive ("رئيس الحركة ومؤسسها حامد القروي"): the name after it must then
      // be known as a name.
      if (!moved && title && j < t_.size() && arabic(j) && has_article(j) &&
          !ner::is_function_word(t_[j]->norm) && !(!after_genitive && definite_first_name(j))) {
        ++j;
        moved = true;
        after_genitive = true;
      }
      if (!moved) break;
    }
    if (j >= t_.size()) return;
    if (latin_name(j) && t_[j]->capitalized) {
      latin_run(j, EntityKind::person);
      return;
    }
    // A name set off by commas after the title and its genitive ("مديرة المكتبة، هالة الزين،
    // إن"): the apposition names the holder of the title even when the name is unknown.
    // ("هالة" ends like a pronoun suffix, "ها", and is still a name here.)
    if (title && j > at + 1 && t_[j - 1]->norm == "،" && name_like(j) && !has_article(j) &&
        t_[j]->prefix.empty()) {
      std::size_t end = j;
      while (end + 1 < t_.size() && end < j + 2 && name_like(end + 1) &&
             (t_[end + 1]->prefix.empty() || prefix_is(end + 1, "ال")) &&
             !pronoun_suffix(end + 1)) {
        ++end;
      }
      if (end > j && end + 1 < t_.size() && t_[end + 1]->norm == "،") {
        cands_.push_back({j, end, EntityKind::person, kRule});
        return;
      }
    }
    // A family name with the article the name lists know, alone between a verb of saying and
    // what was said: "وأضاف العطار أن ..." ("وأضاف البيان أن" names nobody: no list has it).
    // (The word with its article is the key: "بيان" alone is the name Bayan.)
    if (!title && j + 1 < t_.size() && prefix_is(j, "ال") && name_like(j) && !pronoun_suffix(j) &&
        (t_[j]->bits & ~ner::kGazPerson) == 0 &&
        (t_[j + 1]->norm == "ان" || t_[j + 1]->norm == ":") &&
        Lexicon::builtin().find(t_[j]->norm, LexiconKind::person) != nullptr) {
      cands_.push_back({j, j, EntityKind::person, kRule});
      return;
    }
    // (Not past the title's genitive: "محافظ البنك المركزي الشاذلي العياري ضيف" has no name
    // "العياري ضيف".)
    const bool definite_first = !after_genitive && definite_first_name(j);
    if (!name_like(j) || (has_article(j) && !definite_first) || pronoun_suffix(j)) return;
    // "وقال" + "لمصدر": not a name.
    if (!t_[j]->prefix.empty() && !definite_first) return;
    if (after_genitive && !person_evidence(j)) return;
    // An unknown first word after a title will do when the lexicon knows the second as a name
    // ("الناطقة باسمها، رنا العمري"); two unknown words ("مدير مشروع كأس") will not, nor an unknown
    // word in ـية (names in ـية, "نادية", are in the lists).
    auto unknown_word = [&](std::size_t k) {
      return t_[k]->bits == 0 && tagged_[k] == NameType::misc;
    };
    // A title with an adjective of its own ("مسؤول كبير", "متحدث عسكري") and no name is a role.
    auto adjective_of_title = [&] {
      return title && tagged_[j] != NameType::person && t_[j]->prefix.empty() &&
             (plain_adjective(t_[j]->core) || t_[j]->core.ends_with("ي"));
    };
    if (!person_evidence(j) &&
        !(title && j + 1 < t_.size() && name_like(j + 1) && unknown_word(j) &&
          !t_[j]->core.ends_with("يه") &&  // a noun or adjective in ـية: "مؤسس جمهورية الريف"
          person_evidence(j + 1) && (t_[j + 1]->prefix.empty() || prefix_is(j + 1, "ال")) &&
          !punctuation(j + 1))) {
      if (adjective_of_title() && !covered(at)) cands_.push_back({at, at, EntityKind::role, kRule});
      return;
    }
    // ... unless the tagger starts the name at the second word: the unknown first word is then a
    // verb or noun before it ("الفريق طالت كافو", the team's overhaul "reached" Cafu).
    if (!person_evidence(j) && tagged_[j + 1] == NameType::person) ++j;
    const bool first_word_known = person_evidence(j);
    // The name goes on with a second word that may be unknown ("ألكسندر وانغ"), and further only
    // with words known as names; a word with a pronoun suffix ("نظيره") ends it.
    std::size_t last = j;
    std::size_t words = 1;
    while (last + 1 < t_.size() && words < 4) {
      const std::size_t k = last + 1;
      if (name_particle(k) || theophoric(k)) {
        last = k;
        continue;
      }
      const bool after_particle = name_particle(last);
      // A second word may be unknown after a title ("ألكسندر وانغ"); a verb ("صالح تعهد") or
      // a word the tagger and lexicon know as something else is no name.
      // With the article, only a family name in ـي ("العمري") passes unknown.
      const bool second_unknown = title && words == 1 && t_[k]->bits == 0 &&
                                  tagged_[k] == NameType::misc &&
                                  (!has_article(k) || t_[k]->core.ends_with("ي"));
      if (!(name_like(k) || (after_particle && arabic(k))) ||
          !(t_[k]->prefix.empty() || prefix_is(k, "ال")) || pronoun_suffix(k) ||
          !((title ? person_evidence(k) : tagged_[k] == NameType::person) || after_particle ||
            second_unknown)) {
        break;
      }
      // The tagger ended the name before this unknown word: it is the verb or preposition that
      // follows the name ("الرئيس صالح تعهد", "الرئيس شيراك شذ عن").
      // (A final ي is the long vowel of a transliterated name more often: "تيريزا ماي".)
      // (Before a comma or the sentence's end the word has no complement a verb would take:
      // "المتحدث باسمها إريك مامر.")
      const bool closes = k + 1 >= t_.size() || punctuation(k + 1);
      if (second_unknown && !has_article(k) && !person_evidence(k) &&
          tagged_[last] == NameType::person && !t_[k]->norm.ends_with("ي") && !closes) {
        break;
      }
      last = k;
      ++words;
    }
    if (name_particle(last)) --last;
    // One word after a title that is an adjective of the title ("مسؤول كبير", "متحدث عسكري") is
    // no name, whatever the name lists say, unless the tagger reads a name.
    if (last == j && first_word_known && adjective_of_title()) {
      if (!covered(at)) cands_.push_back({at, at, EntityKind::role, kRule});
      return;
    }
    // The tagger may have read more of the name in context ("سليمان فرنجية"): take its span
    // where it overlaps this one.
    for (const NameSpan& sp : spans_) {
      if (sp.type == NameType::person && sp.begin <= last && j < sp.end) {
        j = std::min(j, sp.begin);
        last = std::max(last, sp.end - 1);
      }
    }
    // One word after a verb of saying is a name only when the tagger says so: "وذكر بيان" is
    // a statement, whatever the name lists say.
    if (!title && last == j && tagged_[j] != NameType::person && !latin_name(j)) return;
    cands_.push_back({j, last, EntityKind::person, kRule});
    // The title itself is a role ("الناطقة"), unless the lexicon already gave a longer one.
    if (title && !covered(at)) cands_.push_back({at, at, EntityKind::role, kRule});
  }

  static bool latin_title(std::string_view norm) {
    return norm == "dr" || norm == "mr" || norm == "mrs" || norm == "ms" || norm == "prof" ||
           norm == "sir";
  }

  /// A run of Latin words ("Scale AI", "Dr. Omar Haddad"); `kind` when the context decided it.
  void latin_run(std::size_t i, std::optional<EntityKind> decided = std::nullopt) {
    // English words that start a sentence or join its parts, capitalized or not: never a name's
    // first word ("The library works with ...").
    static constexpr std::string_view kLeading[] = {
        "the",    "a",   "an",   "this", "that",  "these", "those", "in",    "on",    "at",
        "for",    "and", "but",  "or",   "he",    "she",   "it",    "we",    "they",  "i",
        "his",    "her", "its",  "our",  "their", "as",    "if",    "when",  "while", "after",
        "before", "by",  "with", "from", "to",    "of",    "so",    "there", "here",  "you"};
    // Months and weekdays are capitalized without being names.
    static constexpr std::string_view kCalendar[] = {
        "january",   "february",  "march",   "april",    "may",      "june",   "july",
        "august",    "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday",  "friday",  "saturday", "sunday"};
    auto in = [](std::span<const std::string_view> list, std::string_view w) {
      return std::find(list.begin(), list.end(), w) != list.end();
    };
    auto capital = [&](std::size_t k) { return latin_name(k) && t_[k]->capitalized; };
    // A name goes on over capitalized words, and over "of", "for", "&" and the particles of
    // names before one ("Bank of America", "Johnson & Johnson"); a lower-case word ends it:
    // "Open Shelf Labs expects" is Open Shelf Labs.
    auto continues = [&](std::size_t k) {
      static constexpr std::string_view kJoins[] = {"of",  "for", "&",   "de",  "al",
                                                    "bin", "van", "von", "der", "du"};
      if (capital(k)) return true;
      if (k + 1 < t_.size() && capital(k + 1) && (latin_name(k) || t_[k]->norm == "&") &&
          in(kJoins, t_[k]->norm)) {
        return true;
      }
      return t_[k]->norm == "." && k + 1 < t_.size() && latin_name(k + 1) &&
             latin_title(t_[k - 1]->norm);
    };
    const std::size_t written = i;
    std::size_t start = i;
    // Inside Arabic text "The" belongs to the title it starts ("(The Arabian Nights)").
    std::size_t whole = i;
    while (whole + 1 < t_.size() && continues(whole + 1)) ++whole;
    std::size_t before = i, after = whole + 1;
    while (before > 0 && punctuation(before - 1)) --before;
    while (after < t_.size() && punctuation(after)) ++after;
    const bool in_arabic =
        (before > 0 && arabic(before - 1)) || (after < t_.size() && arabic(after));
    while (!in_arabic && start < t_.size() && capital(start) && in(kLeading, t_[start]->norm)) {
      ++start;
    }
    if (start >= t_.size() || !capital(start)) return;
    i = start;
    std::size_t last = i;
    while (last + 1 < t_.size() && continues(last + 1)) ++last;
    while (last > i && !capital(last)) --last;
    // One capitalized word that starts an English sentence is capitalized for that alone
    // ("Partner libraries will join"), and a month is no name.
    const bool english_follows =
        last + 1 < t_.size() && latin_name(last + 1) && !t_[last + 1]->capitalized;
    const bool sentence_start = i == written && (i == 0 || punctuation(i - 1));
    // A lone letter ("X", "N", "A") is a symbol or a label, unless a company word names it
    // ("منصة X").
    if (last == i && !decided && t_[i]->norm.size() == 1 && !(i > 0 && trigger(i - 1))) return;
    if (last == i && !decided &&
        (in(kCalendar, t_[i]->norm) || (sentence_start && english_follows && t_[i]->bits == 0))) {
      return;
    }
    // A Latin title ("Dr.") is left out and makes the rest a person.
    std::size_t first = i;
    bool titled = false;
    while (first < last && (latin_title(t_[first]->norm) || t_[first]->norm == ".")) {
      titled = true;
      ++first;
    }
    // After a title or a verb of saying it is a person; otherwise an organization or product,
    // unless the tagger says otherwise.
    EntityKind kind = EntityKind::organization;
    if (decided) {
      kind = *decided;
    } else if (const auto glossed = glossed_kind(i)) {
      kind = *glossed;
    } else if (titled || (i > 0 && arabic(i - 1) && (title_word(i - 1) || saying(i - 1)))) {
      kind = EntityKind::person;
    } else if (tagged_[i] == NameType::person) {
      kind = EntityKind::person;
    } else if (tagged_[i] == NameType::location) {
      kind = EntityKind::location;
    }
    cands_.push_back({i, last, kind, kRule, first});
  }

  /// The kind of the Arabic name that a Latin name at `i` spells out in parentheses right after
  /// it: "تشارلز الأول ( Charles I )" is a person, "جريدة تلفراف الريف (El Telegrama)" the paper.
  std::optional<EntityKind> glossed_kind(std::size_t i) const {
    if (i < 2 || t_[i - 1]->norm != "(" || !arabic(i - 2)) return std::nullopt;
    for (const Candidate& c : cands_) {
      if (c.last == i - 2 && c.kind != EntityKind::role) return c.kind;
    }
    return kind_of_name(tagged_[i - 2]);
  }

  /// A short name in guillemets: «نور للطاقة», «أوبن إيه آي».
  void quoted_names() {
    for (std::size_t i = 0; i + 2 < t_.size(); ++i) {
      if (t_[i]->norm != "«" && t_[i]->norm != "“") continue;
      std::size_t close = i + 1;
      while (close < t_.size() && close < i + 6 && !punctuation(close)) ++close;
      if (close >= t_.size() || (t_[close]->norm != "»" && t_[close]->norm != "”")) continue;
      if (close == i + 1 || !name_like(i + 1) || has_article(i + 1)) continue;
      const EntityKind kind = tagged_[i + 1] == NameType::person     ? EntityKind::person
                              : tagged_[i + 1] == NameType::location ? EntityKind::location
                                                                     : EntityKind::organization;
      cands_.push_back({i + 1, close - 1, kind, kLexicon});
    }
  }

  void tagger() {
    // Two person spans side by side are one name the tagger cut ("ألكسندر وانغ").
    std::vector<NameSpan> spans;
    for (const NameSpan& s : spans_) {
      if (!spans.empty() && spans.back().end == s.begin && s.type == NameType::person &&
          spans.back().type == NameType::person && t_[s.begin]->prefix.empty()) {
        spans.back().end = s.end;
      } else {
        spans.push_back(s);
      }
    }
    for (const NameSpan& s : spans) {
      if (s.type == NameType::misc) continue;
      const EntityKind kind = *kind_of_name(s.type);
      // The tagger's span starts at a name-like word: drop leading function words it took in.
      std::size_t first = s.begin;
      while (first < s.end && !name_like(first) && !has_article(first)) ++first;
      if (first >= s.end) continue;
      // A place's division word stays outside its name, as ANERcorp marks it: "بولاية البليدة"
      // is Blida, "مدينة إيلات" Eilat.
      if (kind == EntityKind::location && first + 1 < s.end && division_word(t_[first]->core)) {
        ++first;
      }
      // A lone adjective with the article ("الوطنية") is rarely a name the lexicon lacks.
      // Nunation marks an indefinite common noun ("بنوكاً"), not a name.
      if (std::any_of(t_.begin() + static_cast<std::ptrdiff_t>(first),
                      t_.begin() + static_cast<std::ptrdiff_t>(s.end),
                      [](const Tok& k) { return k->tanween; }))
        continue;
      // "مصنع جديد (للبطاريات)": unknown words described by a plain adjective name nothing.
      if (s.end - first >= 2 && t_[first + 1]->prefix.empty() &&
          plain_adjective(t_[first + 1]->core) && t_[first]->bits == 0) {
        continue;
      }
      // Nor does it go on over a preposition or particle ("البنك في بيان", "الوكالة أنه"): the
      // name ends before it. ("علي" is also the name Ali, "العام" the adjective general.)
      std::size_t end = first + 1;
      while (end < s.end && !punctuation(end) &&
             !(ner::is_function_word(t_[end]->norm) && t_[end]->norm != "علي" &&
               t_[end]->norm != "عام" && t_[end]->norm != "العام")) {
        ++end;
      }
      // A landform word alone ("خليج", "جبل") names no place.
      if (end == first + 1 && !name_pattern(t_[first]->core, EntityKind::location).empty()) {
        continue;
      }
      // Nor does a place or organization of one word that the model's own weights read as a
      // common word of that kind, whatever its context: "طاقة" (energy) is a town in the lists.
      // (Not a person: given names are words too, "فريد", "جمال", and the context tells.)
      if (end == first + 1 && kind != EntityKind::person &&
          common_word(t_[first]->norm, kEvidenceMargin, s.type)) {
        continue;
      }
      if (end == first + 1 && kind == EntityKind::location && nisba_after_definite(first)) continue;
      const std::size_t last = kind == EntityKind::person ? extend_name(end - 1) : end - 1;
      cands_.push_back({first, last, kind, kTagger});
    }
  }

  /// Non-overlapping candidates: more trust first, then longer, then earlier.
  std::vector<Candidate> merge() {
    // No name starts with a conjunction and a function word spelled with a hamza ("فإن شابا من
    // كاليفورنيا": فإن is "so"), whichever rule took it in.
    for (Candidate& c : cands_) {
      while (c.first < c.last && t_[c.first]->spelled_function_word) ++c.first;
      if (c.name_first != SIZE_MAX) c.name_first = std::max(c.name_first, c.first);
    }
    std::erase_if(cands_, [&](const Candidate& c) { return t_[c.first]->spelled_function_word; });
    // A longer name the tagger read in context beats a shorter lexicon place inside it: the team
    // "المغرب الفاسي" is no place "المغرب". (Curated organizations and roles stay: the tagger
    // also reads a verb after one, "ميتا تستحوذ".)
    // (Not when the tagger's span goes on with a conjunction: "والمملكة العربية السعودية
    // واليمن" are two places.)
    auto coordinated = [&](const Candidate& t, const Candidate& c) {
      for (std::size_t k = c.last + 1; k <= t.last; ++k) {
        if (t_[k]->prefix.starts_with("و")) return true;
      }
      return false;
    };
    std::erase_if(cands_, [&](const Candidate& c) {
      return c.trust == kLexicon && c.kind == EntityKind::location &&
             std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& t) {
               return t.trust == kTagger && t.first <= c.first && c.last <= t.last &&
                      t.last - t.first > c.last - c.first && !coordinated(t, c);
             });
    });
    std::vector<std::size_t> order(cands_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const Candidate &x = cands_[a], &y = cands_[b];
      if (x.trust != y.trust) return x.trust > y.trust;
      return x.last - x.first > y.last - y.first;
    });
    std::vector<bool> used(t_.size(), false);
    std::vector<Candidate> out;
    for (std::size_t o : order) {
      const Candidate& c = cands_[o];
      bool free = true;
      for (std::size_t k = c.first; k <= c.last; ++k) free = free && !used[k];
      if (!free) continue;
      for (std::size_t k = c.first; k <= c.last; ++k) used[k] = true;
      out.push_back(c);
    }
    std::sort(out.begin(), out.end(),
              [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
    return out;
  }

 public:
  void set_tagged(std::vector<NameSpan> spans) {
    spans_ = std::move(spans);
    tagged_.assign(t_.size(), NameType::misc);
    for (const NameSpan& s : spans_) {
      for (std::size_t k = s.begin; k < s.end; ++k) tagged_[k] = s.type;
    }
  }

 private:
  const std::vector<Tok>& t_;
  std::vector<NameSpan> spans_;
  std::vector<NameType> tagged_;  // misc = not tagged as a name
  std::vector<Candidate> cands_;
};

}  // namespace

namespace {

/// The rest of `norm` after a leading و، ف، ب، ل or ك (a clitic written on the word), or "" when
/// fewer than two letters would remain.
std::string_view one_letter_clitic_rest(std::string_view norm) {
  for (const std::string_view c : {"و", "ف", "ب", "ل", "ك"}) {
    if (norm.starts_with(c) && norm.size() >= c.size() + 4) return norm.substr(c.size());
  }
  return {};
}

}  // namespace

namespace {

/// Everything about a word that does not depend on where it stands.
Word make_word(std::string_view s, Script script) {
  Word k;
  k.script = script;
  k.norm = normalize_for_matching(s);
  k.norm_hash = std::hash<std::string_view>{}(k.norm);
  std::string_view prefix, core;
  ner::strip_clitics(k.norm, prefix, core);
  k.prefix = prefix;
  k.core = core;
  k.latin_word = script == Script::latin ||
                 (script == Script::mixed && std::any_of(s.begin(), s.end(), [](char c) {
                    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                  }));
  if (k.latin_word) {
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    // A word that starts with a digit reads as a name only without lower-case letters: "3M" and
    // "5G" are, "1s2" (an electron shell) and "3rd" are not.
    const bool digit_led = !s.empty() && s[0] >= '0' && s[0] <= '9';
    k.capitalized =
        !s.empty() && (upper(s[0]) || (digit_led && std::none_of(s.begin(), s.end(), [](char c) {
                                         return c >= 'a' && c <= 'z';
                                       })));
    // A French elision before a capital is a capitalized word: "l'Aube", "d'Ivoire".
    for (const std::string_view apostrophe : {"'", "\u2019"}) {
      const std::size_t n = 1 + apostrophe.size();
      if (s.size() > n && s[0] >= 'a' && s[0] <= 'z' &&
          s.substr(1, apostrophe.size()) == apostrophe && upper(s[n])) {
        k.capitalized = true;
      }
    }
  }
  k.bits = ner::word_bits(k.norm, k.core, k.prefix);
  if (script == Script::arabic) {
    k.function_word = ner::is_function_word(k.norm) || ner::is_function_word(k.core);
    // (strip_clitics keeps short words whole: "فإن" is ف + "ان" by its one-letter rest.)
    const std::string_view rest = k.prefix.empty() ? one_letter_clitic_rest(k.norm) : k.core;
    k.spelled_function_word =
        !rest.empty() && rest != k.norm && ner::is_function_word(rest) &&
        (s.find("\u0623") != std::string_view::npos || s.find("\u0625") != std::string_view::npos);
    k.title_word = ner::is_title_word(k.norm) || ner::is_title_word(k.core);
    k.org_trigger = ner::is_org_trigger(k.norm) || ner::is_org_trigger(k.core);
    k.saying_verb = ner::is_saying_verb(k.norm) || ner::is_saying_verb(k.core);
  }
  k.value_word = script == Script::digits || script == Script::mixed ||
                 (script != Script::punctuation && is_value_word(k.norm));
  k.event = script == Script::arabic ? event_index(k.norm, k.core) : -1;
  k.taa_marbuta = s.ends_with("ة") || s.ends_with("ـة");
  k.tanween = s.find("\u064B") != std::string_view::npos ||
              s.find("\u064C") != std::string_view::npos ||
              s.find("\u064D") != std::string_view::npos;
  // Forms of the first word of a lexicon phrase: as written, without a one-letter clitic, without
  // و/ف/ب/ل/ك but with the article, and bare.
  std::vector<std::string> forms = {k.norm};
  if (k.prefix.empty() && script == Script::arabic) {
    if (const std::string_view rest = one_letter_clitic_rest(k.norm); !rest.empty()) {
      forms.emplace_back(rest);
    }
  }
  if (!k.prefix.empty()) {
    const bool article = ner::ends_with_article(prefix);
    std::string with_article = article ? "ال" + k.core : k.core;
    if (with_article != k.norm) forms.push_back(with_article);
    if (k.core != with_article) forms.push_back(k.core);
  }
  for (std::string& f : forms) {
    const std::uint32_t bits = ner::lexicon_bits(f);
    const std::size_t words = ner::lexicon_phrase_words(f);
    k.lookup_forms.push_back({std::move(f), bits, words});
  }
  k.prepared = ner::prepare_word(s, k.norm, k.core, k.prefix, k.bits);
  return k;
}

/// The words of this thread's recent analyses, by their text as written. An editor analyzes the
/// same words again at every pause in typing; a news article has a few hundred distinct words.
using detail::TextHash;
using WordCache = std::unordered_map<std::string, Word, TextHash, std::equal_to<>>;

WordCache& word_cache() {
  thread_local WordCache cache;
  return cache;
}

/// The sentences of this thread's recent analyses, by their text (see sentence_work()).
using SentenceCache = std::unordered_map<std::string, SentenceWork, TextHash, std::equal_to<>>;

SentenceCache& sentence_cache() {
  thread_local SentenceCache cache;
  return cache;
}

}  // namespace

void start_analysis() {
  // Sentences point into the word cache: both go together. Bounds: about 20 MB of words and a few
  // documents' worth of sentences.
  constexpr std::size_t kWordLimit = 1 << 16;
  constexpr std::size_t kSentenceLimit = 1 << 15;
  if (word_cache().size() > kWordLimit || sentence_cache().size() > kSentenceLimit) {
    sentence_cache().clear();
    word_cache().clear();
  }
}

void clear_word_caches() {
  sentence_cache().clear();
  word_cache().clear();
}

Tok make_tok(std::string_view text, const Token& r) {
  const std::string_view s = r.range.slice(text);
  auto& cache = word_cache();
  auto it = cache.find(s);
  if (it == cache.end()) it = cache.emplace(std::string(s), make_word(s, r.script)).first;
  return Tok{r.range, &it->second};
}

std::vector<Tok> tokens_of(std::string_view text, ByteRange within, Tokenizer& tokenizer) {
  std::vector<Token> raw;
  tokenizer.tokenize(text, within, raw);
  std::vector<Tok> toks;
  toks.reserve(raw.size());
  for (const Token& r : raw) toks.push_back(make_tok(text, r));
  return toks;
}

namespace {

/// The tagger's view of tokens already made: the same forms and lexicon bits, computed once.
std::vector<ner::PreparedToken> prepared_for_tagger(const std::vector<Tok>& toks) {
  std::vector<ner::PreparedToken> out;
  out.reserve(toks.size());
  for (const Tok& k : toks) out.push_back(k->prepared);
  return out;
}

/// The names of one sentence's tokens: lexicon, rules and tagger, merged; a candidate that is all
/// trigger or title and no name is left out.
std::vector<Candidate> scan_sentence(const std::vector<Tok>& toks) {
  SentenceScanner scanner(toks);
  scanner.set_tagged(NerTagger::builtin().tag_prepared(prepared_for_tagger(toks)));
  std::vector<Candidate> names = scanner.run();
  std::erase_if(names, [](const Candidate& c) { return c.name_begin() > c.last; });
  return names;
}

/// The mention of tokens [first, last] of a sentence: the clitics of the first word are left out
/// of the range when they are clitics (always before an article: "وال", "بال"; a bare و/ف/ب/ل when
/// the rest is a word of this document or of the lexicon).
NameMention make_mention(std::string_view text, const std::vector<Tok>& toks, std::size_t first,
                         std::size_t last, EntityKind kind, int trust, std::size_t sentence,
                         const WordSet& doc_words) {
  NameMention m;
  m.kind = kind;
  m.trust = trust;
  m.sentence = sentence;
  const Tok& head = toks[first];
  m.range = {head.range.begin, toks[last].range.end};
  if (!head->prefix.empty()) {
    const std::string_view p = head->prefix;
    // Before the article a clitic is certain, except ك: "كاليفورنيا" is no ك + "اليفورنيا".
    const bool before_article = (p.ends_with("ال") && !p.starts_with("ك")) || p.ends_with("لل");
    const bool whole_known = ner::lexicon_bits(head->norm) != 0 ||
                             ner::is_org_trigger(head->norm) || ner::is_title_word(head->norm);
    // Unknown words lose a leading conjunction و/ف before four letters or more; a bare
    // preposition ب/ل only when the rest is known ("بوليتيكا" keeps its ب).
    const bool conjunction = p == "و" || p == "ف";
    // A bare preposition before one word needs the rest known as a place or organization, or
    // seen alone in the document: "بدأنا" is no ب + the name "دانا" ("لرجاء العماري" is).
    const std::uint32_t rest_bits = ner::lexicon_bits(head->core);
    const bool rest_known =
        doc_words.contains(head->core) || ner::is_org_trigger(head->core) ||
        (conjunction || first < last ? rest_bits != 0
                                     : (rest_bits & ~std::uint32_t{ner::kGazPerson}) != 0) ||
        (conjunction && head->core.size() >= 8);
    // A lexicon phrase that starts with the rest ("ونهر الأردن": نهر الأردن is the Jordan River).
    const auto phrase_known = [&] {
      std::string key(head->core);
      for (std::size_t k = first + 1; k <= last; ++k) key.append(" ").append(toks[k]->norm);
      return ner::lexicon_bits(key) != 0;
    };
    if (before_article || (!whole_known && (rest_known || (first < last && phrase_known())))) {
      // Keep the article in the name ("الرياض"), except after a fused لل.
      const std::size_t cut = p.ends_with("ال") ? p.size() - 4 : p.size();  // normalized bytes
      const NormalizedText nt = normalize(head.range.slice(text));
      if (cut > 0 && cut < nt.text.size()) {
        m.range.begin = head.range.begin + nt.map.to_original(ByteRange{cut, cut + 1}).begin;
      }
    }
  }
  // A one-letter clitic before a short known name ("لمصر", "وقطر"): strip_clitics keeps short
  // words whole, the lexicon tells.
  if (head->prefix.empty() && head->script == Script::arabic) {
    const std::string_view rest = one_letter_clitic_rest(head->norm);
    if (!rest.empty() && ner::lexicon_bits(head->norm) == 0 &&
        (ner::lexicon_bits(rest) & ~std::uint32_t{ner::kGazPerson}) != 0) {
      const NormalizedText nt = normalize(head.range.slice(text));
      m.range.begin = head.range.begin + nt.map.to_original(ByteRange{2, 3}).begin;
      m.words.emplace_back(rest);
      for (std::size_t k = first + 1; k <= last; ++k) m.words.push_back(toks[k]->norm);
      m.latin = false;
      return m;
    }
  }
  // Words of the name in matching form, without clitics and trigger, for linking.
  for (std::size_t k = first; k <= last; ++k) {
    const bool bare = k == first && (m.range.begin != head.range.begin || head->prefix == "ال");
    m.words.push_back(bare ? std::string(toks[k]->core) : toks[k]->norm);
  }
  m.latin = head->script == Script::latin || head->script == Script::mixed;
  return m;
}

/// Every word form of a document's sentences (views of the cached words' forms), with the
/// sentences each stands in.
WordSet document_words(const std::vector<std::vector<Tok>>& sentences) {
  std::size_t count = 0;
  for (const auto& toks : sentences) count += toks.size();
  WordSet words(count / 2);
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (const Tok& k : sentences[s]) words.insert(k->norm, k->norm_hash, s);
  }
  return words;
}

/// The mention of a sentence's name from token `name_first` to `last`; a landform word before it
/// leads its words (landform_outside_name()).
NameMention name_mention(std::string_view text, const std::vector<Tok>& toks, std::size_t first,
                         std::size_t name_first, std::size_t last, EntityKind kind, int trust,
                         std::size_t sentence, const WordSet& doc_words) {
  NameMention m = make_mention(text, toks, name_first, last, kind, trust, sentence, doc_words);
  if (kind == EntityKind::location && first < name_first &&
      landform_outside_name(toks[first]->core)) {
    m.words.insert(m.words.begin(), std::string(toks[first]->core));
    m.landform = true;
    m.named = make_mention(text, toks, first, last, kind, trust, sentence, doc_words).range;
  }
  return m;
}

/// Names the document has given once, found again where the sentence's own evidence missed
/// them ("وقال الصفدي" after "وزير الخارجية أيمن الصفدي"): every Arabic name, and the family
/// name of a person named in full.
void propagate(std::string_view text, const std::vector<std::vector<Tok>>& sentences,
               const WordSet& doc_words, std::vector<NameMention>& out) {
  // Known names by their words joined with a space; their first words, to try only where one can
  // start.
  // (`sure`: a rule or the lexicon gave it, not the tagger alone.)
  struct Known {
    EntityKind kind;
    bool sure = false;
  };
  std::unordered_map<std::string, Known, TextHash, std::equal_to<>> known;
  // First word → the most words of a name it starts, and whether a name written with the article
  // starts with it (kept without it: "الحسيمة" as "حسيمه"). Only those match a word with the
  // article; a name written without it is another word with it ("بركان", Berkane; "البركان", the
  // volcano).
  struct Start {
    std::size_t words = 0;
    bool definite = false;
  };
  std::unordered_map<std::string, Start, TextHash, std::equal_to<>> starts;
  auto add = [&](const std::vector<std::string>& words, EntityKind kind, bool definite, bool sure) {
    std::string key = words[0];
    for (std::size_t k = 1; k < words.size(); ++k) key += ' ' + words[k];
    known.emplace(std::move(key), Known{kind}).first->second.sure |= sure;
    Start& start = starts[words[0]];
    start.words = std::max(start.words, words.size());
    start.definite = start.definite || definite;
  };
  // One word only the tagger read, in one sentence, is too weak to spread: a slip ("مهرجان" read
  // as a name once) would be repeated at every occurrence. Read in two sentences, it spreads.
  struct Reads {
    std::size_t sentences = 0, last = SIZE_MAX;
    std::size_t occurs = 0;  // sentences the word stands in
  };
  std::unordered_map<std::string_view, Reads, TextHash, std::equal_to<>> tagger_reads;
  for (const NameMention& m : out) {
    if (m.trust != kTagger || m.words.size() != 1) continue;
    Reads& r = tagger_reads[m.words[0]];
    if (r.last != m.sentence) ++r.sentences;
    r.last = m.sentence;
  }
  // ... nor when the word stands in more than twice as many sentences as the tagger read it in:
  // the tagger read a common word as a name in a few contexts ("إن تسونامي الذي ضرب", a tsunami,
  // in three sentences of eight about it).
  // (The sentences come from the document's word set, which counts them for each form as
  // written: the word, and with a conjunction or preposition before it.)
  for (auto& [word, r] : tagger_reads) {
    if (r.sentences < 2) continue;
    const std::string w(word);
    for (const std::string_view clitic : {"", "و", "ف", "ب", "ل", "وب", "ول"}) {
      r.occurs += doc_words.sentences_with(std::string(clitic) + w);
    }
  }
  for (const NameMention& m : out) {
    // (A landform's place is found by its word in every sentence: place_after_landform.)
    if (m.latin || m.landform || m.kind == EntityKind::role) continue;
    if (m.trust == kTagger && m.words.size() == 1) {
      const Reads& r = tagger_reads[m.words[0]];
      if (r.sentences < 2 || 2 * r.sentences < r.occurs) continue;
    }
    if (m.words.size() == 1 && common_word(m.words[0], kSpreadMargin, name_type_of(m.kind))) {
      continue;
    }
    const std::string_view written = m.range.slice(text);
    add(m.words, m.kind, written.starts_with("ال") || written.starts_with("أل"), m.trust > kTagger);
    if (m.kind != EntityKind::person || m.words.size() < 2) continue;
    // The family name: the last word, with the particle or first half before it ("بن لادن",
    // "فان باستن", "نصر الله"); never an ordinal ("جيمس الأول") or a function word. Only of a
    // name read with evidence beyond the tagger, or whose first word is a known given name.
    const bool evidence = m.trust > kTagger || known_given_name(m.words[0]);
    const std::size_t n = m.words.size();
    const bool joined =
        n >= 3 && (family_particle(m.words[n - 2]) || theophoric_tail(m.words[n - 1]));
    std::vector<std::string> family(m.words.end() - (joined ? 2 : 1), m.words.end());
    const std::string& last = family.back();
    if (!evidence ||
        (!joined && (last.size() < 6 || ner::is_function_word(last) || ordinal_word(last) ||
                     common_word(last, kSpreadMargin, NameType::person)))) {
      continue;
    }
    add(family, EntityKind::person, false, false);
    std::string_view prefix, core;
    ner::strip_clitics(family[0], prefix, core);
    if (prefix == "ال") {
      family[0] = std::string(core);
      add(family, EntityKind::person, true, false);
    }
  }
  if (known.empty()) return;
  std::vector<NameMention> found;
  std::vector<bool> dropped(out.size());
  std::size_t next = 0;  // first mention of the current sentence in `out`
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<Tok>& toks = sentences[s];
    while (next < out.size() && out[next].sentence < s) ++next;
    // The ranges taken in this sentence, with the mention of `out` that took each (SIZE_MAX for
    // one found here).
    std::vector<std::pair<ByteRange, std::size_t>> taken;
    for (std::size_t m = next; m < out.size() && out[m].sentence == s; ++m) {
      taken.emplace_back(out[m].range, m);
    }
    auto overlaps = [](ByteRange a, ByteRange b) { return a.begin < b.end && b.begin < a.end; };
    auto free = [&](ByteRange r) {
      return std::none_of(taken.begin(), taken.end(),
                          [&](const auto& t) { return overlaps(t.first, r); });
    };
    // A longer name a rule or the lexicon gave in this document replaces the shorter names the
    // lexicon or tagger read inside it: the club "المغرب التطواني" of a match report, read as the
    // country "المغرب" in a sentence without a sports word. So does it the same name the tagger
    // alone read as another kind ("الرجاء البيضاوي" a person).
    auto replaces_inner = [&](ByteRange r, EntityKind kind) {
      for (const auto& [range, m] : taken) {
        if (!overlaps(range, r)) continue;
        const bool relabel = m != SIZE_MAX && out[m].trust == kTagger && out[m].kind != kind;
        if (m == SIZE_MAX || out[m].trust > kLexicon || range.begin < r.begin ||
            range.end > r.end || (range.size() >= r.size() && !relabel)) {
          return false;
        }
      }
      for (const auto& [range, m] : taken) {
        if (overlaps(range, r)) dropped[m] = true;
      }
      std::erase_if(taken, [&](const auto& t) { return overlaps(t.first, r); });
      return true;
    };
    for (std::size_t i = 0; i < toks.size(); ++i) {
      // The word as written, and without its clitics (with the article, only for a name
      // written with it).
      const bool article = ner::ends_with_article(toks[i]->prefix);
      const std::array<std::string_view, 2> firsts = {toks[i]->norm, toks[i]->core};
      for (const std::string_view first : firsts) {
        const auto start = starts.find(first);
        if (start == starts.end()) continue;
        if (article && first != toks[i]->norm && !start->second.definite) continue;
        bool hit = false;
        for (std::size_t n = std::min(start->second.words, toks.size() - i); n >= 1 && !hit; --n) {
          std::string key(first);
          for (std::size_t k = i + 1; k < i + n; ++k) key += ' ' + toks[k]->norm;
          const auto it = known.find(key);
          const ByteRange r{toks[i].range.begin, toks[i + n - 1].range.end};
          if (it == known.end()) continue;
          const EntityKind kind = it->second.kind;
          if (n == 1 && kind == EntityKind::location && nisba_after_definite(toks, i)) continue;
          if (!free(r) && (n < 2 || !it->second.sure || !replaces_inner(r, kind))) continue;
          found.push_back(make_mention(text, toks, i, i + n - 1, kind, kLexicon, s, doc_words));
          taken.emplace_back(r, SIZE_MAX);
          i += n - 1;
          hit = true;
        }
        if (hit) break;
      }
    }
  }
  if (found.empty()) return;
  std::size_t kept = 0;
  for (std::size_t m = 0; m < out.size(); ++m) {
    if (dropped[m]) continue;
    if (kept != m) out[kept] = std::move(out[m]);
    ++kept;
  }
  out.resize(kept);
  out.insert(out.end(), found.begin(), found.end());
  std::stable_sort(out.begin(), out.end(), [](const NameMention& a, const NameMention& b) {
    return a.range.begin < b.range.begin;
  });
}

}  // namespace

std::span<const std::string_view> descriptor_words() {
  return kOutside;
}

const SentenceWork& sentence_work(std::string_view sentence) {
  auto& cache = sentence_cache();
  if (auto it = cache.find(sentence); it != cache.end()) return it->second;
  SentenceWork w;
  thread_local Tokenizer tokenizer;
  w.toks = tokens_of(sentence, ByteRange{0, sentence.size()}, tokenizer);
  if (!w.toks.empty()) {
    for (const Candidate& c : scan_sentence(w.toks)) {
      w.names.push_back({c.first, c.last, c.name_begin(), c.kind, c.trust});
    }
  }
  if (std::any_of(w.toks.begin(), w.toks.end(), [](const Tok& t) { return t->value_word; })) {
    w.values = find_values(sentence);
  }
  return cache.emplace(std::string(sentence), std::move(w)).first->second;
}

std::vector<NameMention> find_names(const Document& doc, const SentenceTokens& all,
                                    const std::vector<const SentenceWork*>& works) {
  const std::string_view text = doc.text();
  // Every word of the document, to tell a clitic from a name's first letter: "وليد" keeps its و
  // unless "ليد" occurs on its own.
  const WordSet doc_words = document_words(all);
  std::vector<NameMention> out;
  for (std::size_t s = 0; s < all.size(); ++s) {
    if (works[s] == nullptr) continue;
    for (const SentenceName& n : works[s]->names) {
      out.push_back(
          name_mention(text, all[s], n.first, n.name_first, n.last, n.kind, n.trust, s, doc_words));
    }
  }
  propagate(text, all, doc_words, out);
  return out;
}

}  // namespace entities

void clear_analysis_caches() {
  entities::clear_word_caches();
  entities::clear_english_cache();
}

std::vector<std::vector<NameSpan>> find_names_in_sentences(
    std::span<const std::vector<std::string_view>> sentences) {
  entities::start_analysis();
  // One text, a sentence a line, so names are found as in a document of these sentences.
  std::string text;
  std::vector<std::vector<entities::Tok>> all(sentences.size());
  for (const auto& tokens : sentences) {
    for (const std::string_view t : tokens) {
      if (!text.empty() && text.back() != '\n') text += ' ';
      text += t;
    }
    text += '\n';
  }
  std::size_t at = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (const std::string_view t : sentences[s]) {
      const ByteRange r{at, at + t.size()};
      all[s].push_back(entities::make_tok(text, Token{r, classify_script(t)}));
      at = r.end + 1;
    }
  }
  const entities::WordSet doc_words = entities::document_words(all);
  std::vector<entities::NameMention> mentions;
  for (std::size_t s = 0; s < all.size(); ++s) {
    if (all[s].empty()) continue;
    for (const entities::Candidate& c : entities::scan_sentence(all[s])) {
      mentions.push_back(entities::name_mention(text, all[s], c.first, c.name_begin(), c.last,
                                                c.kind, c.trust, s, doc_words));
    }
  }
  entities::propagate(text, all, doc_words, mentions);
  std::vector<std::vector<NameSpan>> out(sentences.size());
  for (const entities::NameMention& m : mentions) {
    const NameType type = entities::name_type_of(m.kind);
    if (type == NameType::misc) continue;
    const auto& toks = all[m.sentence];
    std::size_t first = 0, last = 0;
    for (std::size_t k = 0; k < toks.size(); ++k) {
      if (toks[k].range.end <= m.range.begin) first = k + 1;
      if (toks[k].range.begin < m.range.end) last = k;
    }
    out[m.sentence].push_back({first, last + 1, type});
  }
  return out;
}

std::vector<NameSpan> find_names_in_tokens(std::span<const std::string_view> tokens) {
  entities::start_analysis();
  std::string text;
  std::vector<entities::Tok> toks;
  for (const std::string_view t : tokens) {
    if (!text.empty()) text += ' ';
    const ByteRange r{text.size(), text.size() + t.size()};
    text += t;
    toks.push_back(entities::make_tok(text, Token{r, classify_script(t)}));
  }
  std::vector<NameSpan> out;
  for (const entities::Candidate& c : entities::scan_sentence(toks)) {
    const NameType type = entities::name_type_of(c.kind);
    if (type != NameType::misc) out.push_back({c.name_begin(), c.last + 1, type});
  }
  return out;
}

}  // namespace khulasa
