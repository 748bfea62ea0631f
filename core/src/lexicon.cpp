// The lexicon: a sorted vector of entries whose strings point into the TSV bytes.
//
// Why the TSV is embedded with .incbin (core/src/lexicon_data.S) rather than generated into C++:
// the bytes in the library are exactly the committed, reviewable core/data/lexicon.tsv; the
// assembler copies 2 MB in milliseconds where a compiler would parse a 2 MB literal or
// initializer list for seconds on every change; and one data format serves the build script, the
// library and the tests. The price is one linear pass over the bytes on first use, which costs
// about 3 ms because the file is written already sorted (see
// tests/bench/lexicon_bench.cpp).
#include "khulasa/lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <stdexcept>
#include <string>

// The embedded core/data/lexicon.tsv (core/src/lexicon_data.S).
extern "C" const char khulasa_lexicon_tsv_begin[];
extern "C" const char khulasa_lexicon_tsv_end[];

namespace khulasa {
namespace {

constexpr std::string_view kKindNames[] = {"person",       "location", "country",
                                           "organization", "role",     "nationality"};

bool entry_less(const LexiconEntry& a, const LexiconEntry& b) {
  if (a.key != b.key) return a.key < b.key;
  return a.kind < b.kind;
}

struct KeyLess {
  bool operator()(const LexiconEntry& e, std::string_view key) const { return e.key < key; }
  bool operator()(std::string_view key, const LexiconEntry& e) const { return key < e.key; }
};

[[noreturn]] void bad_line(std::size_t line, const char* what) {
  throw std::invalid_argument("lexicon line " + std::to_string(line) + ": " + what);
}

/// Splits off the text up to the next tab (or the end) and advances `rest` past the tab.
std::string_view next_field(std::string_view& rest, bool& had_tab) {
  const std::size_t tab = rest.find('\t');
  had_tab = tab != std::string_view::npos;
  const std::string_view field = rest.substr(0, tab);
  rest.remove_prefix(had_tab ? tab + 1 : rest.size());
  return field;
}

}  // namespace

std::string_view to_string(LexiconKind kind) {
  const auto i = static_cast<std::size_t>(kind);
  return i < std::size(kKindNames) ? kKindNames[i] : std::string_view("?");
}

bool parse_lexicon_kind(std::string_view name, LexiconKind& kind) {
  for (std::size_t i = 0; i < std::size(kKindNames); ++i) {
    if (kKindNames[i] == name) {
      kind = static_cast<LexiconKind>(i);
      return true;
    }
  }
  return false;
}

Lexicon::Lexicon(std::string_view tsv) {
  entries_.reserve(static_cast<std::size_t>(std::count(tsv.begin(), tsv.end(), '\n')) + 1);
  bool sorted = true;
  std::size_t line_number = 0;
  while (!tsv.empty()) {
    ++line_number;
    const std::size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(end == std::string_view::npos ? tsv.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;

    bool tab = false;
    LexiconEntry entry{};
    entry.key = next_field(line, tab);
    if (!tab) bad_line(line_number, "expected 4 tab-separated fields");
    entry.english = next_field(line, tab);
    if (!tab) bad_line(line_number, "expected 4 tab-separated fields");
    const std::string_view kind = next_field(line, tab);
    if (!tab) bad_line(line_number, "expected 4 tab-separated fields");
    const std::string_view weight = line;
    if (entry.key.empty() || entry.english.empty()) bad_line(line_number, "empty key or English");
    if (!parse_lexicon_kind(kind, entry.kind)) bad_line(line_number, "unknown kind");
    const auto [ptr, ec] =
        std::from_chars(weight.data(), weight.data() + weight.size(), entry.weight);
    if (ec != std::errc() || ptr != weight.data() + weight.size() || weight.empty()) {
      bad_line(line_number, "weight is not a 32-bit unsigned number");
    }

    const auto words =
        static_cast<std::size_t>(std::count(entry.key.begin(), entry.key.end(), ' ')) + 1;
    max_key_words_ = std::max(max_key_words_, words);
    if (sorted && !entries_.empty() && entry_less(entry, entries_.back())) sorted = false;
    entries_.push_back(entry);
  }
  if (!sorted) std::stable_sort(entries_.begin(), entries_.end(), entry_less);
}

std::string_view Lexicon::builtin_tsv() {
  return {khulasa_lexicon_tsv_begin,
          static_cast<std::size_t>(khulasa_lexicon_tsv_end - khulasa_lexicon_tsv_begin)};
}

const Lexicon& Lexicon::builtin() {
  // A function-local static: built by the first caller, and C++ makes other threads wait for it.
  static const Lexicon lexicon(builtin_tsv());
  return lexicon;
}

std::span<const LexiconEntry> Lexicon::find(std::string_view normalized_key) const {
  const auto [first, last] =
      std::equal_range(entries_.begin(), entries_.end(), normalized_key, KeyLess{});
  return {first, last};
}

const LexiconEntry* Lexicon::find(std::string_view normalized_key, LexiconKind kind) const {
  const LexiconEntry* best = nullptr;
  for (const LexiconEntry& e : find(normalized_key)) {
    if (e.kind == kind && (best == nullptr || e.weight > best->weight)) best = &e;
  }
  return best;
}

}  // namespace khulasa
