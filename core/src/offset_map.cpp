#include "khulasa/offset_map.hpp"

#include <algorithm>

namespace khulasa {

void OffsetMap::append_copy(std::size_t original_begin, std::size_t length) {
  if (length == 0) return;
  // Merge with the previous copy piece when it continues it on both sides: maps of mostly
  // unchanged text stay a handful of pieces.
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.copy && last.original_begin + last.original_length == original_begin) {
      last.derived_length += length;
      last.original_length += length;
      derived_size_ += length;
      original_end_ = original_begin + length;
      return;
    }
  }
  pieces_.push_back(Piece{derived_size_, original_begin, length, length, true});
  derived_size_ += length;
  original_end_ = original_begin + length;
}

void OffsetMap::append_replacement(ByteRange original, std::size_t derived_length) {
  pieces_.push_back(Piece{derived_size_, original.begin, derived_length, original.size(), false});
  derived_size_ += derived_length;
  original_end_ = original.end;
}

bool OffsetMap::is_identity() const {
  return std::all_of(pieces_.begin(), pieces_.end(),
                     [](const Piece& p) { return p.copy && p.derived_begin == p.original_begin; });
}

const OffsetMap::Piece* OffsetMap::find_piece(std::size_t derived) const {
  // The last piece with derived_begin <= derived that is not empty on the derived side.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), derived,
                             [](std::size_t d, const Piece& p) { return d < p.derived_begin; });
  while (it != pieces_.begin()) {
    --it;
    if (it->derived_length > 0 && derived < it->derived_begin + it->derived_length) return &*it;
    if (it->derived_begin + it->derived_length <= derived) break;
  }
  return nullptr;
}

ByteRange OffsetMap::to_original(std::size_t derived) const {
  if (pieces_.empty()) return ByteRange{derived, derived + 1};
  if (derived >= derived_size_) return ByteRange{original_end_, original_end_};
  const Piece* p = find_piece(derived);
  if (p == nullptr) return ByteRange{original_end_, original_end_};
  if (p->copy) {
    const std::size_t o = p->original_begin + (derived - p->derived_begin);
    return ByteRange{o, o + 1};
  }
  return ByteRange{p->original_begin, p->original_begin + p->original_length};
}

ByteRange OffsetMap::to_original(ByteRange derived) const {
  if (pieces_.empty()) return derived;
  if (derived.empty()) {
    const std::size_t o = to_original(derived.begin).begin;
    return ByteRange{o, o};
  }
  std::size_t end = to_original(derived.end - 1).end;
  // Characters deleted right after the range (diacritics, tatweel) belong to its last character:
  // the range of "كتب" in "كَتَبَ" ends after the last fatha.
  auto it = std::lower_bound(pieces_.begin(), pieces_.end(), derived.end,
                             [](const Piece& p, std::size_t d) { return p.derived_begin < d; });
  for (; it != pieces_.end() && it->derived_begin == derived.end && it->derived_length == 0; ++it) {
    if (it->original_begin == end) end = it->original_begin + it->original_length;
  }
  return ByteRange{to_original(derived.begin).begin, end};
}

}  // namespace khulasa
