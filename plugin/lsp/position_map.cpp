#include "position_map.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "khulasa/lines.hpp"

namespace khulasa::lsp {
namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

/// Whether a line starts at byte `s` of `text`: right after "\n", or after a "\r" that is not the
/// first half of "\r\n".
bool is_line_start(std::string_view text, std::size_t s) {
  if (s == 0 || s > text.size()) return false;
  const char before = text[s - 1];
  if (before == '\n') return true;
  return before == '\r' && (s == text.size() || text[s] != '\n');
}

/// Units of the code point whose lead byte is `lead`.
std::uint32_t units_of(unsigned char lead, PositionEncoding encoding) {
  if (encoding == PositionEncoding::utf8) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }
  return lead >= 0xF0 ? 2 : 1;  // a code point above U+FFFF is a surrogate pair
}

}  // namespace

std::string_view to_string(PositionEncoding encoding) {
  return encoding == PositionEncoding::utf8 ? "utf-8" : "utf-16";
}

std::size_t count_units(std::string_view bytes, PositionEncoding encoding) {
  if (encoding == PositionEncoding::utf8) return bytes.size();
  // UTF-16: one unit per code point (every byte that is not a continuation byte), and one more
  // for each 4-byte sequence.
  // Eight bytes at a time: bytes less continuation bytes, plus the lead bytes of 4-byte sequences
  // (11110xxx: bits 7 to 4 set).
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::size_t units = 0, i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    const std::uint64_t four = (w & (w << 1) & (w << 2) & (w << 3) & kHigh) >> 7;
    units += 8 - khulasa::detail::continuation_bytes(w) +
             static_cast<std::size_t>((four * 0x0101010101010101ULL) >> 56);
  }
  for (; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    units += static_cast<std::size_t>((b & 0xC0u) != 0x80u) + static_cast<std::size_t>(b >= 0xF0);
  }
  return units;
}

// ---------------------------------------------------------------------------------------------
// LineIndex

LineIndex::LineIndex(std::string_view text) {
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 == n || text[i + 1] != '\n'))) starts_.push_back(i + 1);
  }
}

void LineIndex::update(std::string_view text, ByteRange replaced, std::size_t inserted_size) {
  // A line start s depends only on the bytes s - 1 and s. Starts before the edit keep both; starts
  // more than one byte after it keep both too (shifted); only [begin, begin + inserted] is
  // rescanned. starts_[0] = 0 is never touched.
  const std::size_t b = replaced.begin;
  const std::size_t e = replaced.end;
  const auto lo = std::lower_bound(starts_.begin() + 1, starts_.end(), b);
  const auto hi = std::upper_bound(lo, starts_.end(), e);
  for (auto it = hi; it != starts_.end(); ++it) *it = *it - e + b + inserted_size;
  std::vector<std::size_t> fresh;
  for (std::size_t s = std::max<std::size_t>(b, 1); s <= b + inserted_size; ++s) {
    if (is_line_start(text, s)) fresh.push_back(s);
  }
  const auto at = starts_.erase(lo, hi);
  starts_.insert(at, fresh.begin(), fresh.end());
}

ByteRange LineIndex::line_content(std::string_view text, std::size_t line) const {
  line = std::min(line, starts_.size() - 1);
  const std::size_t begin = std::min(starts_[line], text.size());
  std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] : text.size();
  end = std::max(std::min(end, text.size()), begin);
  // "\n", "\r\n" or "\r": a "\r" just before a final "\n" is always the same line end.
  if (end > begin && text[end - 1] == '\n') --end;
  if (end > begin && text[end - 1] == '\r') --end;
  return ByteRange{begin, end};
}

std::size_t LineIndex::line_of(std::size_t offset) const {
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::size_t>(it - starts_.begin()) - 1;
}

// ---------------------------------------------------------------------------------------------
// PositionMap

Position PositionMap::to_position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = lines_.line_of(offset);
  const ByteRange content = lines_.line_content(text_, line);
  offset = std::min(offset, content.end);
  while (offset > content.begin && offset < text_.size() && is_continuation(text_[offset])) {
    --offset;
  }
  const std::size_t units =
      count_units(text_.substr(content.begin, offset - content.begin), encoding_);
  return Position{static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(units)};
}

Range PositionMap::to_range(ByteRange range) const {
  return Range{to_position(range.begin), to_position(range.end)};
}

std::size_t PositionMap::to_offset(Position position) const {
  if (position.line >= lines_.line_count()) return text_.size();
  const ByteRange content = lines_.line_content(text_, position.line);
  if (encoding_ == PositionEncoding::utf8) {
    std::size_t offset = content.begin + std::min<std::size_t>(position.character, content.size());
    while (offset > content.begin && offset < text_.size() && is_continuation(text_[offset])) {
      --offset;
    }
    return offset;
  }
  std::size_t offset = content.begin;
  std::uint32_t units = 0;
  while (offset < content.end) {
    const auto lead = static_cast<unsigned char>(text_[offset]);
    const std::uint32_t u = units_of(lead, encoding_);
    // Stop before a code point that would pass the position: this also moves a position between
    // the two halves of a surrogate pair back to the pair's start.
    if (units + u > position.character) break;
    units += u;
    offset += units_of(lead, PositionEncoding::utf8);
  }
  return std::min(offset, content.end);
}

ByteRange PositionMap::to_byte_range(Range range) const {
  std::size_t begin = to_offset(range.start);
  std::size_t end = to_offset(range.end);
  if (end < begin) std::swap(begin, end);
  return ByteRange{begin, end};
}

std::uint32_t PositionMap::length(ByteRange range) const {
  const std::size_t end = std::min(range.end, text_.size());
  const std::size_t begin = std::min(range.begin, end);
  return static_cast<std::uint32_t>(count_units(text_.substr(begin, end - begin), encoding_));
}

// ---------------------------------------------------------------------------------------------
// PositionCursor

Position PositionCursor::to_position(std::size_t offset) {
  const std::string_view text = map_.text();
  offset = std::min(offset, text.size());
  if (!valid_ || offset < offset_ || offset >= next_line_start_) {
    const LineIndex& lines = map_.lines();
    line_ = lines.line_of(offset);
    content_ = lines.line_content(text, line_);
    next_line_start_ = line_ + 1 < lines.line_count() ? lines.line_start(line_ + 1) : SIZE_MAX;
    offset_ = content_.begin;
    units_ = 0;
    valid_ = true;
  }
  std::size_t target = std::min(offset, content_.end);
  while (target > content_.begin && target < text.size() && is_continuation(text[target])) {
    --target;
  }
  if (target < offset_) {  // moved back inside the line: count again from its start
    offset_ = content_.begin;
    units_ = 0;
  }
  units_ += static_cast<std::uint32_t>(
      count_units(text.substr(offset_, target - offset_), map_.encoding()));
  offset_ = target;
  return Position{static_cast<std::uint32_t>(line_), units_};
}

}  // namespace khulasa::lsp
