// The extractive ranking, its selection and the two baselines on a news article written for this
// test: eligibility, determinism, limits, order, and how the score is made of its parts.
#include "khulasa/ranking.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

namespace khulasa {
namespace {

// A business story with everything a summary must leave out: headline, dateline, byline, a
// section heading, a "read also" line, a list of names, a fragment, a table and a footer.
const std::string kArticle =
    "ارتفاع صادرات الأردن من الفوسفات 18% في النصف الأول من العام\n"
    "الخميس 3 يوليو 2025\n"
    "بقلم: سلمى النجار\n"
    "\n"
    "عمّان - أعلنت شركة مناجم الفوسفات الأردنية، يوم الخميس، أن صادراتها ارتفعت بنسبة 18% خلال "
    "النصف الأول من عام 2025، مدفوعة بزيادة الطلب في أسواق الهند وإندونيسيا. وقالت الشركة في بيان "
    "إن إيرادات الصادرات بلغت 620 مليون دينار، وهو أعلى مستوى لها منذ عقد.\n"
    "\n"
    "وأوضح المدير العام للشركة، المهندس خالد الربابعة، أن الشركة وقعت عقوداً طويلة الأجل مع ثلاثة "
    "مستوردين جدد، وأن خطة التوسع في منجم الشيدية ستضيف مليوني طن إلى الطاقة الإنتاجية بحلول عام "
    "2027.\n"
    "\n"
    "اقرأ أيضاً: الفوسفات يقود نمو الصادرات الصناعية في المملكة خلال الربع الأول من العام.\n"
    "\n"
    "أسباب الارتفاع\n"
    "ويرى محللون أن تراجع الإمدادات من بعض المنتجين الكبار رفع أسعار الفوسفات في الأسواق العالمية "
    "بنحو 12% منذ بداية العام. وأشار الخبير الاقتصادي مازن الحمود إلى أن الطلب على الأسمدة في آسيا "
    "سيبقى مرتفعاً خلال الموسم الزراعي المقبل، وأن الصادرات الأردنية ستستفيد من ذلك.\n"
    "وشارك في إعداد التقرير:\n"
    "- رامي يوسف، هالة منصور، عمر خليل\n"
    "- نور الهدى سالم\n"
    "\n"
    "| المؤشر | القيمة |\n"
    "|---|---|\n"
    "| الصادرات | 620 مليون دينار |\n"
    "| نسبة النمو | 18% |\n"
    "\n"
    "/ / /\n"
    "جميع الحقوق محفوظة © 2025 وكالة الأنباء الاقتصادية\n"
    "للتواصل: desk@example.com\n";

std::string text_of(const Document& doc, std::size_t sentence) {
  return std::string(doc.sentences()[sentence].range.slice(doc.text()));
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

SummaryLimits unlimited() {
  SummaryLimits l;
  l.max_sentences = 0;
  l.max_words = 0;
  return l;
}

TEST(ranking_test, count_words_counts_runs_of_letters_and_digits) {
  EXPECT_EQ(count_words("بلغ 2.4 مليار"), 4u);
  EXPECT_EQ(count_words("قالَ الرئيسُ: «نعم»."), 3u);
  EXPECT_EQ(count_words(" … ، "), 0u);
  EXPECT_EQ(count_words("IFC و 5G"), 3u);
}

TEST(ranking_test, only_body_sentences_are_eligible) {
  const Document doc(kArticle);
  const Ranking r = rank_sentences(doc);
  ASSERT_EQ(r.sentences.size(), 5u);
  EXPECT_TRUE(contains(text_of(doc, r.sentences[0].sentence), "أعلنت شركة مناجم الفوسفات"));
  EXPECT_TRUE(contains(text_of(doc, r.sentences[4].sentence), "وأشار الخبير الاقتصادي"));
  std::set<Exclusion> reasons;
  for (const auto& [s, why] : r.excluded) {
    reasons.insert(why);
    const std::string t = text_of(doc, s);
    if (contains(t, "ارتفاع صادرات الأردن")) {
      EXPECT_EQ(why, Exclusion::headline);
    }
    if (contains(t, "بقلم")) {
      EXPECT_EQ(why, Exclusion::byline);
    }
    if (contains(t, "اقرأ أيضاً")) {
      EXPECT_EQ(why, Exclusion::boilerplate);
    }
    if (contains(t, "رامي يوسف")) {
      EXPECT_EQ(why, Exclusion::name_list);
    }
    if (contains(t, "وشارك في إعداد")) {
      EXPECT_EQ(why, Exclusion::too_short);
    }
    if (contains(t, "©")) {
      EXPECT_EQ(why, Exclusion::footer);
    }
  }
  for (const Exclusion e :
       {Exclusion::headline, Exclusion::byline, Exclusion::heading, Exclusion::table,
        Exclusion::footer, Exclusion::boilerplate, Exclusion::name_list, Exclusion::too_short}) {
    EXPECT_EQ(reasons.count(e), 1u) << to_string(e);
  }
  // The date line is a byline block (date part) or a dateline unit: excluded either way.
  const auto exclusions = sentence_exclusions(doc);
  ASSERT_EQ(exclusions.size(), doc.sentences().size());
  for (std::size_t s = 0; s < exclusions.size(); ++s) {
    if (contains(text_of(doc, s), "3 يوليو 2025")) {
      EXPECT_TRUE(exclusions[s].has_value());
    }
  }
}

TEST(ranking_test, the_excluded_are_never_selected_by_any_system) {
  const Document doc(kArticle);
  const auto exclusions = sentence_exclusions(doc);
  SelectionOptions all;
  all.limits = unlimited();
  std::vector<std::size_t> ours;
  for (const RankedSentence& s : select_sentences(rank_sentences(doc), all)) {
    ours.push_back(s.sentence);
  }
  EXPECT_EQ(ours.size(), 5u);
  for (const auto& chosen :
       {ours, lead_baseline(doc, unlimited()), textrank_baseline(doc, unlimited())}) {
    EXPECT_EQ(chosen.size(), 5u);
    for (const std::size_t s : chosen) {
      EXPECT_FALSE(exclusions[s].has_value()) << text_of(doc, s);
    }
  }
}

TEST(ranking_test, ranking_and_selection_are_deterministic) {
  const Document a(kArticle);
  const Document b(kArticle);
  const Ranking r1 = rank_sentences(a);
  const Ranking r2 = rank_sentences(b);
  ASSERT_EQ(r1.sentences.size(), r2.sentences.size());
  for (std::size_t i = 0; i < r1.sentences.size(); ++i) {
    EXPECT_EQ(r1.sentences[i].sentence, r2.sentences[i].sentence);
    EXPECT_EQ(r1.sentences[i].score, r2.sentences[i].score);  // bit-identical
  }
  const auto s1 = select_sentences(r1);
  const auto s2 = select_sentences(rank_sentences(a));
  ASSERT_EQ(s1.size(), s2.size());
  for (std::size_t i = 0; i < s1.size(); ++i) EXPECT_EQ(s1[i].sentence, s2[i].sentence);
}

TEST(ranking_test, score_parts_compose_to_the_score) {
  const Document doc(kArticle);
  const RankingOptions o;
  const Ranking r = rank_sentences(doc, {}, o);
  for (const RankedSentence& s : r.sentences) {
    const ScoreParts& p = s.parts;
    EXPECT_DOUBLE_EQ(s.score, p.length * (p.position + p.centrality + p.headline + p.density));
    EXPECT_DOUBLE_EQ(s.score, p.total());
    EXPECT_GE(p.position, 0.0);
    EXPECT_LE(p.position, o.position_weight);
    EXPECT_GE(p.centrality, 0.0);
    EXPECT_LE(p.centrality, o.centrality_weight + 1e-12);
    EXPECT_GE(p.headline, 0.0);
    EXPECT_LE(p.headline, o.headline_weight);
    EXPECT_GE(p.density, 0.0);
    EXPECT_LE(p.density, o.density_weight);
    EXPECT_GT(p.length, 0.0);
    EXPECT_LE(p.length, 1.0);
    EXPECT_EQ(s.words, count_words(s.range.slice(doc.text())));
  }
  // The lead sentence shares the headline's words and has the largest position part.
  EXPECT_GT(r.sentences[0].parts.headline, 0.0);
  EXPECT_DOUBLE_EQ(r.sentences[0].parts.position, o.position_weight);
  // Some sentence is the most central (a normalized part reaches its weight).
  double top = 0;
  for (const RankedSentence& s : r.sentences) top = std::max(top, s.parts.centrality);
  EXPECT_DOUBLE_EQ(top, o.centrality_weight);
  // Values count: the first sentence has a percentage and dates, the fourth a percentage.
  EXPECT_GT(r.sentences[0].parts.density, 0.0);
}

TEST(ranking_test, entity_mentions_raise_the_density_part) {
  const Document doc(kArticle);
  const Ranking before = rank_sentences(doc);
  SentenceSignals signals;
  signals.entity_mentions.assign(doc.sentences().size(), 0);
  const std::size_t target = before.sentences[2].sentence;
  signals.entity_mentions[target] = 3;
  const Ranking after = rank_sentences(doc, signals);
  EXPECT_GT(after.sentences[2].parts.density, before.sentences[2].parts.density);
  EXPECT_EQ(after.sentences[1].parts.density, before.sentences[1].parts.density);
}

TEST(ranking_test, max_sentences_returns_that_many_in_text_order) {
  const Document doc(kArticle);
  const Ranking r = rank_sentences(doc);
  for (std::size_t n = 1; n <= r.sentences.size(); ++n) {
    SelectionOptions o;
    o.limits.max_sentences = n;
    const auto chosen = select_sentences(r, o);
    EXPECT_EQ(chosen.size(), n);
    for (std::size_t i = 1; i < chosen.size(); ++i) {
      EXPECT_LT(chosen[i - 1].sentence, chosen[i].sentence);
    }
    SummaryLimits l;
    l.max_sentences = n;
    EXPECT_EQ(lead_baseline(doc, l).size(), n);
    EXPECT_EQ(textrank_baseline(doc, l).size(), n);
  }
  SelectionOptions more;
  more.limits.max_sentences = 50;
  EXPECT_EQ(select_sentences(r, more).size(), r.sentences.size());
  // The gist (default limits) is three sentences and starts with the lead.
  const auto gist = select_sentences(r);
  ASSERT_EQ(gist.size(), 3u);
  EXPECT_EQ(gist[0].sentence, r.sentences[0].sentence);
}

TEST(ranking_test, the_word_budget_is_respected_by_all_three_systems) {
  const Document doc(kArticle);
  const Ranking r = rank_sentences(doc);
  auto words_of = [&](const std::vector<std::size_t>& chosen) {
    std::size_t w = 0;
    for (const std::size_t s : chosen) w += count_words(text_of(doc, s));
    return w;
  };
  for (const std::size_t budget : {1u, 10u, 30u, 45u, 60u, 90u, 120u, 1000u}) {
    SelectionOptions o;
    o.limits = unlimited();
    o.limits.max_words = budget;
    std::vector<std::size_t> ours;
    for (const RankedSentence& s : select_sentences(r, o)) ours.push_back(s.sentence);
    for (const auto& chosen :
         {ours, lead_baseline(doc, o.limits), textrank_baseline(doc, o.limits)}) {
      ASSERT_FALSE(chosen.empty()) << budget;  // the first sentence is always taken
      EXPECT_TRUE(std::is_sorted(chosen.begin(), chosen.end()));
      if (chosen.size() > 1) {
        EXPECT_LE(words_of(chosen), budget);
      }
    }
    if (budget == 1000) {
      EXPECT_EQ(ours.size(), r.sentences.size());
    }
  }
  // Lead takes the first sentences in text order.
  SummaryLimits two;
  two.max_sentences = 2;
  const auto lead = lead_baseline(doc, two);
  ASSERT_EQ(lead.size(), 2u);
  EXPECT_EQ(lead[0], r.sentences[0].sentence);
  EXPECT_EQ(lead[1], r.sentences[1].sentence);
}

TEST(ranking_test, redundant_sentences_are_skipped_with_diversity) {
  // Two near copies of one sentence, and another sentence: with diversity, the second copy is
  // not chosen next to the first.
  const std::string text =
      "مستشفى جديد للأطفال في الزرقاء\n\n"
      "أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في مدينة الزرقاء يضم مئتي سرير.\n\n"
      "وأعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في مدينة الزرقاء يضم مئتي سرير.\n\n"
      "ويعمل في المستشفى ثلاثمئة طبيب وممرض تلقوا تدريبهم في جامعات المنطقة.\n";
  const Document doc(text);
  const Ranking r = rank_sentences(doc);
  ASSERT_EQ(r.sentences.size(), 3u);
  EXPECT_GT(r.similarity(0, 1), 0.9);
  SelectionOptions o;
  o.limits.max_sentences = 2;
  o.diversity = 0.5;
  const auto chosen = select_sentences(r, o);
  ASSERT_EQ(chosen.size(), 2u);
  EXPECT_EQ(chosen[0].sentence, r.sentences[0].sentence);
  EXPECT_EQ(chosen[1].sentence, r.sentences[2].sentence);
}

TEST(ranking_test, short_unpunctuated_list_items_are_labels_not_statements) {
  const Document doc(
      "قمة الطاقة تتفق على صندوق مشترك\n\n"
      "اتفق وزراء الطاقة في ست دول عربية على إنشاء صندوق مشترك لتمويل مشاريع الربط.\n\n"
      "المشاركون\n"
      "- ممثل عن شركة Siemens Energy\n"
      "- المرحلة الثانية: بناء وحدات التناضح العكسي\n"
      "- رفع كفاءة الشبكات الكهربائية بين الدول الأعضاء خلال ثلاث سنوات\n"
      "- تعهدت الدول بدفع حصصها كاملة.\n");
  const auto why = sentence_exclusions(doc);
  for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
    const std::string t = text_of(doc, s);
    if (contains(t, "Siemens") || contains(t, "المرحلة الثانية")) {
      EXPECT_EQ(why[s], Exclusion::name_list) << t;
    }
    // A longer item, or a short one that ends a sentence, is a statement.
    if (contains(t, "رفع كفاءة") || contains(t, "تعهدت الدول")) {
      EXPECT_FALSE(why[s].has_value()) << t;
    }
  }
}

TEST(ranking_test, empty_and_one_sentence_documents) {
  const Document empty("");
  const Ranking r0 = rank_sentences(empty);
  EXPECT_TRUE(r0.sentences.empty());
  EXPECT_TRUE(select_sentences(r0).empty());
  EXPECT_TRUE(lead_baseline(empty, SummaryLimits{}).empty());
  EXPECT_TRUE(textrank_baseline(empty, SummaryLimits{}).empty());

  const Document one(
      "رفع الحد الأدنى للأجور\n\n"
      "قررت الحكومة رفع الحد الأدنى للأجور إلى 300 دينار اعتباراً من العام المقبل.\n");
  const Ranking r1 = rank_sentences(one);
  ASSERT_EQ(r1.sentences.size(), 1u);
  EXPECT_EQ(r1.sentences[0].parts.centrality, 0.0);  // a graph of one sentence says nothing
  SelectionOptions tight;
  tight.limits.max_words = 3;  // shorter than the sentence: it is still taken
  ASSERT_EQ(select_sentences(r1, tight).size(), 1u);
  EXPECT_EQ(lead_baseline(one, tight.limits).size(), 1u);
  EXPECT_EQ(textrank_baseline(one, tight.limits).size(), 1u);

  // A lone line is the document's headline, and a headline is never a summary sentence.
  EXPECT_TRUE(rank_sentences(Document("قررت الحكومة رفع الأجور اعتباراً من العام المقبل.\n"))
                  .sentences.empty());
  // Only a headline and a byline: nothing to select.
  const Document bare("عنوان الخبر هنا\nبقلم: كاتب\n");
  EXPECT_TRUE(rank_sentences(bare).sentences.empty());
}

}  // namespace
}  // namespace khulasa
