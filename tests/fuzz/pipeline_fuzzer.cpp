// Fuzz target: the whole pipeline. Any text goes through structure, entities, quotes, facts and
// the summary; every range must lie inside the text, mentions must be sorted and disjoint and
// point at existing entities, and the gist must be made of the document's sentences.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.hpp"
#include "khulasa/document.hpp"
#include "khulasa/entities.hpp"
#include "khulasa/summary.hpp"

using namespace khulasa;
using khulasa::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > fuzz::kMaxInput / 4) return 0;  // analysis is the slow part: keep inputs short
  const Document doc(fuzz::lenient_text(data, size));
  const std::string_view text = doc.text();
  const std::size_t sentence_count = doc.sentences().size();

  const Analysis a = analyze(doc);
  std::size_t last = 0;
  for (const Mention& m : a.mentions) {
    fuzz::check_range(text, m.range, "mention range");
    check(!m.range.empty(), "mention not empty", m.range.begin);
    check(m.range.begin >= last, "mentions sorted and disjoint", m.range.begin, last);
    check(m.entity < a.entities.size(), "mention's entity", m.entity);
    check(m.sentence < sentence_count, "mention's sentence", m.sentence);
    last = m.range.end;
  }
  for (const Entity& e : a.entities) {
    check(!e.name.empty(), "entity name");
    for (const std::size_t m : e.mentions) check(m < a.mentions.size(), "entity mention", m);
  }
  for (const Quote& q : a.quotes) {
    fuzz::check_range(text, q.range, "quote range");
    check(q.range.begin <= q.text.begin && q.text.end <= q.range.end, "quote text in quote");
    check(q.sentence < sentence_count, "quote sentence");
    if (q.speaker) check(*q.speaker < a.entities.size(), "quote speaker");
  }
  for (const Fact& f : a.facts) {
    fuzz::check_range(text, f.range, "fact range");
    check(f.sentence < sentence_count, "fact sentence");
    for (const std::size_t e : f.entities) check(e < a.entities.size(), "fact entity", e);
    for (const std::size_t v : f.values) check(v < a.entities.size(), "fact value", v);
  }

  for (const std::size_t n : {std::size_t{1}, std::size_t{3}}) {
    SummaryOptions options;
    options.max_sentences = n;
    const Summary s = summarize(doc, a, options);
    check(s.gist.size() <= n || s.gist_source == GistSource::headline, "gist size", s.gist.size());
    for (const SummarySentence& g : s.gist) {
      if (s.gist_source == GistSource::ranked) {
        check(g.sentence < sentence_count, "gist sentence", g.sentence);
        check(doc.sentences()[g.sentence].range == g.range, "gist range is its sentence's");
      }
      fuzz::check_range(text, g.range, "gist range");
    }
    for (const SummaryFact& f : s.facts) fuzz::check_range(text, f.range, "summary fact range");
    for (const SectionBullet& b : s.sections) {
      check(b.section < doc.sections().size(), "section bullet");
      fuzz::check_range(text, b.sentence.range, "section sentence range");
    }
    for (const SummaryEntity& e : s.entities) {
      check(e.entity < a.entities.size(), "summary entity");
      fuzz::check_range(text, e.first_mention, "summary entity mention");
    }
    for (const SummaryQuote& q : s.quotes) fuzz::check_range(text, q.range, "summary quote");
  }
  return 0;
}
