// The summary model on a budget story written for this test: what the gist may and may not hold,
// how facts, section bullets, entities and quotes are chosen, the options, and the documents with
// little or nothing to summarize (empty, one sentence, a headline alone).
#include "khulasa/summary.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace khulasa {
namespace {

// Fictional news: a headline, a dateline with a byline, two lead paragraphs, two headed sections
// (one with a list holding a bare label), a table and a footer.
const std::string kArticle =
    "مجلس الوزراء يقر موازنة 2026 بعجز يبلغ 3.1% من الناتج المحلي\n"
    "بيروت - 12 نوفمبر 2025 - كتب: جاد الحلبي\n"
    "\n"
    "أقر مجلس الوزراء، يوم الأربعاء، مشروع موازنة عام 2026 بنفقات تبلغ 4.8 مليار دولار وعجز يقدر "
    "بنسبة 3.1% من الناتج المحلي الإجمالي. وقال وزير المالية كمال الزين إن الموازنة \"تضع الأساس "
    "لاستعادة الثقة بالمالية العامة\".\n"
    "\n"
    "وأوضح الزين أن الحكومة ستحيل المشروع إلى مجلس النواب قريباً، وأن لجنة المال والموازنة ستبدأ "
    "دراسته فور وصوله.\n"
    "\n"
    "أبرز البنود\n"
    "تخصص الموازنة 1.2 مليار دولار لرواتب القطاع العام، وترفع مخصصات وزارة الصحة بنسبة 20% مقارنة "
    "بالعام الماضي. كما تتضمن إعفاءات ضريبية للشركات الصغيرة التي توظف خريجين جدداً.\n"
    "- زيادة الضريبة على القيمة المضافة للسلع الكمالية والسيارات الفارهة المستوردة\n"
    "- ممثل عن البنك الدولي\n"
    "\n"
    "ردود الفعل\n"
    "رحب صندوق النقد الدولي بإقرار الموازنة، وقال ممثله في بيروت إن خفض العجز \"خطوة في الاتجاه "
    "الصحيح\". في المقابل، انتقدت نقابات القطاع العام غياب تصحيح الأجور، وهددت بالإضراب مطلع الشهر "
    "المقبل.\n"
    "\n"
    "| البند | المبلغ |\n"
    "|---|---|\n"
    "| النفقات | 4.8 مليار دولار |\n"
    "\n"
    "/ / /\n"
    "جميع الحقوق محفوظة © 2025 وكالة الأنباء الاقتصادية\n";

std::string text_of(const Document& doc, ByteRange r) {
  return std::string(r.slice(doc.text()));
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(summary_test, the_gist_is_ranked_body_sentences_in_text_order) {
  const Document doc(kArticle);
  const Summary s = summarize(doc);
  EXPECT_EQ(s.gist_source, GistSource::ranked);
  ASSERT_EQ(s.gist.size(), 3u);
  EXPECT_EQ(text_of(doc, s.headline),
            "مجلس الوزراء يقر موازنة 2026 بعجز يبلغ 3.1% من الناتج المحلي");
  const auto excluded = sentence_exclusions(doc);
  for (std::size_t i = 0; i < s.gist.size(); ++i) {
    const SummarySentence& g = s.gist[i];
    EXPECT_EQ(g.range, doc.sentences()[g.sentence].range);  // a whole sentence, verbatim
    EXPECT_FALSE(excluded[g.sentence].has_value()) << text_of(doc, g.range);
    EXPECT_DOUBLE_EQ(g.score, g.parts.total());
    if (i > 0) {
      EXPECT_LT(s.gist[i - 1].range.end, g.range.begin);
    }
  }
  EXPECT_TRUE(contains(text_of(doc, s.gist[0].range), "أقر مجلس الوزراء"));
}

TEST(summary_test, nothing_outside_the_story_is_ever_in_the_gist) {
  const Document doc(kArticle);
  SummaryOptions all;
  all.max_sentences = 0;  // every eligible sentence
  const Summary s = summarize(doc, all);
  EXPECT_EQ(s.gist.size(), 8u);
  for (const SummarySentence& g : s.gist) {
    const std::string t = text_of(doc, g.range);
    for (const std::string_view banned : {"كتب:", "©", "|", "/ / /", "ممثل عن البنك الدولي",
                                          "أبرز البنود", "ردود الفعل", "مجلس الوزراء يقر موازنة"}) {
      EXPECT_FALSE(contains(t, banned)) << t;
    }
  }
}

TEST(summary_test, section_bullets_are_the_best_sentence_of_each_headed_section) {
  const Document doc(kArticle);
  const Summary s = summarize(doc);
  ASSERT_EQ(s.sections.size(), 2u);
  EXPECT_EQ(text_of(doc, s.sections[0].heading), "أبرز البنود");
  EXPECT_EQ(text_of(doc, s.sections[1].heading), "ردود الفعل");
  SummaryOptions all;
  all.max_sentences = 0;
  const Summary every = summarize(doc, all);
  for (const SectionBullet& b : s.sections) {
    const Section& section = doc.sections()[b.section];
    EXPECT_TRUE(section.range.contains(b.sentence.range.begin));
    EXPECT_EQ(b.sentence.range, doc.sentences()[b.sentence.sentence].range);
    // No eligible sentence of the section scores higher.
    for (const SummarySentence& g : every.gist) {
      if (section.range.contains(g.range.begin)) {
        EXPECT_LE(g.score, b.sentence.score);
      }
    }
    const bool in_gist = std::any_of(s.gist.begin(), s.gist.end(), [&](const SummarySentence& g) {
      return g.sentence == b.sentence.sentence;
    });
    EXPECT_EQ(b.in_gist, in_gist);
  }
}

TEST(summary_test, facts_come_from_the_story_one_per_sentence) {
  const Document doc(kArticle);
  const Analysis a = analyze(doc);
  const Summary s = summarize(doc, a);
  EXPECT_LE(s.facts.size(), 5u);
  const auto excluded = sentence_exclusions(doc);
  std::vector<std::size_t> seen;
  for (const SummaryFact& f : s.facts) {
    ASSERT_LT(f.fact, a.facts.size());
    EXPECT_EQ(f.english, a.facts[f.fact].english);
    EXPECT_EQ(f.range, a.facts[f.fact].range);
    EXPECT_FALSE(f.english.empty());
    const auto why = excluded[f.sentence];
    EXPECT_TRUE(!why || *why == Exclusion::headline || *why == Exclusion::too_short)
        << text_of(doc, f.range);
    EXPECT_EQ(std::count(seen.begin(), seen.end(), f.sentence), 0);
    seen.push_back(f.sentence);
  }
  // In the entity layer's order (most salient first).
  for (std::size_t i = 1; i < s.facts.size(); ++i) EXPECT_LT(s.facts[i - 1].fact, s.facts[i].fact);
  SummaryOptions none;
  none.max_facts = 0;
  EXPECT_TRUE(summarize(doc, a, none).facts.empty());
}

TEST(summary_test, entities_are_grouped_by_kind_most_mentioned_first) {
  const Document doc(kArticle);
  const Analysis a = analyze(doc);
  const Summary s = summarize(doc, a);
  const auto rank = [](EntityKind k) {
    switch (k) {
      case EntityKind::person:
        return 0;
      case EntityKind::organization:
        return 1;
      case EntityKind::location:
        return 2;
      case EntityKind::role:
        return 3;
      default:
        return 9;  // values are not listed
    }
  };
  const ByteRange byline{doc.text().find("بيروت - 12"), doc.text().find("\n\nأقر")};
  for (std::size_t i = 0; i < s.entities.size(); ++i) {
    const SummaryEntity& e = s.entities[i];
    EXPECT_LT(rank(e.kind), 4) << to_string(e.kind);
    EXPECT_EQ(e.kind, a.entities[e.entity].kind);
    EXPECT_EQ(e.english, a.entities[e.entity].english);
    EXPECT_GE(e.mentions, 1u);
    EXPECT_LE(e.mentions, a.entities[e.entity].mentions.size());
    EXPECT_FALSE(byline.contains(e.first_mention.begin)) << e.name;  // the author is no entity
    if (i > 0 && s.entities[i - 1].kind == e.kind) {
      EXPECT_GE(s.entities[i - 1].mentions, e.mentions);
    }
    if (i > 0) {
      EXPECT_LE(rank(s.entities[i - 1].kind), rank(e.kind));
    }
  }
  // The finance minister is named twice in the body.
  const auto minister = std::find_if(s.entities.begin(), s.entities.end(), [](const auto& e) {
    return e.kind == EntityKind::person && contains(e.name, "الزين");
  });
  ASSERT_NE(minister, s.entities.end());
  EXPECT_EQ(minister, s.entities.begin());
  SummaryOptions one;
  one.max_entities_per_kind = 1;
  const Summary few = summarize(doc, a, one);
  for (std::size_t i = 1; i < few.entities.size(); ++i) {
    EXPECT_NE(few.entities[i - 1].kind, few.entities[i].kind);
  }
}

TEST(summary_test, quotes_keep_their_speakers) {
  const Document doc(kArticle);
  const Analysis a = analyze(doc);
  const Summary s = summarize(doc, a);
  ASSERT_EQ(s.quotes.size(), a.quotes.size());
  ASSERT_GE(s.quotes.size(), 2u);
  for (const SummaryQuote& q : s.quotes) {
    EXPECT_EQ(q.range, a.quotes[q.quote].range);
    EXPECT_TRUE(q.range.contains(q.text.begin));
    if (q.speaker) {
      EXPECT_EQ(q.speaker_english, a.entities[*q.speaker].english);
    }
  }
  EXPECT_TRUE(contains(text_of(doc, s.quotes[0].text), "تضع الأساس"));
}

TEST(summary_test, entity_mentions_feed_the_ranking) {
  const Document doc(kArticle);
  const Analysis a = analyze(doc);
  // A sentence with names but no value: its density comes from the entity layer alone.
  const std::size_t at = doc.text().find("وأوضح الزين");
  std::size_t sentence = doc.sentences().size();
  for (std::size_t i = 0; i < doc.sentences().size(); ++i) {
    if (doc.sentences()[i].range.begin == at) sentence = i;
  }
  ASSERT_LT(sentence, doc.sentences().size());
  const bool named = std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
    return m.sentence == sentence && a.entities[m.entity].kind == EntityKind::person;
  });
  ASSERT_TRUE(named);
  SummaryOptions all;
  all.max_sentences = 0;
  const Summary s = summarize(doc, a, all);
  const Ranking plain = rank_sentences(doc);
  for (const SummarySentence& g : s.gist) {
    if (g.sentence != sentence) continue;
    for (const RankedSentence& r : plain.sentences) {
      if (r.sentence == sentence) {
        EXPECT_EQ(r.parts.density, 0.0);
      }
    }
    EXPECT_GT(g.parts.density, 0.0);
  }
}

