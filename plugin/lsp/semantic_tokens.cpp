#include "semantic_tokens.hpp"

#include <algorithm>

namespace khulasa::lsp {
namespace {

constexpr std::uint32_t kDeclaration = 1u << 0;
constexpr std::uint32_t kLatin = 1u << 1;
constexpr std::uint32_t kSpeaker = 1u << 2;

struct Span {
  ByteRange range;
  std::uint32_t type = 0;
  std::uint32_t modifiers = 0;
};

bool has_latin_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

/// Appends the tokens of `span`, one per line it touches.
class Encoder {
 public:
  explicit Encoder(const PositionMap& map) : map_(map), cursor_(map) {}

  void add(const Span& span) {
    const LineIndex& lines = map_.lines();
    std::size_t begin = span.range.begin;
    while (begin < span.range.end) {
      const std::size_t line = lines.line_of(begin);
      const ByteRange content = lines.line_content(map_.text(), line);
      const std::size_t end = std::min(span.range.end, content.end);
      if (begin < end) emit(begin, end, span);
      if (line + 1 >= lines.line_count()) break;
      begin = lines.line_start(line + 1);
    }
  }

  std::vector<std::uint32_t> take() { return std::move(data_); }

 private:
  void emit(std::size_t begin, std::size_t end, const Span& span) {
    const Position p = cursor_.to_position(begin);
    const std::uint32_t length = map_.length(ByteRange{begin, end});
    if (length == 0) return;
    const std::uint32_t delta_line = p.line - line_;
    const std::uint32_t delta_start = delta_line == 0 ? p.character - character_ : p.character;
    data_.insert(data_.end(), {delta_line, delta_start, length, span.type, span.modifiers});
    line_ = p.line;
    character_ = p.character;
  }

  const PositionMap& map_;
  PositionCursor cursor_;
  std::vector<std::uint32_t> data_;
  std::uint32_t line_ = 0;
  std::uint32_t character_ = 0;
};

}  // namespace

const std::array<std::string, 3>& token_modifier_names() {
  static const std::array<std::string, 3> names = {"declaration", "latin", "speaker"};
  return names;
}

std::vector<std::uint32_t> encode_semantic_tokens(const Analysis& analysis, const PositionMap& map,
                                                  const std::array<bool, kTokenTypeCount>& kinds) {
  const std::string_view text = map.text();
  std::vector<bool> speaker(analysis.entities.size(), false);
  for (const Quote& q : analysis.quotes) {
    if (q.speaker && *q.speaker < speaker.size()) speaker[*q.speaker] = true;
  }
  std::vector<Span> mentions;
  mentions.reserve(analysis.mentions.size());
  for (std::size_t i = 0; i < analysis.mentions.size(); ++i) {
    const Mention& m = analysis.mentions[i];
    if (m.entity >= analysis.entities.size() || m.range.end > text.size()) continue;
    const Entity& e = analysis.entities[m.entity];
    const auto type = static_cast<std::uint32_t>(e.kind);
    if (!kinds[type]) continue;
    std::uint32_t modifiers = 0;
    if (!e.mentions.empty() && e.mentions.front() == i) modifiers |= kDeclaration;
    if (has_latin_letter(m.range.slice(text))) modifiers |= kLatin;
    if (speaker[m.entity]) modifiers |= kSpeaker;
    mentions.push_back(Span{m.range, type, modifiers});
  }
  // Quote pieces: each quote minus the mentions inside it (mentions are sorted and disjoint).
  std::vector<Span> quotes;
  if (kinds[kQuoteTokenType]) {
    std::size_t done = 0;  // quotes do not overlap each other either
    auto m = mentions.begin();
    for (const Quote& q : analysis.quotes) {
      std::size_t cur = std::max(q.range.begin, done);
      const std::size_t end = std::min(q.range.end, text.size());
      while (m != mentions.end() && m->range.end <= cur) ++m;
      for (auto k = m; k != mentions.end() && k->range.begin < end; ++k) {
        if (k->range.begin > cur && !is_blank(text.substr(cur, k->range.begin - cur))) {
          quotes.push_back(Span{ByteRange{cur, k->range.begin}, kQuoteTokenType, 0});
        }
        cur = std::max(cur, k->range.end);
      }
      if (cur < end && !is_blank(text.substr(cur, end - cur))) {
        quotes.push_back(Span{ByteRange{cur, end}, kQuoteTokenType, 0});
      }
      done = std::max(done, end);
    }
  }
  Encoder encoder(map);
  auto q = quotes.begin();
  for (const Span& s : mentions) {
    for (; q != quotes.end() && q->range.begin < s.range.begin; ++q) encoder.add(*q);
    encoder.add(s);
  }
  for (; q != quotes.end(); ++q) encoder.add(*q);
  return encoder.take();
}

std::optional<TokenEdit> diff_tokens(const std::vector<std::uint32_t>& before,
                                     const std::vector<std::uint32_t>& after) {
  if (before == after) return std::nullopt;
  const std::size_t shorter = std::min(before.size(), after.size());
  std::size_t prefix = 0;
  while (prefix < shorter && before[prefix] == after[prefix]) ++prefix;
  prefix -= prefix % 5;
  std::size_t suffix = 0;
  while (suffix < shorter - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) {
    ++suffix;
  }
  suffix -= suffix % 5;
  TokenEdit edit;
  edit.start = static_cast<std::uint32_t>(prefix);
  edit.delete_count = static_cast<std::uint32_t>(before.size() - prefix - suffix);
  edit.data.assign(after.begin() + static_cast<std::ptrdiff_t>(prefix),
                   after.end() - static_cast<std::ptrdiff_t>(suffix));
  return edit;
}

}  // namespace khulasa::lsp
