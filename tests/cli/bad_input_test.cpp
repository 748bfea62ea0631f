// Bad inputs for the analysing commands (`summarize`, `entities`, `outline`; `segment` and
// `normalize` have theirs in cli_test.cpp): invalid UTF-8, NUL bytes, a BOM in the middle, CR-only
// line ends, big files, a 5 MB line, 10,000 nested list levels, text of only diacritics or only
// tatweel, bidi controls, zero-width joiners, emoji, very long Latin words and a million tiny
// sentences. Each gives a correct result or a clear error (exit 3 naming the file and the byte),
// never a crash. Time and memory are measured by hand (docs/reliability.md), not asserted here.
//
// Sizes shrink under sanitizers (ASan+UBSan Debug is 10-30 times slower), see kScale.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli.hpp"
#include "cli_test_support.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define KHULASA_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KHULASA_TEST_SANITIZED 1
#endif
#endif

namespace khulasa::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test_support::check_spans;
using test_support::Result;
using test_support::run_cli;

#if defined(KHULASA_TEST_SANITIZED) || !defined(NDEBUG)
/// Under sanitizers or without optimization the big inputs are this many times smaller.
constexpr std::size_t kScale = 16;
#else
constexpr std::size_t kScale = 1;
#endif

const std::vector<std::string> kCommands = {"summarize", "entities", "outline"};

class bad_input_test : public test_support::TempDirTest {
 protected:
  bad_input_test() : TempDirTest("khulasa-bad-input-") {}
};

/// Runs `command --format json [--lenient] path` and parses its output; fails the test on a
/// non-zero exit or output that is no JSON.
json run_json(const std::string& command, const std::string& path, bool lenient = false) {
  std::vector<std::string> args = {command, "--format", "json"};
  if (lenient) args.push_back("--lenient");
  args.push_back(path);
  const Result r = run_cli(args);
  EXPECT_EQ(r.code, kOk) << command << ": " << r.err;
  if (r.code != kOk) return json();
  return json::parse(r.out);
}

/// The names of the entities of one kind in `entities --format json` output.
std::vector<std::string> names_of(const json& entities, const std::string& kind) {
  std::vector<std::string> names;
  for (const auto& e : entities["entities"]) {
    if (e["kind"] == kind) names.push_back(e["name"]);
  }
  return names;
}

bool has_name(const json& entities, const std::string& kind, const std::string& name) {
  const auto names = names_of(entities, kind);
  return std::find(names.begin(), names.end(), name) != names.end();
}

/// A short fictional article; "خالد المنصوري" is a person in it, "جدة" a place.
const std::string kArticle =
    "مجموعة الواحة تستثمر 450 مليون دولار في مصنع للبطاريات\n"
    "جدة - 12 مارس 2026\n"
    "\n"
    "أعلنت مجموعة الواحة القابضة يوم الأربعاء عن استثمار بقيمة 450 مليون دولار لبناء مصنع "
    "للبطاريات في مدينة جدة.\n"
    "وقال الرئيس التنفيذي للمجموعة خالد المنصوري إن المصنع سيوفر 1200 وظيفة.\n"
    "\n"
    "## الخطوة التالية\n"
    "\n"
    "وأضاف المنصوري أن الإنتاج سيبدأ في نهاية عام 2027.\n";

// ---- invalid UTF-8 and NUL bytes ----

struct BadBytes {
  const char* what;
  std::string bytes;
  const char* message;  ///< expected in the error message
};

const std::vector<BadBytes> kBadBytes = {
    {"overlong 2-byte", "\xC0\xAF", "overlong"},
    {"overlong 3-byte", "\xE0\x80\xAF", "overlong"},
    {"overlong 4-byte", "\xF0\x80\x80\xAF", "overlong"},
    {"high surrogate", "\xED\xA0\x80", "surrogate"},
    {"low surrogate", "\xED\xBF\xBF", "surrogate"},
    {"truncated 2-byte", "\xD8 ", "truncated"},
    {"truncated 3-byte", "\xE2\x82 ", "truncated"},
    {"truncated 4-byte", "\xF0\x9F\x98 ", "truncated"},
    {"lone continuation", "\x80", "continuation"},
    {"above U+10FFFF", "\xF4\x90\x80\x80", "above U+10FFFF"},
    {"invalid byte", "\xFF", "invalid"},
    {"NUL byte", std::string(1, '\0'), "NUL"},
};

