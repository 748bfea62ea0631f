// The LSP features over one open document, each a function from the document (and its cached
// Analysis) to the JSON result the specification defines. The server binds them to methods.
//
//   hover, document_highlight, key_facts   entity_features.cpp   (from analyze(doc))
//   document_symbols, folding_ranges,      outline_features.cpp  (from Document::blocks/sections)
//   code_lenses
//   summary, mentions                      summary_features.cpp  (summarize(doc, analysis),
//   mentions)
//
// Semantic tokens are in semantic_tokens.hpp (no JSON there, so the bench measures them alone).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "documents.hpp"
#include "protocol.hpp"
#include "settings.hpp"

namespace khulasa::lsp {

/// A Markdown card for the entity (or quote) under `position`, with the mention's range; null when
/// there is none. Labels in the UI language; Latin runs inside Arabic isolated (bidi.hpp).
[[nodiscard]] Json hover(OpenDocument& doc, Position position, PositionEncoding encoding,
                         const Settings& settings);

/// Every mention of the entity under `position` (DocumentHighlight[], kind Text); [] when none.
[[nodiscard]] Json document_highlight(OpenDocument& doc, Position position,
                                      PositionEncoding encoding);

/// `khulasa/facts`: {"facts": [{range, text, english, salience, entities, values}]}, most salient
/// first, at most `limit`.
[[nodiscard]] Json key_facts(OpenDocument& doc, PositionEncoding encoding,
                             std::optional<std::size_t> limit);

/// DocumentSymbol[]: the headline with the sections as its children (sections alone when the
/// article has no headline).
[[nodiscard]] Json document_symbols(const OpenDocument& doc, PositionEncoding encoding,
                                    const Settings& settings);

/// FoldingRange[]: one per section that spans more than one line.
[[nodiscard]] Json folding_ranges(const OpenDocument& doc, PositionEncoding encoding);

/// CodeLens[]: "Summarize" on the headline (or the first line), running the client command
/// `khulasa.summarize` with the document URI.
[[nodiscard]] Json code_lenses(const OpenDocument& doc, PositionEncoding encoding,
                               const Settings& settings);

/// `khulasa/summary`: the core's Summary (summary.hpp) as {uri, version, language, labels,
/// headline, gistSource, gist, facts, sections, entities, quotes}; every span is {text, range} with
/// the text verbatim. `sentences` (default settings.summary_sentences) bounds the gist; `language`
/// (default settings.language) chooses the labels.
[[nodiscard]] Json summary(OpenDocument& doc, PositionEncoding encoding, const Settings& settings,
                           std::optional<std::uint32_t> sentences,
                           std::optional<UiLanguage> language);

/// `khulasa/mentions`: {version, labels: {kind: label}, entities: [{kind, name, english,
/// normalized?}], mentions: [{entity, kind, range}] in text order, quotes: [{range, speaker}]}:
/// every mention, whatever khulasa.highlight.kinds says (clients that draw their own highlights
/// filter).
[[nodiscard]] Json mentions(OpenDocument& doc, PositionEncoding encoding, UiLanguage language);

/// The label of a token type (EntityKind order, then quote) in the UI language: "Person", "شخص".
[[nodiscard]] std::string_view kind_label(std::size_t type, UiLanguage language);

/// The command a summary lens runs; it is the client's (the editor extension registers it).
inline constexpr std::string_view kSummarizeCommand = "khulasa.summarize";

}  // namespace khulasa::lsp
