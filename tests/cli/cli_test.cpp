// The `khulasa` command line, driven in-process: exit codes, messages, offsets, and bad inputs.
#include "cli.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_support.hpp"

namespace khulasa::cli {
namespace {

namespace fs = std::filesystem;

using test_support::Result;
using test_support::run_cli;

class cli_test : public test_support::TempDirTest {
 protected:
  cli_test() : TempDirTest("khulasa-cli-test-") {}
};

std::string example_article() {
  std::ifstream in(std::string(KHULASA_SOURCE_DIR) + "/docs/examples/article.txt",
                   std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Every sentence's begin/end in JSON output slices the input to exactly its text.
void expect_json_offsets_exact(const std::string& json_text, const std::string& input,
                               std::size_t min_sentences) {
  const auto j = nlohmann::json::parse(json_text);
  ASSERT_GE(j["sentences"].size(), min_sentences);
  std::size_t last_end = 0;
  for (const auto& s : j["sentences"]) {
    const std::size_t b = s["begin"], e = s["end"];
    ASSERT_LE(last_end, b);
    ASSERT_LE(e, input.size());
    EXPECT_EQ(input.substr(b, e - b), s["text"].get<std::string>());
    last_end = e;
  }
}

TEST_F(cli_test, segment_json_offsets_are_bytes_of_the_input) {
  const std::string article = example_article();
  const auto r = run_cli({"segment", "--format", "json", write_file("a.txt", article)});
  ASSERT_EQ(r.code, kOk) << r.err;
  expect_json_offsets_exact(r.out, article, 20);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["sentences"][2]["kind"], "byline");
  EXPECT_EQ(j["sentences"][2]["text"], "بقلم: ليلى الحسيني");
}

TEST_F(cli_test, segment_text_format_and_stdin) {
  const auto r = run_cli({"segment", "-"}, "عاجل\nقال الوزير إن الحل قريب. وأضاف أنه متفائل.\n");
  ASSERT_EQ(r.code, kOk);
  EXPECT_EQ(r.out,
            "   1  0-8  heading/arabic  عاجل\n"
            "   2  9-52  sentence/arabic  قال الوزير إن الحل قريب.\n"
            "   3  53-84  sentence/arabic  وأضاف أنه متفائل.\n");
}

TEST_F(cli_test, crlf_cr_only_and_bom_keep_exact_offsets) {
  const std::string crlf = "\xEF\xBB\xBFعنوان\r\nجملة أولى. جملة ثانية.\r\n";
  const std::string cr = "الأول.\rالثاني.\rالثالث";
  for (const std::string& input : {crlf, cr}) {
    const auto r = run_cli({"segment", "--format=json", write_file("x.txt", input)});
    ASSERT_EQ(r.code, kOk);
    expect_json_offsets_exact(r.out, input, 3);
  }
}

TEST_F(cli_test, invalid_utf8_names_file_and_byte_and_exits_3) {
  const std::string path = write_file("bad.txt", "خبر عاجل\xC3(");
  const auto r = run_cli({"segment", path});
  EXPECT_EQ(r.code, kInputError);
  EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("invalid UTF-8 (truncated sequence) at byte 15"), std::string::npos)
      << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(cli_test, lenient_mode_repairs_and_keeps_input_offsets) {
  const std::string input = "خبر\xFF\xFE عاجل. انتهى.";
  const auto r = run_cli({"segment", "--lenient", "--format", "json", write_file("l.txt", input)});
  ASSERT_EQ(r.code, kOk) << r.err;
  EXPECT_NE(r.err.find("replaced 2 bad byte sequence(s)"), std::string::npos);
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["sentences"].size(), 2u);
  EXPECT_EQ(j["sentences"][1]["begin"], input.find("انتهى"));
  EXPECT_EQ(j["sentences"][0]["begin"], 0);
  EXPECT_EQ(j["sentences"][0]["end"], input.find(" انتهى"));
}

TEST_F(cli_test, nul_bytes_and_binary_files_are_refused) {
  const std::string nul = std::string("خبر") + '\0' + "عاجل";
  auto r = run_cli({"normalize", write_file("nul.txt", nul)});
  EXPECT_EQ(r.code, kInputError);
  EXPECT_NE(r.err.find("NUL byte (binary file?) at byte 6"), std::string::npos) << r.err;
  // The start of a PNG file: invalid UTF-8 at byte 0.
  r = run_cli({"segment", write_file("img.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))});
  EXPECT_EQ(r.code, kInputError);
  EXPECT_NE(r.err.find("at byte 0"), std::string::npos) << r.err;
}

TEST_F(cli_test, empty_file_is_not_an_error) {
  const std::string path = write_file("empty.txt", "");
  auto r = run_cli({"segment", path});
  EXPECT_EQ(r.code, kOk);
  EXPECT_EQ(r.out, "");
  r = run_cli({"segment", "--format", "json", path});
  EXPECT_EQ(r.code, kOk);
  EXPECT_EQ(nlohmann::json::parse(r.out)["sentences"].size(), 0u);
  r = run_cli({"normalize", "--format", "json", path});
  EXPECT_EQ(r.code, kOk);
  EXPECT_EQ(nlohmann::json::parse(r.out)["lines"].size(), 0u);
}

TEST_F(cli_test, missing_file_exits_3) {
  const auto r = run_cli({"segment", (dir_ / "nope.txt").string()});
  EXPECT_EQ(r.code, kInputError);
  EXPECT_NE(r.err.find("No such file"), std::string::npos) << r.err;
}

TEST_F(cli_test, usage_errors_exit_2) {
  EXPECT_EQ(run_cli({}).code, kUsage);
  EXPECT_EQ(run_cli({"summon", "x"}).code, kUsage);
  EXPECT_EQ(run_cli({"segment"}).code, kUsage);
  EXPECT_EQ(run_cli({"segment", "a", "b"}).code, kUsage);
  EXPECT_EQ(run_cli({"segment", "--format", "xml", "a"}).code, kUsage);
  EXPECT_EQ(run_cli({"segment", "--format"}).code, kUsage);
  EXPECT_EQ(run_cli({"segment", "--frmat", "json", "a"}).code, kUsage);
  EXPECT_EQ(run_cli({"normalize", "--lenient=yes", "a"}).code, kUsage);
  const auto r = run_cli({"segment", "--format", "xml", "a"});
  EXPECT_NE(r.err.find("--format must be one of text|json"), std::string::npos) << r.err;
}

TEST_F(cli_test, every_subcommand_has_help) {
  for (const char* c : {"segment", "normalize"}) {
    const auto r = run_cli({c, "--help"});
    EXPECT_EQ(r.code, kOk);
    EXPECT_NE(r.out.find(std::string("Usage: khulasa ") + c), std::string::npos);
    EXPECT_NE(r.out.find("Exit codes"), std::string::npos);
  }
  const auto top = run_cli({"--help"});
  EXPECT_EQ(top.code, kOk);
  EXPECT_NE(top.out.find("segment"), std::string::npos);
  EXPECT_NE(top.out.find("normalize"), std::string::npos);
}

TEST_F(cli_test, normalize_text_keeps_line_ends_and_json_maps_words) {
  const std::string input = "قالَ الرئيـس\r\n٢٠٢٥ OpenAI\n";
  auto r = run_cli({"normalize", write_file("n.txt", input)});
  ASSERT_EQ(r.code, kOk);
  EXPECT_EQ(r.out, "قال الرئيس\r\n2025 openai\n");
  r = run_cli({"normalize", "--format", "json", "--words", write_file("n.txt", input)});
  ASSERT_EQ(r.code, kOk);
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["lines"].size(), 2u);
  const auto& w = j["lines"][0]["words"][1];
  EXPECT_EQ(w["text"], "الرئيـس");
  EXPECT_EQ(w["normalized"], "الرئيس");
  EXPECT_EQ(w["stem"], "رئيس");
  EXPECT_EQ(input.substr(w["begin"], std::size_t{w["end"]} - std::size_t{w["begin"]}), "الرئيـس");
}

// Golden files: tests/golden/expected/<input>.<command>.txt holds `khulasa segment`, `outline`,
// `entities` and `facts` of tests/golden/inputs/<input> (and of the example article). On a mismatch
// the test fails; run it with KHULASA_UPDATE_GOLDEN=1 to rewrite the files, then review the change
// with `git diff`.
TEST_F(cli_test, segment_golden_files) {
  const std::string root = KHULASA_SOURCE_DIR;
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {root + "/docs/examples/article.txt", "article"},
      {root + "/tests/golden/inputs/wrapped-crlf.txt", "wrapped-crlf"},
      {root + "/tests/golden/inputs/markdown-sections.md", "markdown-sections"},
      {root + "/tests/golden/inputs/deal-news.txt", "deal-news"}};
  const bool update = std::getenv("KHULASA_UPDATE_GOLDEN") != nullptr;
  for (const auto& [input, name] : inputs) {
    for (const std::string command : {"segment", "outline", "entities", "facts"}) {
      const std::string golden = root + "/tests/golden/expected/" + name + "." + command + ".txt";
      const auto r = run_cli({command, input});
      ASSERT_EQ(r.code, kOk) << r.err;
      std::ifstream in(golden, std::ios::binary);
      std::ostringstream expected;
      expected << in.rdbuf();
      if (update && expected.str() != r.out) {
        std::ofstream(golden, std::ios::binary) << r.out;
        continue;
      }
      EXPECT_EQ(r.out, expected.str()) << golden << " differs; rerun with KHULASA_UPDATE_GOLDEN=1 "
                                       << "and review `git diff`";
    }
  }
}

TEST_F(cli_test, a_single_5_mb_line) {
  std::string line;
  const std::string sentence = "قال الوزير إن النمو بلغ 3.5% هذا العام، وأضاف أن الصادرات ارتفعت. ";
  while (line.size() < 5u * 1024 * 1024) line += sentence;
  const auto r = run_cli({"segment", "--format", "json", write_file("line.txt", line)});
  ASSERT_EQ(r.code, kOk);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["sentences"].size(),
            line.size() / sentence.size() + (line.size() % sentence.size() ? 1 : 0));
}

TEST_F(cli_test, a_100_mb_file) {
  const std::string article = example_article();
  const std::string path = (dir_ / "big.txt").string();
  {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t written = 0; written < 100u * 1024 * 1024; written += article.size()) {
      out << article;
    }
  }
  EXPECT_EQ(run_cli({"segment", path}, "", false).code, kOk);
  EXPECT_EQ(run_cli({"normalize", path}, "", false).code, kOk);
}

}  // namespace
}  // namespace khulasa::cli