TEST_F(bad_input_test, invalid_utf8_and_nul_are_refused_naming_file_and_byte) {
  const std::size_t at = kArticle.find("وقال");
  for (const BadBytes& bad : kBadBytes) {
    std::string input = kArticle;
    input.insert(at, bad.bytes);
    const std::string path = write_file("bad.txt", input);
    for (const std::string& command : kCommands) {
      const Result r = run_cli({command, path});
      EXPECT_EQ(r.code, kInputError) << command << " " << bad.what;
      EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
      EXPECT_NE(r.err.find("at byte " + std::to_string(at)), std::string::npos)
          << command << " " << bad.what << ": " << r.err;
      EXPECT_NE(r.err.find(bad.message), std::string::npos)
          << command << " " << bad.what << ": " << r.err;
      EXPECT_TRUE(r.out.empty()) << command << " " << bad.what;
      // Each message says what it is once ("binary file?" once for a NUL byte).
      EXPECT_EQ(r.err.find("binary file?"), r.err.rfind("binary file?")) << r.err;
    }
  }
}

TEST_F(bad_input_test, lenient_repairs_every_bad_form_and_still_analyses) {
  const std::size_t at = kArticle.find("وقال");
  std::string input = kArticle;
  std::string all;
  for (const BadBytes& bad : kBadBytes) all += bad.bytes;
  input.insert(at, all);
  const std::string path = write_file("bad.txt", input);
  const json e = run_json("entities", path, /*lenient=*/true);
  EXPECT_TRUE(has_name(e, "person", "خالد المنصوري")) << e.dump();
  EXPECT_GT(check_spans(e, input, /*exact=*/true), 2u);  // mentions lie away from the bad bytes
  const json s = run_json("summarize", path, true);
  EXPECT_EQ(s["gist_source"], "ranked");
  EXPECT_GT(check_spans(s, input, false), 3u);
  const json o = run_json("outline", path, true);
  EXPECT_GT(check_spans(o, input, false), 3u);
  EXPECT_EQ(o["front"][0]["kind"], "headline");
}

// ---- BOM, line ends, invisible and bidi characters, emoji ----

TEST_F(bad_input_test, a_bom_in_the_middle_keeps_offsets_and_names) {
  const std::string bom = "\xEF\xBB\xBF";
  std::string input = bom + kArticle;
  input.insert(input.find("وقال"), bom);
  input.insert(input.find("## "), bom);
  const std::string path = write_file("bom.txt", input);
  const json e = run_json("entities", path);
  EXPECT_TRUE(has_name(e, "person", "خالد المنصوري")) << e.dump();
  EXPECT_TRUE(has_name(e, "location", "جدة")) << e.dump();
  check_spans(e, input, true);
  const json s = run_json("summarize", path);
  EXPECT_EQ(s["headline"]["text"], "مجموعة الواحة تستثمر 450 مليون دولار في مصنع للبطاريات");
  EXPECT_GE(check_spans(s, input, true), 3u);
  check_spans(run_json("outline", path), input, true);
}

/// The outline's shape: the kinds of its blocks, section by section.
std::vector<std::string> outline_shape(const json& o) {
  std::vector<std::string> shape;
  for (const auto& f : o["front"]) shape.push_back(f["kind"]);
  for (const auto& s : o["sections"]) {
    shape.push_back(s["heading"].is_null() ? "section" : "section+heading");
    for (const auto& b : s["blocks"]) shape.push_back(b["kind"]);
  }
  return shape;
}

