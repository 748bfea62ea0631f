// OffsetMap: from bytes of a derived text (normalized, or repaired UTF-8) back to the original.
//
// Normalization and lenient decoding change byte lengths (U+FFFD is 3 bytes for 1 bad byte; a
// removed diacritic is 2 bytes for 0). Whatever the core finds in a derived text is reported to the
// user at the original bytes through this map, so that what is shown is always the user's text.
#pragma once

#include <cstddef>
#include <vector>

#include "khulasa/byte_range.hpp"

namespace khulasa {

/// A monotone map from byte offsets of a derived text to byte ranges of an original text.
///
/// The derived text is described as a sequence of pieces. A *copy* piece is a run of bytes copied
/// unchanged (derived byte i maps to original byte o + i); a *replacement* piece is a run of
/// derived bytes produced from a run of original bytes as a whole (each of its derived bytes maps
/// to the whole original run). An empty map is the identity.
///
/// **Example**: normalizing "أَمين" (alef-hamza, fatha, then "مين") to "امين" gives a map where the
/// two bytes of "ا" map to the four original bytes of "أَ" and the rest is a copy.
class OffsetMap {
 public:
  /// Appends `length` bytes copied from the original starting at `original_begin`.
  void append_copy(std::size_t original_begin, std::size_t length);
  /// Appends `derived_length` derived bytes made from the original bytes `original` (either side
  /// may be empty: an insertion or a deletion).
  void append_replacement(ByteRange original, std::size_t derived_length);

  /// True when no piece was appended or every piece is a copy at the same offset.
  [[nodiscard]] bool is_identity() const;
  /// Total length of the derived text described so far.
  [[nodiscard]] std::size_t derived_size() const { return derived_size_; }

  /// The original bytes that derived byte `derived` came from. For an identity map this is
  /// {derived, derived + 1}. At `derived == derived_size()` it returns the empty range at the end.
  [[nodiscard]] ByteRange to_original(std::size_t derived) const;
  /// The smallest original range covering every byte of the derived range, extended over original
  /// bytes deleted right after it (the diacritics of its last letter). An empty derived range maps
  /// to an empty original range at the position of its begin.
  [[nodiscard]] ByteRange to_original(ByteRange derived) const;

 private:
  struct Piece {
    std::size_t derived_begin;
    std::size_t original_begin;
    std::size_t derived_length;
    std::size_t original_length;
    bool copy;
  };
  const Piece* find_piece(std::size_t derived) const;

  std::vector<Piece> pieces_;
  std::size_t derived_size_ = 0;
  std::size_t original_end_ = 0;
};

}  // namespace khulasa
