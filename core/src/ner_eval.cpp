#include "khulasa/ner_eval.hpp"

#include <algorithm>
#include <cctype>

namespace khulasa {
namespace {

/// The repaired tag: 0 for O, else 1 + 2 × type + (inside ? 1 : 0) as in ner::kTagNames.
struct Tag {
  bool name = false;
  bool inside = false;
  NameType type = NameType::misc;
};

Tag parse_tag(std::string_view raw) {
  std::string t;
  for (const char c : raw) {
    if (c != '`' && c != '\'') t += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  Tag tag;
  std::string_view rest;
  if (t.starts_with("B-") || t.starts_with("I-")) {
    tag.inside = t[0] == 'I';
    rest = std::string_view(t).substr(2);
    while (rest.starts_with("-")) rest.remove_prefix(1);  // "I--ORG"
  } else if (t.starts_with("IPERS")) {                    // ANERcorp typo
    tag.inside = true;
    rest = std::string_view(t).substr(1);
  } else {
    return tag;
  }
  if (rest == "PERS" || rest == "PER" || rest == "ERS") {
    tag.type = NameType::person;
  } else if (rest == "ORG" || rest == "OEG" || rest == "ORF" || rest == "PRG") {
    tag.type = NameType::organization;
  } else if (rest == "LOC") {
    tag.type = NameType::location;
  } else if (rest == "MISC" || rest == "MSIC" || rest.starts_with("MIS")) {
    tag.type = NameType::misc;
  } else {
    return {};
  }
  tag.name = true;
  return tag;
}

bool ends_sentence(std::string_view token) {
  return token == "." || token == "؟" || token == "?" || token == "!";
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

double ratio(std::size_t a, std::size_t b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace

std::vector<ConllSentence> read_conll(std::string_view text) {
  const bool has_blank_lines = text.find("\n\n") != std::string_view::npos ||
                               text.find("\r\n\r\n") != std::string_view::npos;
  std::vector<ConllSentence> out(1);
  auto close = [&] {
    if (!out.back().tokens.empty()) out.emplace_back();
  };
  std::size_t pos = 0;
  if (text.starts_with("\xEF\xBB\xBF")) pos = 3;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = trim(text.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) {
      close();
      continue;
    }
    const std::size_t split = line.find_last_of(" \t");
    if (split == std::string_view::npos) continue;
    const std::string_view token = trim(line.substr(0, split));
    if (token.empty()) continue;
    const Tag tag = parse_tag(line.substr(split + 1));
    ConllSentence& s = out.back();
    const std::size_t index = s.tokens.size();
    s.tokens.emplace_back(token);
    if (tag.name) {
      const bool continues = tag.inside && !s.names.empty() && s.names.back().end == index &&
                             s.names.back().type == tag.type;
      if (continues) {
        s.names.back().end = index + 1;
      } else {
        s.names.push_back({index, index + 1, tag.type});
      }
    }
    if (!has_blank_lines && ends_sentence(token)) close();
  }
  if (out.back().tokens.empty()) out.pop_back();
  return out;
}

std::vector<ConllSentence> take_part(const std::vector<ConllSentence>& sentences, double from,
                                     double to) {
  std::size_t total = 0;
  for (const ConllSentence& s : sentences) total += s.tokens.size();
  std::vector<ConllSentence> out;
  std::size_t seen = 0;
  for (const ConllSentence& s : sentences) {
    const double at =
        total == 0 ? 0.0 : 100.0 * static_cast<double>(seen) / static_cast<double>(total);
    if (at >= from && at < to) out.push_back(s);
    seen += s.tokens.size();
  }
  return out;
}

double SpanCounts::precision() const {
  return ratio(correct, predicted);
}
double SpanCounts::recall() const {
  return ratio(correct, gold);
}
double SpanCounts::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

void NerScores::add(std::span<const NameSpan> gold, std::span<const NameSpan> predicted) {
  auto counted = [](NameType t) { return t != NameType::misc; };
  for (const NameSpan& g : gold) {
    by_type[static_cast<std::size_t>(g.type)].gold++;
    if (counted(g.type)) overall.gold++;
    if (std::find(predicted.begin(), predicted.end(), g) != predicted.end()) {
      by_type[static_cast<std::size_t>(g.type)].correct++;
      if (counted(g.type)) overall.correct++;
    }
  }
  for (const NameSpan& p : predicted) {
    by_type[static_cast<std::size_t>(p.type)].predicted++;
    if (counted(p.type)) overall.predicted++;
  }
}

}  // namespace khulasa
