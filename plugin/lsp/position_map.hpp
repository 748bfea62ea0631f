// Position conversion: the one place where the core's UTF-8 byte offsets meet LSP positions.
//
// The core speaks half-open UTF-8 byte ranges into the document text. LSP speaks {line, character}
// where `character` counts code units of the negotiated encoding: UTF-16 (the default: an Arabic
// letter or a diacritic is 1 unit, an emoji 2, a surrogate pair) or UTF-8 (bytes). Lines end at
// "\n", "\r\n" or "\r" (LSP knows no other line ends, so NEL, U+2028 and U+2029 stay inside a
// line); the last line may lack a line end, and a text ending in a line end has a final empty line.
//
// Clamping, as the LSP specification asks: a character past the end of its line means the line's
// end (before its line end); a line past the last line means the end of the text; a position inside
// a code point (the second unit of a surrogate pair, or the middle of a UTF-8 sequence) moves back
// to the code point's start. Conversions never fail and never read outside the text.
//
// Nothing here knows JSON; the server's protocol layer wraps these numbers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.hpp"

namespace khulasa::lsp {

/// The code units of LSP `character` offsets. Negotiated once at `initialize`.
enum class PositionEncoding : std::uint8_t {
  utf16,  ///< "utf-16": the LSP default, what VS Code and Neovim use
  utf8,   ///< "utf-8": bytes, offered by some clients in capabilities.general.positionEncodings
};

/// "utf-16" or "utf-8", as in the LSP `PositionEncodingKind`.
[[nodiscard]] std::string_view to_string(PositionEncoding encoding);

/// An LSP position: zero-based line, and code units of the negotiated encoding from the line start.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  friend constexpr bool operator==(const Position&, const Position&) = default;
};

/// An LSP range: half-open, [start, end).
struct Range {
  Position start;
  Position end;
  friend constexpr bool operator==(const Range&, const Range&) = default;
};

/// The byte offset where each line starts, kept current under edits. It does not own the text:
/// every call takes the text the index was built for (or last updated to).
class LineIndex {
 public:
  LineIndex() = default;
  /// Indexes `text` in one pass.
  explicit LineIndex(std::string_view text);

  /// Follows an edit: `text` is the new text, in which the old bytes `replaced` were replaced by
  /// `inserted_size` bytes. Only the lines around the edit are rescanned; the starts after it move.
  /// Afterwards the index equals LineIndex(text).
  void update(std::string_view text, ByteRange replaced, std::size_t inserted_size);

  /// Number of lines, at least 1 (an empty text has one empty line).
  [[nodiscard]] std::size_t line_count() const { return starts_.size(); }
  /// Byte offset of the start of `line`. Precondition: line < line_count().
  [[nodiscard]] std::size_t line_start(std::size_t line) const { return starts_[line]; }
  /// The bytes of `line` without its line end. A line past the last is clamped to the last.
  [[nodiscard]] ByteRange line_content(std::string_view text, std::size_t line) const;
  /// The line that holds byte `offset` (an offset inside a line end belongs to the line it ends;
  /// offsets past the text belong to the last line).
  [[nodiscard]] std::size_t line_of(std::size_t offset) const;

  friend bool operator==(const LineIndex&, const LineIndex&) = default;

 private:
  std::vector<std::size_t> starts_{0};
};

/// A view joining a text, its line index and the negotiated encoding. Cheap to make; does not own.
class PositionMap {
 public:
  PositionMap(std::string_view text, const LineIndex& lines, PositionEncoding encoding)
      : text_(text), lines_(lines), encoding_(encoding) {}

  /// The position of byte `offset`. An offset inside a code point counts from the code point's
  /// start; an offset inside a line end or past the text maps to the end of that (or the last)
  /// line.
  [[nodiscard]] Position to_position(std::size_t offset) const;
  [[nodiscard]] Range to_range(ByteRange range) const;

  /// The byte offset of `position`, clamped as described at the top of this file. Always on a code
  /// point boundary and <= text.size().
  [[nodiscard]] std::size_t to_offset(Position position) const;
  /// Both ends converted; a reversed range (end before start) comes back in order.
  [[nodiscard]] ByteRange to_byte_range(Range range) const;

  /// Code units of the negotiated encoding in the bytes `range` (which must not cross a line end
  /// for the result to be a valid LSP length; code points are counted as they come).
  [[nodiscard]] std::uint32_t length(ByteRange range) const;

  [[nodiscard]] PositionEncoding encoding() const { return encoding_; }
  [[nodiscard]] const LineIndex& lines() const { return lines_; }
  [[nodiscard]] std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  const LineIndex& lines_;
  PositionEncoding encoding_;
};

/// Converts offsets that mostly go forward (sorted ranges, tokens) in time proportional to the
/// bytes walked, instead of rescanning each line from its start. Gives the same as PositionMap.
class PositionCursor {
 public:
  explicit PositionCursor(const PositionMap& map) : map_(map) {}
  [[nodiscard]] Position to_position(std::size_t offset);

 private:
  const PositionMap& map_;
  bool valid_ = false;
  std::size_t line_ = 0;
  ByteRange content_;
  std::size_t next_line_start_ = 0;  ///< the next line's start, or SIZE_MAX on the last line
  std::size_t offset_ = 0;           ///< the byte the count has reached, in content_
  std::uint32_t units_ = 0;          ///< units from the line start to offset_
};

/// Code units of `encoding` in valid UTF-8 `bytes`.
[[nodiscard]] std::size_t count_units(std::string_view bytes, PositionEncoding encoding);

}  // namespace khulasa::lsp
