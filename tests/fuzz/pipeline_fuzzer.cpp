// Fuzz target: the whole pipeline. Any text goes through structure, entities, quotes, facts and
// the summary; every range must lie inside the text, mentions must be sorted and disjoint and
// point at existing entities, and the gist must be made of the document's sentences. The same
// text is then cut into small chunks (their size from the first byte) and analyzed and summarized
// chunk by chunk, as the CLI does with big files: the chunks must cover the text on character
// boundaries, and the merged results obey the same rules.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_common.hpp"
#include "khulasa/chunks.hpp"
#include "khulasa/document.hpp"
#include "khulasa/entities.hpp"
#include "khulasa/summary.hpp"

using namespace khulasa;
using khulasa::fuzz::check;

namespace {

void check_analysis(std::string_view text, const Analysis& a, std::size_t sentence_count) {
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
}

void check_summary_ranges(std::string_view text, const Summary& s) {
  for (const SummarySentence& g : s.gist) fuzz::check_range(text, g.range, "gist range");
  for (const SummaryFact& f : s.facts) fuzz::check_range(text, f.range, "summary fact range");
  for (const SectionBullet& b : s.sections) {
    fuzz::check_range(text, b.sentence.range, "section sentence range");
  }
  for (const SummaryEntity& e : s.entities) {
    fuzz::check_range(text, e.first_mention, "summary entity mention");
  }
  for (const SummaryQuote& q : s.quotes) fuzz::check_range(text, q.range, "summary quote");
}

/// Chunks of 16 to 526 bytes: several per input, cut where split_into_chunks() chooses.
void check_chunked(std::string_view text, std::size_t max_bytes) {
  const std::vector<ByteRange> chunks = split_into_chunks(text, max_bytes);
  std::size_t at = 0;
  for (const ByteRange& c : chunks) {
    check(c.begin == at, "chunks cover the text in order", c.begin, at);
    check(c.size() <= max_bytes, "chunk size", c.size(), max_bytes);
    check(c.end == text.size() || (static_cast<unsigned char>(text[c.end]) & 0xC0u) != 0x80u,
          "chunk ends on a character boundary", c.end);
    check(c.end == 0 || c.end == text.size() || text[c.end - 1] != '\r' || text[c.end] != '\n',
          "chunk keeps a CRLF whole", c.end);
    at = c.end;
  }
  check(at == text.size(), "chunks reach the end", at, text.size());
  const Analysis a = analyze_in_chunks(text, chunks);
  check_analysis(text, a, std::numeric_limits<std::size_t>::max());
  SummaryOptions options;
  options.max_sentences = 2;
  const Summary s = summarize_in_chunks(text, chunks, options);
  check(s.gist.size() <= 2 || s.gist_source == GistSource::headline, "chunked gist size");
  check_summary_ranges(text, s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > fuzz::kMaxInput / 4) return 0;  // analysis is the slow part: keep inputs short
  const Document doc(fuzz::lenient_text(data, size));
  const std::string_view text = doc.text();
  const std::size_t sentence_count = doc.sentences().size();

  const Analysis a = analyze(doc);
  check_analysis(text, a, sentence_count);

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
    }
    for (const SectionBullet& b : s.sections) {
      check(b.section < doc.sections().size(), "section bullet");
    }
    for (const SummaryEntity& e : s.entities) check(e.entity < a.entities.size(), "summary entity");
    check_summary_ranges(text, s);
  }
  if (size > 0) check_chunked(text, 16 + std::size_t{data[0]} * 2);
  return 0;
}