TEST(summary_test, limits_and_determinism) {
  const Document doc(kArticle);
  const Analysis a = analyze(doc);
  for (std::size_t n = 1; n <= 8; ++n) {
    SummaryOptions o;
    o.max_sentences = n;
    EXPECT_EQ(summarize(doc, a, o).gist.size(), n);
  }
  SummaryOptions words;
  words.max_sentences = 0;
  words.max_words = 40;
  const Summary w = summarize(doc, a, words);
  ASSERT_GE(w.gist.size(), 1u);
  std::size_t total = 0;
  for (const SummarySentence& g : w.gist) total += count_words(text_of(doc, g.range));
  EXPECT_TRUE(total <= 40 || w.gist.size() == 1) << total;

  const Summary x = summarize(doc, a);
  const Summary y = summarize(Document(kArticle));
  ASSERT_EQ(x.gist.size(), y.gist.size());
  for (std::size_t i = 0; i < x.gist.size(); ++i) {
    EXPECT_EQ(x.gist[i].range, y.gist[i].range);
    EXPECT_EQ(x.gist[i].score, y.gist[i].score);
  }
  ASSERT_EQ(x.entities.size(), y.entities.size());
  for (std::size_t i = 0; i < x.entities.size(); ++i)
    EXPECT_EQ(x.entities[i].name, y.entities[i].name);
}

