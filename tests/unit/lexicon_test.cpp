#include "khulasa/lexicon.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "khulasa/normalize.hpp"

namespace khulasa {
namespace {

const Lexicon& lex() {
  return Lexicon::builtin();
}

/// The English of the entry of `kind` for `arabic` (normalized here), or "" when there is none.
std::string english(std::string_view arabic, LexiconKind kind) {
  const LexiconEntry* e = lex().find(normalize_for_matching(arabic), kind);
  return e != nullptr ? std::string(e->english) : std::string();
}

TEST(lexicon_test, shipped_data_is_embedded_and_indexed) {
  EXPECT_GT(lex().size(), 50000u);
  EXPECT_EQ(lex().entries().size(), lex().size());
  EXPECT_GE(lex().max_key_words(), 5u);  // "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"
  EXPECT_TRUE(Lexicon::builtin_tsv().starts_with("# Khulasa bilingual lexicon"));
  EXPECT_EQ(&Lexicon::builtin(), &lex());
}

TEST(lexicon_test, every_key_is_in_matching_form_and_sorted) {
  const std::span<const LexiconEntry> entries = lex().entries();
  std::size_t bad = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const LexiconEntry& e = entries[i];
    if (normalize_for_matching(e.key) != e.key || e.key.find("  ") != std::string_view::npos ||
        e.key.front() == ' ' || e.key.back() == ' ') {
      ADD_FAILURE() << "key not in matching form: " << e.key;
      if (++bad > 5) break;
    }
    if (i > 0) {
      const LexiconEntry& p = entries[i - 1];
      ASSERT_LT(std::tie(p.key, p.kind), std::tie(e.key, e.kind))
          << "order or duplicate at " << e.key;
    }
    ASSERT_FALSE(e.english.empty()) << e.key;
    ASSERT_GT(e.weight, 0u) << e.key;
  }
}

TEST(lexicon_test, countries_by_common_and_official_name) {
  EXPECT_EQ(english("السعودية", LexiconKind::country), "Saudi Arabia");
  EXPECT_EQ(english("المملكة العربية السعودية", LexiconKind::country), "Saudi Arabia");
  EXPECT_EQ(english("الولايات المتحدة الأمريكية", LexiconKind::country), "United States");
  EXPECT_EQ(english("مصر", LexiconKind::country), "Egypt");
  // countries.json spells these wrongly; the build script fixes them.
  EXPECT_EQ(english("المكسيك", LexiconKind::country), "Mexico");
  EXPECT_EQ(english("المسكيك", LexiconKind::country), "");
  EXPECT_EQ(english("جمهورية أفغانستان الإسلامية", LexiconKind::country), "Afghanistan");
}

TEST(lexicon_test, cities_match_across_hamza_and_taa_marbuta_spellings) {
  EXPECT_EQ(normalize_for_matching("الإسكندرية"), normalize_for_matching("الاسكندريه"));
  EXPECT_EQ(english("الإسكندرية", LexiconKind::location), "Alexandria");
  EXPECT_EQ(english("الاسكندريه", LexiconKind::location), "Alexandria");
  EXPECT_EQ(english("جدة", LexiconKind::location), "Jeddah");
  EXPECT_EQ(english("جده", LexiconKind::location), "Jeddah");
  EXPECT_EQ(english("الرياض", LexiconKind::location), "Riyadh");
  // The city file's "ولاية قندهار" is found without its admin prefix.
  EXPECT_EQ(english("قندهار", LexiconKind::location), "Kandahar");
}

// "أمريكا" and "أميركا" are two spellings that matching does not fold (the letters differ in
// order); a curated name written with one is found under the other.
TEST(lexicon_test, curated_names_under_both_spellings_of_america) {
  EXPECT_EQ(english("أمريكا اللاتينية", LexiconKind::location), "Latin America");
  EXPECT_EQ(english("أميركا اللاتينية", LexiconKind::location), "Latin America");
  EXPECT_EQ(english("أميركا الجنوبية", LexiconKind::location), "South America");
  EXPECT_EQ(english("مجلس الشيوخ الأمريكي", LexiconKind::organization), "US Senate");
  EXPECT_EQ(english("مجلس الشيوخ الأميركي", LexiconKind::organization), "US Senate");
}

// Seas, oceans, rivers and islands the city list lacks, or gives only as a person's name.
TEST(lexicon_test, curated_seas_rivers_and_islands) {
  EXPECT_EQ(english("المحيط الهندي", LexiconKind::location), "Indian Ocean");
  EXPECT_EQ(english("البحر الأسود", LexiconKind::location), "Black Sea");
  EXPECT_EQ(english("الفرات", LexiconKind::location), "Euphrates");
  EXPECT_EQ(english("جاوا", LexiconKind::location), "Java");
  EXPECT_EQ(english("صقلية", LexiconKind::location), "Sicily");
}

TEST(lexicon_test, organizations_under_each_spelling) {
  EXPECT_EQ(english("جوجل", LexiconKind::organization), "Google");
  EXPECT_EQ(english("غوغل", LexiconKind::organization), "Google");
  EXPECT_EQ(english("أوبن إيه آي", LexiconKind::organization), "OpenAI");
  EXPECT_EQ(english("أوبن أيه آي", LexiconKind::organization), "OpenAI");
  EXPECT_EQ(english("شركة ميتا", LexiconKind::organization), "Meta");
  EXPECT_EQ(english("وكالة الأنباء الفرنسية", LexiconKind::organization), "AFP");
  EXPECT_EQ(english("فرانس برس", LexiconKind::organization), "AFP");
  EXPECT_EQ(english("حلف شمال الأطلسي", LexiconKind::organization), "NATO");
}

TEST(lexicon_test, roles_and_nationalities) {
  EXPECT_EQ(english("وزير الخارجية", LexiconKind::role), "foreign minister");
  EXPECT_EQ(english("الرئيس التنفيذي", LexiconKind::role), "chief executive");
  EXPECT_EQ(english("المؤسس المشارك", LexiconKind::role), "co-founder");
  EXPECT_EQ(english("وليّ العهد", LexiconKind::role), "crown prince");
  EXPECT_EQ(english("سعودي", LexiconKind::nationality), "Saudi");
  EXPECT_EQ(english("سعودية", LexiconKind::nationality), "Saudi");
  EXPECT_EQ(english("الأمريكيين", LexiconKind::nationality), "American");
}

TEST(lexicon_test, person_name_tokens) {
  EXPECT_EQ(english("ترامب", LexiconKind::person), "Trump");
  EXPECT_EQ(english("زوكربيرج", LexiconKind::person), "Zuckerberg");
  EXPECT_EQ(english("محمد", LexiconKind::person), "Mohammed");  // curated over "Mohamed"
  EXPECT_EQ(english("مُحَمَّد", LexiconKind::person), "Mohammed");
  // From the name lists, capitalized the news way.
  EXPECT_EQ(english("ماكدونالد", LexiconKind::person), "Macdonald");
  EXPECT_EQ(english("أوبراين", LexiconKind::person), "O'Brien");
}

TEST(lexicon_test, find_by_key_returns_every_kind_and_by_kind_only_that_kind) {
  const std::span<const LexiconEntry> tunis = lex().find(normalize_for_matching("تونس"));
  std::set<LexiconKind> kinds;
  for (const LexiconEntry& e : tunis) kinds.insert(e.kind);
  EXPECT_TRUE(kinds.count(LexiconKind::country) == 1 && kinds.count(LexiconKind::location) == 1);
  EXPECT_EQ(english("تونس", LexiconKind::country), "Tunisia");
  EXPECT_EQ(english("تونس", LexiconKind::location), "Tunis");
  EXPECT_EQ(lex().find(normalize_for_matching("ترامب"), LexiconKind::country), nullptr);
  EXPECT_TRUE(lex().find("كلمهغيرموجوده").empty());
  EXPECT_TRUE(lex().find("").empty());
}

TEST(lexicon_test, reads_tsv_text_sorts_it_and_reports_bad_lines) {
  const std::string tsv =
      "# a comment\n"
      "\n"
      "ب ج د\tthree words\torganization\t5\n"
      "ا\tfirst\tperson\t1\r\n"
      "ا\tbetter\tperson\t9\n"
      "ا\ta place\tlocation\t2\n";
  const Lexicon small(tsv);
  EXPECT_EQ(small.size(), 4u);
  EXPECT_EQ(small.max_key_words(), 3u);
  EXPECT_EQ(small.entries().front().key, "ا");
  EXPECT_EQ(small.find("ا").size(), 3u);
  ASSERT_NE(small.find("ا", LexiconKind::person), nullptr);
  EXPECT_EQ(small.find("ا", LexiconKind::person)->english, "better");
  EXPECT_EQ(small.find("ب ج د", LexiconKind::organization)->weight, 5u);

  EXPECT_THROW(Lexicon("ا\tx\tperson\n"), std::invalid_argument);
  EXPECT_THROW(Lexicon("ا\tx\tplanet\t1\n"), std::invalid_argument);
  EXPECT_THROW(Lexicon("ا\tx\tperson\tmany\n"), std::invalid_argument);
  EXPECT_THROW(Lexicon("ا\tx\tperson\t99999999999\n"), std::invalid_argument);
  try {
    const Lexicon bad("ا\tx\tperson\t1\n\tx\tperson\t1\n");
    ADD_FAILURE() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
}

TEST(lexicon_test, kind_names_round_trip) {
  for (const LexiconKind kind :
       {LexiconKind::person, LexiconKind::location, LexiconKind::country, LexiconKind::organization,
        LexiconKind::role, LexiconKind::nationality}) {
    LexiconKind parsed{};
    ASSERT_TRUE(parse_lexicon_kind(to_string(kind), parsed)) << to_string(kind);
    EXPECT_EQ(parsed, kind);
  }
  LexiconKind parsed{};
  EXPECT_FALSE(parse_lexicon_kind("city", parsed));
}

TEST(lexicon_test, builtin_is_built_once_for_concurrent_first_callers) {
  std::vector<const Lexicon*> seen(4, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&seen, i] { seen[i] = &Lexicon::builtin(); });
  }
  for (std::thread& t : threads) t.join();
  for (const Lexicon* p : seen) EXPECT_EQ(p, &Lexicon::builtin());
}

}  // namespace
}  // namespace khulasa
