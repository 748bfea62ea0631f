// Long inputs analysed in chunks (khulasa/chunks.hpp, --chunk-bytes of `summarize`, `entities` and
// `facts`): where the cuts fall (never inside a code point or a CRLF, at paragraph breaks when
// there are some), and that the merged output of a multi-article file points into the file
// exactly, is deterministic, and counts entities as the unchunked analysis does. Small
// --chunk-bytes values make the short texts below take the path a file of megabytes takes.
#include "khulasa/chunks.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli.hpp"
#include "cli_test_support.hpp"

namespace khulasa::cli {
namespace {

using nlohmann::json;
using test_support::check_spans;
using test_support::Result;
using test_support::run_cli;

class chunks_test : public test_support::TempDirTest {
 protected:
  chunks_test() : TempDirTest("khulasa-chunks-") {}
};

/// Three short fictional articles, the second with CRLF line ends.
const std::string kTelecom =
    "شركة الأفق للاتصالات تطلق شبكة الجيل الخامس في ثلاث مدن\n"
    "\n"
    "الرباط - 3 فبراير 2026\n"
    "\n"
    "أعلنت شركة الأفق للاتصالات يوم الثلاثاء عن إطلاق شبكة الجيل الخامس في الرباط والدار البيضاء "
    "وطنجة باستثمار قيمته 320 مليون دولار.\n"
    "وقال المدير العام للشركة يوسف بنعلي إن الشبكة ستغطي 40% من السكان بحلول نهاية العام.\n"
    "وأضاف يوسف بنعلي: «نريد أن نصل إلى كل بيت في المغرب قبل عام 2028».\n"
    "\n"
    "## الأسعار\n"
    "\n"
    "وأوضحت شركة الأفق للاتصالات أن أسعار الاشتراك ستبدأ من 99 درهما في الشهر، وهي أقل من أسعار "
    "المنافسين بنحو 15%.\n";

const std::string kUniversity =
    "جامعة النيل تفتتح مركزا لأبحاث الذكاء الاصطناعي بالعربية\r\n"
    "\r\n"
    "القاهرة - 10 مارس 2026\r\n"
    "\r\n"
    "افتتحت جامعة النيل يوم الأحد مركزا جديدا لأبحاث الذكاء الاصطناعي باللغة العربية بتمويل قدره "
    "12 مليون دولار.\r\n"
    "وقالت رئيسة الجامعة الدكتورة منى الشريف إن المركز سيضم 60 باحثا من مصر والأردن وتونس.\r\n"
    "وأكدت منى الشريف أن «اللغة العربية تستحق نماذج تفهم لهجاتها كلها».\r\n";

const std::string kFactory =
    "مجموعة الواحة تستثمر 450 مليون دولار في مصنع للبطاريات\n"
    "\n"
    "جدة - 12 مارس 2026\n"
    "\n"
    "أعلنت مجموعة الواحة القابضة يوم الأربعاء عن استثمار بقيمة 450 مليون دولار لبناء مصنع "
    "للبطاريات في مدينة جدة.\n"
    "وقال الرئيس التنفيذي للمجموعة خالد المنصوري إن المصنع سيوفر 1200 وظيفة.\n"
    "\n"
    "## الخطوة التالية\n"
    "\n"
    "وأضاف خالد المنصوري أن الإنتاج سيبدأ في نهاية عام 2027.\n";

const std::string kNews = kTelecom + "\n" + kUniversity + "\r\n" + kFactory;

/// The chunks cover `text` in order and without gaps, each at most `max_bytes` long (and not
/// empty), every cut on a code point boundary and never between a CR and its LF.
void expect_valid_chunks(const std::string& text, const std::vector<ByteRange>& chunks,
                         std::size_t max_bytes) {
  ASSERT_FALSE(chunks.empty());
  EXPECT_EQ(chunks.front().begin, 0u);
  EXPECT_EQ(chunks.back().end, text.size());
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    const ByteRange c = chunks[i];
    EXPECT_LE(c.size(), std::max<std::size_t>(max_bytes, 4)) << "chunk " << i;
    if (!text.empty()) {
      EXPECT_FALSE(c.empty()) << "chunk " << i;
    }
    if (i + 1 < chunks.size()) {
      EXPECT_EQ(c.end, chunks[i + 1].begin);
      const auto next = static_cast<unsigned char>(text[c.end]);
      EXPECT_NE(next & 0xC0u, 0x80u) << "cut inside a code point at " << c.end;
      EXPECT_FALSE(text[c.end - 1] == '\r' && text[c.end] == '\n') << "CRLF cut at " << c.end;
    }
  }
}

TEST_F(chunks_test, cuts_never_split_a_code_point_or_a_crlf) {
  // Every chunk size on the articles (LF, CRLF), and on lines without spaces, blank lines or
  // sentence ends where only a character boundary is left: Arabic letters with diacritics,
  // emoji (4 bytes), CR-only line ends.
  std::string unbroken;
  for (int i = 0; i < 200; ++i) unbroken += "بَ😀ك\r\n";
  std::string cr_only = kFactory;
  for (char& c : cr_only) c = c == '\n' ? '\r' : c;
  for (const std::string* text : std::vector<const std::string*>{&kNews, &unbroken, &cr_only}) {
    for (std::size_t max = 1; max <= 420; ++max) {
      SCOPED_TRACE(max);
      expect_valid_chunks(*text, split_into_chunks(*text, max), max);
    }
  }
  std::string no_space(3000, 'x');
  for (std::size_t i = 0; i < no_space.size(); i += 7) no_space.replace(i, 4, "\xF0\x9F\x98\x80");
  for (std::size_t max = 4; max < 40; ++max) {
    expect_valid_chunks(no_space, split_into_chunks(no_space, max), max);
  }
}

TEST_F(chunks_test, cuts_fall_at_paragraph_breaks_when_there_are_some) {
  const std::vector<ByteRange> chunks = split_into_chunks(kNews, 700);
  ASSERT_GT(chunks.size(), 2u);
  // The first cut has paragraph breaks in its window; the CRLF article's paragraph is one block
  // of lines longer than half a chunk, so the next cut falls at a line end.
  EXPECT_TRUE(kNews.substr(0, chunks[0].end).ends_with("\n\n")) << chunks[0].end;
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    EXPECT_EQ(kNews[chunks[i].end - 1], '\n') << chunks[i].end;
  }
  // Short texts are one chunk; an empty text one empty chunk.
  EXPECT_EQ(split_into_chunks(kNews, kNews.size()),
            (std::vector<ByteRange>{ByteRange{0, kNews.size()}}));
  EXPECT_EQ(split_into_chunks("", 64), (std::vector<ByteRange>{ByteRange{0, 0}}));
}

