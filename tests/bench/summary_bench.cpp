// Summaries: the whole pipeline of `khulasa summarize` (Document + analyze + summarize) and its
// parts (Document build, rank_sentences + select_sentences, the entity layer), on a ~1,000-word
// Arabic news article and on ~100 KB and ~1 MB documents made of many articles, to show near-linear
// growth (targets in /work/shared/docs/performance.md: the whole analysis <= 1 ms on 1,000 words,
// >= 10 MB/s on 1 MB). The articles are the ANT corpus samples in /work/shared/samples/ant-news
// (not part of the project); without them the benchmarks are not registered and nothing runs.
//
//   build/bin/khulasa_summary_bench --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true   (one command line)
//   KHULASA_SAMPLES=/path/to/ant-news build/bin/khulasa_summary_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "khulasa/document.hpp"
#include "khulasa/entities.hpp"
#include "khulasa/ranking.hpp"
#include "khulasa/summary.hpp"
#include "khulasa/values.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string between(const std::string& s, const std::string& open, const std::string& close) {
  const std::size_t a = s.find(open);
  if (a == std::string::npos) return {};
  const std::size_t b = s.find(close, a + open.size());
  if (b == std::string::npos) return {};
  std::string out = s.substr(a + open.size(), b - a - open.size());
  const std::size_t first = out.find_first_not_of(" \n\r\t");
  const std::size_t last = out.find_last_not_of(" \n\r\t");
  return first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
}

/// The ANT articles as plain text: the title on the first line, a blank line, then the text.
std::vector<std::string> load_articles() {
  const char* env = std::getenv("KHULASA_SAMPLES");
  const fs::path dir = env != nullptr ? fs::path(env) : fs::path("/work/shared/samples/ant-news");
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const fs::path& f : files) {
    const std::string raw = read_file(f);
    const std::string title = between(raw, "<TITLE>", "</TITLE>");
    const std::string text = between(raw, "<TEXT>", "</TEXT>");
    if (!title.empty() && !text.empty()) out.push_back(title + "\n\n" + text + "\n");
  }
  return out;
}

const std::vector<std::string>& articles() {
  static const std::vector<std::string> all = load_articles();
  return all;
}

/// The article closest to 1,000 words.
const std::string& article_1k() {
  static const std::string text = [] {
    std::string best;
    std::size_t best_distance = ~std::size_t{0};
    for (const std::string& a : articles()) {
      const std::size_t w = khulasa::count_words(a);
      const std::size_t d = w > 1000 ? w - 1000 : 1000 - w;
      if (d < best_distance) {
        best_distance = d;
        best = a;
      }
    }
    return best;
  }();
  return text;
}

/// Articles one after another (each title becomes a section heading) up to `bytes`.
std::string concatenated(std::size_t bytes) {
  std::string out;
  for (std::size_t i = 0; out.size() < bytes; ++i) {
    out += articles()[i % articles().size()];
    out += '\n';
  }
  return out;
}

const std::string& document_100k() {
  static const std::string text = concatenated(100 * 1024);
  return text;
}
const std::string& document_1m() {
  static const std::string text = concatenated(1024 * 1024);
  return text;
}

void set_counters(benchmark::State& state, const std::string& text, const khulasa::Document& doc) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["words"] = static_cast<double>(khulasa::count_words(text));
  state.counters["sentences"] = static_cast<double>(doc.sentences().size());
}

/// The whole pipeline: structure (parse, blocks, sentences), ranking and a 3-sentence gist.
void BM_summary_pipeline(benchmark::State& state, const std::string& (*text_of)()) {
  const std::string& text = text_of();
  for (auto _ : state) {
    const khulasa::Document doc(text);
    const khulasa::Ranking ranking = khulasa::rank_sentences(doc);
    benchmark::DoNotOptimize(khulasa::select_sentences(ranking));
  }
  set_counters(state, text, khulasa::Document(text));
}

/// The Document build alone.
void BM_document_build(benchmark::State& state, const std::string& (*text_of)()) {
  const std::string& text = text_of();
  for (auto _ : state) benchmark::DoNotOptimize(khulasa::Document(text));
  set_counters(state, text, khulasa::Document(text));
}

/// Ranking and selection alone, on a built Document.
void BM_rank_and_select(benchmark::State& state, const std::string& (*text_of)()) {
  const std::string& text = text_of();
  const khulasa::Document doc(text);
  for (auto _ : state) {
    const khulasa::Ranking ranking = khulasa::rank_sentences(doc);
    benchmark::DoNotOptimize(khulasa::select_sentences(ranking));
  }
  set_counters(state, text, doc);
}

