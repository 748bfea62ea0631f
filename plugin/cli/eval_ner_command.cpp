// `khulasa eval ner FILE.conll`: exact-span precision, recall and F1 per type (PERS, ORG, LOC, and
// MISC for information) of the shipped entity tagger against CoNLL gold data. A directory is read
// file by file (AQMAR's dev split is eight files).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "commands.hpp"
#include "input.hpp"
#include "json_writer.hpp"
#include "khulasa/entities.hpp"
#include "khulasa/ner_eval.hpp"

namespace khulasa::cli {
namespace {

using nlohmann::ordered_json;

bool parse_part(const std::string& s, double& from, double& to) {
  return std::sscanf(s.c_str(), "%lf-%lf", &from, &to) == 2 && from >= 0 && from < to && to <= 100;
}

/// The input files: FILE itself, or the regular files of a directory in name order.
std::vector<std::string> input_files(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(path, ec)) {
    if (e.is_regular_file()) files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string span_text(const ConllSentence& s, const NameSpan& n) {
  std::string t;
  for (std::size_t i = n.begin; i < n.end; ++i) t += (t.empty() ? "" : " ") + s.tokens[i];
  return t;
}

/// Lines "+ TYPE name" for a name predicted but not in the gold data and "- TYPE name" for one
/// missed, with the sentence, for looking at errors by hand.
void print_errors(const ConllSentence& s, const std::vector<NameSpan>& predicted,
                  std::string& out) {
  std::string lines;
  for (const NameSpan& p : predicted) {
    if (std::find(s.names.begin(), s.names.end(), p) == s.names.end())
      lines.append("+ ").append(to_string(p.type)).append(" ").append(span_text(s, p)).append("\n");
  }
  for (const NameSpan& g : s.names) {
    if (g.type != NameType::misc &&
        std::find(predicted.begin(), predicted.end(), g) == predicted.end())
      lines.append("- ").append(to_string(g.type)).append(" ").append(span_text(s, g)).append("\n");
  }
  if (lines.empty()) return;
  out.append("\n").append(span_text(s, {0, s.tokens.size(), NameType::misc})).append("\n");
  out += lines;
}

int run_eval_ner(const ParsedArgs& args, const Streams& streams) {
  double from = 0, to = 100;
  if (args.has("part") && !parse_part(args.get("part", ""), from, to)) {
    std::fprintf(streams.err, "khulasa eval ner: --part must be FROM-TO in percent, e.g. 90-100\n");
    return kUsage;
  }
  if (args.input == "-") {
    std::fprintf(streams.err, "khulasa eval ner: needs a file or directory, not standard input\n");
    return kUsage;
  }
  const NerTagger& tagger = NerTagger::builtin();
  const bool pipeline = args.get("system", "pipeline") == "pipeline";
  const bool show_errors = args.has("errors");
  const int document_arg = std::atoi(args.get("document", "1").c_str());
  if (document_arg < 1) {
    std::fprintf(streams.err,
                 "khulasa eval ner: --document must be a number of sentences, 1 or more\n");
    return kUsage;
  }
  const auto document = static_cast<std::size_t>(document_arg);
  std::string errors;
  NerScores scores;
  std::size_t sentences = 0, tokens = 0;
  const std::vector<std::string> files = input_files(args.input);
  for (const std::string& file : files) {
    auto input = read_input(file, args.has("lenient"), streams);
    if (!input) return kInputError;
    const auto part = take_part(read_conll(input->decoded.text), from, to);
    for (std::size_t from_s = 0; from_s < part.size(); from_s += document) {
      const std::size_t n = std::min(document, part.size() - from_s);
      std::vector<std::vector<std::string_view>> views;
      for (std::size_t k = 0; k < n; ++k) {
        const ConllSentence& s = part[from_s + k];
        views.emplace_back(s.tokens.begin(), s.tokens.end());
      }
      std::vector<std::vector<NameSpan>> predicted;
      if (!pipeline) {
        for (const auto& v : views) predicted.push_back(tagger.tag(v));
      } else if (n == 1) {
        predicted.push_back(find_names_in_tokens(views[0]));
      } else {
        predicted = find_names_in_sentences(views);
      }
      for (std::size_t k = 0; k < n; ++k) {
        const ConllSentence& s = part[from_s + k];
        scores.add(s.names, predicted[k]);
        if (show_errors) print_errors(s, predicted[k], errors);
        ++sentences;
        tokens += s.tokens.size();
      }
    }
  }
  Output out(streams.out);
  constexpr NameType kTypes[] = {NameType::person, NameType::organization, NameType::location,
                                 NameType::misc};
  auto pct = [](double v) { return std::round(v * 1000.0) / 10.0; };
  if (args.get("format", "text") == "json") {
    ordered_json j = {{"input", args.input},
                      {"files", files.size()},
                      {"sentences", sentences},
                      {"tokens", tokens},
                      {"part", {from, to}}};
    auto counts = [&](const SpanCounts& c) {
      return ordered_json{{"gold", c.gold},
                          {"predicted", c.predicted},
                          {"correct", c.correct},
                          {"precision", pct(c.precision())},
                          {"recall", pct(c.recall())},
                          {"f1", pct(c.f1())}};
    };
    ordered_json by_type = ordered_json::object();
    for (NameType t : kTypes)
      by_type[std::string(to_string(t))] = counts(scores.by_type[static_cast<std::size_t>(t)]);
    j["types"] = std::move(by_type);
    j["overall"] = counts(scores.overall);
    out.write(dump(j));
    out.write("\n");
  } else {
    char line[160];
    std::snprintf(line, sizeof line,
                  "%s (%s): %zu files, %zu sentences, %zu tokens, part %g-%g%%\n",
                  args.input.c_str(), pipeline ? "pipeline" : "tagger", files.size(), sentences,
                  tokens, from, to);
    out.write(line);
    out.write("type        gold  predicted  correct  precision  recall     F1\n");
    auto row = [&](std::string_view name, const SpanCounts& c) {
      std::snprintf(line, sizeof line, "%-8s %7zu %10zu %8zu %10.1f %7.1f %6.1f\n", name.data(),
                    c.gold, c.predicted, c.correct, pct(c.precision()), pct(c.recall()),
                    pct(c.f1()));
      out.write(line);
    };
    for (NameType t : kTypes) row(to_string(t), scores.by_type[static_cast<std::size_t>(t)]);
    row("overall", scores.overall);
    out.write("(overall: PERS, ORG and LOC; exact spans)\n");
    out.write(errors);
  }
  return finish(out, streams);
}

}  // namespace

const Command& eval_ner_command() {
  static const Command c{
      "eval ner",
      "score the entity tagger on CoNLL gold data (exact-span P/R/F1 per type)",
      "Usage: khulasa eval ner [OPTIONS] FILE|DIR\n"
      "Scores the shipped entity tagger against CoNLL gold data (`token TAG` per line, IOB tags,\n"
      "blank lines between sentences, or sentences cut at `.` when there are none). A directory "
      "is\n"
      "read file by file. Tag typos of ANERcorp and AQMAR are repaired (see ner_eval.hpp).\n\n"
      "Options:\n"
      "  --part FROM-TO     only the sentences starting in this percent range of the tokens\n"
      "                     (the shipped model trained on ANERcorp 0-90; 90-100 is held out)\n"
      "  --system pipeline|tagger\n"
      "                     what to score: the whole name finder of `khulasa entities` (rules,\n"
      "                     lexicon and tagger; the default) or the statistical tagger alone\n"
      "  --document N       read N consecutive sentences as one document (pipeline only): names\n"
      "                     it gives once are found again in the others, as `khulasa entities`\n"
      "                     does in an article (default 1: each sentence alone)\n"
      "  --errors           also print each sentence with a wrong or missed name (text)\n"
      "  --format text|json\n"
      "  --lenient          replace invalid UTF-8 instead of failing\n",
      {{"part", true, {}},
       {"system", true, {"pipeline", "tagger"}},
       {"document", true, {}},
       {"format", true, {"text", "json"}},
       {"lenient", false, {}},
       {"errors", false, {}}},
      run_eval_ner};
  return c;
}

}  // namespace khulasa::cli
