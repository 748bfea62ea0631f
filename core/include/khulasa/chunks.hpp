// Long texts analysed a chunk at a time, so that memory stays bounded by the chunk size and not
// the text: where to cut a text into chunks, and the analysis and summary of the whole text merged
// from those of its chunks, every offset into the whole text.
//
// The analysis of a chunk costs about 18 bytes of memory per byte of text; a chunk's Document and
// Analysis are freed before the next chunk is read, and what is kept between chunks is what the
// result needs (entities with their mentions for analyze_in_chunks(); counts, a few ranked
// candidates, facts, quotes and section bullets for summarize_in_chunks()).
//
// A text of one chunk gets exactly analyze() and summarize() of a Document of the text.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.hpp"
#include "khulasa/entities.hpp"
#include "khulasa/summary.hpp"

namespace khulasa {

/// Where to cut `text` (valid UTF-8) into consecutive chunks of at most `max_bytes` bytes (at least
/// 4: a chunk holds a whole code point): the ranges cover the text in order, without gaps. Each cut
/// is the last of these found in the second half of the chunk, in this order of preference: after
/// a blank line (a paragraph break), after a line end, after a sentence end (. ! ? ؟ and a space),
/// after a space; failing all four, the last character boundary of the chunk. A cut never falls
/// inside a code point or between the CR and LF of a CRLF. An empty text gives one empty chunk.
[[nodiscard]] std::vector<ByteRange> split_into_chunks(std::string_view text,
                                                       std::size_t max_bytes);

/// analyze() of a Document of each chunk of `text` (`chunks` as split_into_chunks() gives them),
/// merged:
///  - sentence indices count the sentences of the chunks' Documents in order;
///  - entities are one per kind and name (values: per kind and normalized form; a name whose
///    English rendering matches an entity of its kind already seen joins it), in order of first
///    mention, their mentions from every chunk;
///  - mentions and quotes in text order; facts most salient first, their position in the whole
///    text counted in their salience (ties: the earlier fact first).
/// Mentions, quotes and facts never span two chunks: a name cut by a chunk boundary is missed.
[[nodiscard]] Analysis analyze_in_chunks(std::string_view text, std::span<const ByteRange> chunks);

/// summarize() of `text` a chunk at a time, merged into the summary of the whole:
///  - the headline is the first chunk's;
///  - the gist is chosen by select_sentences() among each chunk's best candidates, rescored with
///    their place in the whole text (the lead prior counts eligible sentences from the start of the
///    text), redundancy measured by the words they share;
///  - facts are each chunk's best, ranked again by salience with their place in the whole text;
///  - section bullets and quotes are the chunks' in text order (quotes up to max_quotes);
///  - entities are merged as in analyze_in_chunks(), their mentions in the story summed, then
///    listed as summarize() lists them.
/// Indices (sentence, section, entity, fact, quote) count across the chunks in order.
/// Deterministic.
[[nodiscard]] Summary summarize_in_chunks(std::string_view text, std::span<const ByteRange> chunks,
                                          const SummaryOptions& options = {});

}  // namespace khulasa