TEST(summary_test, empty_and_tiny_documents) {
  const Summary empty = summarize(Document(""));
  EXPECT_EQ(empty.gist_source, GistSource::none);
  EXPECT_TRUE(empty.gist.empty());
  EXPECT_TRUE(empty.headline.empty());
  EXPECT_TRUE(empty.facts.empty() && empty.sections.empty() && empty.entities.empty() &&
              empty.quotes.empty());
  EXPECT_EQ(summarize(Document("\n \n\t\n")).gist_source, GistSource::none);

  // One body sentence under a headline: that sentence is the gist, whatever the limits.
  const Document one(
      "رفع الحد الأدنى للأجور\n\n"
      "قررت الحكومة رفع الحد الأدنى للأجور إلى 300 دينار اعتباراً من العام المقبل.\n");
  SummaryOptions five;
  five.max_sentences = 5;
  const Summary s1 = summarize(one, five);
  EXPECT_EQ(s1.gist_source, GistSource::ranked);
  ASSERT_EQ(s1.gist.size(), 1u);
  EXPECT_TRUE(contains(text_of(one, s1.gist[0].range), "قررت الحكومة"));
  EXPECT_EQ(text_of(one, s1.headline), "رفع الحد الأدنى للأجور");

  // A single line is all headline: the headline stands in for the gist, flagged as such.
  const Document line("قررت الحكومة رفع الأجور اعتباراً من العام المقبل.\n");
  const Summary s2 = summarize(line);
  EXPECT_EQ(s2.gist_source, GistSource::headline);
  ASSERT_EQ(s2.gist.size(), 1u);
  EXPECT_EQ(text_of(line, s2.gist[0].range), "قررت الحكومة رفع الأجور اعتباراً من العام المقبل.");
  EXPECT_EQ(s2.gist[0].score, 0.0);

  // A headline and a byline: the same.
  const Document bare("عنوان الخبر هنا\nبقلم: كاتب\n");
  const Summary s3 = summarize(bare);
  EXPECT_EQ(s3.gist_source, GistSource::headline);
  ASSERT_EQ(s3.gist.size(), 1u);
  EXPECT_EQ(text_of(bare, s3.gist[0].range), "عنوان الخبر هنا");
  EXPECT_TRUE(s3.entities.empty());  // the author is not one of the story's people

  // Only publisher lines: nothing to summarize.
  const Summary s4 = summarize(Document("/ / /\nجميع الحقوق محفوظة © 2025 وكالة الأنباء\n"));
  EXPECT_EQ(s4.gist_source, GistSource::none);
  EXPECT_TRUE(s4.gist.empty());
}

TEST(summary_test, gist_source_names) {
  EXPECT_EQ(to_string(GistSource::ranked), "ranked");
  EXPECT_EQ(to_string(GistSource::headline), "headline");
  EXPECT_EQ(to_string(GistSource::none), "none");
}

}  // namespace
}  // namespace khulasa
