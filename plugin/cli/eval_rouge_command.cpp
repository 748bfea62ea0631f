// `khulasa eval rouge DIR`: ROUGE-1/2/L F1 of the khulasa ranking and of the Lead and TextRank
// baselines on a corpus in the layout of EASC (Essex Arabic Summaries Corpus):
//   DIR/Articles/TopicN/*.txt   one article per topic, one paragraph per line, often with a BOM
//   DIR/MTurk/TopicN/*          the human summaries of that topic's article (EASC has five)
// All three systems choose among the same eligible sentences under the same word budget.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input.hpp"
#include "json_writer.hpp"
#include "khulasa/document.hpp"
#include "khulasa/ranking.hpp"
#include "khulasa/rouge.hpp"

namespace khulasa::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

/// One article with its reference summaries.
struct Article {
  fs::path path;
  std::vector<fs::path> references;
};

/// The number in a folder name like "Topic12", for a numeric order (Topic2 before Topic10).
long topic_number(const std::string& name) {
  std::size_t i = name.size();
  while (i > 0 && name[i - 1] >= '0' && name[i - 1] <= '9') --i;
  long n = -1;
  std::from_chars(name.data() + i, name.data() + name.size(), n);
  return n;
}

std::vector<fs::path> sorted_files(const fs::path& dir, const std::string& extension) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (!e.is_regular_file(ec)) continue;
    std::string ext = e.path().extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!extension.empty() && ext != extension) continue;  // EASC has both .txt and .TXT
    out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// The articles of the corpus in topic order; topics without summaries are skipped (and named on
/// stderr).
std::vector<Article> find_articles(const fs::path& dir, const Streams& streams) {
  std::vector<fs::path> topics;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir / "Articles", ec)) {
    if (e.is_directory(ec)) topics.push_back(e.path());
  }
  std::sort(topics.begin(), topics.end(), [](const fs::path& a, const fs::path& b) {
    const long x = topic_number(a.filename().string());
    const long y = topic_number(b.filename().string());
    return x != y ? x < y : a < b;
  });
  std::vector<Article> out;
  for (const fs::path& topic : topics) {
    std::vector<fs::path> references = sorted_files(dir / "MTurk" / topic.filename(), "");
    const std::vector<fs::path> texts = sorted_files(topic, ".txt");
    if (references.empty() && !texts.empty()) {
      std::fprintf(streams.err, "khulasa: %s: no summaries in MTurk/%s, skipped\n",
                   topic.string().c_str(), topic.filename().string().c_str());
      continue;
    }
    for (const fs::path& t : texts) out.push_back(Article{t, references});
  }
  return out;
}

/// The text of the chosen sentences, one per line.
std::string joined(const Document& doc, const std::vector<std::size_t>& chosen) {
  std::string out;
  for (const std::size_t s : chosen) {
    if (!out.empty()) out += '\n';
    out += doc.sentences()[s].range.slice(doc.text());
  }
  return out;
}

struct SystemTotals {
  std::string name;
  RougeMean rouge;
  double words = 0;  // sum over articles of the summary's words
};