/// Ranking and selection with the values already counted (SentenceSignals::value_mentions), as
/// the full analysis does after find_values() has run once for the key facts.
void BM_rank_and_select_given_values(benchmark::State& state, const std::string& (*text_of)()) {
  const std::string& text = text_of();
  const khulasa::Document doc(text);
  std::vector<khulasa::ByteRange> ranges;
  for (const khulasa::Value& v : khulasa::find_values(doc.text())) ranges.push_back(v.range);
  khulasa::SentenceSignals signals;
  signals.value_mentions = khulasa::count_by_sentence(doc, ranges);
  for (auto _ : state) {
    const khulasa::Ranking ranking = khulasa::rank_sentences(doc, signals);
    benchmark::DoNotOptimize(khulasa::select_sentences(ranking));
  }
  set_counters(state, text, doc);
}

/// The entity layer from cold caches: every word and sentence read anew (what a first analysis
/// of an article costs).
void BM_entities_cold(benchmark::State& state, const std::string& (*text_of)()) {
  const std::string& text = text_of();
  const khulasa::Document doc(text);
  (void)khulasa::analyze(doc);  // the lexicon and the tagger's model are built once per process
  for (auto _ : state) {
    khulasa::clear_analysis_caches();
    benchmark::DoNotOptimize(khulasa::analyze(doc));
  }
  set_counters(state, text, doc);
}

/// Analysis again after a one-word edit in the middle (what an editor does while typing): the
/// changed sentence is read anew, the rest comes from the caches.
void BM_entities_after_edit(benchmark::State& state, const std::string& (*text_of)()) {
  const std::string& text = text_of();
  std::size_t at = text.find(' ', text.size() / 2);
  if (at == std::string::npos) at = text.size() / 2;
  khulasa::Document doc(text);
  (void)khulasa::analyze(doc);
  bool inserted = false;
  for (auto _ : state) {
    constexpr std::string_view kWord = " جديد";
    if (inserted) {
      doc.apply_edit({at, at + kWord.size()}, "");
    } else {
      doc.apply_edit({at, at}, kWord);
    }
    inserted = !inserted;
    benchmark::DoNotOptimize(khulasa::analyze(doc));
  }
  set_counters(state, text, doc);
}

/// The entity layer: names, values, linking, quotes and key facts, on a built Document.
void BM_entities_and_facts(benchmark::State& state, const std::string& (*text_of)()) {
  const std::string& text = text_of();
  const khulasa::Document doc(text);
  (void)khulasa::analyze(doc);  // warm: the lexicon and the tagger's model are built once
  for (auto _ : state) benchmark::DoNotOptimize(khulasa::analyze(doc));
  set_counters(state, text, doc);
}

/// The whole product pipeline of `khulasa summarize`: structure, entity layer (names, values,
/// quotes, facts) and the summary (ranking fed with the entity counts, facts, sections, entities).
void BM_full_summary(benchmark::State& state, const std::string& (*text_of)()) {
  const std::string& text = text_of();
  (void)khulasa::analyze(khulasa::Document(text));  // warm: lexicon and tagger model built once
  for (auto _ : state) {
    const khulasa::Document doc(text);
    const khulasa::Analysis analysis = khulasa::analyze(doc);
    benchmark::DoNotOptimize(khulasa::summarize(doc, analysis));
  }
  set_counters(state, text, khulasa::Document(text));
}

/// summarize() alone, on a built Document and its Analysis: ranking, selection and assembly.
void BM_summarize_given_analysis(benchmark::State& state, const std::string& (*text_of)()) {
  const std::string& text = text_of();
  const khulasa::Document doc(text);
  const khulasa::Analysis analysis = khulasa::analyze(doc);
  for (auto _ : state) benchmark::DoNotOptimize(khulasa::summarize(doc, analysis));
  set_counters(state, text, doc);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (articles().empty()) {
    std::fprintf(stderr,
                 "khulasa_summary_bench: no ANT samples found (set KHULASA_SAMPLES): skipped\n");
    return 0;
  }
  using Source = const std::string& (*)();
  const std::pair<const char*, Source> sizes[] = {
      {"1k_words", &article_1k}, {"100KB", &document_100k}, {"1MB", &document_1m}};
  for (const auto& [name, source] : sizes) {
    const std::string suffix = std::string("/") + name;
    benchmark::RegisterBenchmark(("BM_full_summary" + suffix).c_str(), BM_full_summary, source)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("BM_summarize_given_analysis" + suffix).c_str(),
                                 BM_summarize_given_analysis, source)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("BM_summary_pipeline" + suffix).c_str(), BM_summary_pipeline,
                                 source)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("BM_document_build" + suffix).c_str(), BM_document_build, source)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("BM_rank_and_select" + suffix).c_str(), BM_rank_and_select,
                                 source)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("BM_entities_cold" + suffix).c_str(), BM_entities_cold, source)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("BM_entities_after_edit" + suffix).c_str(),
                                 BM_entities_after_edit, source)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("BM_entities_and_facts" + suffix).c_str(), BM_entities_and_facts,
                                 source)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("BM_rank_and_select_given_values" + suffix).c_str(),
                                 BM_rank_and_select_given_values, source)
        ->Unit(benchmark::kMicrosecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