TEST_F(bad_input_test, cr_only_line_ends_give_the_same_structure_as_lf) {
  std::string cr = kArticle;
  for (char& c : cr) {
    if (c == '\n') c = '\r';
  }
  const json lf_outline = run_json("outline", write_file("lf.txt", kArticle));
  const std::string path = write_file("cr.txt", cr);
  const json cr_outline = run_json("outline", path);
  EXPECT_EQ(outline_shape(cr_outline), outline_shape(lf_outline)) << cr_outline.dump();
  EXPECT_GE(outline_shape(cr_outline).size(), 5u);
  check_spans(cr_outline, cr, true);
  const json s = run_json("summarize", path);
  EXPECT_EQ(s["gist_source"], "ranked");
  EXPECT_GE(check_spans(s, cr, true), 3u);
  const json e = run_json("entities", path);
  EXPECT_TRUE(has_name(e, "person", "خالد المنصوري")) << e.dump();
}

TEST_F(bad_input_test, bidi_controls_zero_width_joiners_and_emoji) {
  // Isolates and embeddings around names, marks, ZWJ/ZWNJ inside and between words, emoji with
  // skin tones, ZWJ sequences and flags.
  const std::string input =
      "\xE2\x80\xAB"
      "مجموعة الواحة تستثمر في جدة"
      "\xE2\x80\xAC"
      " 🚀🇸🇦\n"
      "\n"
      "وقال \xE2\x81\xA7خالد المنصوري\xE2\x81\xA9 إن المصنع سيوفر 1200 وظيفة "
      "👩🏽‍💻.\xE2\x80\x8F\n"
      "وأضاف \xE2\x80\x8Eالمنصوري\xE2\x80\x8E أن الإنتاج\xE2\x80\x8C سيبدأ\xE2\x80\x8D قريباً 👍.\n"
      "\xE2\x80\xAE"
      "نص معكوس بالكامل"
      "\xE2\x80\xAC"
      " و\xE2\x80\x8Dلا شيء غيره.\n";
  const std::string path = write_file("bidi.txt", input);
  const json e = run_json("entities", path);
  check_spans(e, input, true);
  EXPECT_TRUE(has_name(e, "person", "خالد المنصوري")) << e.dump();
  const json s = run_json("summarize", path);
  EXPECT_EQ(s["gist_source"], "ranked");
  EXPECT_GE(check_spans(s, input, true), 2u);
  const json o = run_json("outline", path);
  check_spans(o, input, true);
  EXPECT_EQ(o["front"][0]["kind"], "headline");
}

TEST_F(bad_input_test, only_diacritics_or_only_tatweel) {
  const std::string diacritics = "ًٌٍَُِّْ ًٌٍَُِّْ\nَُِ ّْ ًٌٍ.\nَ\n";
  const std::string tatweel = "ــــــــ\nــــ ــــ ــــ.\nـ\n";
  const std::string mixed = "ـًـٌـٍ ـَـُـِ\nـّـْ ـَ ـُ ـِ.\n";
  for (const std::string& input : {diacritics, tatweel, mixed}) {
    const std::string path = write_file("marks.txt", input);
    const json e = run_json("entities", path);
    EXPECT_TRUE(e["entities"].empty()) << e.dump();
    const json s = run_json("summarize", path);
    check_spans(s, input, true);
    EXPECT_TRUE(s["facts"].empty());
    const json o = run_json("outline", path);
    check_spans(o, input, true);
  }
}

// ---- sizes ----

TEST_F(bad_input_test, very_long_latin_words) {
  const std::string word(std::size_t{1} << 20 >> (kScale > 1 ? 4 : 0), 'x');
  const std::string input = "Supercalifragilisticexpialidocious" + std::string(100000, 'o') +
                            "\n\nوقال خالد المنصوري إن كلمة " + word + " طويلة جداً.\n" + word +
                            "\n";
  const std::string path = write_file("word.txt", input);
  const json e = run_json("entities", path);
  EXPECT_TRUE(has_name(e, "person", "خالد المنصوري")) << e.dump().substr(0, 2000);
  const json s = run_json("summarize", path);
  EXPECT_GE(check_spans(s, input, true), 1u);
  const json o = run_json("outline", path);
  check_spans(o, input, true);
}

