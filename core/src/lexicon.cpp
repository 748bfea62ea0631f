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
  const int order = a.key.compare(b.key);
  return order < 0 || (order == 0 && a.kind < b.kind);
}

struct KeyLess {
  bool operator()(const LexiconEntry& e, std::string_view key) const { return e.key < key; }
  bool operator()(std::string_view key, const LexiconEntry& e) const { return key < e.key; }
};

[[noreturn]] void bad_line(std::size_t line, const char* what) {
  throw std::invalid_argument("lexicon line " + std::to_string(line) + ": " + what);
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
  // A one-shot `khulasa summarize` builds the builtin lexicon (58,000 lines) before it reads a
  // word: each line is taken apart with five memchr calls (a byte loop over the key or
  // std::count over the whole text cost twice as many instructions).
  entries_.reserve(tsv.size() / 24);
  bool sorted = true;
  std::size_t line_number = 0;
  std::string_view last_kind_name;
  LexiconKind last_kind{};
  constexpr std::size_t npos = std::string_view::npos;
  for (std::size_t next = 0; next < tsv.size();) {
    ++line_number;
    const std::size_t newline = tsv.find('\n', next);
    std::string_view line = tsv.substr(next, newline == npos ? npos : newline - next);
    next = newline == npos ? tsv.size() : newline + 1;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t t0 = line.find('\t');
    const std::size_t t1 = t0 == npos ? npos : line.find('\t', t0 + 1);
    const std::size_t t2 = t1 == npos ? npos : line.find('\t', t1 + 1);
    if (t2 == npos || line.find('\t', t2 + 1) != npos) {
      bad_line(line_number, "expected 4 tab-separated fields");
    }
    std::size_t key_words = 1;
    for (std::size_t space = line.find(' '); space < t0; space = line.find(' ', space + 1)) {
      ++key_words;
    }

    LexiconEntry entry{};
    entry.key = line.substr(0, t0);
    entry.english = line.substr(t0 + 1, t1 - t0 - 1);
    const std::string_view kind = line.substr(t1 + 1, t2 - t1 - 1);
    const std::string_view weight = line.substr(t2 + 1);
    if (entry.key.empty() || entry.english.empty()) bad_line(line_number, "empty key or English");
    // Most lines have the kind of the line before: one comparison instead of a search.
    if (kind == last_kind_name) {
      entry.kind = last_kind;
    } else if (parse_lexicon_kind(kind, entry.kind)) {
      last_kind_name = kind;
      last_kind = entry.kind;
    } else {
      bad_line(line_number, "unknown kind");
    }
    const char* const weight_end = weight.data() + weight.size();
    const auto [ptr, ec] = std::from_chars(weight.data(), weight_end, entry.weight);
    if (ec != std::errc() || ptr != weight_end || weight.empty()) {
      bad_line(line_number, "weight is not a 32-bit unsigned number");
    }
    max_key_words_ = std::max(max_key_words_, key_words);
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
