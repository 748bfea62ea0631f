// Fuzz target: incremental edits. A few edits taken from the input's first bytes are applied one
// by one to a document made of the rest, and then undone in reverse order. After every step the
// incrementally updated model must equal a fresh parse of the same text, and after the undos the
// document must equal the original.
//
// Input: byte 0 gives the number of edits (1–6); then 5 bytes per edit (position: 2 bytes, length
// of the replaced bytes, what to insert, a parameter); the rest is the text (decoded leniently).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_common.hpp"
#include "fuzz_document.hpp"
#include "khulasa/document.hpp"

using namespace khulasa;
using khulasa::fuzz::check;

namespace {

// Pieces that change structure: line ends, list and heading markers, separators, quotes, bylines.
constexpr std::array<std::string_view, 24> kPieces = {
    "",         "\n",  "\n\n", "\r\n",        "\r", " ",  "- ",      "1. ",
    "| خلية |", "## ", "**",   "**عنوان**\n", ".",  "؟ ", "/ / /\n", "---\n",
    "> ",       "«",   "»",    "بقلم: ",      "ـ",  "َ",   "  - ",    "الرياض - "};

std::size_t char_boundary(std::string_view s, std::size_t p) {
  p = std::min(p, s.size());
  while (p > 0 && p < s.size() && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

struct Edit {
  ByteRange range;      ///< replaced bytes, in the text before the edit
  std::string removed;  ///< what was there
  std::string inserted;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1 || size > fuzz::kMaxInput) return 0;
  const std::size_t count = data[0] % 6 + 1;
  if (size < 1 + 5 * count) return 0;
  const std::uint8_t* rec = data + 1;
  const std::string original = fuzz::lenient_text(rec + 5 * count, size - 1 - 5 * count);

  fuzz::dump("original.txt", original);
  Document doc(original);
  std::vector<Edit> done;
  for (std::size_t i = 0; i < count; ++i, rec += 5) {
    const std::string before(doc.text());
    const std::size_t pos = std::size_t{rec[0]} | (std::size_t{rec[1]} << 8);
    const std::size_t a = char_boundary(before, pos % (before.size() + 1));
    const std::size_t b = std::max(a, char_boundary(before, a + rec[2] % 24));
    std::string insert;
    if (rec[3] % 2 == 0) {
      insert = kPieces[rec[4] % kPieces.size()];
    } else if (!before.empty()) {  // a piece of the text itself (cut, copy, paste)
      const std::size_t from = char_boundary(before, rec[4] * 37u % before.size());
      const std::size_t to = std::max(from, char_boundary(before, from + rec[3] / 2u % 40u));
      insert = before.substr(from, to - from);
    }
    Edit e{ByteRange{a, b}, before.substr(a, b - a), insert};
    doc.apply_edit(e.range, e.inserted);
    std::string expected = before;
    expected.replace(a, b - a, insert);
    fuzz::dump("edit-" + std::to_string(i) + ".txt", expected);
    check(doc.text() == expected, "edited text", a, b);
    check(fuzz::same_model(doc, Document(expected)), "edit equals a fresh parse", a, b);
    fuzz::check_document(doc);
    done.push_back(std::move(e));
  }
  // Undo in reverse order.
  for (auto it = done.rbegin(); it != done.rend(); ++it) {
    const std::string before(doc.text());
    const ByteRange inserted{it->range.begin, it->range.begin + it->inserted.size()};
    doc.apply_edit(inserted, it->removed);
    std::string expected = before;
    expected.replace(inserted.begin, inserted.size(), it->removed);
    check(fuzz::same_model(doc, Document(expected)), "undo equals a fresh parse", inserted.begin,
          inserted.end);
  }
  check(doc.text() == original, "undone text equals the original");
  check(fuzz::same_model(doc, Document(original)), "undone model equals the original's");
  return 0;
}
