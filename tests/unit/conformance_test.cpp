// Runs the conformance tables in tests/conformance/: readable TSV files of input and expected
// output, easy to extend without writing C++.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "khulasa/normalize.hpp"
#include "test_support.hpp"

namespace khulasa {
namespace {

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char c = s[++i];
    if (c == 'n') {
      out += '\n';
    } else if (c == 'r') {
      out += '\r';
    } else if (c == 't') {
      out += '\t';
    } else if (c == 'u' && i + 4 < s.size()) {
      const auto cp =
          static_cast<char32_t>(std::stoul(std::string(s.substr(i + 1, 4)), nullptr, 16));
      i += 4;
      std::string utf8;
      if (cp < 0x800) {
        utf8 += static_cast<char>(0xC0 | (cp >> 6));
      } else {
        utf8 += static_cast<char>(0xE0 | (cp >> 12));
        utf8 += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      }
      utf8 += static_cast<char>(0x80 | (cp & 0x3F));
      out += utf8;
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> split_on(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t at = s.find(sep, pos);
    out.emplace_back(
        s.substr(pos, at == std::string_view::npos ? std::string_view::npos : at - pos));
    if (at == std::string_view::npos) return out;
    pos = at + sep.size();
  }
}

struct Row {
  int line;
  std::vector<std::string> columns;
};

std::vector<Row> read_table(const std::string& relative) {
  std::istringstream in(testing::read_source_file(relative));
  std::vector<Row> rows;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    rows.push_back(Row{n, split_on(line, "\t")});
  }
  return rows;
}

TEST(conformance_test, sentences_table) {
  const auto rows = read_table("tests/conformance/sentences.tsv");
  ASSERT_GE(rows.size(), 30u);
  for (const Row& row : rows) {
    ASSERT_EQ(row.columns.size(), 3u) << "sentences.tsv:" << row.line;
    const std::string input = unescape(row.columns[1]);
    std::vector<std::string> expected;
    for (const std::string& e : split_on(row.columns[2], " ‖ ")) expected.push_back(unescape(e));
    EXPECT_EQ(testing::sentence_texts(input), expected)
        << "sentences.tsv:" << row.line << " (" << row.columns[0] << ")";
  }
}

TEST(conformance_test, normalize_table) {
  const auto rows = read_table("tests/conformance/normalize.tsv");
  ASSERT_GE(rows.size(), 20u);
  for (const Row& row : rows) {
    ASSERT_EQ(row.columns.size(), 3u) << "normalize.tsv:" << row.line;
    NormalizeOptions o;
    for (const std::string& opt : split_on(row.columns[2], ",")) {
      if (opt == "-") continue;
      if (opt == "keep-taa-marbuta")
        o.fold_taa_marbuta = false;
      else if (opt == "fold-hamza-carriers")
        o.fold_hamza_carriers = true;
      else if (opt == "keep-digits")
        o.ascii_digits = false;
      else if (opt == "keep-case")
        o.case_fold = false;
      else if (opt == "keep-tashkeel")
        o.remove_tashkeel = false;
      else
        FAIL() << "normalize.tsv:" << row.line << ": unknown option " << opt;
    }
    const std::string input = unescape(row.columns[0]);
    EXPECT_EQ(normalize(input, o).text, unescape(row.columns[1])) << "normalize.tsv:" << row.line;
  }
}

}  // namespace
}  // namespace khulasa