/// The sentences of `segment --format json` of `path` as (begin, end).
std::set<std::pair<std::size_t, std::size_t>> sentences_of(const std::string& path) {
  const Result r = run_cli({"segment", "--format", "json", path});
  EXPECT_EQ(r.code, kOk) << r.err;
  std::set<std::pair<std::size_t, std::size_t>> out;
  const json j = json::parse(r.out);
  for (const json& s : j["sentences"]) {
    out.emplace(s["begin"].get<std::size_t>(), s["end"].get<std::size_t>());
  }
  return out;
}

TEST_F(chunks_test, a_chunked_summary_points_into_the_file_in_every_format) {
  const std::string path = write_file("news.txt", kNews);
  const auto sentences = sentences_of(path);
  for (const char* chunk : {"300", "700", "1500"}) {
    SCOPED_TRACE(chunk);
    const Result r = run_cli({"summarize", "--format", "json", "--chunk-bytes", chunk, path});
    ASSERT_EQ(r.code, kOk) << r.err;
    const json j = json::parse(r.out);
    EXPECT_GE(check_spans(j, kNews, /*exact=*/true), 10u);
    EXPECT_EQ(j["headline"]["begin"], 0);
    EXPECT_EQ(j["headline"]["text"], kTelecom.substr(0, kTelecom.find('\n')));
    EXPECT_EQ(j["gist_source"], "ranked");
    ASSERT_EQ(j["gist"].size(), 3u);
    // Gist and section sentences are sentences of the whole file, in text order.
    std::size_t last = 0;
    for (const json& g : j["gist"]) {
      EXPECT_TRUE(sentences.count({g["begin"].get<std::size_t>(), g["end"].get<std::size_t>()}))
          << g.dump();
      EXPECT_GE(g["begin"].get<std::size_t>(), last);
      last = g["end"];
    }
    for (const json& b : j["sections"]) {
      const json& t = b["sentence"];
      EXPECT_TRUE(sentences.count({t["begin"].get<std::size_t>(), t["end"].get<std::size_t>()}))
          << b.dump();
    }
    EXPECT_FALSE(j["facts"].empty());
    EXPECT_GE(j["quotes"].size(), 2u);
    for (std::size_t i = 1; i < j["facts"].size(); ++i) {
      EXPECT_GE(j["facts"][i - 1]["salience"].get<double>(),
                j["facts"][i]["salience"].get<double>());
    }
    // The people of all three articles, counted across chunks.
    std::set<std::string> people;
    for (const json& e : j["entities"]) {
      if (e["kind"] == "person") people.insert(e["name"]);
    }
    for (const char* name : {"يوسف بنعلي", "منى الشريف", "خالد المنصوري"}) {
      EXPECT_TRUE(people.count(name)) << name << " in " << j["entities"].dump();
    }
    // Deterministic.
    EXPECT_EQ(run_cli({"summarize", "--format", "json", "--chunk-bytes", chunk, path}).out, r.out);
    // Text and Markdown show the same summary.
    for (const char* format : {"text", "markdown"}) {
      const Result f = run_cli({"summarize", "--format", format, "--chunk-bytes", chunk, path});
      ASSERT_EQ(f.code, kOk) << f.err;
      EXPECT_NE(f.out.find("خالد المنصوري"), std::string::npos) << f.out;
      EXPECT_NE(f.out.find(j["gist"][0]["text"].get<std::string>().substr(0, 40)),
                std::string::npos)
          << f.out;
    }
  }
}

