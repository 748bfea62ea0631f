// The lexicon and the romanizer: the cost of the first use (indexing the embedded TSV), of a
// lookup, and of rendering a name. Targets: index ≤ 5 ms, lookup well under 1 µs.
//
//   build/bin/khulasa_lexicon_bench --benchmark_repetitions=5
//   --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "khulasa/lexicon.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/romanize.hpp"

namespace {

using khulasa::Lexicon;
using khulasa::LexiconKind;

/// Builds the index of the shipped data, as Lexicon::builtin() does once per process.
void BM_lexicon_index(benchmark::State& state) {
  const std::string_view tsv = Lexicon::builtin_tsv();
  for (auto _ : state) {
    const Lexicon lexicon(tsv);
    benchmark::DoNotOptimize(lexicon.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * tsv.size()));
  state.SetLabel(std::to_string(Lexicon::builtin().size()) + " entries");
}
BENCHMARK(BM_lexicon_index)->Unit(benchmark::kMillisecond);

/// Every 37th key of the lexicon: hits spread over the whole table.
const std::vector<std::string>& sample_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    const auto entries = Lexicon::builtin().entries();
    for (std::size_t i = 0; i < entries.size(); i += 37) out.emplace_back(entries[i].key);
    return out;
  }();
  return keys;
}

void BM_lexicon_find_hit(benchmark::State& state) {
  const Lexicon& lexicon = Lexicon::builtin();
  const std::vector<std::string>& keys = sample_keys();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(lexicon.find(keys[i]).size());
    i = i + 1 == keys.size() ? 0 : i + 1;
  }
}
BENCHMARK(BM_lexicon_find_hit);

void BM_lexicon_find_miss(benchmark::State& state) {
  const Lexicon& lexicon = Lexicon::builtin();
  std::vector<std::string> keys = sample_keys();
  for (std::string& k : keys) k += "\u0632";  // ز after the key: almost never a key
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(lexicon.find(keys[i]).size());
    i = i + 1 == keys.size() ? 0 : i + 1;
  }
}
BENCHMARK(BM_lexicon_find_miss);

const std::vector<std::string> kWords = {"قرطاجني",   "زوكربيرج", "السيسي", "فاطمة",   "ترامب",
                                         "عبدالعزيز", "منصف",     "خماخم",  "الرياحي", "بوزيد"};

void BM_romanize_word_by_rules(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(khulasa::romanize_word_by_rules(kWords[i]));
    i = i + 1 == kWords.size() ? 0 : i + 1;
  }
}
BENCHMARK(BM_romanize_word_by_rules)->Unit(benchmark::kMicrosecond);

void BM_english_name(benchmark::State& state) {
  const std::vector<std::string> names = {"محمد بن سلمان", "الشيخ محمد بن راشد آل مكتوم",
                                          "منصف خماخم", "المملكة العربية السعودية",
                                          "عبد الفتاح السيسي"};
  (void)Lexicon::builtin();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(khulasa::english_name(names[i], LexiconKind::person));
    i = i + 1 == names.size() ? 0 : i + 1;
  }
}
BENCHMARK(BM_english_name)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
