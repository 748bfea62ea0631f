// Scores the romanizer on Arabic → English name pairs (a developer tool, no test framework).
//
//   build/bin/khulasa-romanize-score ../shared/resources/names-ar-en/google-translit/ar2en-test.txt
//   build/bin/khulasa-romanize-score --show 20 FILE...     # also print 20 misses
//
// Each line of FILE is `arabic<TAB>english`. For every pair it romanizes the Arabic three ways:
// romanize_word_by_rules() (the romanizer alone: what the scores are for), a naive letter-by-letter
// baseline, and romanize_word() (lexicon first; only for information, since the shipped lexicon
// contains every pair of the google-translit files, test included). It prints the exact-match rate
// and the mean normalized edit distance (Levenshtein distance / reference length). Spellings are
// compared in lower case on ASCII letters only (apostrophes, hyphens and accented letters dropped),
// and once more with a leading "al" of our output removed, since these references drop the article
// that news writes ("البخاري" bukhari).
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "khulasa/romanize.hpp"
#include "khulasa/utf8.hpp"

namespace {

struct Pair {
  std::string arabic;
  std::string english;
};

/// Lower-case ASCII letters of `s`.
std::string comparable(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c >= 'a' && c <= 'z') out.push_back(c);
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

/// The baseline: one fixed Latin spelling per letter, long vowels as vowels (و and ي as w and y
/// at the start of a word), ع and hamza dropped.
std::string naive(std::string_view arabic) {
  static const std::map<char32_t, std::string_view> letters = {
      {U'ا', "a"}, {U'أ', "a"},  {U'آ', "a"},  {U'ى', "a"}, {U'ة', "a"}, {U'إ', "i"}, {U'ب', "b"},
      {U'ت', "t"}, {U'ط', "t"},  {U'ث', "th"}, {U'ج', "j"}, {U'ح', "h"}, {U'ه', "h"}, {U'خ', "kh"},
      {U'د', "d"}, {U'ض', "d"},  {U'ذ', "dh"}, {U'ر', "r"}, {U'ز', "z"}, {U'ظ', "z"}, {U'س', "s"},
      {U'ص', "s"}, {U'ش', "sh"}, {U'غ', "g"},  {U'ف', "f"}, {U'ق', "q"}, {U'ك', "k"}, {U'ل', "l"},
      {U'م', "m"}, {U'ن', "n"},  {U'و', "o"},  {U'ي', "i"}};
  std::string out;
  for (std::size_t pos = 0; pos < arabic.size();) {
    const bool first = pos == 0;
    const char32_t c = khulasa::next_code_point(arabic, pos);
    if (first && c == U'و') {
      out += "w";
    } else if (first && c == U'ي') {
      out += "y";
    } else if (const auto it = letters.find(c); it != letters.end()) {
      out += it->second;
    }
  }
  return out;
}

struct Score {
  std::size_t exact = 0;
  std::size_t exact_no_article = 0;
  double distance = 0;
  double distance_no_article = 0;
};

void add(Score& score, std::string_view hypothesis, std::string_view reference) {
  const std::string h = comparable(hypothesis);
  const std::string r = comparable(reference);
  const double length = static_cast<double>(std::max<std::size_t>(r.size(), 1));
  score.exact += h == r ? 1 : 0;
  score.distance += static_cast<double>(edit_distance(h, r)) / length;
  const std::string h2 =
      std::string_view(hypothesis).starts_with("al-") ? comparable(hypothesis.substr(3)) : h;
  score.exact_no_article += h2 == r ? 1 : 0;
  score.distance_no_article += static_cast<double>(edit_distance(h2, r)) / length;
}

std::vector<Pair> read_pairs(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "khulasa-romanize-score: cannot read " << path << "\n";
    std::exit(3);
  }
  std::vector<Pair> pairs;
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) continue;
    if (khulasa::find_utf8_error(line)) continue;
    pairs.push_back(Pair{line.substr(0, tab), line.substr(tab + 1)});
  }
  return pairs;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t show = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--show" && i + 1 < argc) {
      show = static_cast<std::size_t>(std::strtoul(argv[++i], nullptr, 10));
    } else if (arg == "--help" || arg == "-h" || arg.starts_with("-")) {
      std::cerr
          << "usage: khulasa-romanize-score [--show N] FILE...  (lines: arabic<TAB>english)\n";
      return arg.starts_with("--help") || arg == "-h" ? 0 : 2;
    } else {
      files.emplace_back(arg);
    }
  }
  if (files.empty()) {
    std::cerr << "usage: khulasa-romanize-score [--show N] FILE...  (lines: arabic<TAB>english)\n";
    return 2;
  }

  std::vector<Pair> pairs;
  for (const std::string& f : files) {
    std::vector<Pair> more = read_pairs(f);
    pairs.insert(pairs.end(), more.begin(), more.end());
  }
  const std::vector<std::pair<const char*, std::function<std::string(std::string_view)>>> systems =
      {
          {"romanizer (rules + letter model)", khulasa::romanize_word_by_rules},
          {"naive letter-by-letter baseline", naive},
          {"romanize_word (lexicon first; saw these pairs)", khulasa::romanize_word},
      };
  std::cout << pairs.size() << " pairs\n";
  for (const auto& [name, romanize] : systems) {
    Score score;
    std::size_t shown = 0;
    for (const Pair& p : pairs) {
      const std::string h = romanize(p.arabic);
      add(score, h, p.english);
      if (shown < show && name == systems.front().first && comparable(h) != comparable(p.english)) {
        std::cout << "  miss: " << p.arabic << "  " << p.english << "  -> " << h << "\n";
        ++shown;
      }
    }
    const auto n = static_cast<double>(std::max<std::size_t>(pairs.size(), 1));
    std::cout << std::fixed << std::setprecision(3) << name << ": exact "
              << static_cast<double>(score.exact) / n << ", mean normalized edit distance "
              << score.distance / n << "  (without our \"al-\": exact "
              << static_cast<double>(score.exact_no_article) / n << ", distance "
              << score.distance_no_article / n << ")\n";
  }
  return 0;
}
