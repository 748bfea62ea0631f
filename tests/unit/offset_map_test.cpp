#include "khulasa/offset_map.hpp"

#include <gtest/gtest.h>

namespace khulasa {
namespace {

TEST(offset_map_test, empty_map_is_identity) {
  OffsetMap m;
  EXPECT_TRUE(m.is_identity());
  EXPECT_EQ(m.to_original(ByteRange{3, 9}), (ByteRange{3, 9}));
}

TEST(offset_map_test, copies_merge_and_replacements_map_as_a_whole) {
  OffsetMap m;
  m.append_copy(0, 4);
  m.append_copy(4, 2);                         // merges with the first piece
  m.append_replacement(ByteRange{6, 10}, 2);   // e.g. "أَ" (4 bytes) -> "ا" (2 bytes)
  m.append_replacement(ByteRange{10, 12}, 0);  // a removed tatweel
  m.append_copy(12, 3);
  EXPECT_FALSE(m.is_identity());
  EXPECT_EQ(m.derived_size(), 11u);
  EXPECT_EQ(m.to_original(std::size_t{5}), (ByteRange{5, 6}));
  EXPECT_EQ(m.to_original(std::size_t{6}), (ByteRange{6, 10}));
  EXPECT_EQ(m.to_original(std::size_t{7}), (ByteRange{6, 10}));
  EXPECT_EQ(m.to_original(std::size_t{8}), (ByteRange{12, 13}));
  EXPECT_EQ(m.to_original(ByteRange{6, 9}), (ByteRange{6, 13}));
  EXPECT_EQ(m.to_original(ByteRange{0, 11}), (ByteRange{0, 15}));
  EXPECT_EQ(m.to_original(ByteRange{11, 11}), (ByteRange{15, 15}));
}

}  // namespace
}  // namespace khulasa
