// `khulasa entities`, `khulasa facts` and `khulasa eval ner`, driven in-process: JSON fields and
// exact offsets into the input (CRLF and a BOM included), errors, and scoring a CoNLL file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_test_support.hpp"

namespace khulasa::cli {
namespace {

using test_support::run_cli;
namespace fs = std::filesystem;

// A short wire story with a BOM and CRLF line ends, Arabic-Indic digits, a clitic on a name and a
// quote with its speaker.
const std::string kStory =
    "\xEF\xBB\xBF"
    "البنك الدولي يقرض مصر ٥٠٠ مليون دولار\r\n"
    "\r\n"
    "وافق البنك الدولي على قرض بقيمة ٥٠٠ مليون دولار لمصر لدعم شبكات الحماية الاجتماعية. وقال "
    "وزير المالية المصري محمد معيط إن القرض \"يخفف الضغط على الموازنة هذا العام\".\r\n"
    "وأضاف معيط أن الحكومة ستنفق 40% من المبلغ في الصعيد.\r\n";

std::string write_temp(const std::string& name, const std::string& bytes) {
  const fs::path p = fs::temp_directory_path() / ("khulasa-entities-cli-" + name);
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

std::string slice(const std::string& s, const nlohmann::json& span) {
  const std::size_t b = span["begin"], e = span["end"];
  return s.substr(b, e - b);
}

TEST(entities_cli, json_mentions_slice_the_input_exactly) {
  const auto r = run_cli({"entities", "--format", "json", "-"}, kStory);
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_GE(j["entities"].size(), 5u);
  bool found_egypt = false, found_minister = false;
  for (const auto& e : j["entities"]) {
    for (const char* field : {"id", "kind", "name", "english", "normalized", "mentions"}) {
      EXPECT_TRUE(e.contains(field)) << field;
    }
    ASSERT_FALSE(e["mentions"].empty());
    for (const auto& m : e["mentions"]) {
      EXPECT_EQ(slice(kStory, m), m["text"].get<std::string>());
    }
    if (e["english"] == "Egypt") {
      found_egypt = true;
      // "لمصر": the mention is مصر, without the preposition.
      for (const auto& m : e["mentions"]) EXPECT_EQ(m["text"], "مصر");
      EXPECT_EQ(e["mentions"].size(), 2u);
    }
    if (e["kind"] == "person" && e["name"] == "محمد معيط") {
      found_minister = true;
      EXPECT_EQ(e["mentions"].size(), 2u);  // and "معيط" alone later
    }
  }
  EXPECT_TRUE(found_egypt);
  EXPECT_TRUE(found_minister);
  ASSERT_EQ(j["quotes"].size(), 1u);
  EXPECT_EQ(j["quotes"][0]["speaker"]["name"], "محمد معيط");
  EXPECT_EQ(slice(kStory, j["quotes"][0]["quote"]), "يخفف الضغط على الموازنة هذا العام");
}

TEST(entities_cli, money_in_arabic_indic_digits_is_normalized) {
  const auto r = run_cli({"entities", "--format", "json", "-"}, kStory);
  ASSERT_EQ(r.code, 0) << r.err;
  bool found = false;
  const auto j = nlohmann::json::parse(r.out);
  for (const auto& e : j["entities"]) {
    if (e["kind"] != "money") continue;
    found = true;
    EXPECT_EQ(e["normalized"], "USD 500000000");
    EXPECT_EQ(e["english"], "$500 million");
    EXPECT_EQ(e["mentions"].size(), 2u);
  }
  EXPECT_TRUE(found);
}

TEST(entities_cli, facts_carry_the_arabic_span_and_english) {
  const auto r = run_cli({"facts", "--format", "json", "--max", "3", "-"}, kStory);
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["facts"].empty());
  ASSERT_LE(j["facts"].size(), 3u);
  for (const auto& f : j["facts"]) {
    EXPECT_EQ(slice(kStory, f), f["text"].get<std::string>());
    EXPECT_FALSE(f["english"].get<std::string>().empty());
  }
  const std::string top = j["facts"][0]["english"];
  EXPECT_NE(top.find("$500 million"), std::string::npos) << top;
  EXPECT_NE(top.find("World Bank"), std::string::npos) << top;

  const auto text = run_cli({"facts", "-"}, kStory);
  ASSERT_EQ(text.code, 0);
  EXPECT_EQ(text.out.rfind("1. ", 0), 0u) << text.out;
}

TEST(entities_cli, bad_input_and_options) {
  EXPECT_EQ(run_cli({"entities", "-"}, "قال \xff\xfe الوزير").code, 3);
  EXPECT_EQ(run_cli({"entities", "--lenient", "-"}, "قال \xff\xfe الوزير").code, 0);
  EXPECT_EQ(run_cli({"facts", "--format", "xml", "-"}, kStory).code, 2);
  const auto empty = run_cli({"entities", "--format", "json", "-"}, "");
  ASSERT_EQ(empty.code, 0);
  EXPECT_TRUE(nlohmann::json::parse(empty.out)["entities"].empty());
}

TEST(eval_ner_cli, scores_a_conll_file_per_type) {
  // Two sentences in ANERcorp's shape, one typo tag, one name missed on purpose by nobody.
  const std::string conll =
      "قال O\nالرئيس O\nالفرنسي O\nإيمانويل B-PERS\nماكرون I-PERS\nفي O\nباريس B-LOC\n. O\n"
      "وزار O\nوفد O\nمن O\nالأمم B-ORG\nالمتحدة I-ORG\nبيروت B-LOC\n. O\n";
  const std::string path = write_temp("gold.conll", conll);
  const auto r = run_cli({"eval", "ner", "--format", "json", path});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["sentences"], 2);
  EXPECT_EQ(j["tokens"], 15);
  EXPECT_EQ(j["overall"]["gold"], 4);
  EXPECT_EQ(j["types"]["PERS"]["gold"], 1);
  EXPECT_EQ(j["types"]["LOC"]["gold"], 2);
  const double f1 = j["overall"]["f1"];
  EXPECT_GE(f1, 50.0);  // the shipped tagger finds most of these
  EXPECT_LE(f1, 100.0);