/// (kind, name) → the mentions' (begin, end), from `entities --format json`.
std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::size_t, std::size_t>>>
mentions_by_entity(const json& j) {
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::size_t, std::size_t>>>
      out;
  for (const json& e : j["entities"]) {
    auto& list = out[{e["kind"], e["name"]}];
    for (const json& m : e["mentions"]) list.emplace_back(m["begin"], m["end"]);
    std::sort(list.begin(), list.end());
  }
  return out;
}

TEST_F(chunks_test, chunked_entities_are_those_of_the_whole_file) {
  // Articles repeated: every name comes back in later chunks, and each article gives its names in
  // full before any short form, so chunking changes no mention.
  std::string text;
  for (int i = 0; i < 3; ++i) text += kNews + "\n";
  const std::string path = write_file("news.txt", text);
  const Result whole = run_cli({"entities", "--format", "json", path});
  ASSERT_EQ(whole.code, kOk) << whole.err;
  const auto expected = mentions_by_entity(json::parse(whole.out));
  ASSERT_TRUE(expected.count({"person", "خالد المنصوري"}));
  EXPECT_EQ(expected.at({"person", "خالد المنصوري"}).size(), 6u);  // 3 articles × 2 mentions
  for (const char* chunk : {"1200", "2500"}) {
    SCOPED_TRACE(chunk);
    const Result r = run_cli({"entities", "--format", "json", "--chunk-bytes", chunk, path});
    ASSERT_EQ(r.code, kOk) << r.err;
    const json j = json::parse(r.out);
    EXPECT_GE(check_spans(j, text, /*exact=*/true), 50u);
    EXPECT_EQ(mentions_by_entity(j), expected);
    EXPECT_EQ(run_cli({"entities", "--format", "json", "--chunk-bytes", chunk, path}).out, r.out);
    // The text listing counts every mention.
    const Result t = run_cli({"entities", "--chunk-bytes", chunk, path});
    ASSERT_EQ(t.code, kOk) << t.err;
    EXPECT_NE(t.out.find("خالد المنصوري  →  Khaled Almansouri  ×6"), std::string::npos) << t.out;
  }
}

TEST_F(chunks_test, chunked_facts_are_ranked_across_the_file) {
  const std::string path = write_file("news.txt", kNews);
  const Result r = run_cli({"facts", "--format", "json", "--chunk-bytes", "700", path});
  ASSERT_EQ(r.code, kOk) << r.err;
  const json j = json::parse(r.out);
  EXPECT_GE(check_spans(j, kNews, /*exact=*/true), 5u);
  ASSERT_GE(j["facts"].size(), 5u);
  for (std::size_t i = 1; i < j["facts"].size(); ++i) {
    EXPECT_GE(j["facts"][i - 1]["salience"].get<double>(), j["facts"][i]["salience"].get<double>());
  }
  // Fact entities are ids of the merged entity list.
  for (const json& f : j["facts"]) {
    for (const json& e : f["entities"]) EXPECT_LT(e.get<std::size_t>(), j["entities"].size());
  }
  const Result t = run_cli({"facts", "--max", "2", "--chunk-bytes", "700", path});
  ASSERT_EQ(t.code, kOk) << t.err;
  EXPECT_NE(t.out.find("2. "), std::string::npos);
  EXPECT_EQ(t.out.find("3. "), std::string::npos);
}

TEST_F(chunks_test, bad_bytes_in_a_later_chunk_are_reported_at_their_offset) {
  std::string text = kNews;
  const std::size_t at = text.find("وأضاف خالد");
  text.insert(at, "\xC3");
  const std::string path = write_file("bad.txt", text);
  for (const char* command : {"summarize", "entities", "facts"}) {
    const Result r = run_cli({command, "--chunk-bytes", "300", path});
    EXPECT_EQ(r.code, kInputError) << command;
    EXPECT_NE(r.err.find("at byte " + std::to_string(at)), std::string::npos) << r.err;
    // --lenient repairs; the offsets still point into the file.
    const Result l =
        run_cli({command, "--format", "json", "--lenient", "--chunk-bytes", "300", path});
    ASSERT_EQ(l.code, kOk) << command << ": " << l.err;
    EXPECT_GE(check_spans(json::parse(l.out), text, /*exact=*/false), 3u);
  }
}

TEST_F(chunks_test, a_bad_chunk_size_is_a_usage_error) {
  const std::string path = write_file("news.txt", kNews);
  for (const char* value : {"0", "63", "abc", "-5", "4k"}) {
    const Result r = run_cli({"summarize", "--chunk-bytes", value, path});
    EXPECT_EQ(r.code, kUsage) << value;
    EXPECT_NE(r.err.find("--chunk-bytes"), std::string::npos) << r.err;
  }
  EXPECT_EQ(run_cli({"entities", "--chunk-bytes", "64", path}).code, kOk);
}

}  // namespace
}  // namespace khulasa::cli
