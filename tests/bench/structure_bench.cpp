// Structure layer: tree-sitter-arabic-news full parse vs. re-parse after a one-character edit in a
// 20,000-word document (target: re-parse <= 5% of a full parse; full parse >= 50 MB/s), and the
// same through the Document model (parse + blocks + sentences; apply_edit).
//
//   build/bin/khulasa_structure_bench --benchmark_repetitions=5
//   --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>
#include <tree_sitter/api.h>

#include <fstream>
#include <sstream>

#include "khulasa/document.hpp"

extern "C" const TSLanguage* tree_sitter_arabic_news(void);

namespace {

/// About 20,000 words shaped like a long article: the bundled article's body repeated as sections
/// under their own headings, then its footer once at the end (a footer per section would keep the
/// grammar's footer/separator ambiguity alive over the whole text, which no real article does).
const std::string& big_document() {
  static const std::string text = [] {
    std::ifstream in(std::string(KHULASA_SOURCE_DIR) + "/docs/examples/article.txt",
                     std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string article = s.str();
    const std::size_t footer = article.find("/ / /");
    const std::string body = article.substr(0, footer);
    std::string out;
    std::size_t words = 0;
    for (int i = 1; words < 20000; ++i) {
      out += "## القسم " + std::to_string(i) + "\n\n" + body + "\n";
      for (std::size_t p = 0; (p = body.find(' ', p)) != std::string::npos; ++p) ++words;
    }
    return out + article.substr(footer);
  }();
  return text;
}

TSTree* parse(TSParser* parser, const TSTree* old, const std::string& text) {
  return ts_parser_parse_string(parser, old, text.data(), static_cast<uint32_t>(text.size()));
}

void BM_tree_sitter_full_parse(benchmark::State& state) {
  const std::string& text = big_document();
  TSParser* parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_arabic_news());
  for (auto _ : state) ts_tree_delete(parse(parser, nullptr, text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  ts_parser_delete(parser);
}

/// Type one letter in the middle of the document, re-parse, then delete it again and re-parse:
/// each iteration is two incremental re-parses (reported per re-parse).
void BM_tree_sitter_reparse_after_one_char(benchmark::State& state) {
  std::string text = big_document();
  TSParser* parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_arabic_news());
  TSTree* tree = parse(parser, nullptr, text);
  const std::size_t at = text.find("تمتد المحطة", text.size() / 2);
  const std::string letter = "ب";
  for (auto _ : state) {
    for (int undo = 0; undo < 2; ++undo) {
      TSInputEdit e{};
      e.start_byte = static_cast<uint32_t>(at);
      e.old_end_byte = static_cast<uint32_t>(at + (undo ? letter.size() : 0));
      e.new_end_byte = static_cast<uint32_t>(at + (undo ? 0 : letter.size()));
      if (undo) {
        text.erase(at, letter.size());
      } else {
        text.insert(at, letter);
      }
      ts_tree_edit(tree, &e);
      TSTree* next = parse(parser, tree, text);
      ts_tree_delete(tree);
      tree = next;
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * 2));
  ts_tree_delete(tree);
  ts_parser_delete(parser);
}

void BM_document_build(benchmark::State& state) {
  const std::string& text = big_document();
  for (auto _ : state) benchmark::DoNotOptimize(khulasa::Document(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_document_apply_edit_one_char(benchmark::State& state) {
  khulasa::Document doc(big_document());
  const std::size_t at = big_document().find("تمتد المحطة", big_document().size() / 2);
  for (auto _ : state) {
    doc.apply_edit(khulasa::ByteRange{at, at}, "ب");
    doc.apply_edit(khulasa::ByteRange{at, at + 2}, "");
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * 2));
}

BENCHMARK(BM_tree_sitter_full_parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_tree_sitter_reparse_after_one_char)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_document_build)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_document_apply_edit_one_char)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
