// The language server's edit loop: after a one-character edit in a 20,000-word document, the time
// to fresh semantic tokens, as the server does it: didChange (position → bytes,
// Document::apply_edit, line index update), analyze(doc), token encoding. Target: ≤ 2 ms median, ≤
// 5 ms p90 (docs/../shared/docs/performance.md). Each iteration is timed alone; the counters give
// the median and p90 of the whole loop and the median of each step.
//
//   build/bin/khulasa_lsp_bench --benchmark_min_time=5
//
// The document is the team-written articles (docs/examples/article.txt, tests/golden/inputs/*),
// their bodies repeated as sections under their own headings, with one footer at the end.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <vector>

#include "documents.hpp"
#include "semantic_tokens.hpp"

namespace {

using khulasa::lsp::OpenDocument;
using khulasa::lsp::PositionEncoding;
using Clock = std::chrono::steady_clock;

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(KHULASA_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The text before the last separator line ("/ / /" or "***"): the article without its footer.
std::string body_of(const std::string& article) {
  std::size_t cut = article.size();
  for (const std::string sep : {"\n/ / /", "\n***"}) {
    const std::size_t at = article.rfind(sep);
    if (at != std::string::npos) cut = std::min(cut, at + 1);
  }
  return article.substr(0, cut);
}

std::size_t count_words(const std::string& s) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

const std::string& big_document() {
  static const std::string text = [] {
    const std::string article = read_source("docs/examples/article.txt");
    const std::vector<std::string> bodies = {
        body_of(article), body_of(read_source("tests/golden/inputs/deal-news.txt")),
        body_of(read_source("tests/golden/inputs/markdown-sections.md")),
        body_of(read_source("tests/golden/inputs/wrapped-crlf.txt"))};
    std::string out;
    for (int i = 1; count_words(out) < 20000; ++i) {
      out += "## القسم " + std::to_string(i) + "\n\n" +
             bodies[static_cast<std::size_t>(i) % bodies.size()] + "\n";
    }
    return out + article.substr(article.rfind("/ / /"));
  }();
  return text;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

double p90(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, v.size() * 9 / 10)];
}

double ms(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

/// Type a letter in the middle of the document, then delete it again (alternating, so the document
/// stays the same size); after each edit: analysis and tokens, as a semantic-tokens request does.
void BM_lsp_one_char_edit_to_fresh_tokens(benchmark::State& state) {
  OpenDocument doc("file:///bench.txt", "plaintext", 1, big_document());
  const auto encoding = PositionEncoding::utf16;
  std::array<bool, khulasa::lsp::kTokenTypeCount> kinds{};
  kinds.fill(true);
  (void)doc.analysis();
  const std::size_t at = doc.text().find("تمتد المحطة", doc.text().size() / 2);
  const khulasa::lsp::Position p = doc.positions(encoding).to_position(at);
  std::vector<double> total, edit, analysis, encode;
  std::size_t tokens = 0;
  bool undo = false;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    const khulasa::lsp::Position end{p.line, p.character + (undo ? 1u : 0u)};
    doc.apply_change(khulasa::lsp::Range{p, end}, undo ? "" : "ب", encoding);
    const auto t1 = Clock::now();
    const khulasa::Analysis& a = doc.analysis();
    const auto t2 = Clock::now();
    const std::vector<std::uint32_t> data =
        khulasa::lsp::encode_semantic_tokens(a, doc.positions(encoding), kinds);
    benchmark::DoNotOptimize(data.data());
    const auto t3 = Clock::now();
    total.push_back(ms(t3 - t0));
    edit.push_back(ms(t1 - t0));
    analysis.push_back(ms(t2 - t1));
    encode.push_back(ms(t3 - t2));
    tokens = data.size() / 5;
    undo = !undo;
  }
  state.counters["median_ms"] = median(total);
  state.counters["p90_ms"] = p90(total);
  state.counters["edit_ms"] = median(edit);
  state.counters["analyze_ms"] = median(analysis);
  state.counters["encode_ms"] = median(encode);
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["words"] = static_cast<double>(count_words(big_document()));
}
BENCHMARK(BM_lsp_one_char_edit_to_fresh_tokens)->Unit(benchmark::kMillisecond);

/// The part that does not depend on the analysis: didChange alone (what the reader pays per edit).
void BM_lsp_one_char_did_change(benchmark::State& state) {
  OpenDocument doc("file:///bench.txt", "plaintext", 1, big_document());
  const auto encoding = PositionEncoding::utf16;
  const std::size_t at = doc.text().find("تمتد المحطة", doc.text().size() / 2);
  const khulasa::lsp::Position p = doc.positions(encoding).to_position(at);
  bool undo = false;
  for (auto _ : state) {
    const khulasa::lsp::Position end{p.line, p.character + (undo ? 1u : 0u)};
    doc.apply_change(khulasa::lsp::Range{p, end}, undo ? "" : "ب", encoding);
    undo = !undo;
  }
}
BENCHMARK(BM_lsp_one_char_did_change)->Unit(benchmark::kMicrosecond);

/// Token encoding and the delta against the previous array, with the analysis cached.
void BM_lsp_tokens_and_delta(benchmark::State& state) {
  OpenDocument doc("file:///bench.txt", "plaintext", 1, big_document());
  std::array<bool, khulasa::lsp::kTokenTypeCount> kinds{};
  kinds.fill(true);
  const khulasa::Analysis& a = doc.analysis();
  const std::vector<std::uint32_t> before =
      khulasa::lsp::encode_semantic_tokens(a, doc.positions(PositionEncoding::utf16), kinds);
  for (auto _ : state) {
    std::vector<std::uint32_t> data =
        khulasa::lsp::encode_semantic_tokens(a, doc.positions(PositionEncoding::utf16), kinds);
    data[data.size() / 2] += 1;
    benchmark::DoNotOptimize(khulasa::lsp::diff_tokens(before, data));
  }
}
BENCHMARK(BM_lsp_tokens_and_delta)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
