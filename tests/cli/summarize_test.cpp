// `khulasa summarize`, driven in-process: golden summaries of the team-written articles in text,
// Markdown and JSON, and properties every summary keeps: exact input offsets (also with CRLF, a BOM
// and repaired bytes), no byline, footer or other excluded unit in the gist, --sentences N giving
// N, determinism, tiny documents, and usage errors.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli.hpp"
#include "khulasa/document.hpp"
#include "khulasa/ranking.hpp"

namespace khulasa::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Outcome {
  int code = 0;
  std::string out;
  std::string err;
};

std::string contents(std::FILE* f) {
  std::rewind(f);
  std::string s;
  char buf[1 << 14];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
  return s;
}

/// Runs `khulasa summarize ARGS...` on `input` given as standard input ("-").
Outcome summarize(const std::string& input, std::vector<std::string> args = {}) {
  args.insert(args.begin(), "summarize");
  args.emplace_back("-");
  std::FILE* in = std::tmpfile();
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  std::fwrite(input.data(), 1, input.size(), in);
  std::rewind(in);
  Outcome r;
  r.code = run(args, Streams{in, out, err});
  r.out = contents(out);
  r.err = contents(err);
  std::fclose(in);
  std::fclose(out);
  std::fclose(err);
  return r;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The team-written articles: the README's example and the golden inputs.
std::vector<std::pair<std::string, std::string>> articles() {
  const std::string root = KHULASA_SOURCE_DIR;
  return {{"article", root + "/docs/examples/article.txt"},
          {"wrapped-crlf", root + "/tests/golden/inputs/wrapped-crlf.txt"},
          {"markdown-sections", root + "/tests/golden/inputs/markdown-sections.md"},
          {"deal-news", root + "/tests/golden/inputs/deal-news.txt"}};
}

/// Every span of a JSON summary, each a {"text", "begin", "end"} object.
std::vector<json> spans(const json& j) {
  std::vector<json> out;
  if (!j["headline"].is_null()) out.push_back(j["headline"]);
  for (const auto& g : j["gist"]) out.push_back(g);
  for (const auto& f : j["facts"]) out.push_back(f);
  for (const auto& s : j["sections"]) {
    out.push_back(s["heading"]);
    out.push_back(s["sentence"]);
  }
  for (const auto& q : j["quotes"]) {
    out.push_back(q);
    out.push_back(q["quote"]);
  }
  return out;
}

void expect_spans_exact(const json& j, const std::string& input) {
  for (const json& s : spans(j)) {
    const std::size_t b = s["begin"], e = s["end"];
    ASSERT_LE(b, e);
    ASSERT_LE(e, input.size());
    EXPECT_EQ(input.substr(b, e - b), s["text"].get<std::string>());
  }
}

// Golden files: tests/golden/expected/<input>.summarize.{txt,md,json} and <input>.summarize-en.txt
// hold `khulasa summarize` of each article. On a mismatch the test fails; with
// KHULASA_UPDATE_GOLDEN=1 it rewrites the files instead: review them with `git diff`.
TEST(summarize_test, golden_summaries) {
  const std::string root = KHULASA_SOURCE_DIR;
  const bool update = std::getenv("KHULASA_UPDATE_GOLDEN") != nullptr;
  const std::vector<std::pair<std::string, std::vector<std::string>>> variants = {
      {"summarize.txt", {}},
      {"summarize-en.txt", {"--lang", "en"}},
      {"summarize.md", {"--format", "markdown"}},
      {"summarize.json", {"--format", "json"}}};
  for (const auto& [name, path] : articles()) {
    const std::string input = read_file(path);
    ASSERT_FALSE(input.empty()) << path;
    for (const auto& [suffix, args] : variants) {
      const Outcome r = summarize(input, args);
      ASSERT_EQ(r.code, kOk) << r.err;
      const std::string golden = root + "/tests/golden/expected/" + name + "." + suffix;
      const std::string expected = read_file(golden);
      if (update && expected != r.out) {
        std::ofstream(golden, std::ios::binary) << r.out;
        continue;
      }
      EXPECT_EQ(r.out, expected) << golden << " differs; rerun with KHULASA_UPDATE_GOLDEN=1 "
                                 << "and review `git diff`";
    }
  }
}

TEST(summarize_test, every_span_is_the_input_bytes_at_its_offsets) {
  for (const auto& [name, path] : articles()) {
    const std::string input = read_file(path);
    for (const std::string n : {"1", "3", "50"}) {
      const Outcome r = summarize(input, {"--format", "json", "--sentences", n});
      ASSERT_EQ(r.code, kOk) << r.err;
      const json j = json::parse(r.out);
      EXPECT_FALSE(j["gist"].empty()) << name;
      expect_spans_exact(j, input);
    }
  }
}

TEST(summarize_test, crlf_bom_and_repaired_input_keep_input_offsets) {
  std::string lf = read_file(std::string(KHULASA_SOURCE_DIR) + "/docs/examples/article.txt");
  std::string crlf;
  for (const char c : lf) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  for (const std::string& input : {crlf, "\xEF\xBB\xBF" + crlf}) {
    const Outcome r = summarize(input, {"--format", "json"});
    ASSERT_EQ(r.code, kOk) << r.err;
    const json j = json::parse(r.out);
    expect_spans_exact(j, input);
    // The same sentences as with LF line ends.
    const json plain = json::parse(summarize(lf, {"--format", "json"}).out);
    ASSERT_EQ(j["gist"].size(), plain["gist"].size());
    for (std::size_t i = 0; i < j["gist"].size(); ++i) {
      EXPECT_EQ(j["gist"][i]["text"], plain["gist"][i]["text"]);
    }
  }
  // Bad bytes replaced with U+FFFD shift the decoded text; offsets still point into the input.
  const std::string bad =
      "عنوان الخبر\n\nقال الوزير\xFF\xFE إن النمو بلغ ثلاثة بالمئة هذا العام. "
      "وأضاف أن الصادرات ارتفعت بقوة خلال الربع الأخير.\n";
  const Outcome r = summarize(bad, {"--format", "json", "--lenient"});
  ASSERT_EQ(r.code, kOk) << r.err;
  const json j = json::parse(r.out);
  ASSERT_EQ(j["gist"].size(), 2u);
  EXPECT_EQ(j["gist"][1]["begin"], bad.find("وأضاف"));
  EXPECT_EQ(j["gist"][1]["end"], bad.size() - 1);
  EXPECT_EQ(j["gist"][0]["begin"], bad.find("قال"));
}

TEST(summarize_test, bylines_footers_and_other_exclusions_are_never_in_the_gist) {
  for (const auto& [name, path] : articles()) {
    const std::string input = read_file(path);
    const Document doc(input);
    const auto excluded = sentence_exclusions(doc);
    const Outcome r = summarize(input, {"--format", "json", "--sentences", "1000"});
    ASSERT_EQ(r.code, kOk) << r.err;
    const json j = json::parse(r.out);
    std::vector<json> chosen(j["gist"].begin(), j["gist"].end());
    for (const auto& s : j["sections"]) chosen.push_back(s["sentence"]);
    for (const json& g : chosen) {
      const std::size_t s = g["sentence"];
      ASSERT_LT(s, doc.sentences().size());
      EXPECT_EQ(doc.sentences()[s].range.begin, g["begin"]);
      EXPECT_FALSE(excluded[s].has_value())
          << name << ": " << g["text"].get<std::string>() << " is " << to_string(*excluded[s]);
      for (const char* banned : {"بقلم", "كتب:", "©", "|", "/ / /", "@"}) {
        EXPECT_EQ(g["text"].get<std::string>().find(banned), std::string::npos) << name;
      }
    }
  }
}

TEST(summarize_test, sentences_n_gives_n_when_there_are_n) {
  for (const auto& [name, path] : articles()) {
    const std::string input = read_file(path);
    const std::size_t eligible = rank_sentences(Document(input)).sentences.size();
    ASSERT_GE(eligible, 3u) << name;
    for (std::size_t n = 1; n <= eligible + 2; ++n) {
      const Outcome r = summarize(input, {"--format", "json", "--sentences", std::to_string(n)});
      ASSERT_EQ(r.code, kOk) << r.err;
      EXPECT_EQ(json::parse(r.out)["gist"].size(), std::min(n, eligible)) << name << " N=" << n;
    }
    // --max-words: within the budget, or the one first sentence.
    const Outcome w = summarize(input, {"--format", "json", "--max-words", "40"});
    ASSERT_EQ(w.code, kOk) << w.err;
    const json j = json::parse(w.out);
    std::size_t words = 0;
    for (const auto& g : j["gist"]) words += count_words(g["text"].get<std::string>());
    EXPECT_TRUE(words <= 40 || j["gist"].size() == 1) << name << ": " << words;
  }
}

TEST(summarize_test, output_is_deterministic) {
  const std::string input = read_file(articles()[3].second);
  for (const std::string format : {"text", "markdown", "json"}) {
    const Outcome a = summarize(input, {"--format", format});
    const Outcome b = summarize(input, {"--format", format});
    EXPECT_EQ(a.out, b.out) << format;
  }
}

TEST(summarize_test, empty_one_sentence_and_headline_only_documents) {
  for (const std::string& nothing : {std::string(), std::string("\n\n  \n")}) {
    Outcome r = summarize(nothing);
    EXPECT_EQ(r.code, kOk);
    EXPECT_EQ(r.out, "لا شيء للتلخيص: لا عنوان في الملف ولا متن.\n");
    r = summarize(nothing, {"--lang", "en", "--format", "markdown"});
    EXPECT_EQ(r.out, "Nothing to summarize: the file has no headline and no article text.\n");
    r = summarize(nothing, {"--format", "json"});
    ASSERT_EQ(r.code, kOk);
    const json j = json::parse(r.out);
    EXPECT_EQ(j["gist_source"], "none");
    EXPECT_TRUE(j["headline"].is_null());
    for (const char* key : {"gist", "facts", "sections", "entities", "quotes"}) {
      EXPECT_TRUE(j[key].is_array() && j[key].empty()) << key;
    }
  }

  const std::string one =
      "رفع الحد الأدنى للأجور\n\nقررت الحكومة رفع الحد الأدنى للأجور إلى 300 دينار اعتباراً من "
      "العام المقبل.\n";
  json j = json::parse(summarize(one, {"--format", "json"}).out);
  EXPECT_EQ(j["gist_source"], "ranked");
  ASSERT_EQ(j["gist"].size(), 1u);
  EXPECT_EQ(j["gist"][0]["begin"], one.find("قررت"));

  const std::string line = "قررت الحكومة رفع الأجور اعتباراً من العام المقبل.\n";
  j = json::parse(summarize(line, {"--format", "json"}).out);
  EXPECT_EQ(j["gist_source"], "headline");
  ASSERT_EQ(j["gist"].size(), 1u);
  EXPECT_EQ(j["gist"][0]["text"], "قررت الحكومة رفع الأجور اعتباراً من العام المقبل.");
  EXPECT_EQ(j["gist"][0]["begin"], 0);
  const Outcome text = summarize(line, {"--lang", "en"});
  EXPECT_EQ(text.out,
            "Gist (the headline alone: no body sentence fits):\n"
            "  • قررت الحكومة رفع الأجور اعتباراً من العام المقبل.\n");
}

TEST(summarize_test, usage_errors_exit_2) {
  const std::string article = "عنوان\n\nقال الوزير إن النمو بلغ ثلاثة بالمئة هذا العام.\n";
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--sentences", "0"}, "--sentences must be a positive whole number, got '0'"},
      {{"--sentences", "-2"}, "--sentences must be a positive whole number"},
      {{"--sentences", "two"}, "--sentences must be a positive whole number"},
      {{"--sentences", "2.5"}, "--sentences must be a positive whole number"},
      {{"--sentences="}, "--sentences must be a positive whole number, got ''"},
      {{"--max-words", "0"}, "--max-words must be a positive whole number"},
      {{"--max-words", "99999999999999999999999"}, "--max-words must be a positive whole number"},
      {{"--sentences", "2", "--max-words", "50"}, "--sentences and --max-words exclude each other"},
      {{"--lang", "fr"}, "--lang must be one of ar|en"},
      {{"--format", "html"}, "--format must be one of text|markdown|json"},
      {{"--words", "3"}, "unknown option '--words'"},
  };
  for (const auto& [args, message] : cases) {
    const Outcome r = summarize(article, args);
    EXPECT_EQ(r.code, kUsage) << args[0];
    EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("khulasa summarize --help"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  EXPECT_EQ(run({"summarize"}, Streams{stdin, out, err}), kUsage);
  EXPECT_EQ(run({"summarize", "--help"}, Streams{stdin, out, err}), kOk);
  EXPECT_NE(contents(out).find("Usage: khulasa summarize"), std::string::npos);
  EXPECT_EQ(run({"summarize", "/nonexistent/article.txt"}, Streams{stdin, out, err}), kInputError);
  std::fclose(out);
  std::fclose(err);
  // Invalid UTF-8 without --lenient is an input error.
  EXPECT_EQ(summarize("خبر\xC3(").code, kInputError);
}

}  // namespace
}  // namespace khulasa::cli