ordered_json score_json(const RougeScore& s) {
  return ordered_json{{"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1}};
}

int run_eval_rouge(const ParsedArgs& args, const Streams& streams) {
  std::size_t fixed_budget = 0;
  if (args.has("max-words")) {
    const std::string v = args.get("max-words", "");
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), fixed_budget);
    if (ec != std::errc() || end != v.data() + v.size() || fixed_budget == 0) {
      std::fprintf(streams.err,
                   "khulasa eval rouge: --max-words must be a positive whole number\n"
                   "Try `khulasa eval rouge --help`.\n");
      return kUsage;
    }
  }
  const fs::path dir = args.input;
  const std::vector<Article> articles = find_articles(dir, streams);
  if (articles.empty()) {
    std::fprintf(streams.err,
                 "khulasa: %s: no articles with summaries (expected DIR/Articles/TopicN/*.txt "
                 "and DIR/MTurk/TopicN/*)\n",
                 args.input.c_str());
    return kInputError;
  }

  std::vector<SystemTotals> systems(3);
  systems[0].name = "khulasa";
  systems[1].name = "lead";
  systems[2].name = "textrank";
  double budget_sum = 0;
  for (const Article& a : articles) {
    auto article = read_input(a.path.string(), true, streams);
    if (!article) return kInputError;
    std::vector<std::string> references;
    double reference_words = 0;
    for (const fs::path& r : a.references) {
      auto reference = read_input(r.string(), true, streams);
      if (!reference) return kInputError;
      reference_words += static_cast<double>(count_words(reference->decoded.text));
      references.push_back(std::move(reference->decoded.text));
    }
    const double mean_reference = reference_words / static_cast<double>(references.size());
    SummaryLimits limits;
    limits.max_sentences = 0;
    limits.max_words = fixed_budget != 0 ? fixed_budget
                                         : std::max<std::size_t>(
                                               1, static_cast<std::size_t>(mean_reference + 0.5));
    budget_sum += static_cast<double>(limits.max_words);

    const Document doc(std::move(article->decoded.text));
    std::vector<std::size_t> ours;
    SelectionOptions selection;
    selection.limits = limits;
    for (const RankedSentence& s : select_sentences(rank_sentences(doc), selection)) {
      ours.push_back(s.sentence);
    }
    const std::vector<std::size_t> chosen[3] = {ours, lead_baseline(doc, limits),
                                                textrank_baseline(doc, limits)};
    for (std::size_t k = 0; k < 3; ++k) {
      const std::string summary = joined(doc, chosen[k]);
      systems[k].rouge.add(rouge_average(summary, references));
      systems[k].words += static_cast<double>(count_words(summary));
    }
  }

  const auto n = static_cast<double>(articles.size());
  Output out(streams.out);
  if (args.get("format", "text") == "json") {
    ordered_json j = {{"dir", args.input}, {"articles", articles.size()}};
    j["budget"] = fixed_budget != 0 ? ordered_json{{"kind", "fixed"}, {"words", fixed_budget}}
                                    : ordered_json{{"kind", "mean_reference_length"},
                                                   {"mean_words", budget_sum / n}};
    ordered_json list = ordered_json::array();
    for (const SystemTotals& s : systems) {
      const RougeScores m = s.rouge.mean();
      list.push_back(ordered_json{{"system", s.name},
                                  {"rouge1", score_json(m.rouge1)},
                                  {"rouge2", score_json(m.rouge2)},
                                  {"rougeL", score_json(m.rouge_l)},
                                  {"mean_words", s.words / n}});
    }
    j["systems"] = std::move(list);
    out.write(dump(j));
    out.write("\n");
  } else {
    char line[200];
    std::snprintf(
        line, sizeof line, "%zu articles; word budget: %s (mean %.1f words)\n", articles.size(),
        fixed_budget != 0 ? "fixed" : "the mean reference length of each article", budget_sum / n);
    out.write(line);
    out.write("ROUGE F1, references averaged per article, then the mean over articles\n");
    out.write("system     ROUGE-1  ROUGE-2  ROUGE-L  words\n");
    for (const SystemTotals& s : systems) {
      const RougeScores m = s.rouge.mean();
      std::snprintf(line, sizeof line, "%-9s  %7.4f  %7.4f  %7.4f  %5.1f\n", s.name.c_str(),
                    m.rouge1.f1, m.rouge2.f1, m.rouge_l.f1, s.words / n);
      out.write(line);
    }
  }
  return finish(out, streams);
}

}  // namespace

const Command& eval_rouge_command() {
  static const Command command{
      "eval rouge",
      "ROUGE-1/2/L of khulasa, Lead and TextRank on an EASC-style corpus",
      "Usage: khulasa eval rouge [OPTIONS] DIR\n"
      "Summarizes every article of DIR (EASC layout: DIR/Articles/TopicN/*.txt and the human\n"
      "summaries DIR/MTurk/TopicN/*) with khulasa and with two baselines, Lead (the first\n"
      "sentences) and classic TextRank, and prints the ROUGE-1, ROUGE-2 and ROUGE-L F1 of each.\n"
      "All three choose among the same sentences (no headline, byline, heading, footer or\n"
      "fragment) within the same budget of words. Tokens are folded (tashkeel, tatweel, أإآ→ا,\n"
      "ى→ي, ة→ه) and punctuation dropped; ROUGE-L is the LCS of the joined texts. Each article's\n"
      "score is the average over its summaries; the table is the mean over articles.\n"
      "\n"
      "Options:\n"
      "  --max-words N       the word budget of every summary (default: for each article, the\n"
      "                      mean length of its human summaries)\n"
      "  --format text|json  text (default): a table; json: {\"dir\", \"articles\", \"budget\",\n"
      "                      \"systems\": [{\"system\", \"rouge1\", \"rouge2\", \"rougeL\" (each\n"
      "                      {\"precision\", \"recall\", \"f1\"}), \"mean_words\"}]}\n"
      "  --help              show this help\n"
      "\n"
      "Exit codes: 0 success, 2 usage error, 3 input error (no articles, unreadable file).\n",
      {{"format", true, {"text", "json"}}, {"max-words", true, {}}},
      &run_eval_rouge};
  return command;
}

}  // namespace khulasa::cli
