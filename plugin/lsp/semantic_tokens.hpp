// Semantic tokens for entity mentions and quotes, encoded as LSP wants them: five integers per
// token (line delta, start delta, length, type, modifiers), sorted, not overlapping, each within
// one line, lengths in the negotiated encoding. And the delta between two such arrays.
//
// Quotes contain mentions (the speaker is often quoted by name); since tokens may not overlap, a
// quote's token is split around the mentions inside it. A mention or quote that runs over a line
// end is split per line. No JSON here: the bench times this code as the server runs it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "khulasa/entities.hpp"
#include "position_map.hpp"
#include "settings.hpp"

namespace khulasa::lsp {

/// The legend's modifiers, by bit: "declaration" (an entity's first mention), "latin" (a mention
/// written in Latin letters), "speaker" (a mention of an entity that a quote is attributed to).
[[nodiscard]] const std::array<std::string, 3>& token_modifier_names();

/// The tokens of `analysis` over the text of `map`, for the token types enabled in `kinds`.
[[nodiscard]] std::vector<std::uint32_t> encode_semantic_tokens(
    const Analysis& analysis, const PositionMap& map,
    const std::array<bool, kTokenTypeCount>& kinds);

/// One edit of a SemanticTokensDelta: replace `delete_count` integers at `start` with `data`.
struct TokenEdit {
  std::uint32_t start = 0;
  std::uint32_t delete_count = 0;
  std::vector<std::uint32_t> data;
};

/// The edit that turns `before` into `after`: the common prefix and suffix (whole tokens) kept, the
/// middle replaced. Nothing when they are equal.
[[nodiscard]] std::optional<TokenEdit> diff_tokens(const std::vector<std::uint32_t>& before,
                                                   const std::vector<std::uint32_t>& after);

}  // namespace khulasa::lsp