  const auto tagger = run_cli({"eval", "ner", "--system", "tagger", path});
  ASSERT_EQ(tagger.code, 0);
  EXPECT_NE(tagger.out.find("(tagger)"), std::string::npos);
  EXPECT_NE(tagger.out.find("overall"), std::string::npos);

  EXPECT_EQ(run_cli({"eval", "ner", "--document", "0", path}).code, 2);
  EXPECT_EQ(run_cli({"eval", "ner", "--part", "90-50", path}).code, 2);
  EXPECT_EQ(run_cli({"eval", "ner", "-"}).code, 2);
  EXPECT_EQ(run_cli({"eval"}).code, 2);
  fs::remove(path);
}

// With --document the sentences are read together, as in an article: the family name alone in
// the second sentence (an invented name) is found again from the full name after a title in the
// first; each sentence alone misses it.
TEST(eval_ner_cli, sentences_read_as_one_document) {
  const std::string conll =
      "وقال O\nوزير O\nالخارجية O\nأيمن B-PERS\nالزغبلاوي I-PERS\nإن O\nالحوار O\nمستمر O\n. O\n"
      "\n"
      "وأعلن O\nالزغبلاوي B-PERS\nأن O\nالاجتماع O\nسيعقد O\nغدا O\n. O\n";
  const std::string path = write_temp("doc.conll", conll);
  const auto alone = run_cli({"eval", "ner", "--format", "json", path});
  ASSERT_EQ(alone.code, 0) << alone.err;
  EXPECT_EQ(nlohmann::json::parse(alone.out)["types"]["PERS"]["correct"], 1) << alone.out;
  const auto together = run_cli({"eval", "ner", "--format", "json", "--document", "2", path});
  ASSERT_EQ(together.code, 0) << together.err;
  const auto j = nlohmann::json::parse(together.out);
  EXPECT_EQ(j["sentences"], 2);
  EXPECT_EQ(j["types"]["PERS"]["correct"], 2) << together.out;
  fs::remove(path);
}

}  // namespace
}  // namespace khulasa::cli
