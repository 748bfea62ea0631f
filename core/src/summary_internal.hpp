// What the summary model shares with the chunked summary (chunks.cpp). Internal.
#pragma once

#include "khulasa/summary.hpp"

namespace khulasa::detail {

/// summarize(doc, analysis, options), handing back the ranking it chose the gist from.
[[nodiscard]] Summary summarize_ranked(const Document& doc, const Analysis& analysis,
                                       const SummaryOptions& options, Ranking& ranking);

/// The entities of `counted` (in order of first mention, each with its mentions in the story)
/// as Summary::entities lists them: people, organizations, places, roles; within a kind the most
/// mentioned first (ties: the first mentioned first), at most `per_kind` (0: all); entities of
/// other kinds or without mentions left out.
[[nodiscard]] std::vector<SummaryEntity> most_mentioned(std::vector<SummaryEntity> counted,
                                                        std::size_t per_kind);

}  // namespace khulasa::detail
