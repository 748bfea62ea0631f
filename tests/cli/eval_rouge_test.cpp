// `khulasa eval rouge DIR`, driven in-process on tests/data/easc-mini (an EASC-shaped corpus
// written for these tests): the table, the JSON, the budget option and the errors.
#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_test_support.hpp"

namespace khulasa::cli {
namespace {

using test_support::Result;
using test_support::run_cli;

const std::string kCorpus = std::string(KHULASA_TEST_DATA_DIR) + "/data/easc-mini";

TEST(eval_rouge_test, prints_a_table_of_the_three_systems) {
  const Result r = run_cli({"eval", "rouge", kCorpus});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("2 articles"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ROUGE-1  ROUGE-2  ROUGE-L"), std::string::npos) << r.out;
  for (const char* system : {"\nkhulasa ", "\nlead ", "\ntextrank "}) {
    EXPECT_NE(r.out.find(system), std::string::npos) << system;
  }
  // Topic2 has an article but no summaries: it is named and skipped.
  EXPECT_NE(r.err.find("Topic2"), std::string::npos) << r.err;
  // The same run gives the same table.
  EXPECT_EQ(run_cli({"eval", "rouge", kCorpus}).out, r.out);
}

TEST(eval_rouge_test, json_has_scores_in_range_and_the_budget) {
  const Result r = run_cli({"eval", "rouge", "--format", "json", kCorpus});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["articles"], 2);
  EXPECT_EQ(j["budget"]["kind"], "mean_reference_length");
  // Mean reference lengths: 29 and 28 words (rounded), so the mean budget is 28.5.
  EXPECT_DOUBLE_EQ(j["budget"]["mean_words"].get<double>(), 28.5);
  ASSERT_EQ(j["systems"].size(), 3u);
  EXPECT_EQ(j["systems"][0]["system"], "khulasa");
  EXPECT_EQ(j["systems"][1]["system"], "lead");
  EXPECT_EQ(j["systems"][2]["system"], "textrank");
  for (const auto& s : j["systems"]) {
    for (const char* m : {"rouge1", "rouge2", "rougeL"}) {
      for (const char* part : {"precision", "recall", "f1"}) {
        const double v = s[m][part].get<double>();
        EXPECT_GE(v, 0.0);
        EXPECT_LE(v, 1.0);
      }
    }
    EXPECT_GT(s["mean_words"].get<double>(), 0.0);
  }
  // Every summary of this corpus repeats the first sentence, which Lead always takes.
  EXPECT_GT(j["systems"][1]["rouge2"]["f1"].get<double>(), 0.5);
}

TEST(eval_rouge_test, max_words_fixes_the_budget) {
  const Result r = run_cli({"eval", "rouge", "--max-words=200", "--format=json", kCorpus});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["budget"]["kind"], "fixed");
  EXPECT_EQ(j["budget"]["words"], 200);
  // 200 words hold every eligible sentence: all three systems return the same summaries.
  EXPECT_EQ(j["systems"][0]["rouge2"], j["systems"][1]["rouge2"]);
  EXPECT_EQ(j["systems"][1]["rougeL"], j["systems"][2]["rougeL"]);
}

TEST(eval_rouge_test, errors_have_their_exit_codes) {
  Result r = run_cli({"eval", "rouge", kCorpus + "/no-such-dir"});
  EXPECT_EQ(r.code, kInputError);
  EXPECT_NE(r.err.find("no articles"), std::string::npos) << r.err;
  r = run_cli({"eval", "rouge", "--max-words", "0", kCorpus});
  EXPECT_EQ(r.code, kUsage);
  r = run_cli({"eval", "rouge", "--max-words", "many", kCorpus});
  EXPECT_EQ(r.code, kUsage);
  r = run_cli({"eval", "rouge", "--format", "xml", kCorpus});
  EXPECT_EQ(r.code, kUsage);
  r = run_cli({"eval", "rouge"});
  EXPECT_EQ(r.code, kUsage);
  r = run_cli({"eval", "rouge", "--help"});
  EXPECT_EQ(r.code, kOk);
  EXPECT_NE(r.out.find("Usage: khulasa eval rouge"), std::string::npos);
}

}  // namespace
}  // namespace khulasa::cli