TEST_F(bad_input_test, one_5_mb_line) {
  const std::string sentence =
      "وقال خالد المنصوري إن مجموعة الواحة ستستثمر 450 مليون دولار في جدة، وأضاف أن النمو بلغ "
      "3.5% هذا العام. ";
  std::string line = "مصنع جديد في جدة\n";
  while (line.size() < (std::size_t{5} << 20) / kScale) line += sentence;
  line += "\n";
  const std::string path = write_file("line.txt", line);
  const json s = run_json("summarize", path);
  EXPECT_EQ(s["gist_source"], "ranked");
  EXPECT_LE(s["gist"].size(), 3u);
  EXPECT_GE(check_spans(s, line, true), 3u);
  const json e = run_json("entities", path);
  EXPECT_TRUE(has_name(e, "person", "خالد المنصوري"));
  EXPECT_TRUE(has_name(e, "location", "جدة"));
  const json o = run_json("outline", path);
  ASSERT_EQ(o["sections"].size(), 1u);
  EXPECT_EQ(o["sections"][0]["blocks"][0]["kind"], "paragraph");
}

/// The size of the big-file test: 8 MiB (half the server's live limit), smaller under sanitizers;
/// KHULASA_BIG_INPUT_MB overrides it (docs/reliability.md measures 100).
std::size_t big_input_bytes() {
  if (const char* mb = std::getenv("KHULASA_BIG_INPUT_MB")) {
    return std::size_t{static_cast<std::size_t>(std::atol(mb))} << 20;
  }
  return (std::size_t{8} << 20) / kScale;
}

/// A line of /proc/self/status ("VmHWM", "VmRSS") in bytes, or 0 where there is none.
std::size_t status_bytes(const std::string& field) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with(field + ":")) return std::stoul(line.substr(field.size() + 1)) * 1024;
  }
  return 0;
}

/// Sets this process's peak resident memory back to its current one (Linux: clear_refs 5); false
/// where that cannot be done.
bool reset_peak_memory() {
  std::ofstream out("/proc/self/clear_refs");
  out << "5";
  out.flush();
  return out.good() && status_bytes("VmHWM") != 0;
}

TEST_F(bad_input_test, a_big_file_is_summarized_in_chunks) {
  const std::string path = (dir_ / "big.txt").string();
  const std::size_t size = big_input_bytes();
  std::size_t written = 0;
  std::size_t copies = 1;
  {
    std::ofstream out(path, std::ios::binary);
    out << kArticle;
    written += kArticle.size();
    const std::string body = kArticle.substr(kArticle.find("\n\n") + 1);
    while (written < size) {
      out << body;
      written += body.size();
      ++copies;
    }
  }
  // Bounded memory: with 1 MiB chunks the analysis holds one chunk at a time, so the peak grows by
  // the input and a bounded amount, not 18 bytes per input byte (150 MB for 8 MiB analysed whole).
  // Measured only where the peak can be reset, and not under sanitizers (their allocator keeps
  // freed memory).
  if (kScale == 1 && reset_peak_memory()) {
    const std::size_t before = status_bytes("VmRSS");
    const Result t = run_cli({"summarize", "--chunk-bytes", "1048576", path}, "", false);
    ASSERT_EQ(t.code, kOk) << t.err;
    const std::size_t growth = status_bytes("VmHWM") - before;
    EXPECT_LT(growth, written + (std::size_t{64} << 20))
        << "peak grew by " << (growth >> 20) << " MiB";
  }
  // The default chunk size (4 MiB) and small chunks give a summary of the whole file.
  for (const std::vector<std::string>& chunking :
       {std::vector<std::string>{}, std::vector<std::string>{"--chunk-bytes", "1048576"}}) {
    std::vector<std::string> args = {"summarize", "--format", "json"};
    args.insert(args.end(), chunking.begin(), chunking.end());
    args.push_back(path);
    const Result s = run_cli(args);
    ASSERT_EQ(s.code, kOk) << s.err;
    const json sj = json::parse(s.out);
    EXPECT_EQ(sj["headline"]["begin"], 0);
    EXPECT_EQ(sj["gist"].size(), 3u);
    EXPECT_EQ(sj["gist"][0]["begin"], kArticle.find("أعلنت"));
  }
  const Result e = run_cli({"entities", "--format", "json", path});
  ASSERT_EQ(e.code, kOk) << e.err;
  // Every repetition of the name is counted across the chunks, give or take the family name alone
  // (linked to the full name unless a chunk starts between them).
  std::size_t mentions = 0;
  const json ej = json::parse(e.out);
  for (const auto& en : ej["entities"]) {
    if (en["name"] == "خالد المنصوري") mentions = en["mentions"].size();
  }
  EXPECT_GE(mentions, copies);
  EXPECT_LE(mentions, 2 * copies);
}

