// Text layer throughput: validate, normalize, segment and tokenize, on the bundled example article
// and on 1 MB of text made of it. Bytes/s are reported by Google Benchmark (use the median of
// --benchmark_repetitions=N). Targets: docs/architecture.md and ../shared/docs/performance.md.
//
//   build/bin/khulasa_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// KHULASA_BENCH_FILE=path adds the same measures on a file of your choice (e.g. a sample article).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "khulasa/khulasa.hpp"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string& article() {
  static const std::string text =
      read_file(std::string(KHULASA_SOURCE_DIR) + "/docs/examples/article.txt");
  return text;
}

const std::string& megabyte() {
  static const std::string text = [] {
    std::string s;
    while (s.size() < (1u << 20)) s += article() + "\n";
    return s;
  }();
  return text;
}

const std::string& user_file() {
  static const std::string text = [] {
    const char* path = std::getenv("KHULASA_BENCH_FILE");
    return path != nullptr ? read_file(path) : std::string();
  }();
  return text;
}

const std::string& input(int which) {
  if (which == 0) return article();
  if (which == 1) return megabyte();
  return user_file();
}

void set_bytes(benchmark::State& state, const std::string& text) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(std::to_string(text.size()) + " bytes");
}

void BM_validate(benchmark::State& state) {
  const std::string& text = input(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(khulasa::find_utf8_error(text, false));
  set_bytes(state, text);
}

void BM_normalize_with_map(benchmark::State& state) {
  const std::string& text = input(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(khulasa::normalize(text));
  set_bytes(state, text);
}

void BM_normalize_for_matching(benchmark::State& state) {
  const std::string& text = input(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(khulasa::normalize_for_matching(text));
  set_bytes(state, text);
}

void BM_segment(benchmark::State& state) {
  const std::string& text = input(static_cast<int>(state.range(0)));
  khulasa::SentenceSplitter splitter;
  for (auto _ : state) benchmark::DoNotOptimize(splitter.split(text));
  set_bytes(state, text);
}

void BM_tokenize(benchmark::State& state) {
  const std::string& text = input(static_cast<int>(state.range(0)));
  khulasa::Tokenizer tokenizer;
  for (auto _ : state) benchmark::DoNotOptimize(tokenizer.tokenize(text));
  set_bytes(state, text);
}

/// The whole text layer as the pipeline will run it: decode, segment, normalize.
void BM_text_layer(benchmark::State& state) {
  const std::string& text = input(static_cast<int>(state.range(0)));
  khulasa::SentenceSplitter splitter;
  for (auto _ : state) {
    auto decoded = khulasa::decode_text(text);
    benchmark::DoNotOptimize(splitter.split(decoded.text->text));
    benchmark::DoNotOptimize(khulasa::normalize(decoded.text->text));
  }
  set_bytes(state, text);
}

void BM_create_splitter(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(khulasa::SentenceSplitter());
}

void inputs(benchmark::internal::Benchmark* b) {
  b->ArgName("input")->Arg(0)->Arg(1);  // 0: the article, 1: 1 MB
  if (std::getenv("KHULASA_BENCH_FILE") != nullptr) b->Arg(2);
}

BENCHMARK(BM_validate)->Apply(inputs);
BENCHMARK(BM_normalize_with_map)->Apply(inputs);
BENCHMARK(BM_normalize_for_matching)->Apply(inputs);
BENCHMARK(BM_segment)->Apply(inputs);
BENCHMARK(BM_tokenize)->Apply(inputs);
BENCHMARK(BM_text_layer)->Apply(inputs);
BENCHMARK(BM_create_splitter);

}  // namespace

BENCHMARK_MAIN();