TEST_F(bad_input_test, a_million_tiny_sentences) {
  const std::size_t count = 1000000 / kScale;
  std::string input = "عنوان\n";
  const std::string tiny = "نعم. ";
  for (std::size_t i = 0; i < count; ++i) {
    input += tiny;
    if (i % 10 == 9) input += "\n";
  }
  const std::string path = write_file("tiny.txt", input);
  const Result seg = run_cli({"segment", path}, "", true);
  ASSERT_EQ(seg.code, kOk);
  EXPECT_EQ(static_cast<std::size_t>(std::count(seg.out.begin(), seg.out.end(), '\n')), count + 1);
  // Fragments of one word are never a gist: the headline stands in.
  const json s = run_json("summarize", path);
  EXPECT_EQ(s["gist_source"], "headline") << s.dump().substr(0, 2000);
  EXPECT_TRUE(run_json("entities", path)["entities"].empty());
  const json o = run_json("outline", path);
  ASSERT_EQ(o["sections"].size(), 1u);
}

TEST_F(bad_input_test, ten_thousand_nested_list_levels) {
  // Markdown nesting on one line: 10,000 list markers, quote markers, numbered markers.
  for (const std::string marker : {"- ", "> ", "1. ", "* - "}) {
    std::string input = "قائمة متداخلة\n";
    for (int i = 0; i < 10000; ++i) input += marker;
    input += "قال خالد المنصوري إن المصنع جاهز.\n";
    const std::string path = write_file("nested.txt", input);
    const json o = run_json("outline", path);
    check_spans(o, input, true);
    const json e = run_json("entities", path);
    EXPECT_TRUE(has_name(e, "person", "خالد المنصوري")) << marker;
    check_spans(run_json("summarize", path), input, true);
  }
  // Indentation: each item one space deeper than the last (10,000 levels are 50 MB of spaces).
  const std::size_t levels = 10000 / (kScale > 1 ? 10 : 1);
  std::string input = "قائمة متداخلة\n";
  for (std::size_t i = 0; i < levels; ++i) input += std::string(i, ' ') + "- بند\n";
  const std::string path = write_file("indented.txt", input);
  const Result r = run_cli({"outline", "--format", "json", path});
  ASSERT_EQ(r.code, kOk) << r.err;
  // Every item is one level deeper than the one before it.
  std::vector<std::size_t> depths;
  std::function<void(const json&)> walk = [&](const json& j) {
    if (j.is_object() && j.contains("kind") && j["kind"] == "list_item")
      depths.push_back(j["depth"]);
    if (j.is_structured()) {
      for (const auto& value : j) walk(value);
    }
  };
  walk(json::parse(r.out));
  ASSERT_EQ(depths.size(), levels);
  for (std::size_t i = 0; i < levels; ++i) ASSERT_EQ(depths[i], i);
  const Result s = run_cli({"summarize", path}, "", false);
  EXPECT_EQ(s.code, kOk) << s.err;
}

}  // namespace
}  // namespace khulasa::cli
